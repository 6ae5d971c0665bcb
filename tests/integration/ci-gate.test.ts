// The CI gate: exit codes, --max-warnings 0, SARIF for code scanning, --cache and a
// changed documented table, --concurrency. ESLint 10 in a project of its own (these
// tests edit its files), and the ESLint 9 flat project for --concurrency.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  expectedExitCode,
  expectedFindings,
  findingsOf,
  installedPlugin,
  parseJsonResults,
  PLUGIN_PREFIX,
  profileOf,
  runEslint,
  type Finding,
} from './harness/eslint';
import { run } from './harness/process';

const { projects } = inject('integration');
const projectDir = projects['ci-gate'];
const project = (file: string): string => path.join(projectDir, file);

/** Restores the files a test edits. */
const edited = new Map<string, string>();
function editFile(file: string, change: (text: string) => string): void {
  const text = readFileSync(project(file), 'utf8');
  if (!edited.has(file)) edited.set(file, text);
  const changed = change(text);
  if (changed === text) throw new Error(`editing ${file} changed nothing`);
  writeFileSync(project(file), changed);
}
afterEach(() => {
  for (const [file, text] of edited) writeFileSync(project(file), text);
  edited.clear();
});

const recommended = () => profileOf(projectDir, 'recommended');

describe('--max-warnings 0', () => {
  const args = ['src', '-c', 'eslint.warnings.config.js'];

  it('passes warnings without it, exit 0', async () => {
    const result = await runEslint(projectDir, [...args, '--format', 'json']);
    const results = parseJsonResults(result);
    expect(findingsOf(results, projectDir)).toEqual(expectedFindings(recommended()));
    expect(results.flatMap((report) => report.messages.map((message) => message.severity))).not.toContain(2);
    expect(result.exitCode, result.stderr).toBe(0);
  });

  it('fails the gate on any warning, exit 1', async () => {
    const warnings = expectedFindings(recommended()).length;
    const result = await runEslint(projectDir, [...args, '--max-warnings', '0']);
    expect(result.exitCode, result.stderr).toBe(expectedExitCode(expectedFindings(recommended())));
    if (warnings > 0) {
      expect(result.stdout).toContain(`✖ ${warnings} problem${warnings === 1 ? '' : 's'} (0 errors, ${warnings} warning`);
      expect(result.stdout + result.stderr).toContain('ESLint found too many warnings (maximum: 0).');
    } else {
      expect(result.stdout).toBe('');
    }
  });
});

interface SarifLog {
  readonly version: string;
  readonly runs: readonly {
    readonly tool: {
      readonly driver: {
        readonly name: string;
        readonly rules?: readonly { readonly id: string; readonly helpUri?: string }[];
      };
    };
    readonly results: readonly {
      readonly ruleId: string;
      readonly ruleIndex?: number;
      readonly level: string;
      readonly message: { readonly text: string };
      readonly locations: readonly {
        readonly physicalLocation: {
          readonly artifactLocation: { readonly uri: string };
          readonly region: { readonly startLine: number };
        };
      }[];
    }[];
  }[];
}

describe('SARIF for code scanning (@microsoft/eslint-formatter-sarif)', () => {
  it('gives each result its rule id and a helpUri to the rule doc', async () => {
    rmSync(project('reports'), { recursive: true, force: true });
    const result = await runEslint(projectDir, [
      'src',
      '--format',
      '@microsoft/eslint-formatter-sarif',
      '--output-file',
      'reports/eslint.sarif',
    ]);
    const expected = expectedFindings(recommended());
    expect(result.exitCode, result.stderr).toBe(expectedExitCode(expected));

    const sarif = JSON.parse(readFileSync(project('reports/eslint.sarif'), 'utf8')) as SarifLog;
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run?.tool.driver.name).toBe('ESLint');
    const results = run?.results ?? [];
    const located: Finding[] = results.map((entry) => ({
      file: path.relative(projectDir, new URL(entry.locations[0]!.physicalLocation.artifactLocation.uri).pathname),
      line: entry.locations[0]!.physicalLocation.region.startLine,
      ruleId: entry.ruleId,
    }));
    expect(located.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)).toEqual(expected);

    const plugin = installedPlugin(projectDir);
    for (const entry of results) {
      expect(entry.level).toBe('error');
      expect(entry.message.text).not.toBe('');
      const rule = run?.tool.driver.rules?.[entry.ruleIndex ?? -1];
      expect(rule?.id).toBe(entry.ruleId);
      const name = entry.ruleId.slice(PLUGIN_PREFIX.length);
      const docsUrl = (plugin.rules[name] as { meta: { docs: { url: string } } }).meta.docs.url;
      expect(rule?.helpUri).toBe(docsUrl);
      expect(docsUrl).toBe(
        `https://github.com/eslint-plugin-http-status/eslint-plugin-http-status/blob/main/docs/rules/${name}.md`,
      );
      // The doc the link names ships in the package too.
      expect(existsSync(project(`node_modules/eslint-plugin-http-status/docs/rules/${name}.md`))).toBe(true);
    }
  });
});

