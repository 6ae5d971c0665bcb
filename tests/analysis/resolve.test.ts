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
    // A let given only whole values is each of them (issue 12); a compound assignment makes it unknown.
    expect(resolveStatus('let code = 200; code = 500;', 'code', mode)).toEqual(known('200@code', '500@code'));
    expect(resolveStatus('let code; switch (k) { case 1: code = 404; break; default: code = 418; }', 'code', mode)).toEqual(known('404@code', '418@code'));
    expect(resolveStatus('let code = 200; code += 1;', 'code', mode)).toEqual({ codes: [], unresolved: ['code'] });
    expect(resolveStatus('let code = 200; [code] = list;', 'code', mode)).toEqual({ codes: [], unresolved: ['code'] });
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
    // A nested object makes it no table of codes; a flat one is any of its values.
    expect(resolveStatus(prelude, 'Codes[key]', mode)).toEqual({ codes: [], unresolved: ['Codes[key]'] });
    expect(resolveStatus(`${prelude}const Flat = { a: 404, b: 409 };`, 'Flat[key]', mode)).toEqual(known('404@Flat[key]', '409@Flat[key]'));
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
    expect(resolveStatus(prelude, 'HttpStatus.GONE', 'untyped')).toEqual({
      codes: [],
      unresolved: [],
      named: ['HttpStatus.GONE'],
    });
  });
});

