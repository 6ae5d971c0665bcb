/**
 * Bad settings and bad documents: every one gives one line that names the setting or
 * the file (with line:column for documents), never a stack, through ESLint and
 * loadCodeTable (the CLI's side is in cli.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin, { loadCodeTable } from '../src/index';

const dir = mkdtempSync(path.join(tmpdir(), 'http-status-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string): string {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return file;
}

const openApi = (responses: string): string =>
  `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{${responses}}}}}}`;
const openApiYaml = (key: string): string =>
  `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        ${key}:\n          description: x\n`;

/** What ESLint throws for these settings, as the one line a user sees; undefined when it lints. */
async function eslintError(settings: unknown): Promise<string | undefined> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [plugin.configs.recommended, { settings: { 'http-status': settings } }],
  });
  try {
    await eslint.lintText("res.status(404).json({ error: 'gone' });\n", { filePath: path.join(dir, 'server.js') });
    return undefined;
  } catch (error) {
    const { message, stack } = error as Error;
    expect(stack, 'no frames from inside the plugin').not.toMatch(/\n\s+at /u);
    // ESLint names the rule it was loading before our line, and the file on a line of its own.
    return message.split('\n')[0]?.replace(/^Error while loading rule 'http-status\/[a-z-]+': /u, '');
  }
}

function loadError(file: string): string | undefined {
  try {
    loadCodeTable(file, { cwd: dir });
    return undefined;
  } catch (error) {
    const { message, stack } = error as Error;
    expect(stack, 'no frames from inside the plugin').not.toMatch(/\n\s+at /u);
    expect(message).not.toContain('\n');
    return message;
  }
}

describe('bad settings', () => {
  it.each([
    // eslint-disable-next-line no-sparse-arrays -- the typo under test
    ['a hole from a double comma', { codes: [200, , 404] }, "settings['http-status'].codes[1] is empty (two commas in a row?); write a status code or remove the comma."],
    ['NaN', { codes: [NaN] }, "settings['http-status'].codes[0] must be an integer status code from 100 to 599; got NaN."],
    ['Infinity', { codes: [200, Infinity] }, "settings['http-status'].codes[1] must be an integer status code from 100 to 599; got Infinity."],
    ['a code in a string with a leading zero', { codes: ['0404'] }, `settings['http-status'].codes[0] must be an integer status code from 100 to 599; got "0404"; write it as three digits, like 404.`],
    ['an empty list', { codes: [] }, "settings['http-status'].codes documents no codes, so every status would be undocumented; list the API's codes, or leave it out to use the default table."],
    ['an empty map', { codes: {} }, "settings['http-status'].codes documents no codes, so every status would be undocumented; list the API's codes, or leave it out to use the default table."],
  ])('%s', async (_, settings, line) => {
    expect(await eslintError(settings)).toBe(line);
  });
});

