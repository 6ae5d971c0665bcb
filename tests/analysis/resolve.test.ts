import { describe, expect, it } from 'vitest';
import { resolveSinks, type ResolutionSummary } from './probe';

/** Resolves `res.status(<expression>)` after `prelude`. */
function resolveStatus(prelude: string, expression: string, mode: 'espree' | 'untyped' | 'typed'): ResolutionSummary {
  const [resolution] = resolveSinks(`${prelude}\nres.status(${expression});`, mode);
  return resolution!;
}

const known = (...codes: string[]): ResolutionSummary => ({ codes, unresolved: [] });

describe('resolve: syntax', () => {
  it.each(['espree', 'untyped'] as const)('literals, signs and wrappers (%s)', (mode) => {
    expect(resolveStatus('', '404', mode)).toEqual(known('404@404'));
    expect(resolveStatus('', '-1', mode)).toEqual(known('-1@-1'));
    expect(resolveStatus('', '2000', mode)).toEqual(known('2000@2000'));
    expect(resolveStatus('', '(0, 99)', mode)).toEqual(known('99@99'));
    expect(resolveStatus('', "'404'", mode)).toEqual({ codes: [], unresolved: ["'404'"] });
  });

  it('TypeScript wrappers', () => {
    expect(resolveStatus('', '404 as const', 'untyped')).toEqual(known('404@404'));
    expect(resolveStatus('', '(441 satisfies number)', 'untyped')).toEqual(known('441@441'));
  });

  it.each(['espree', 'untyped'] as const)('conditionals and logical fallbacks give every branch (%s)', (mode) => {
    expect(resolveStatus('', 'ok ? 200 : 441', mode)).toEqual(known('200@200', '441@441'));
    expect(resolveStatus('', 'a ? 200 : b ? 404 : 404', mode)).toEqual(known('200@200', '404@404'));
    expect(resolveStatus('', 'err.status || 500', mode)).toEqual({ codes: ['500@500'], unresolved: ['err.status'] });
    expect(resolveStatus('', 'err.status ?? 500', mode)).toEqual({ codes: ['500@500'], unresolved: ['err.status'] });
    expect(resolveStatus('', 'missing && 404', mode)).toEqual(known('404@404'));
  });

  it.each(['espree', 'untyped'] as const)('same-file constants, at the use site (%s)', (mode) => {
    expect(resolveStatus('const TEAPOT = 418;', 'TEAPOT', mode)).toEqual(known('418@TEAPOT'));
    expect(resolveStatus('const A = 441, B = ok ? A : 200;', 'B', mode)).toEqual(known('441@B', '200@B'));
    expect(resolveStatus('let once = 404;', 'once', mode)).toEqual(known('404@once'));
    expect(resolveStatus('let code = 200; code = 500;', 'code', mode)).toEqual({ codes: [], unresolved: ['code'] });
    expect(resolveStatus('const a = b, b = a;', 'a', mode)).toEqual({ codes: [], unresolved: ['a'] });
    expect(resolveStatus('function f(code) { return code; }', 'f(1)', mode)).toEqual({ codes: [], unresolved: ['f(1)'] });
  });

  it.each(['espree', 'untyped'] as const)('same-file constant objects (%s)', (mode) => {
    const prelude = `
      const Codes = { ok: 200, teapot: 418, nested: { gone: 410 }, 'quoted-key': 441 };
      const Frozen = Object.freeze({ missing: 441 });
      const { teapot } = Codes;
    `;
    expect(resolveStatus(prelude, 'Codes.teapot', mode)).toEqual(known('418@Codes.teapot'));
    expect(resolveStatus(prelude, "Codes['quoted-key']", mode)).toEqual(known("441@Codes['quoted-key']"));
    expect(resolveStatus(prelude, 'Codes.nested.gone', mode)).toEqual(known('410@Codes.nested.gone'));
    expect(resolveStatus(prelude, 'Frozen.missing', mode)).toEqual(known('441@Frozen.missing'));
    expect(resolveStatus(prelude, 'teapot', mode)).toEqual(known('418@teapot'));
    expect(resolveStatus(prelude, 'Codes.none', mode)).toEqual({ codes: [], unresolved: ['Codes.none'] });
    expect(resolveStatus(prelude, 'Codes[key]', mode)).toEqual({ codes: [], unresolved: ['Codes[key]'] });
  });

  it('local enums and as-const objects', () => {
    const prelude = `
      enum Status { Ok = 200, Teapot = 418, Next, Alias = Teapot, Named = 'x' }
      const Api = { missing: 441 } as const;
    `;
    expect(resolveStatus(prelude, 'Status.Teapot', 'untyped')).toEqual(known('418@Status.Teapot'));
    expect(resolveStatus(prelude, 'Status.Next', 'untyped')).toEqual(known('419@Status.Next'));
    expect(resolveStatus(prelude, 'Status.Alias', 'untyped')).toEqual(known('418@Status.Alias'));
    expect(resolveStatus(prelude, 'Status.Named', 'untyped')).toEqual({ codes: [], unresolved: ['Status.Named'] });
    expect(resolveStatus(prelude, 'Api.missing', 'untyped')).toEqual(known('441@Api.missing'));
  });
});