describe('resolve: named constants of other modules', () => {
  // The code names the status; only the value is out of sight. Found in verdaccio:
  // `res.status(HTTP_STATUS.CREATED)`, and `_verdaccio_core.HTTP_STATUS.CREATED` once compiled.
  const named = (...nodes: string[]): ResolutionSummary => ({ codes: [], unresolved: [], named: nodes });

  it.each(['espree', 'untyped'] as const)('imported constants and constant objects (%s)', (mode) => {
    const prelude = `
      import { HTTP_STATUS, NOT_FOUND, config } from '@verdaccio/core';
      import * as codes from './codes';
      import Defaults from './defaults';
    `;
    expect(resolveStatus(prelude, 'HTTP_STATUS.CREATED', mode)).toEqual(named('HTTP_STATUS.CREATED'));
    expect(resolveStatus(prelude, 'NOT_FOUND', mode)).toEqual(named('NOT_FOUND'));
    expect(resolveStatus(prelude, 'codes.NOT_FOUND', mode)).toEqual(named('codes.NOT_FOUND'));
    expect(resolveStatus(prelude, 'codes.Status.NotFound', mode)).toEqual(named('codes.Status.NotFound'));
    expect(resolveStatus(prelude, 'Defaults.ERROR_STATUS', mode)).toEqual(named('Defaults.ERROR_STATUS'));
    expect(resolveStatus(prelude, 'ok ? HTTP_STATUS.OK : 441', mode)).toEqual({
      codes: ['441@441'],
      unresolved: [],
      named: ['HTTP_STATUS.OK'],
    });
    // Data, not a name: a lower-case member or a computed one.
    expect(resolveStatus(prelude, 'config.status', mode)).toEqual({ codes: [], unresolved: ['config.status'] });
    expect(resolveStatus(prelude, 'HTTP_STATUS[key]', mode)).toEqual({ codes: [], unresolved: ['HTTP_STATUS[key]'] });
  });

  it('required constants in plain JS, as compilers write them', () => {
    const prelude = `
      let _verdaccio_core = require('@verdaccio/core');
      var _constants = _interopRequireDefault(require('./constants'));
      const { HTTP_STATUS } = require('./lib/constants');
    `;
    expect(resolveStatus(prelude, '_verdaccio_core.HTTP_STATUS.CREATED', 'espree')).toEqual(
      named('_verdaccio_core.HTTP_STATUS.CREATED'),
    );
    expect(resolveStatus(prelude, '_constants.default.NOT_FOUND', 'espree')).toEqual(named('_constants.default.NOT_FOUND'));
    expect(resolveStatus(prelude, 'HTTP_STATUS.NOT_FOUND', 'espree')).toEqual(named('HTTP_STATUS.NOT_FOUND'));
    expect(resolveStatus(prelude, 'require("./codes").GONE', 'espree')).toEqual(named('require("./codes").GONE'));
  });

  it('is not fooled by local values that look like constants', () => {
    const prelude = `
      const local = { NOT_FOUND: 404 };
      let _mutable = require('./codes'); _mutable = other;
    `;
    expect(resolveStatus(prelude, 'err.STATUS', 'espree')).toEqual({ codes: [], unresolved: ['err.STATUS'] });
    expect(resolveStatus(prelude, 'local.NOT_FOUND', 'espree')).toEqual(known('404@local.NOT_FOUND'));
    expect(resolveStatus(prelude, '_mutable.NOT_FOUND', 'espree')).toEqual({ codes: [], unresolved: ['_mutable.NOT_FOUND'] });
    const [parameter] = resolveSinks('function send(res, ERROR) { res.status(ERROR.CODE); }', 'espree');
    expect(parameter).toEqual({ codes: [], unresolved: ['ERROR.CODE'] });
  });

  it('lets types speak first', () => {
    const prelude = `
      import { TEAPOT, codes } from './status-codes';
      import { MISSING } from './not-there';
    `;
    expect(resolveStatus(prelude, 'TEAPOT', 'typed')).toEqual(known('418@TEAPOT'));
    expect(resolveStatus(prelude, 'codes.gone', 'typed')).toEqual(known('410@codes.gone'));
    // An import that does not resolve is an error type: still a name.
    expect(resolveStatus(prelude, 'MISSING', 'typed')).toEqual(named('MISSING'));
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
    // Without types these stay unknown, but named.
    expect(resolveStatus(prelude, 'TEAPOT', 'untyped')).toEqual({ codes: [], unresolved: [], named: ['TEAPOT'] });
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

describe('resolve: a function of the code, not of the order sinks are visited in', () => {
  // a16 is past the depth limit from its sink; a1 is two hops from 4040.
  const chain = ['const a0 = 4040;', ...Array.from({ length: 16 }, (_, index) => `const a${index + 1} = a${index};`)].join('\n');

  it.each(['espree', 'untyped'] as const)('a long const chain gives the same answers in either order (%s)', (mode) => {
    const deepFirst = resolveSinks(`${chain}\nres.status(a16);\nres.status(a1);`, mode);
    const nearFirst = resolveSinks(`${chain}\nres.status(a1);\nres.status(a16);`, mode);
    expect(deepFirst[1]).toEqual(known('4040@a1'));
    expect(nearFirst[0]).toEqual(known('4040@a1'));
    expect(deepFirst[0]).toEqual(nearFirst[1]);
    expect(deepFirst[0]).toEqual(known('4040@a16'));
  });

  it.each(['espree', 'untyped'] as const)('a chain of 3,000 constants resolves to its value, in either order (%s)', (mode) => {
    const long = ['const b0 = 418;', ...Array.from({ length: 3000 }, (_, index) => `const b${index + 1} = b${index};`)].join('\n');
    const deepFirst = resolveSinks(`${long}\nres.status(b3000);\nres.status(b1500);`, mode);
    const middleFirst = resolveSinks(`${long}\nres.status(b1500);\nres.status(b3000);`, mode);
    expect(deepFirst).toEqual([known('418@b3000'), known('418@b1500')]);
    expect(middleFirst).toEqual([known('418@b1500'), known('418@b3000')]);
  });

  it('a cycle stays unknown however it is entered', () => {
    const cycle = 'const c0 = c40;\n' + Array.from({ length: 40 }, (_, index) => `const c${index + 1} = c${index};`).join('\n');
    const first = resolveSinks(`${cycle}\nres.status(c40);\nres.status(c3);`, 'untyped');
    const second = resolveSinks(`${cycle}\nres.status(c3);\nres.status(c40);`, 'untyped');
    expect(first).toEqual([{ codes: [], unresolved: ['c40'] }, { codes: [], unresolved: ['c3'] }]);
    expect(second).toEqual([{ codes: [], unresolved: ['c3'] }, { codes: [], unresolved: ['c40'] }]);
  });
});