describe('bad documents', () => {
  const cases: [string, () => string, string][] = [
    ['a symbolic link loop', () => {
      try { symlinkSync('loop.yaml', path.join(dir, 'loop.yaml')); } catch { /* made by an earlier run */ }
      return 'loop.yaml';
    }, 'loop.yaml: the status-code source cannot be read: a symbolic link in the path points back at itself (ELOOP).'],
    ['a file used as a folder', () => `${write('plain.txt', '404: Not Found\n')}/errors.md`, 'plain.txt/errors.md: the status-code source cannot be read: a part of the path is a file, not a folder (ENOTDIR).'],
    ['a name too long', () => `${'a'.repeat(300)}.yaml`, `${'a'.repeat(60)}…${'a'.repeat(35)}.yaml (305 characters): the status-code source cannot be read: the path or one of its names is too long (ENAMETOOLONG).`],
    ['a NUL byte in the path', () => 'docs\0errors.md', 'docs\\u0000errors.md: the status-code source\'s path contains a NUL character.'],
    ['an empty JSON codes table', () => write('empty.json', '[]\n'), 'empty.json: the JSON codes table lists no status codes.'],
    ['an OpenAPI key with a leading zero', () => write('zero.json', openApi('"0404":{"description":"x"}')), 'zero.json:1: paths["/a"].get.responses has the key "0404", which is not a status code from 100 to 599, a range like "4XX", or "default"; write it as three digits, like "404".'],
    ['an OpenAPI key in exponent form', () => write('exp.json', openApi('"2e2":{"description":"x"}')), 'exp.json:1: paths["/a"].get.responses has the key "2e2", which is not a status code from 100 to 599, a range like "4XX", or "default"; write it as three digits, like "200".'],
    ['an OpenAPI key in hex (JSON)', () => write('hex.json', openApi('"0x194":{"description":"x"}')), 'hex.json:1: paths["/a"].get.responses has the key "0x194", which is not a status code from 100 to 599, a range like "4XX", or "default"; write it as three digits, like "404".'],
    ['an OpenAPI key YAML reads as the number 404', () => write('hex.yaml', openApiYaml('0x194')), 'hex.yaml:7: paths["/a"].get.responses has the key "0x194", which is not a status code from 100 to 599, a range like "4XX", or "default"; write it as three digits, like "404".'],
    ['an OpenAPI key YAML reads as the number 200', () => write('exp.yaml', openApiYaml('2e2')), 'exp.yaml:7: paths["/a"].get.responses has the key "2e2", which is not a status code from 100 to 599, a range like "4XX", or "default"; write it as three digits, like "200".'],
    ['a duplicate key in JSON', () => write('dup.json', openApi('"200":{"description":"x"},"200":{"description":"y"}')), 'dup.json:1:116: the JSON has the same key twice in one object; keys must be unique.'],
    ['a code list with a hex number (YAML)', () => write('codes.yaml', '- 200\n- 0x194\n'), 'codes.yaml:2:3: 0x194 is not written as a status code; write codes as three digits, like 404.'],
    ['a code list with 404.0 (JSON)', () => write('codes.json', '[200, 404.0]\n'), 'codes.json:1:7: 404.0 is not written as a status code; write codes as three digits, like 404.'],
    ['a table cell with a letter after the code', () => write('cells.md', '| Code | Meaning |\n| --- | --- |\n| 200 | OK |\n| 404x | Not Found |\n'), 'cells.md:4: "404x" in the "Code" column is not a status code from 100 to 599.'],
    ['a table cell with a letter o for a zero', () => write('cells-o.md', '| Code | Meaning |\n| --- | --- |\n| 200 | OK |\n| **4o4** | Not Found |\n'), 'cells-o.md:4: "**4o4**" in the "Code" column is not a status code from 100 to 599.'],
    ['a table cell 404.5', () => write('cells-dot.md', '| Status | Meaning |\n| --- | --- |\n| 404.5 | Half found |\n'), 'cells-dot.md:3: "404.5" in the "Status" column is not a status code from 100 to 599.'],
    ['a JSON file that is no table, holding a secret', () => write('secret.json', '{"apiKey":"sk-live-0123456789abcdef","region":"eu"}\n'), 'secret.json: the JSON is neither an OpenAPI document (no "openapi" or "swagger" field) nor a codes table ([404, 441], [{ "code": 441, "reason": "…" }] or { "441": "…" }); its top level is an object with 2 keys.'],
  ];

  it.each(cases)('%s, through loadCodeTable', (_, make, line) => {
    expect(loadError(make())).toBe(line);
  });

  it.each(cases)('%s, through ESLint', async (_, make, line) => {
    expect(await eslintError({ source: make() })).toBe(line);
  });

  it('a $ref chain of 40 hops that ends is read, not called circular', () => {
    const responses = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`r${index}`, { $ref: `#/components/responses/r${index + 1}` }]),
    );
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      components: { responses: { ...responses, r40: { description: 'Gone for good' } } },
      paths: { '/a': { get: { responses: { 410: { $ref: '#/components/responses/r0' } } } } },
    };
    const file = write('chain.json', JSON.stringify(document));
    expect(loadCodeTable(file, { cwd: dir })).toEqual([{ code: 410, reason: 'Gone', description: 'Gone for good' }]);
  });

  it('a document replaced by something unreadable in a running session: one line at the next lint', async () => {
    const file = write('live/errors.md', '| Code | Meaning |\n| --- | --- |\n| 404 | Not Found |\n');
    const settings = { source: file };
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended, { settings: { 'http-status': settings } }] });
    const lint = () => eslint.lintText('res.status(404).json({ error: "gone" });\n', { filePath: path.join(dir, 'server.js') });
    await expect(lint()).resolves.toHaveLength(1);
    rmSync(path.join(dir, file));
    symlinkSync('errors.md', path.join(dir, file));
    const error = (await lint().then(() => undefined, (reason: unknown) => reason)) as Error | undefined;
    expect(error?.message.split('\n')[0]).toBe(
      "Error while loading rule 'http-status/no-undocumented-status': live/errors.md: the status-code source cannot be read: a symbolic link in the path points back at itself (ELOOP).",
    );
    expect(error?.stack).not.toMatch(/\n\s+at /u);
  });
});
