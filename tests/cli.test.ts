import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.join(__dirname, '..');
const fixturesDir = path.join(__dirname, 'fixtures');
// Its own build, under the repository so it resolves our node_modules, and never racing other tests over dist/.
const buildDir = path.join(repoRoot, '.tmp', `cli-${process.pid}`);
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
// The bin as published (`./dist/src/cli.js`), inside this build.
const cli = path.join(buildDir, path.relative('dist', packageJson.bin['eslint-plugin-http-status'] ?? ''));

function run(args: readonly string[], cwd = fixturesDir): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

beforeAll(() => {
  rmSync(buildDir, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', buildDir],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  expect(tsc.stdout + tsc.stderr).toBe('');
}, 120_000);

afterAll(() => {
  rmSync(buildDir, { recursive: true, force: true });
});

describe('the http-status CLI', () => {
  it('is the package bin under both names, a compiled file under dist that runs with node', () => {
    // `npx eslint-plugin-http-status` works anywhere (npx finds the bin named like the package);
    // `npx http-status` only where the plugin is installed (elsewhere npx fetches the unrelated package).
    expect(packageJson.bin).toEqual({ 'eslint-plugin-http-status': './dist/src/cli.js', 'http-status': './dist/src/cli.js' });
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help and --version', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: eslint-plugin-http-status <command> \[options\]\n/u);
    expect(help.stdout).toContain('  table [--source FILE ...] [--for FILE] [--json]\n');
    expect(help.stdout).toContain('  check-source FILE ...\n');
    for (const option of ['-s, --source FILE', '--for FILE', '--json', '-h, --help', '-v, --version']) {
      expect(help.stdout).toContain(option);
    }
    expect(run(['help']).stdout).toBe(help.stdout);
    expect(run(['-v']).stdout).toBe(`${packageJson.version}\n`);
  });

  it('<command> --help shows that command and only its options', () => {
    const table = run(['table', '--help']);
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe('Usage: eslint-plugin-http-status table [--source FILE ...] [--for FILE] [--json]');
    expect(table.stdout).toContain('--for FILE');
    const checkSource = run(['check-source', '-h']);
    expect(checkSource.stdout.split('\n')[0]).toBe('Usage: eslint-plugin-http-status check-source FILE ...');
    expect(checkSource.stdout).not.toContain('--json');
  });

  it('check-source lists what each document documents', () => {
    const result = run(['check-source', 'seeds/ving-error-codes.md', 'openapi/petstore-3.0.json']);
    expect(result).toEqual({
      status: 0,
      stdout:
        'seeds/ving-error-codes.md: Markdown page, 18 codes: 400, 401, 402, 403, 404, 408, 409, 413, 415, 429, 441, 442, 454, 499, 500, 501, 502, 504\n' +
        'openapi/petstore-3.0.json: OpenAPI 3.0.3 document, 4 codes: 200, 201, 404, 422; and every code of 4xx\n',
      stderr: '',
    });
  });

  it('check-source exits 1 with the same clear errors, one line each, no stack', () => {
    const result = run(['check-source', 'openapi/no-paths.yaml', 'sources/bad-code-table.md', 'sources/codes.json', 'missing.md']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('sources/codes.json: JSON codes table, 3 codes: 200, 441, 499\n');
    expect(result.stderr).toBe(
      'http-status: openapi/no-paths.yaml: the OpenAPI 3.1.0 document has no "paths", so it documents no status codes.\n' +
        'http-status: sources/bad-code-table.md:6: "4040" in the "Code" column is not a status code from 100 to 599.\n' +
        `http-status: missing.md: the status-code source does not exist (looked for ${path.join(fixturesDir, 'missing.md')}).\n`,
    );
  });

  it('check-source prints warnings about external $refs on stderr and still succeeds', () => {
    const result = run(['check-source', 'openapi/remote-refs.yaml']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('openapi/remote-refs.yaml: OpenAPI 3.1.0 document, 2 codes: 200, 503\n');
    expect(result.stderr).toMatch(/^warning: openapi\/remote-refs\.yaml: 3 \$refs to other documents were not followed/u);
  });

  it('table --source prints code, reason, class and origin of merged documents', () => {
    const result = run(['table', '--source', 'openapi/petstore-3.0.yaml', '-s', 'sources/codes.json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Documented by openapi/petstore-3.0.yaml + sources/codes.json',
        '6 documented codes, and every code of 4xx.',
        '',
        'CODE  REASON                      CLASS  ORIGIN',
        '200   OK                          2xx    openapi/petstore-3.0.yaml',
        '201   Created                     2xx    openapi/petstore-3.0.yaml',
        '404   Not Found                   4xx    openapi/petstore-3.0.yaml',
        '422   Unprocessable Content       4xx    openapi/petstore-3.0.yaml',
        '441   Missing Required Parameter  4xx    sources/codes.json',
        '499   Offline Processing          4xx    sources/codes.json',
        '4XX   any code of the class       4xx    openapi/petstore-3.0.yaml + sources/codes.json',
        '',
      ].join('\n'),
    );
  });

  it('table --json', () => {
    const result = run(['table', '--json', '--source', 'openapi/petstore-swagger-2.0.yaml']);
    expect(result.status).toBe(0);
    const table = JSON.parse(result.stdout) as { origin: string; isDefault: boolean; codes: unknown[]; classes: string[] };
    expect(table.origin).toBe('openapi/petstore-swagger-2.0.yaml');
    expect(table.isDefault).toBe(false);
    expect(table.classes).toEqual([]);
    expect(table.codes).toEqual([
      { code: 200, reason: 'OK', class: '2xx', origin: 'openapi/petstore-swagger-2.0.yaml', description: 'A list of pets.' },
      { code: 201, reason: 'Created', class: '2xx', origin: 'openapi/petstore-swagger-2.0.yaml', description: 'Created.' },
      { code: 204, reason: 'No Content', class: '2xx', origin: 'openapi/petstore-swagger-2.0.yaml', description: 'Deleted.' },
      { code: 400, reason: 'Bad Request', class: '4xx', origin: 'openapi/petstore-swagger-2.0.yaml', description: 'The request is malformed.' },
      { code: 404, reason: 'Not Found', class: '4xx', origin: 'openapi/petstore-swagger-2.0.yaml', description: 'No such pet.' },
      { code: 441, reason: null, class: '4xx', origin: 'openapi/petstore-swagger-2.0.yaml', description: 'Missing Required Parameter' },
    ]);
  });

  it('table without --source shows the settings of the ESLint config the project uses', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-cli-'));
    copyFileSync(path.join(fixturesDir, 'openapi', 'petstore-swagger-2.0.yaml'), path.join(dir, 'openapi.yaml'));
    writeFileSync(
      path.join(dir, 'eslint.config.mjs'),
      "export default [{ files: ['**/*.js', '**/*.ts'], settings: { 'http-status': { source: 'openapi.yaml', codes: [418] } } }];\n",
    );
    const result = run(['table', '--for', 'src/app.ts', '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const table = JSON.parse(result.stdout) as { origin: string; codes: { code: number }[] };
    expect(table.origin).toBe("settings['http-status'].codes + openapi.yaml");
    expect(table.codes.map((entry) => entry.code)).toEqual([200, 201, 204, 400, 404, 418, 441]);

    const text = run(['table'], dir);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      "settings['http-status'] in the ESLint config for index.js: settings['http-status'].codes + openapi.yaml",
      '7 documented codes.',
    ]);
  });

  it('table without settings shows the default table', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-cli-'));
    writeFileSync(path.join(dir, 'eslint.config.mjs'), 'export default [];\n');
    const defaults = run(['table'], dir);
    expect(defaults.status).toBe(0);
    expect(defaults.stdout.split('\n')[0]).toBe(
      "No settings['http-status'] in the ESLint config for index.js: using the default table (every registered code in good standing).",
    );
    expect(defaults.stdout).toContain('\n404   Not Found ');
  });

  it('an ESLint config that cannot be loaded exits 1 and points to --source', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-cli-'));
    writeFileSync(path.join(dir, 'eslint.config.mjs'), "throw new Error('the config is broken');\n");
    expect(run(['table'], dir)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'http-status: cannot read the ESLint config for index.js: the config is broken. Pass --source FILE to read documents directly.\n',
    });
  });

  it('bad settings in the ESLint config exit 1 with the settings error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-cli-'));
    writeFileSync(path.join(dir, 'eslint.config.mjs'), "export default [{ settings: { 'http-status': { codes: [4040] } } }];\n");
    expect(run(['table'], dir)).toEqual({
      status: 1,
      stdout: '',
      stderr: "http-status: settings['http-status'].codes[0] must be an integer status code from 100 to 599; got 4040.\n",
    });
  });

  it.each([
    ['[200, , 404]', "settings['http-status'].codes[1] is empty (two commas in a row?); write a status code or remove the comma."],
    ['[NaN]', "settings['http-status'].codes[0] must be an integer status code from 100 to 599; got NaN."],
    ['[]', "settings['http-status'].codes documents no codes, so every status would be undocumented; list the API's codes, or leave it out to use the default table."],
  ])('bad settings codes: %s in the ESLint config: one line, exit 1', (codes, line) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-cli-'));
    writeFileSync(path.join(dir, 'eslint.config.mjs'), `export default [{ settings: { 'http-status': { codes: ${codes} } } }];\n`);
    expect(run(['table'], dir)).toEqual({ status: 1, stdout: '', stderr: `http-status: ${line}\n` });
  });

  it('check-source checks every file it is given, and exits 1 once when any is bad', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-cli-'));
    symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
    writeFileSync(path.join(dir, 'plain.txt'), '404: Not Found\n');
    writeFileSync(path.join(dir, 'hex.yaml'), '- 200\n- 0x194\n');
    writeFileSync(path.join(dir, 'dup.json'), '{"404": "Not Found", "404": "Gone"}\n');
    writeFileSync(path.join(dir, 'secret.json'), '{"token": "ghp_0123456789", "user": "ci"}\n');
    writeFileSync(path.join(dir, 'empty.json'), '{}\n');
    writeFileSync(path.join(dir, 'cells.md'), '| Code | Meaning |\n| --- | --- |\n| 4o4 | Not Found |\n');
    writeFileSync(
      path.join(dir, 'keys.yaml'),
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        2e2:\n          description: x\n",
    );
    writeFileSync(path.join(dir, 'zero.json'), '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"0404":{"description":"x"}}}}}}');
    const longName = `${'n'.repeat(300)}.md`;
    const result = run(
      ['check-source', 'loop.yaml', 'plain.txt/x.md', 'hex.yaml', 'plain.txt', 'dup.json', 'secret.json', 'empty.json', 'cells.md', 'keys.yaml', 'zero.json', longName, 'missing.md'],
      dir,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('plain.txt: text page, 1 codes: 404\n');
    expect(result.stderr.split('\n')).toEqual([
      'http-status: loop.yaml: the status-code source cannot be read: a symbolic link in the path points back at itself (ELOOP).',
      'http-status: plain.txt/x.md: the status-code source cannot be read: a part of the path is a file, not a folder (ENOTDIR).',
      'http-status: hex.yaml:2:3: 0x194 is not written as a status code; write codes as three digits, like 404.',
      'http-status: dup.json:1:22: the JSON has the same key twice in one object; keys must be unique.',
      'http-status: secret.json: the JSON is neither an OpenAPI document (no "openapi" or "swagger" field) nor a codes table ([404, 441], [{ "code": 441, "reason": "…" }] or { "441": "…" }); its top level is an object with 2 keys.',
      "http-status: empty.json: the JSON codes table lists no status codes.",
      'http-status: cells.md:3: "4o4" in the "Code" column is not a status code from 100 to 599.',
      'http-status: keys.yaml:7: paths["/a"].get.responses has the key "2e2", which is not a status code from 100 to 599, a range like "4XX", or "default"; write it as three digits, like "200".',
      'http-status: zero.json:1: paths["/a"].get.responses has the key "0404", which is not a status code from 100 to 599, a range like "4XX", or "default"; write it as three digits, like "404".',
      `http-status: ${'n'.repeat(60)}…${'n'.repeat(37)}.md (303 characters): the status-code source cannot be read: the path or one of its names is too long (ENAMETOOLONG).`,
      `http-status: missing.md: the status-code source does not exist (looked for ${path.join(dir, 'missing.md')}).`,
      '',
    ]);
  });

  it('usage errors exit 2 with one line that points to the help', () => {
    const cases: [string[], string][] = [
      [[], 'a command is needed: table, check-source or routes. Run "eslint-plugin-http-status --help" for usage.'],
      [['lint'], 'unknown command "lint"; the commands are table, check-source, routes. Run "eslint-plugin-http-status --help" for usage.'],
      [['check-source'], 'check-source needs at least one FILE. Run "eslint-plugin-http-status check-source --help" for usage.'],
      [['table', 'openapi.yaml'], 'table takes no FILE arguments; use --source openapi.yaml. Run "eslint-plugin-http-status table --help" for usage.'],
      [['table', '--sauce', 'x.yaml'], 'unknown option --sauce. Run "eslint-plugin-http-status table --help" for usage.'],
      [['--sauce'], 'unknown option --sauce. Run "eslint-plugin-http-status --help" for usage.'],
      [['check-source', '--json', 'a.yaml'], 'check-source takes no --json option. Run "eslint-plugin-http-status check-source --help" for usage.'],
      [['table', '--source'], '--source needs a FILE. Run "eslint-plugin-http-status table --help" for usage.'],
      [['table', '--json=yes'], '--json takes no value. Run "eslint-plugin-http-status table --help" for usage.'],
    ];
    for (const [args, message] of cases) {
      expect({ args, ...run(args) }).toEqual({ args, status: 2, stdout: '', stderr: `http-status: ${message}\n` });
    }
  });

  it('the built package exports loadCodeTable', async () => {
    const built = (await import(path.join(buildDir, 'src', 'index.js'))) as { loadCodeTable: unknown };
    expect(typeof built.loadCodeTable).toBe('function');
  });
});