describe('resolve: well-known constant objects by import', () => {
  it('ES imports, without types', () => {
    const prelude = `
      import { HttpStatus } from '@nestjs/common';
      import { StatusCodes as Codes } from 'http-status-codes';
      import * as codesModule from 'http-status-codes';
      import httpStatus from 'http-status';
      import { status } from 'http-status';
      import { constants } from 'node:http2';
      import * as http2 from 'http2';
    `;
    for (const mode of ['espree', 'untyped'] as const) {
      expect(resolveStatus(prelude, 'HttpStatus.PAYLOAD_TOO_LARGE', mode)).toEqual(known('413@HttpStatus.PAYLOAD_TOO_LARGE'));
      expect(resolveStatus(prelude, 'Codes.REQUEST_TOO_LONG', mode)).toEqual(known('413@Codes.REQUEST_TOO_LONG'));
      expect(resolveStatus(prelude, 'codesModule.StatusCodes.GONE', mode)).toEqual(
        known('410@codesModule.StatusCodes.GONE'),
      );
      expect(resolveStatus(prelude, 'httpStatus.NOT_FOUND', mode)).toEqual(known('404@httpStatus.NOT_FOUND'));
      expect(resolveStatus(prelude, 'status.IM_A_TEAPOT', mode)).toEqual(known('418@status.IM_A_TEAPOT'));
      expect(resolveStatus(prelude, 'constants.HTTP_STATUS_GONE', mode)).toEqual(known('410@constants.HTTP_STATUS_GONE'));
      expect(resolveStatus(prelude, 'http2.constants.HTTP_STATUS_OK', mode)).toEqual(known('200@http2.constants.HTTP_STATUS_OK'));
      expect(resolveStatus(prelude, 'HttpStatus.NO_SUCH_NAME', mode)).toEqual({
        codes: [],
        unresolved: ['HttpStatus.NO_SUCH_NAME'],
      });
    }
  });

  it('require in plain JS', () => {
    const prelude = `
      const { StatusCodes } = require('http-status-codes');
      const httpStatus = require('http-status');
      const { HttpStatus: Nest } = require('@nestjs/common');
      const http2Constants = require('node:http2').constants;
      const { GONE } = StatusCodes;
    `;
    expect(resolveStatus(prelude, 'StatusCodes.NOT_FOUND', 'espree')).toEqual(known('404@StatusCodes.NOT_FOUND'));
    expect(resolveStatus(prelude, 'httpStatus.NOT_FOUND', 'espree')).toEqual(known('404@httpStatus.NOT_FOUND'));
    expect(resolveStatus(prelude, 'Nest.I_AM_A_TEAPOT', 'espree')).toEqual(known('418@Nest.I_AM_A_TEAPOT'));
    expect(resolveStatus(prelude, 'http2Constants.HTTP_STATUS_GONE', 'espree')).toEqual(
      known('410@http2Constants.HTTP_STATUS_GONE'),
    );
    expect(resolveStatus(prelude, 'GONE', 'espree')).toEqual(known('410@GONE'));
  });

  it('does not take a same-named object from elsewhere', () => {
    const prelude = `import { HttpStatus } from './my-status';`;
    expect(resolveStatus(prelude, 'HttpStatus.GONE', 'untyped')).toEqual({ codes: [], unresolved: ['HttpStatus.GONE'] });
  });
});

