import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { loadCodeTable } from '../../src/index';

const ruleId = 'http-status/no-undocumented-status';
const fixture = path.join(__dirname, '..', 'fixtures', 'openapi', 'bookshop-3.1.yaml');

const SERVER = [
  "app.post('/orders', (req, res) => {",
  '  if (!req.body) return res.status(400).json({ message: "no body" });',
  '  if (req.body.duplicate) return res.status(409).json({ message: "placed already" });',
  '  if (req.body.teapot) return res.status(418).json({ message: "tea" });',
  '  if (req.body.gone) return res.status(405).json({ message: "not here" });',
  '  res.status(201).json(order);',
  '});',
  '',
].join('\n');

/** A project with openapi.yaml (the bookshop document: 405 and 418 are not in it) and server.js. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'http-status-source-'));
  copyFileSync(fixture, path.join(dir, 'openapi.yaml'));
  writeFileSync(path.join(dir, 'server.js'), SERVER);
  return dir;
}

function eslintFor(dir: string, settings: unknown, cache = false): ESLint {
  return new ESLint({
    cwd: dir,
    cache,
    cacheLocation: path.join(dir, '.eslintcache'),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        plugins: { 'http-status': plugin as unknown as ESLint.Plugin },
        rules: { [ruleId]: 'error' },
        settings: { 'http-status': settings },
      },
    ],
  });
}

async function findings(eslint: ESLint): Promise<{ line: number; column: number; message: string }[]> {
  const [result] = await eslint.lintFiles(['server.js']);
  return result!.messages.map(({ line, column, message }) => ({ line, column, message }));
}

/** Documents 405 in the document, with a later mtime, as an editor's save does. */
function document405(dir: string): void {
  const file = path.join(dir, 'openapi.yaml');
  const text = readFileSync(file, 'utf8').replace(
    "        '402':\n",
    "        '405':\n          description: Orders are closed.\n        '402':\n",
  );
  writeFileSync(file, text);
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
}

const BEFORE = [
  {
    line: 4,
    column: 42,
    message: '418 is registered as unused (RFC 9110, Section 15.5.19) and is not a documented status of this API (openapi.yaml).',
  },
  { line: 5, column: 40, message: '405 (Method Not Allowed) is not a documented status of this API (documented codes: openapi.yaml).' },
];

describe("no-undocumented-status with settings['http-status'].source", () => {
  it("reports a code the OpenAPI document lacks and accepts the ones it lists", async () => {
    expect(await findings(eslintFor(project(), { source: 'openapi.yaml' }))).toEqual(BEFORE);
  });

  it('sees the changed document on the next lint in the same process (an editor server)', async () => {
    const dir = project();
    const eslint = eslintFor(dir, { source: 'openapi.yaml' });
    expect(await findings(eslint)).toEqual(BEFORE);
    document405(dir);
    expect(await findings(eslint)).toEqual([BEFORE[0]]);
  });

  it('with --cache, a changed source document does not invalidate cached results', async () => {
    const dir = project();
    expect(await findings(eslintFor(dir, { source: 'openapi.yaml' }, true))).toEqual(BEFORE);
    document405(dir);
    expect(await findings(eslintFor(dir, { source: 'openapi.yaml' }, true))).toEqual(BEFORE);
    expect(await findings(eslintFor(dir, { source: 'openapi.yaml' }, false))).toEqual([BEFORE[0]]);
  });

  it('with codes: loadCodeTable(...), a changed document changes the config, so --cache lints again', async () => {
    const dir = project();
    const settings = (): unknown => ({ codes: loadCodeTable('openapi.yaml', { cwd: dir }) });
    const origin = "settings['http-status'].codes";
    expect(await findings(eslintFor(dir, settings(), true))).toEqual([
      { ...BEFORE[0], message: BEFORE[0]!.message.replace('openapi.yaml', origin) },
      { ...BEFORE[1], message: BEFORE[1]!.message.replace('openapi.yaml', origin) },
    ]);
    document405(dir);
    expect(await findings(eslintFor(dir, settings(), true))).toEqual([
      { ...BEFORE[0], message: BEFORE[0]!.message.replace('openapi.yaml', origin) },
    ]);
  });

  it('a broken document stops the lint with one line naming it', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'openapi.yaml'), 'openapi: 3.1.0\ninfo: { title: x, version: "1" }\n');
    const error: unknown = await findings(eslintFor(dir, { source: 'openapi.yaml' })).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(
      'openapi.yaml: the OpenAPI 3.1.0 document has no "paths", so it documents no status codes.',
    );
    expect((error as Error).stack).not.toMatch(/\n\s+at /u);
  });
});