describe('http-status routes', () => {
  const project = path.join(fixturesDir, 'routes-nest');

  it('prints each operation of a Nest project: documented, sent, and both differences; exit 1 on an undocumented send', () => {
    const { status, stdout, stderr } = run(['routes', 'src'], project);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'OPERATION               DOCUMENTED  SENT           SENT, UNDOCUMENTED  DOCUMENTED, NEVER SENT',
        'POST /api/users         201, 409    201, 409       -                   -',
        'DELETE /api/users/{id}  204         204            -                   -',
        'GET /api/users/{id}     200, 404    200, 400, 404  400                 -',
        '',
        '3 documented operations, 1 file linted; 1 operation sends a status it does not document. "?" means a send could not be read, so what is never sent cannot be told.',
        '',
      ].join('\n'),
    );
    expect(status).toBe(1);
  });

  it('reads the operations a Nest project documents with @nestjs/swagger decorators, with no document', () => {
    const { status, stdout, stderr } = run(['routes', 'src'], path.join(fixturesDir, 'routes-nest-swagger'));
    expect(stderr).toBe('');
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'OPERATION        DOCUMENTED     SENT           SENT, UNDOCUMENTED  DOCUMENTED, NEVER SENT',
      'POST /orders     201, 409, 503  201            -                   409, 503',
      'GET /orders/:id  200, 404, 503  200, 400, 404  400                 503',
    ]);
    expect(status).toBe(1);
  });

  it('prints Markdown for a pull-request comment, and JSON', () => {
    const markdown = run(['routes', 'src', '--format', 'markdown'], project);
    expect(markdown.stdout.split('\n').slice(0, 3)).toEqual([
      '| operation | documented | sent | sent, undocumented | documented, never sent |',
      '|---|---|---|---|---|',
      '| `POST /api/users` | 201, 409 | 201, 409 | - | - |',
    ]);
    const json = JSON.parse(run(['routes', 'src', '--format', 'json'], project).stdout) as { operations: { operation: string; undocumented: number[] }[] };
    expect(json.operations.find((entry) => entry.operation === 'GET /api/users/{id}')?.undocumented).toEqual([400]);
  });

  it('exits 0 when every send is documented, and 2 on a bad --format', () => {
    const withBadRequest = path.join(buildDir, 'routes-openapi.yaml');
    writeFileSync(
      withBadRequest,
      readFileSync(path.join(project, 'openapi.yaml'), 'utf8').replace("'404': { description: No such user }", "'400': { description: Bad id }, '404': { description: No such user }"),
    );
    const { status, stdout } = run(['routes', 'src', '--source', withBadRequest], project);
    expect(stdout).toContain('0 operations send a status it does not document');
    expect(status).toBe(0);
    const bad = run(['routes', '--format', 'html'], project);
    expect(bad.stderr).toBe('http-status: --format must be table, markdown or json; got "html". Run "eslint-plugin-http-status routes --help" for usage.\n');
    expect(bad.status).toBe(2);
  });
});

