/**
 * The tarball a fresh clone packs, loaded the way users load it: `import` and `require`,
 * ESLint 10 and 9 flat config, ESLint 9 `.eslintrc` (ESLINT_USE_FLAT_CONFIG=false) and
 * ESLint 8.57. The clone is of the committed tree (HEAD), with nothing run in it but
 * `npm pack`, so a build step that only the working tree has cannot hide here.
 * (tests/integration/ goes further: real installs of each ESLint in throw-away projects.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
// Under the repository, so that the unpacked plugin resolves its dependencies from our node_modules.
const workDir = path.join(root, '.tmp', `packaging-${process.pid}`);
const projectDir = path.join(workDir, 'project');
const cloneDir = path.join(workDir, 'clone');
let packedFiles: string[] = [];

const eslintBins = {
  8: path.join(root, 'node_modules', 'eslint-v8', 'bin', 'eslint.js'),
  9: path.join(root, 'node_modules', 'eslint-v9', 'bin', 'eslint.js'),
  10: path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
};

interface LintRun {
  status: number | null;
  results: { filePath: string; messages: { ruleId: string | null; line: number; fatal?: boolean; message: string }[] }[];
  stderr: string;
}

function runEslint(version: keyof typeof eslintBins, args: string[], env: Record<string, string> = {}): LintRun {
  const run = spawnSync(process.execPath, [eslintBins[version], '--format', 'json', ...args], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, results: run.stdout ? (JSON.parse(run.stdout) as LintRun['results']) : [], stderr: run.stderr };
}

function findings(run: LintRun): string[] {
  return run.results.flatMap((result) =>
    result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId ?? message.message}`),
  );
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(projectDir, file)), { recursive: true });
  fs.writeFileSync(path.join(projectDir, file), text);
}

beforeAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  execFileSync('git', ['clone', '--quiet', root, cloneDir], { stdio: 'ignore' });
  // `prepack` installs the build tools from the lockfile and builds: nothing else is run.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', workDir, '--loglevel=error'], {
      cwd: cloneDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed[0]!.files.map((file) => file.path);
  fs.rmSync(cloneDir, { recursive: true, force: true });
  const pluginDir = path.join(projectDir, 'node_modules', 'eslint-plugin-http-status');
  fs.mkdirSync(pluginDir, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(workDir, packed[0]!.filename), '-C', pluginDir, '--strip-components=1']);

  write('package.json', JSON.stringify({ name: 'packaging-project', private: true }));
  write(
    'server.js',
    `const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {\n  res.status(418).json({ message: 'tea' });\n});\n`,
  );
  write('client.js', `module.exports = async (url) => {\n  const response = await fetch(url);\n  if (response.status === 200) return response.json();\n};\n`);
  write('clean.js', `module.exports = (req, res) => {\n  res.status(404).json({ message: 'no such order' });\n};\n`);
}, 180_000);

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the build, its types, the docs, README, LICENSE and CHANGELOG, and nothing else', () => {
    const topLevel = [...new Set(packedFiles.map((file) => file.split('/')[0]))].sort();
    expect(topLevel).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'docs', 'package.json']);
    for (const entry of ['dist/index.cjs', 'dist/index.mjs', 'dist/index.d.cts', 'dist/index.d.mts', 'dist/src/cli.js']) {
      expect(packedFiles).toContain(entry);
    }
    const rules = fs.readdirSync(path.join(root, 'rules')).filter((file) => file !== 'index.ts');
    for (const rule of rules) {
      expect(packedFiles).toContain(`dist/rules/${rule.replace(/\.ts$/u, '.js')}`);
      expect(packedFiles).toContain(`docs/rules/${rule.replace(/\.ts$/u, '.md')}`);
    }
    expect(packedFiles.filter((file) => /(^|\/)(tests?|fixtures|bench|examples)\//u.test(file))).toEqual([]);
  });

  it('loads with require() as the plugin itself, named exports beside it', () => {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const p = require('eslint-plugin-http-status');
         console.log(JSON.stringify({ keys: Object.keys(p), meta: p.meta, configs: Object.keys(p.configs),
           reason: p.statusTable[413].reason, same: p.default === p, flatPlugin: p.configs.recommended.plugins['http-status'] === p }));`,
      ],
      { cwd: projectDir, encoding: 'utf8' },
    );
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(JSON.parse(out)).toEqual({
      keys: ['meta', 'rules', 'configs'],
      meta: { name: 'eslint-plugin-http-status', version },
      configs: [
        'recommended',
        'recommended-type-checked',
        'strict',
        'legacy-recommended',
        'legacy-recommended-type-checked',
        'legacy-strict',
      ],
      reason: 'Content Too Large',
      same: true,
      flatPlugin: true,
    });
  });

  it('loads with import, default and named, as the same object require() gives', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import plugin, { statusTable } from 'eslint-plugin-http-status';
         import { createRequire } from 'node:module';
         const required = createRequire(process.cwd() + '/')('eslint-plugin-http-status');
         console.log(JSON.stringify({ name: plugin.meta.name, reason: statusTable[422].reason, same: plugin === required }));`,
      ],
      { cwd: projectDir, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual({ name: 'eslint-plugin-http-status', reason: 'Unprocessable Content', same: true });
  });
});

describe('configs as users write them', () => {
  const flatConfig = `const httpStatus = require('eslint-plugin-http-status');\nmodule.exports = [httpStatus.configs.recommended];\n`;
  const eslintrc = JSON.stringify({
    root: true,
    env: { node: true, es2022: true },
    parserOptions: { ecmaVersion: 2022 },
    extends: ['plugin:http-status/legacy-recommended'],
  });

  it.each([9, 10] as const)('ESLint %i, eslint.config.cjs with configs.recommended', (version) => {
    write('eslint.config.cjs', flatConfig);
    const run = runEslint(version, ['--config', 'eslint.config.cjs', 'server.js', 'client.js', 'clean.js']);
    expect(run.stderr).toBe('');
    expect(findings(run).sort()).toEqual([
      'client.js:3 http-status/no-hardcoded-status-comparison',
      'server.js:4 http-status/no-undocumented-status',
    ]);
    expect(run.status).toBe(1);
    expect(runEslint(version, ['--config', 'eslint.config.cjs', 'clean.js']).status).toBe(0);
  });

  it('rolls out per directory: the config spread with `files` lints only those files', () => {
    write('src/orders/orders-client.js', "module.exports = (res) => res.status === 200;\n");
    write(
      'eslint.config.cjs',
      `const httpStatus = require('eslint-plugin-http-status');
module.exports = [{ files: ['**/*.js'] }, { ...httpStatus.configs.recommended, files: ['src/orders/**'] }];\n`,
    );
    const run = runEslint(10, ['--config', 'eslint.config.cjs', 'src/orders/orders-client.js', 'client.js']);
    expect(run.stderr).toBe('');
    // client.js has a hardcoded comparison too, outside the rolled-out folder.
    expect(findings(run)).toEqual(['orders-client.js:1 http-status/no-hardcoded-status-comparison']);
  });

  it('ESLint 9 with .eslintrc.json and ESLINT_USE_FLAT_CONFIG=false', () => {
    write('.eslintrc.json', eslintrc);
    const env = { ESLINT_USE_FLAT_CONFIG: 'false' };
    const run = runEslint(9, ['server.js', 'clean.js'], env);
    expect(findings(run)).toEqual(['server.js:4 http-status/no-undocumented-status']);
    expect(run.status).toBe(1);
    expect(runEslint(9, ['clean.js'], env).status).toBe(0);
  });

  it('ESLint 8.57 with .eslintrc.json', () => {
    write('.eslintrc.json', eslintrc);
    // 8.57 would pick up this repository's own flat config above the project without the variable.
    const run = runEslint(8, ['server.js', 'clean.js'], { ESLINT_USE_FLAT_CONFIG: 'false' });
    expect(findings(run)).toEqual(['server.js:4 http-status/no-undocumented-status']);
    expect(run.status).toBe(1);
  });

  it('runs recommended on plain .js with TypeScript not installed', () => {
    // typescript is an optional peer dependency: make it unresolvable for this run.
    write('no-typescript.cjs', `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) throw new Error('typescript is not installed');
  return resolve.call(this, request, ...rest);
};\n`);
    write('eslint.config.cjs', flatConfig);
    const run = runEslint(10, ['--config', 'eslint.config.cjs', 'server.js'], {
      NODE_OPTIONS: `--require ${path.join(projectDir, 'no-typescript.cjs')}`,
    });
    expect(run.stderr).toBe('');
    expect(findings(run)).toEqual(['server.js:4 http-status/no-undocumented-status']);
  });

  it('names a bad settings value in one line, without a stack trace', () => {
    write(
      'eslint.config.cjs',
      `const httpStatus = require('eslint-plugin-http-status');
module.exports = [httpStatus.configs.recommended, { settings: { 'http-status': { codes: [200, 1000] } } }];\n`,
    );
    const run = runEslint(10, ['--config', 'eslint.config.cjs', 'clean.js']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "eslint-plugin-http-status: Error while loading rule 'http-status/",
    );
    expect(run.stderr).toContain("settings['http-status'].codes[1] must be an integer status code from 100 to 599; got 1000.");
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  });
});
