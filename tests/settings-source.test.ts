import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import { getPluginSettings, parseSettings } from '../src/settings';

const fixturesDir = path.join(__dirname, 'fixtures');

function errorOf(raw: unknown, cwd = fixturesDir): ConfigurationError {
  try {
    parseSettings(raw, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

/** What getPluginSettings reads from a rule context: the settings, ESLint's cwd, and the file's SourceCode. */
function contextFor(settings: object, cwd: string, sourceCode: object = {}): TSESLint.RuleContext<string, readonly unknown[]> {
  return { settings: { 'http-status': settings }, cwd, sourceCode } as unknown as TSESLint.RuleContext<
    string,
    readonly unknown[]
  >;
}

describe("settings['http-status'].source", () => {
  it('reads one document, resolved against cwd', () => {
    const { table } = parseSettings({ source: 'openapi/petstore-swagger-2.0.yaml' }, fixturesDir);
    expect(table.entries.map((entry) => entry.code)).toEqual([200, 201, 204, 400, 404, 441]);
    expect(table.origin).toBe('openapi/petstore-swagger-2.0.yaml');
    expect(table.get(404)?.origin).toBe('openapi/petstore-swagger-2.0.yaml');
    expect(table.isDefault).toBe(false);
  });

  it('merges a list of documents and the inline codes: a code documented by any of them is documented', () => {
    const { table } = parseSettings(
      {
        codes: [{ code: 418, reason: "I'm a teapot" }],
        source: ['openapi/petstore-3.0.yaml', 'seeds/ving-error-codes.md', 'sources/codes.json'],
      },
      fixturesDir,
    );
    expect(table.entries.map((entry) => entry.code)).toEqual([
      200, 201, 400, 401, 402, 403, 404, 408, 409, 413, 415, 418, 422, 429, 441, 442, 454, 499, 500, 501, 502, 504,
    ]);
    expect(table.origin).toBe(
      "settings['http-status'].codes + openapi/petstore-3.0.yaml + seeds/ving-error-codes.md + sources/codes.json",
    );
    // The first document to describe a code keeps it.
    expect(table.get(404)).toEqual({
      code: 404,
      reason: 'Not Found',
      description: 'The pet is not in the store.',
      origin: 'openapi/petstore-3.0.yaml',
    });
    expect(table.get(441)?.origin).toBe('seeds/ving-error-codes.md');
    expect(table.get(441)?.reason).toBe('Missing Required Parameter');
    // petstore-3.0.yaml documents the class 4XX.
    expect([...table.classes]).toEqual(['4xx']);
    expect(table.has(451)).toBe(true);
    expect(table.has(503)).toBe(false);
  });

  it('rejects an empty list, a non-string and a missing document, naming them', () => {
    expect(errorOf({ source: [] }).message).toBe("settings['http-status'].source must name at least one document; got [].");
    expect(errorOf({ source: ['openapi/petstore-3.0.yaml', ''] }).message).toBe(
      "settings['http-status'].source[1] must be a file path; got \"\".",
    );
    expect(errorOf({ source: 'openapi.yaml' }).message).toBe(
      `openapi.yaml: the status-code source does not exist (looked for ${path.join(fixturesDir, 'openapi.yaml')}).`,
    );
    expect(errorOf({ source: 'openapi/no-paths.yaml' }).message).toBe(
      'openapi/no-paths.yaml: the OpenAPI 3.1.0 document has no "paths", so it documents no status codes.',
    );
  });
});

describe('getPluginSettings with a source document', () => {
  function tempDocument(): { dir: string; file: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-settings-'));
    const file = path.join(dir, 'codes.json');
    writeFileSync(file, '[200, 404]');
    return { dir, file };
  }

  /** Rewrites the document with a later mtime, as an editor's save does. */
  function rewrite(file: string, text: string): void {
    writeFileSync(file, text);
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
  }

  it('parses once per settings object, for every rule of a file', () => {
    const { dir } = tempDocument();
    const settings = { source: 'codes.json' };
    const sourceCode = {};
    const first = getPluginSettings(contextFor(settings, dir, sourceCode));
    expect(getPluginSettings(contextFor(settings, dir, sourceCode))).toBe(first);
    expect(getPluginSettings(contextFor(settings, dir, {}))).toBe(first);
  });

  it('notices a changed document on the next file, as a long-running editor server needs', () => {
    const { dir, file } = tempDocument();
    const settings = { source: 'codes.json' };
    const firstFile = {};
    const before = getPluginSettings(contextFor(settings, dir, firstFile)).table;
    expect(before.has(409)).toBe(false);

    rewrite(file, '[200, 404, 409]');
    // The file being linted keeps the table its other rules saw.
    expect(getPluginSettings(contextFor(settings, dir, firstFile)).table).toBe(before);
    const after = getPluginSettings(contextFor(settings, dir, {})).table;
    expect(after.has(409)).toBe(true);
    expect(getPluginSettings(contextFor(settings, dir, {})).table).toBe(after);
  });

  it('reports a document broken after it was read, on the next file', () => {
    const { dir, file } = tempDocument();
    const settings = { source: 'codes.json' };
    getPluginSettings(contextFor(settings, dir, {}));
    rewrite(file, '[200, 4040]');
    expect(() => getPluginSettings(contextFor(settings, dir, {}))).toThrow(
      'codes.json[1] must be an integer status code from 100 to 599; got 4040.',
    );
    rewrite(file, '[200]');
    expect(getPluginSettings(contextFor(settings, dir, {})).table.entries.map((entry) => entry.code)).toEqual([200]);
  });

  it('shares one read of a document between settings objects', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-settings-'));
    copyFileSync(path.join(fixturesDir, 'openapi', 'bookshop-3.1.yaml'), path.join(dir, 'openapi.yaml'));
    const a = getPluginSettings(contextFor({ source: 'openapi.yaml' }, dir)).table;
    const b = getPluginSettings(contextFor({ source: './openapi.yaml' }, dir)).table;
    expect(b.entries.map((entry) => entry.code)).toEqual(a.entries.map((entry) => entry.code));
    expect(b.origin).toBe('./openapi.yaml');
  });
});
