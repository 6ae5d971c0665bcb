import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSource, loadSourceTable } from '../../../src/table/sources';
import { configurationErrorOf, openApiDir } from './helpers';

const BOOKSHOP_CODES = [200, 201, 202, 204, 302, 304, 400, 401, 402, 403, 404, 406, 409, 410, 412, 413, 415, 422, 429, 503];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('OpenAPI 3.1 (a realistic document of 34 operations)', () => {
  it('documents every response key of every operation, following local $refs and path items', () => {
    const source = loadSource('bookshop-3.1.yaml', openApiDir);
    expect(source.kind).toBe('OpenAPI 3.1.0 document');
    expect(source.table.entries.map((entry) => entry.code)).toEqual(BOOKSHOP_CODES);
    expect(source.warnings).toEqual([]);
  });

  it('takes the range key 5XX as the whole class, and default as nothing', () => {
    const { table } = loadSource('bookshop-3.1.yaml', openApiDir);
    expect([...table.classes]).toEqual(['5xx']);
    expect(table.has(500)).toBe(true);
    expect(table.has(599)).toBe(true);
    expect(table.get(502)).toEqual({ code: 502, reason: 'Bad Gateway', origin: 'bookshop-3.1.yaml' });
    expect(table.has(405)).toBe(false);
    expect(table.has(500 - 1)).toBe(false);
  });

  it('ignores webhook responses: those are what subscribers send', () => {
    expect(loadSourceTable('bookshop-3.1.yaml', openApiDir).has(418)).toBe(false);
  });

  it('keeps the registry reason and the first response description', () => {
    const table = loadSourceTable('bookshop-3.1.yaml', openApiDir);
    expect(table.get(404)).toEqual({ code: 404, reason: 'Not Found', description: 'No such resource.', origin: 'bookshop-3.1.yaml' });
    expect(table.get(304)?.description).toBe('The book has not changed since the ETag in If-None-Match.');
    expect(table.origin).toBe('bookshop-3.1.yaml');
  });

  it('reads the JSON form of the same document the same way', () => {
    const yaml = loadSourceTable('bookshop-3.1.yaml', openApiDir);
    const json = loadSourceTable('bookshop-3.1.json', openApiDir);
    expect(json.entries.map(({ code, reason, description }) => ({ code, reason, description }))).toEqual(
      yaml.entries.map(({ code, reason, description }) => ({ code, reason, description })),
    );
    expect([...json.classes]).toEqual(['5xx']);
  });
});

describe('OpenAPI 3.0', () => {
  it.each(['petstore-3.0.yaml', 'petstore-3.0.json'])('%s: numeric and quoted keys, 4XX, chained $refs', (file) => {
    const source = loadSource(file, openApiDir);
    expect(source.kind).toBe('OpenAPI 3.0.3 document');
    expect(source.table.entries.map((entry) => entry.code)).toEqual([200, 201, 404, 422]);
    expect([...source.table.classes]).toEqual(['4xx']);
    expect(source.table.get(404)?.description).toBe('The pet is not in the store.');
    expect(source.table.has(441)).toBe(true);
    expect(source.table.get(441)).toEqual({ code: 441, reason: undefined, origin: file });
    expect(source.table.has(500)).toBe(false);
  });
});

describe('Swagger 2.0', () => {
  it.each(['petstore-swagger-2.0.yaml', 'petstore-swagger-2.0.json'])('%s: #/responses refs, custom codes', (file) => {
    const source = loadSource(file, openApiDir);
    expect(source.kind).toBe('Swagger 2.0 document');
    expect(source.table.entries.map((entry) => entry.code)).toEqual([200, 201, 204, 400, 404, 441]);
    expect(source.table.classes.size).toBe(0);
    expect(source.table.get(400)?.description).toBe('The request is malformed.');
    expect(source.table.get(441)).toEqual({
      code: 441,
      reason: undefined,
      description: 'Missing Required Parameter',
      origin: file,
    });
  });
});

