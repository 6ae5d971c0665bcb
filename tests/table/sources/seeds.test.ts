import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/table/sources';
import { configurationErrorOf, seedsDir } from './helpers';

/**
 * The seed pages the project started from (copies in tests/fixtures/seeds), and the
 * codes each one lists. The README beside them describes the pages and lists none.
 */
const SEED_CODES: Record<string, readonly number[]> = {
  // `### CODE Name` headings, custom codes included.
  'ving-error-codes.md': [400, 401, 402, 403, 404, 408, 409, 413, 415, 429, 441, 442, 454, 499, 500, 501, 502, 504],
  // A class-by-class list flattened from HTML (a code alone on each line), then `NNN: Name` definitions.
  'http-status-reference.txt': [
    100, 101, 102, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401,
    402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 426, 428,
    429, 431, 444, 451, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 599,
  ],
  // A ReadMe export: the "Common Response Codes" [block:parameters] table (412 is only mentioned in prose).
  'readme-error-handling.txt': [200, 201, 202, 304, 400, 401, 404, 406, 429],
  // Tables flattened from HTML: the code glued to its reason ("404Not Found…").
  'verto-status-and-error-codes.txt': [200, 201, 202, 204, 400, 401, 403, 404, 409, 429, 500, 503, 504],
  // Problem-details examples, each under a code alone on its line.
  'vonage-api-errors.txt': [400, 401, 403, 404, 405, 406, 409, 410, 415, 422, 429],
};

describe('the seed pages', () => {
  it.each(Object.entries(SEED_CODES))('%s yields exactly the codes it lists', (file, codes) => {
    const { table } = loadSource(file, seedsDir);
    expect(table.entries.map((entry) => entry.code)).toEqual(codes);
    expect(table.classes.size).toBe(0);
  });

  it('keeps the pages\' own reason phrases', () => {
    const ving = loadSource('ving-error-codes.md', seedsDir).table;
    expect(ving.get(441)?.reason).toBe('Missing Required Parameter');
    expect(ving.get(499)?.reason).toBe('Offline Processing');
    expect(ving.get(504)?.reason).toBe('Could Not Connect');
    expect(ving.get(441)?.description).toBe("You're missing a required parameter.");
    const reference = loadSource('http-status-reference.txt', seedsDir).table;
    expect(reference.get(404)?.reason).toBe('Resource not found');
    expect(reference.get(406)?.reason).toBe('Not Accepted');
    // Listed without a name of its own: the registry's.
    expect(reference.get(599)?.reason).toBe('Network Connect Timeout Error');
    expect(loadSource('readme-error-handling.txt', seedsDir).table.get(304)?.description).toMatch(/^Resource not modified\./u);
    expect(loadSource('verto-status-and-error-codes.txt', seedsDir).table.get(404)).toMatchObject({
      reason: 'Not Found',
      description: 'The requested resource does not exist on the server.',
    });
  });

  it('the README of the seeds is no page of codes', () => {
    expect(configurationErrorOf(() => loadSource('README.md', seedsDir)).message).toMatch(/^README\.md: found no status codes/u);
  });

  it('the copies match ../shared/seeds when that folder is there', () => {
    const shared = path.join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
    const copies = readdirSync(seedsDir).sort();
    expect(copies).toEqual(['README.md', ...Object.keys(SEED_CODES)].sort());
    if (!existsSync(shared)) return;
    for (const file of copies) {
      expect(readFileSync(path.join(seedsDir, file), 'utf8'), file).toBe(readFileSync(path.join(shared, file), 'utf8'));
    }
  });
});
