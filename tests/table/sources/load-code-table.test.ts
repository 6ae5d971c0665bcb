import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCodeTable } from '../../../src';
import { parseSettings } from '../../../src/settings';
import { configurationErrorOf, openApiDir, seedsDir } from './helpers';

describe('loadCodeTable', () => {
  it('returns the inline codes form of a document', () => {
    expect(loadCodeTable('petstore-swagger-2.0.yaml', { cwd: openApiDir })).toEqual([
      { code: 200, reason: 'OK', description: 'A list of pets.' },
      { code: 201, reason: 'Created', description: 'Created.' },
      { code: 204, reason: 'No Content', description: 'Deleted.' },
      { code: 400, reason: 'Bad Request', description: 'The request is malformed.' },
      { code: 404, reason: 'Not Found', description: 'No such pet.' },
      { code: 441, description: 'Missing Required Parameter' },
    ]);
  });

  it('accepts a file URL, as `new URL("./openapi.yaml", import.meta.url)` gives', () => {
    const url = pathToFileURL(path.join(seedsDir, 'ving-error-codes.md'));
    const codes = loadCodeTable(url);
    expect(codes.map((entry) => entry.code)).toEqual([
      400, 401, 402, 403, 404, 408, 409, 413, 415, 429, 441, 442, 454, 499, 500, 501, 502, 504,
    ]);
    expect(codes.find((entry) => entry.code === 499)).toEqual({
      code: 499,
      reason: 'Offline Processing',
      description: 'This request was going to take too long so it was handed off to be processed in the background.',
    });
  });

  it('spells a range key out as every code of the class, since the inline form lists codes', () => {
    const codes = loadCodeTable('petstore-3.0.yaml', { cwd: openApiDir });
    expect(codes.map((entry) => entry.code)).toEqual([200, 201, ...Array.from({ length: 100 }, (_, index) => 400 + index)]);
    expect(codes.find((entry) => entry.code === 404)?.description).toBe('The pet is not in the store.');
    expect(codes.find((entry) => entry.code === 441)).toEqual({ code: 441 });
  });

  it('gives settings the same table as `source` would', () => {
    const inline = parseSettings({ codes: loadCodeTable('bookshop-3.1.yaml', { cwd: openApiDir }) }, openApiDir).table;
    const read = parseSettings({ source: 'bookshop-3.1.yaml' }, openApiDir).table;
    for (let code = 100; code <= 599; code += 1) expect(inline.has(code), String(code)).toBe(read.has(code));
    expect(inline.get(404)?.reason).toBe(read.get(404)?.reason);
    expect(inline.get(404)?.description).toBe(read.get(404)?.description);
  });

  it('throws the same clear errors', () => {
    expect(configurationErrorOf(() => loadCodeTable('no-paths.yaml', { cwd: openApiDir })).message).toBe(
      'no-paths.yaml: the OpenAPI 3.1.0 document has no "paths", so it documents no status codes.',
    );
  });
});
