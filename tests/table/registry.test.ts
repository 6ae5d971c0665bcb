import { describe, expect, it } from 'vitest';
import { describeStatus, getStatusEntry, isBodylessStatus, isInDefaultTable, isStatusCodeNumber } from '../../src/table/lookup';
import { statusEntries, statusTable } from '../../src/table/registry';
import { defaultDocumentedTable } from '../../src/table/documented';

// The IANA HTTP Status Code Registry's assigned codes (no unassigned ranges, no 104 temporary registration).
const IANA_CODES = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307,
  308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422,
  423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];
const UNOFFICIAL_CODES = [
  419, 420, 440, 444, 449, 450, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523, 524, 525, 526, 527, 530, 598,
  599,
];

describe('statusTable', () => {
  it('holds every IANA-registered code, and the listed unofficial ones marked as such', () => {
    const registered = statusEntries.filter((entry) => !entry.unofficial).map((entry) => entry.code);
    const unofficial = statusEntries.filter((entry) => entry.unofficial).map((entry) => entry.code);
    expect(registered).toEqual(IANA_CODES);
    expect(unofficial).toEqual(UNOFFICIAL_CODES);
  });

  it('uses the RFC 9110 reason phrases', () => {
    expect(statusTable[413]?.reason).toBe('Content Too Large');
    expect(statusTable[422]?.reason).toBe('Unprocessable Content');
    expect(statusTable[416]?.reason).toBe('Range Not Satisfiable');
    expect(statusTable[302]?.reason).toBe('Found');
    expect(statusTable[404]).toMatchObject({ code: 404, reason: 'Not Found', class: '4xx', spec: 'RFC 9110, Section 15.5.5' });
  });

  it('flags unused, deprecated, obsoleted and bodyless codes', () => {
    expect(statusEntries.filter((e) => e.unused).map((e) => e.code)).toEqual([306, 418]);
    expect(statusEntries.filter((e) => e.deprecated).map((e) => e.code)).toEqual([305]);
    expect(statusEntries.filter((e) => e.obsoleted).map((e) => e.code)).toEqual([510]);
    expect(statusEntries.filter((e) => e.bodyless).map((e) => e.code)).toEqual([100, 101, 102, 103, 204, 205, 304]);
  });

  it('names the headers RFC 9110 asks for', () => {
    const headers = (code: number) => statusTable[code]?.headers?.map((h) => `${h.name}:${h.requirement}`);
    expect(headers(401)).toEqual(['WWW-Authenticate:required']);
    expect(headers(405)).toEqual(['Allow:required']);
    expect(headers(407)).toEqual(['Proxy-Authenticate:required']);
    expect(headers(426)).toEqual(['Upgrade:required']);
    expect(headers(416)).toEqual(['Content-Range:recommended']);
    expect(headers(429)).toEqual(['Retry-After:recommended']);
    expect(headers(503)).toEqual(['Retry-After:recommended']);
    for (const code of [201, 301, 302, 303, 307, 308]) expect(headers(code)).toEqual(['Location:recommended']);
    expect(headers(200)).toBeUndefined();
  });

  it('records where unofficial codes come from', () => {
    expect(statusTable[444]).toMatchObject({ unofficial: true, spec: 'nginx (connection closed without a response)' });
    expect(statusTable[522]).toMatchObject({ unofficial: true, spec: 'Cloudflare' });
  });

  it('is plain frozen data keyed by code', () => {
    expect(Object.isFrozen(statusTable)).toBe(true);
    expect(Object.isFrozen(statusTable[200])).toBe(true);
    expect(JSON.parse(JSON.stringify(statusTable[200])) as unknown).toEqual(statusTable[200]);
    for (const entry of statusEntries) expect(statusTable[entry.code]).toBe(entry);
  });
});

describe('lookups', () => {
  it('accepts integers 100-599 as status codes, nothing else', () => {
    expect([100, 599, 441].every(isStatusCodeNumber)).toBe(true);
    expect([99, 600, 1000, 200.5, Number.NaN, '200', null].some(isStatusCodeNumber)).toBe(false);
  });

  it('describes a code with its reason when the table knows it', () => {
    expect(describeStatus(404)).toBe('404 (Not Found)');
    expect(describeStatus(441)).toBe('441');
    expect(describeStatus(499, 'Offline Processing')).toBe('499 (Offline Processing)');
    expect(getStatusEntry(441)).toBeUndefined();
  });

  it('treats every 1xx as bodyless, even unregistered ones', () => {
    expect(isBodylessStatus(150)).toBe(true);
    expect(isBodylessStatus(204)).toBe(true);
    expect(isBodylessStatus(200)).toBe(false);
  });
});

describe('the default documented table', () => {
  it('is every registered code that is not unused, deprecated or obsoleted', () => {
    const expected = IANA_CODES.filter((code) => ![305, 306, 418, 510].includes(code));
    expect(defaultDocumentedTable.entries.map((e) => e.code)).toEqual(expected);
    expect(defaultDocumentedTable.isDefault).toBe(true);
    expect(defaultDocumentedTable.has(499)).toBe(false);
    expect(statusEntries.filter(isInDefaultTable)).toHaveLength(expected.length);
  });
});