describe('--cache and the documented table', () => {
  const file = 'src/server.js';
  const cacheArgs = ['--cache', '--cache-location', '.eslintcache', '--format', 'json'];
  const isServer = (marked: string): boolean => marked === file;
  const skipped = (stderr: string): string[] =>
    [...stderr.matchAll(/Skipping file since it hasn't changed: (.+)$/gmu)].map((match) =>
      path.relative(projectDir, match[1]!.trim()),
    );
  /** The API documents 418 from now on: one more row on its error page. */
  const document418 = (): void =>
    editFile('docs/errors.md', (text) =>
      text.replace('| 422 |', "| 418 | I'm a teapot | The order service brews tea. |\n| 422 |"),
    );
  const teapotLine = (): number =>
    readFileSync(project(file), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes('res.status(418)')) + 1;
  const withoutTeapot = (findings: readonly Finding[]): Finding[] =>
    findings.filter(
      (finding) => !(finding.line === teapotLine() && finding.ruleId === `${PLUGIN_PREFIX}no-undocumented-status`),
    );

  it('reuses the results of unchanged files on the second run', async () => {
    rmSync(project('.eslintcache'), { force: true });
    const first = await runEslint(projectDir, ['src', ...cacheArgs]);
    const firstFindings = findingsOf(parseJsonResults(first), projectDir);
    expect(firstFindings).toEqual(expectedFindings(recommended()));
    expect(existsSync(project('.eslintcache'))).toBe(true);

    const second = await runEslint(projectDir, ['src', ...cacheArgs, '--debug']);
    const results = parseJsonResults(second);
    expect(findingsOf(results, projectDir)).toEqual(firstFindings);
    expect(second.exitCode).toBe(first.exitCode);
    // Every file came from the cache: none was linted again.
    expect(skipped(second.stderr).sort()).toEqual(
      results.map((report) => path.relative(projectDir, report.filePath)).sort(),
    );
  });

  it('loadCodeTable: a changed error page is a changed config, so --cache lints again with the new table', async () => {
    rmSync(project('.eslintcache'), { force: true });
    const expected = expectedFindings(recommended(), isServer);
    expect(expected.map((finding) => finding.line)).toContain(teapotLine());
    const before = await runEslint(projectDir, [file, ...cacheArgs]);
    expect(findingsOf(parseJsonResults(before), projectDir)).toEqual(expected);

    document418();
    const after = await runEslint(projectDir, [file, ...cacheArgs, '--debug']);
    expect(skipped(after.stderr)).toEqual([]);
    expect(after.stderr).toContain(`Cache entry not found or no longer valid: ${project(file)}`);
    expect(findingsOf(parseJsonResults(after), projectDir)).toEqual(withoutTeapot(expected));
  });

  it('source: the page is read at lint time; --cache keeps old results until the cache is deleted', async () => {
    const sourceArgs = [file, '-c', 'eslint.source.config.js', ...cacheArgs];
    rmSync(project('.eslintcache'), { force: true });
    const expected = expectedFindings(recommended(), isServer);
    const before = await runEslint(projectDir, sourceArgs);
    const beforeResults = parseJsonResults(before);
    expect(findingsOf(beforeResults, projectDir)).toEqual(expected);
    const teapot = beforeResults[0]?.messages.find((message) => message.line === teapotLine());
    // The message names where the table came from.
    expect(teapot?.message).toContain('docs/errors.md');

    document418();
    // With --cache the config did not change, so the old results come back (as the README says)...
    const cached = await runEslint(projectDir, [...sourceArgs, '--debug']);
    expect(skipped(cached.stderr)).toEqual([file]);
    expect(findingsOf(parseJsonResults(cached), projectDir)).toEqual(expected);
    // ...a run without --cache sees the new page, and deletes the cache...
    const uncached = await runEslint(projectDir, [file, '-c', 'eslint.source.config.js', '--format', 'json']);
    expect(findingsOf(parseJsonResults(uncached), projectDir)).toEqual(withoutTeapot(expected));
    expect(existsSync(project('.eslintcache'))).toBe(false);
    // ...so the next --cache run lints with the new page too.
    const fresh = await runEslint(projectDir, [...sourceArgs, '--debug']);
    expect(skipped(fresh.stderr)).toEqual([]);
    expect(findingsOf(parseJsonResults(fresh), projectDir)).toEqual(withoutTeapot(expected));
  });
});

describe('exit code 2: a broken documented table stops the gate', () => {
  it('names the missing page in one line, without a stack trace', async () => {
    writeFileSync(
      project('eslint.broken.config.js'),
      readFileSync(project('eslint.source.config.js'), 'utf8').replace("'docs/errors.md'", "'docs/eror.md'"),
    );
    try {
      const result = await runEslint(projectDir, ['src/clean.js', '-c', 'eslint.broken.config.js']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('docs/eror.md');
      expect(result.stderr).not.toMatch(/^\s+at /mu);
    } finally {
      rmSync(project('eslint.broken.config.js'), { force: true });
    }
  });
});

describe.each([
  ['ESLint 10', projectDir],
  ['ESLint 9', projects['eslint9-flat']],
])('--concurrency 2 on %s', (_title, dir) => {
  it('gives the same findings as a single thread', async () => {
    const help = await runEslint(dir, ['--help']);
    expect(help.stdout).toContain('--concurrency');

    const single = await runEslint(dir, ['src', '--concurrency', 'off', '--format', 'json', '--debug']);
    const parallel = await runEslint(dir, ['src', '--concurrency', '2', '--format', 'json', '--debug']);
    expect(single.stderr).toContain('Linting in single-thread mode.');
    expect(parallel.stderr).toContain('Linting using 2 worker thread(s).');
    const findings = findingsOf(parseJsonResults(single), dir);
    expect(findingsOf(parseJsonResults(parallel), dir)).toEqual(findings);
    expect(parallel.exitCode).toBe(single.exitCode);
    expect(findings).toEqual(expectedFindings(profileOf(dir, 'recommended')));
  });
});

describe('the CLI, as an installed project runs it', () => {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const runCli = (args: readonly string[]) =>
    run(npx, ['--no-install', ...args], { cwd: projectDir, timeoutMs: 60_000 });

  it.each(['eslint-plugin-http-status', 'http-status'])('npx %s table --help', async (bin) => {
    const result = await runCli([bin, 'table', '--help']);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('Usage: eslint-plugin-http-status table [--source FILE ...] [--for FILE] [--json]');
    expect(result.exitCode).toBe(0);
  });

  it('an unknown flag: one line, exit 2', async () => {
    const result = await runCli(['eslint-plugin-http-status', 'table', '--sauce']);
    expect(result.stderr).toBe('http-status: unknown option --sauce. Run "eslint-plugin-http-status table --help" for usage.\n');
    expect(result.exitCode).toBe(2);
  });
});

describe('adopting with bulk suppressions (README "Adopting on an existing codebase")', () => {
  const suppressions = project('eslint-suppressions.json');
  afterEach(() => rmSync(suppressions, { force: true }));

  it('--suppress-all freezes today\'s findings, a new one still fails, --prune-suppressions drops fixed ones', async () => {
    const before = expectedFindings(recommended());
    expect(before.length).toBeGreaterThan(0);
    const frozen = await runEslint(projectDir, ['src', '--suppress-all']);
    expect(frozen.exitCode, frozen.stderr).toBe(0);
    expect(existsSync(suppressions)).toBe(true);
    const counted = JSON.parse(readFileSync(suppressions, 'utf8')) as Record<string, Record<string, { count: number }>>;
    const suppressedRules = new Set(Object.values(counted).flatMap((byRule) => Object.keys(byRule)));
    expect([...suppressedRules].sort()).toEqual([...new Set(before.map((finding) => finding.ruleId))].sort());

    // A new undocumented status in a file that already had suppressed findings fails the gate.
    editFile('src/server.js', (text) => `${text}\napp.get('/brew', (req, res) => res.status(418).json({ error: 'tea' }));\n`);
    const added = await runEslint(projectDir, ['src', '--format', 'json']);
    expect(findingsOf(parseJsonResults(added), projectDir).map((finding) => finding.ruleId)).toContain(
      `${PLUGIN_PREFIX}no-undocumented-status`,
    );
    expect(added.exitCode).toBe(1);

    // Remove every finding of one file: pruning keeps only the others' entries.
    editFile('src/server.js', () => 'export const fine = true;\n');
    const pruned = await runEslint(projectDir, ['src', '--prune-suppressions']);
    expect(pruned.exitCode, pruned.stderr).toBe(0);
    const remaining = JSON.parse(readFileSync(suppressions, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(remaining).some((file) => file.endsWith('server.js'))).toBe(false);
  });
});

describe('the CI log the README shows', () => {
  it('is what `eslint src/server.js` prints with the stylish formatter', async () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const shown = /What a CI log shows[^\n]*\n\n```\n([\s\S]*?)```/u.exec(readme)?.[1];
    expect(shown).toBeDefined();
    const result = await runEslint(projectDir, ['src/server.js']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout.replace(`${projectDir}${path.sep}`, '').trim()).toBe(shown?.trim());
  });
});