describe('external $refs', () => {
  it('are never fetched: the codes behind them are skipped with one warning per document', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const warningSpy = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    // A fresh copy, so that this process has not read (and warned about) it yet.
    const dir = mkdtempSync(path.join(tmpdir(), 'http-status-refs-'));
    copyFileSync(path.join(openApiDir, 'remote-refs.yaml'), path.join(dir, 'remote-refs.yaml'));
    const source = loadSource('remote-refs.yaml', dir);
    loadSource('remote-refs.yaml', dir);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(warningSpy).toHaveBeenCalledTimes(1);
    expect(warningSpy).toHaveBeenCalledWith(source.warnings[0], { type: 'HttpStatusWarning', code: 'HTTP_STATUS_SOURCE' });
    // 503's response body is elsewhere, but the code is the key, so it still counts.
    expect(source.table.entries.map((entry) => entry.code)).toEqual([200, 503]);
    expect(source.table.get(503)?.description).toBeUndefined();
    expect(source.warnings).toEqual([
      'remote-refs.yaml: 3 $refs to other documents were not followed, so status codes behind them are not documented: ' +
        'paths["/users"] → "./paths/users.yaml", ' +
        'paths["/users/{id}"] → "https://schemas.example.com/paths/user.yaml#/UserItem", ' +
        'paths["/orders"].get.responses → "https://schemas.example.com/responses.yaml#/OrderResponses". ' +
        "Bundle the document into one file (e.g. `redocly bundle`) or list those codes in settings['http-status'].codes.",
    ]);
  });

  it('leaving no codes at all is an error that says why', () => {
    expect(configurationErrorOf(() => loadSourceTable('only-remote-refs.yaml', openApiDir)).message).toBe(
      'only-remote-refs.yaml: the OpenAPI 3.0.0 document documents no status codes: its path items are in other documents ' +
        '(paths["/users"] → "https://schemas.example.com/paths/users.yaml"), which are never fetched.',
    );
  });
});

describe('bad OpenAPI documents', () => {
  it('a document with no paths', () => {
    expect(configurationErrorOf(() => loadSourceTable('no-paths.yaml', openApiDir)).message).toBe(
      'no-paths.yaml: the OpenAPI 3.1.0 document has no "paths", so it documents no status codes.',
    );
  });

  it('a document with only default responses', () => {
    expect(configurationErrorOf(() => loadSourceTable('only-default.json', openApiDir)).message).toBe(
      'only-default.json: the OpenAPI 3.0.1 document documents no status codes: none of its 2 operations has a response code other than "default".',
    );
  });

  it('a response key that is not a status code, with its line', () => {
    expect(configurationErrorOf(() => loadSourceTable('bad-response-key.yaml', openApiDir)).message).toBe(
      'bad-response-key.yaml:11: paths["/things"].get.responses has the key "4040", which is not a status code from 100 to 599, a range like "4XX", or "default".',
    );
    expect(configurationErrorOf(() => loadSourceTable('bad-response-key.json', openApiDir)).message).toBe(
      'bad-response-key.json:9: paths["/things"].get.responses has the key "2O4", which is not a status code from 100 to 599, a range like "4XX", or "default".',
    );
  });

  it('unreadable YAML and JSON, with the line', () => {
    expect(configurationErrorOf(() => loadSourceTable('broken.yaml', openApiDir)).message).toBe(
      'broken.yaml:10:5: the YAML cannot be parsed: Map keys must be unique.',
    );
    expect(configurationErrorOf(() => loadSourceTable('broken.json', openApiDir)).message).toBe(
      "broken.json:9: the JSON cannot be parsed: Expected double-quoted property name.",
    );
  });

  it('a $ref that points nowhere, or in a circle', () => {
    expect(configurationErrorOf(() => loadSourceTable('dangling-ref.yaml', openApiDir)).message).toBe(
      'dangling-ref.yaml: the $ref "#/components/responses/NotFund" at paths["/things"].get.responses["404"] points to nothing in the document.',
    );
    expect(configurationErrorOf(() => loadSourceTable('circular-ref.yaml', openApiDir)).message).toBe(
      'circular-ref.yaml: the $ref "#/components/pathItems/A" at paths["/a"] is circular.',
    );
  });

  it('paths without a version field', () => {
    expect(configurationErrorOf(() => loadSourceTable('no-version.json', openApiDir)).message).toBe(
      'no-version.json: the document has "paths" but no "openapi" or "swagger" field saying which version it is.',
    );
  });

  it('errors print as one line, without frames from the parser', () => {
    const error = configurationErrorOf(() => loadSourceTable('broken.yaml', openApiDir));
    expect(error.stack).toBe(`eslint-plugin-http-status: ${error.message}`);
    expect(error.message).not.toContain('\n');
  });
});