describe('resolve: types', () => {
  it('literal unions, enum literal types and constants from other files', () => {
    const prelude = `
      import { HttpStatus } from '@nestjs/common';
      import { TEAPOT, ApiStatus, codes } from './status-codes';
      declare const union: 200 | 441;
      declare const maybe: 404 | undefined;
      declare const member: ApiStatus.OutOfRange;
      declare const nest: HttpStatus.GONE;
      declare function pick(): 401 | 403;
    `;
    expect(resolveStatus(prelude, 'union', 'typed')).toEqual(known('200@union', '441@union'));
    expect(resolveStatus(prelude, 'maybe', 'typed')).toEqual(known('404@maybe'));
    expect(resolveStatus(prelude, 'member', 'typed')).toEqual(known('442@member'));
    expect(resolveStatus(prelude, 'nest', 'typed')).toEqual(known('410@nest'));
    expect(resolveStatus(prelude, 'TEAPOT', 'typed')).toEqual(known('418@TEAPOT'));
    expect(resolveStatus(prelude, 'ApiStatus.MissingParameter', 'typed')).toEqual(known('441@ApiStatus.MissingParameter'));
    expect(resolveStatus(prelude, 'codes.gone', 'typed')).toEqual(known('410@codes.gone'));
    expect(resolveStatus(prelude, 'pick()', 'typed')).toEqual(known('401@pick()', '403@pick()'));
    expect(resolveStatus(prelude, 'ok ? union : 500', 'typed')).toEqual(known('200@union', '441@union', '500@500'));
    // Without types these stay unknown.
    expect(resolveStatus(prelude, 'TEAPOT', 'untyped')).toEqual({ codes: [], unresolved: ['TEAPOT'] });
  });

  it('whole catalogs and plain numbers stay unresolved', () => {
    const prelude = `
      import { HttpStatus } from '@nestjs/common';
      import type { StatusCode } from 'hono/utils/http-status';
      import { ApiStatus } from './status-codes';
      declare const anyNest: HttpStatus;
      declare const anyHono: StatusCode;
      declare const own: ApiStatus;
      declare const plain: number;
      declare const partly: number | 404;
      declare const err: { status: number };
    `;
    expect(resolveStatus(prelude, 'anyNest', 'typed')).toEqual({ codes: [], unresolved: ['anyNest'] });
    expect(resolveStatus(prelude, 'anyHono', 'typed')).toEqual({ codes: [], unresolved: ['anyHono'] });
    // The user's own enum is their catalog: every member counts.
    expect(resolveStatus(prelude, 'own', 'typed')).toEqual(known('441@own', '442@own'));
    expect(resolveStatus(prelude, 'plain', 'typed')).toEqual({ codes: [], unresolved: ['plain'] });
    expect(resolveStatus(prelude, 'partly', 'typed')).toEqual({ codes: [], unresolved: ['partly'] });
    expect(resolveStatus(prelude, 'err.status || 500', 'typed')).toEqual({ codes: ['500@500'], unresolved: ['err.status'] });
  });

  it('caches per node: the same expression resolves to the same object', () => {
    const resolutions = resolveSinks(`const C = 441; res.status(C); res.status(C);`, 'untyped');
    expect(resolutions).toEqual([known('441@C'), known('441@C')]);
  });
});
