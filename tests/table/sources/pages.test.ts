import { describe, expect, it } from 'vitest';
import { loadSource, loadSourceTable } from '../../../src/table/sources';
import { configurationErrorOf, sourcesDir } from './helpers';

const load = (file: string) => loadSource(file, sourcesDir);

describe('Markdown error pages', () => {
  it('reads pipe tables with a status column, code lines and list items; not classes, prose or code blocks', () => {
    const { kind, table } = load('errors-table.md');
    expect(kind).toBe('Markdown page');
    expect(table.entries.map(({ code, reason, description }) => ({ code, reason, description }))).toEqual([
      { code: 400, reason: 'Bad Request', description: 'The body is not valid JSON.' },
      { code: 402, reason: 'Payment Declined', description: 'The card was declined.' },
      { code: 404, reason: 'Not Found', description: 'No such payment.' },
      { code: 409, reason: 'Conflict', description: 'The payment is | was being captured.' },
      { code: 429, reason: 'Too Many Requests', description: 'slow down and honour Retry-After.' },
      { code: 451, reason: 'Unavailable For Legal Reasons', description: undefined },
      { code: 502, reason: 'Bad Gateway', description: 'The card network did not answer.' },
      { code: 503, reason: 'Service Unavailable', description: 'Payments are paused for maintenance.' },
    ]);
    expect(table.classes.size).toBe(0);
    expect(table.has(418)).toBe(false);
    expect(table.has(500)).toBe(false);
    expect(table.has(401)).toBe(false);
  });

  it('takes a column of short names after the codes as their reasons, whatever its header', () => {
    expect(load('names-column.md').table.entries).toEqual([
      { code: 201, reason: 'Created', description: 'An order was created; Location names it.', origin: 'names-column.md' },
      {
        code: 441,
        reason: 'Missing Required Parameter',
        description: 'A required query parameter is missing.',
        origin: 'names-column.md',
      },
    ]);
  });

  it('an invalid code in a table is an error with its line', () => {
    expect(configurationErrorOf(() => load('bad-code-table.md')).message).toBe(
      'bad-code-table.md:6: "4040" in the "Code" column is not a status code from 100 to 599.',
    );
  });

  it('a page with no codes at all is an error, not an empty table', () => {
    expect(configurationErrorOf(() => load('no-codes.md')).message).toBe(
      'no-codes.md: found no status codes in this Markdown page; expected headings like "### 404 Not Found", ' +
        'a table with a status-code column, or lines like "404: Not Found".',
    );
    expect(configurationErrorOf(() => load('empty.md')).message).toBe('empty.md: the file is empty.');
  });
});

describe('text pages', () => {
  it('reads definition lines "404: Name" and "404 Name", not sentences that start with a code', () => {
    const { kind, table } = load('definitions.txt');
    expect(kind).toBe('text page');
    expect(table.entries.map(({ code, reason, description }) => ({ code, reason, description }))).toEqual([
      { code: 200, reason: 'OK', description: undefined },
      { code: 201, reason: 'Created', description: 'the Location header names the new resource.' },
      { code: 404, reason: 'Resource not found', description: undefined },
      { code: 441, reason: 'Missing Required Parameter', description: undefined },
    ]);
  });

  it('a .txt that is an OpenAPI document is read as one', () => {
    const { kind, table } = load('openapi-as-text.txt');
    expect(kind).toBe('OpenAPI 3.0.0 document');
    expect(table.entries.map((entry) => entry.code)).toEqual([200, 404]);
  });
});

describe('JSON and YAML code tables', () => {
  it('reads the list-of-entries shape', () => {
    const { kind, table } = load('codes.json');
    expect(kind).toBe('JSON codes table');
    expect(table.entries).toEqual([
      { code: 200, reason: 'OK', origin: 'codes.json' },
      {
        code: 441,
        reason: 'Missing Required Parameter',
        description: 'A required parameter is missing.',
        origin: 'codes.json',
      },
      { code: 499, reason: 'Offline Processing', origin: 'codes.json' },
    ]);
  });

  it('reads the code-to-reason map, in YAML too, and a list under "codes"', () => {
    expect(load('codes-map.yaml').kind).toBe('YAML codes table');
    expect(load('codes-map.yaml').table.get(454)?.reason).toBe('Password Incorrect');
    expect(loadSourceTable('codes-map.yaml', sourcesDir).entries.map((entry) => entry.code)).toEqual([200, 404, 454]);
    expect(loadSourceTable('codes-wrapped.json', sourcesDir).entries.map((entry) => entry.code)).toEqual([200, 204, 404]);
  });

  it('knows a JSON file without an extension by its content', () => {
    const { kind, table } = load('codes-no-extension');
    expect(kind).toBe('JSON codes table');
    expect(table.get(441)?.reason).toBe('Missing Required Parameter');
  });

  it('names the file and the bad entry', () => {
    expect(configurationErrorOf(() => load('bad-codes.json')).message).toBe(
      'bad-codes.json[2] must be an integer status code from 100 to 599; got 99.',
    );
    expect(configurationErrorOf(() => load('empty-codes.json')).message).toBe('empty-codes.json: the JSON codes table lists no status codes.');
    expect(configurationErrorOf(() => load('neither.json')).message).toBe(
      'neither.json: the JSON is neither an OpenAPI document (no "openapi" or "swagger" field) nor a codes table ' +
        '([404, 441], [{ "code": 441, "reason": "…" }] or { "441": "…" }); its top level is an object with 2 keys.',
    );
  });
});

describe('files', () => {
  it('a missing file names the path it looked for', () => {
    expect(configurationErrorOf(() => loadSourceTable('docs/missing.yaml', sourcesDir)).message).toBe(
      `docs/missing.yaml: the status-code source does not exist (looked for ${sourcesDir}/docs/missing.yaml).`,
    );
  });

  it('a directory is not a document', () => {
    expect(configurationErrorOf(() => loadSourceTable('.', sourcesDir)).message).toBe(
      `.: the status-code source is not a file (${sourcesDir}).`,
    );
  });
});
