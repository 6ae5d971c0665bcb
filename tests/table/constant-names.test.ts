import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { constantMemberFor, constantNames, constantSources, constantValue } from '../../src/table/constant-names';

const require = createRequire(__filename);

function numericMembers(object: object, prefix = ''): Record<string, number> {
  return Object.fromEntries(
    Object.entries(object)
      .filter(([name, value]) => typeof value === 'number' && name.startsWith(prefix) && /^[A-Z0-9_]+$/u.test(name))
      .map(([name, value]) => [name.slice(prefix.length), value as number]),
  );
}

describe('constant name maps match the installed libraries', () => {
  it('@nestjs/common HttpStatus', () => {
    expect(constantNames.nestjs).toEqual(numericMembers((require('@nestjs/common') as { HttpStatus: object }).HttpStatus));
  });
  it('http-status-codes StatusCodes', () => {
    expect(constantNames['http-status-codes']).toEqual(
      numericMembers((require('http-status-codes') as { StatusCodes: object }).StatusCodes),
    );
  });
  it('http-status default export', async () => {
    const httpStatus = (await import('http-status')).default;
    expect(constantNames['http-status']).toEqual(numericMembers(httpStatus));
  });
  it('node:http2 constants', () => {
    expect(constantNames['node-http2']).toEqual(
      numericMembers((require('node:http2') as { constants: object }).constants, 'HTTP_STATUS_'),
    );
  });
});

describe('constant lookups', () => {
  const source = (library: string) => constantSources.find((s) => s.library === library)!;

  it('resolves a member to its code, per library', () => {
    expect(constantValue(source('nestjs'), 'GONE')).toBe(410);
    expect(constantValue(source('nestjs'), 'PAYLOAD_TOO_LARGE')).toBe(413);
    expect(constantValue(source('http-status-codes'), 'REQUEST_TOO_LONG')).toBe(413);
    expect(constantValue(source('node-http2'), 'HTTP_STATUS_NOT_FOUND')).toBe(404);
    expect(constantValue(source('node-http2'), 'NOT_FOUND')).toBeUndefined();
    expect(constantValue(source('nestjs'), 'toString')).toBeUndefined();
  });

  it('names a code in each library', () => {
    expect(constantMemberFor(source('nestjs'), 413)).toBe('PAYLOAD_TOO_LARGE');
    expect(constantMemberFor(source('http-status-codes'), 413)).toBe('REQUEST_TOO_LONG');
    expect(constantMemberFor(source('node-http2'), 200)).toBe('HTTP_STATUS_OK');
    expect(constantMemberFor(source('nestjs'), 441)).toBeUndefined();
  });
});
