import path from 'node:path';
import noUndocumentedStatus, { type MessageIds, type Options } from '../../rules/no-undocumented-status';
import { createEspreeRuleTester, createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleTester = createRuleTester();
const espreeRuleTester = createEspreeRuleTester();
const typedRuleTester = createTypedRuleTester();

// @typescript-eslint/rule-tester 8.72 brings its own copy of @typescript-eslint/utils' types, which the
// rule (built with 8.73's) does not match nominally; the cast keeps the message ids and options typed.
const rule = noUndocumentedStatus as unknown as Parameters<typeof ruleTester.run<MessageIds, Options>>[1];

const DEFAULT_ORIGIN = 'the IANA registry, by default';
const SETTINGS_ORIGIN = "settings['http-status'].codes";

/** The Ving API's error-code page (../shared/seeds/ving-error-codes.md), plus the 200 it says it returns when all is well. */
const vingSettings = {
  'http-status': {
    codes: [
      { code: 200, reason: 'OK' },
      400,
      401,
      402,
      403,
      404,
      408,
      409,
      413,
      415,
      429,
      { code: 441, reason: 'Missing Required Parameter' },
      { code: 442, reason: 'Out Of Range' },
      { code: 454, reason: 'Password Incorrect' },
      { code: 499, reason: 'Offline Processing' },
      { code: 500, reason: 'Undefined Error' },
      501,
      502,
      { code: 504, reason: 'Could Not Connect' },
    ],
  },
};

const TS_ADVICE = 'give it a literal union type such as `400 | 404`, or use a named constant';
/** The data of an unresolved status in a TypeScript file, with its type when the run has types. */
const unresolvedTs = (expression: string, type?: string) => ({
  expression,
  type: type === undefined ? '' : ` (its type is \`${type}\`)`,
  advice: TS_ADVICE,
});

const teapot = (line: number, column: number, length = 3) =>
  ({
    messageId: 'discouragedStatus',
    line,
    column,
    endLine: line,
    endColumn: column + length,
  }) as const;

ruleTester.run('no-undocumented-status (no type information)', rule, {
  valid: [
    // A status passed through from another response or error cannot be made checkable: not reported by default.
    ...[
      'res.status(err.statusCode).end(err.message);',
      'res.status(upstream.status).json(error);',
      'const { status, data } = await controller.handle(request);\nreturn NextResponse.json(data, { status });',
      'const status = exception.getStatus();\nresponse.status(status).json({});',
      "throw new HttpException(error.message, Number(error.status));",
      'return new Response(error.message, { status: getHTTPStatusCodeFromError(error) });',
      'res.status(err.status ?? 500).json({});',
      'const code = err.response?.status;\nres.status(code!).send(body);',
      'class ApiError extends Error { send(res) { res.status(this.statusCode).json({ error: this.message }); } }',
    ].map((code) => ({ code, options: [{ reportUnresolved: true }] as Options })),
    // A named constant of another module is what the unresolved message asks for: not reported.
    {
      code: "import { HTTP_STATUS } from '@verdaccio/core';\nres.status(HTTP_STATUS.CREATED);\nres.status(ok ? HTTP_STATUS.OK : HTTP_STATUS.BAD_DATA);",
      options: [{ reportUnresolved: true }],
    },
    'res.status(404).json({ message: "not found" });',
    'res.status(ok ? 200 : 404).end();',
    'res.sendStatus(204);',
    "res.redirect(301, '/new'); res.redirect('/new');",
    'reply.code(201).send(created);',
    "ctx.status = 404; ctx.throw('bad', 400); ctx.assert(user, 401, 'login');",
    "c.json({ ok: true }); c.json({ error: 'x' }, 422); c.redirect('/x', 302);",
    "new Response('x', { status: 200 }); Response.json({}, { status: 201 }); Response.redirect(url, 308);",
    "@HttpCode(204) class A {} throw new HttpException('x', HttpStatus.GONE);",
    "import createError from 'http-errors'; createError(404, 'x');",
    'export const handler = () => ({ statusCode: 200, body: "" });',
    // Not a handler's response: a log serializer.
    'const serializers = { res(reply) { return { statusCode: 2000, headers: reply.headers }; } };',
    // Not a response by name; not a response shape.
    'order.status(5); job.statusCode = 2000; function f() { return { statusCode: 2000, name: "x" }; }',
    // A value the rule cannot tell is not reported by default.
    'res.status(err.code); res.status(err.status || 500);',
    // Codes this rule allows.
    { code: 'res.status(418);', options: [{ allow: [418] }] },
    // The Ving table documents its own codes.
    {
      code: 'res.status(441).json({ error: "missing" }); res.status(ok ? 442 : 454); res.status(499);',
      settings: vingSettings,
    },
    // Odd syntax never throws.
    `
      res[method](418);
      res.status(...codes);
      res.status();
      new Response(...args);
      new Response('x', init);
      class A extends B { #res; constructor() { super(1, 2); } static { this.#res?.status?.(200); } }
      import.meta.res?.status(200);
      const el = <div onClick={() => res.status(200)} />;
      label: { res.statusCode = 200; break label; }
      res.statusCode += 1;
      \`\${res.status}\`;
      @Decorator() class D { @HttpCode() m() {} }
    `,
    '',
  ],
  invalid: [
    // Express and Node http.
    { code: 'res.status(418).json({});', errors: [teapot(1, 12)] },
    {
      code: 'res.sendStatus(2000);',
      errors: [{ messageId: 'invalidStatus', data: { value: '2000' }, line: 1, column: 16, endColumn: 20 }],
    },
    { code: 'res.statusCode = 99;', errors: [{ messageId: 'invalidStatus', line: 1, column: 18, endColumn: 20 }] },
    {
      code: 'res.writeHead(441, {});',
      errors: [
        {
          messageId: 'unregisteredStatus',
          data: { status: '441', origin: DEFAULT_ORIGIN },
          line: 1,
          column: 15,
          endColumn: 18,
        },
      ],
    },
    {
      code: "res.redirect(306, '/x');",
      errors: [
        {
          messageId: 'discouragedStatus',
          data: { code: '306', standing: 'unused', spec: 'RFC 9110, Section 15.4.7', origin: DEFAULT_ORIGIN },
          line: 1,
          column: 14,
        },
      ],
    },
    { code: "res.redirect('/x', 418);", errors: [teapot(1, 20)] },
    {
      code: 'apiResponse.status(305).end();',
      errors: [{ messageId: 'discouragedStatus', data: { code: '305', standing: 'deprecated', spec: 'RFC 9110, Section 15.4.6', origin: DEFAULT_ORIGIN }, line: 1, column: 20 }],
    },
    {
      code: 'res.status(510);',
      errors: [{ messageId: 'discouragedStatus', data: { code: '510', standing: 'obsoleted', spec: 'RFC 2774, Section 7', origin: DEFAULT_ORIGIN }, line: 1, column: 12 }],
    },
    {
      code: 'res.status(499);',
      errors: [
        {
          messageId: 'unregisteredStatus',
          data: { status: '499 (Client Closed Request), from nginx,', origin: DEFAULT_ORIGIN },
          line: 1,
          column: 12,
        },
      ],
    },
    // Fastify.
    {
      code: 'reply.code(418).send();\nreply.status(2000);',
      errors: [teapot(1, 12), { messageId: 'invalidStatus', line: 2, column: 14 }],
    },
    // Koa.
    {
      code: "ctx.status = 418;\nctx.response.status = 441;\nctx.throw(306, 'x');\nctx.throw('x', 99);\nctx.assert(ok, 2000, 'x');",
      errors: [
        teapot(1, 14),
        { messageId: 'unregisteredStatus', line: 2, column: 23 },
        { messageId: 'discouragedStatus', line: 3, column: 11 },
        { messageId: 'invalidStatus', line: 4, column: 16 },
        { messageId: 'invalidStatus', line: 5, column: 16 },
      ],
    },
    // Hono.
    {
      code: [
        'c.json({}, 418);',
        "c.text('x', 441);",
        "c.html('x', { status: 2000 });",
        'c.body(null, 99);',
        'c.newResponse(null, 306);',
        'c.status(305);',
        "c.redirect('/x', 441);",
      ].join('\n'),
      errors: [
        teapot(1, 12),
        { messageId: 'unregisteredStatus', line: 2, column: 13 },
        { messageId: 'invalidStatus', line: 3, column: 23 },
        { messageId: 'invalidStatus', line: 4, column: 14 },
        { messageId: 'discouragedStatus', line: 5, column: 21 },
        { messageId: 'discouragedStatus', line: 6, column: 10 },
        { messageId: 'unregisteredStatus', line: 7, column: 18 },
      ],
    },
    // Fetch API and Next.js.
    {
      code: [
        "new Response('x', { status: 418 });",
        'Response.json({}, { status: 441 });',
        'Response.redirect(url, 306);',
        "NextResponse.json({ error: 'x' }, { status: 2000 });",
        'NextResponse.redirect(url, 441);',
        'new NextResponse(null, { status: 99 });',
      ].join('\n'),
      errors: [
        teapot(1, 29),
        { messageId: 'unregisteredStatus', line: 2, column: 29 },
        { messageId: 'discouragedStatus', line: 3, column: 24 },
        { messageId: 'invalidStatus', line: 4, column: 45 },
        { messageId: 'unregisteredStatus', line: 5, column: 28 },
        { messageId: 'invalidStatus', line: 6, column: 34 },
      ],
    },
    // NestJS, with HttpStatus resolved by name.
    {
      code: [
        "import { HttpCode, HttpException, HttpStatus, Redirect } from '@nestjs/common';",
        'class Teapot extends HttpException { constructor() { super("tea", 441); } }',
        'export class Controller {',
        '  @HttpCode(418) a() {}',
        "  @Redirect('https://x', 306) b() {}",
        "  c() { throw new HttpException('x', HttpStatus.I_AM_A_TEAPOT); }",
        '}',
      ].join('\n'),
      errors: [
        { messageId: 'unregisteredStatus', line: 2, column: 67 },
        teapot(4, 13),
        { messageId: 'discouragedStatus', line: 5, column: 26 },
        { messageId: 'discouragedStatus', line: 6, column: 38, endColumn: 62 },
      ],
    },
    // http-errors.
    {
      code: "import createError from 'http-errors';\ncreateError(418, 'x');\ncreateError('x', 441);\nnew createError[306]();",
      errors: [
        teapot(2, 13),
        { messageId: 'unregisteredStatus', line: 3, column: 18 },
        { messageId: 'discouragedStatus', line: 4, column: 17 },
      ],
    },
    // Serverless handlers.
    {
      code: 'export const a = async () => ({ statusCode: 418, body: "" });\nexport function b() { return { statusCode: 2000 }; }',
      errors: [teapot(1, 45), { messageId: 'invalidStatus', line: 2, column: 44 }],
    },
    // Every branch, each code once, at the node that produces it.
    {
      code: 'res.status(ok ? 200 : 441);\nres.status(a ? 418 : b ? 418 : 99);',
      errors: [
        { messageId: 'unregisteredStatus', line: 1, column: 23 },
        teapot(2, 16),
        { messageId: 'invalidStatus', line: 2, column: 32 },
      ],
    },
    // Constants, enums and constant objects of the same file; at the use site.
    {
      code: [
        'const TEAPOT = 418;',
        'enum Api { Missing = 441 }',
        'const Codes = { bad: 2000 } as const;',
        'res.status(TEAPOT);',
        'res.status(Api.Missing);',
        'res.status(Codes.bad);',
      ].join('\n'),
      errors: [
        teapot(4, 12, 6),
        { messageId: 'unregisteredStatus', line: 5, column: 12, endColumn: 23 },
        { messageId: 'invalidStatus', line: 6, column: 12, endColumn: 21 },
      ],
    },
    // Unresolved values, when asked.
    {
      code: 'res.status(err.code);\nres.status(err.status || 418);\nreply.status(a || b);\nres.status(null);\nres.status(undefined);\nres.status(() => 404);',
      options: [{ reportUnresolved: true }],
      errors: [
        { messageId: 'unresolvedStatus', line: 1, column: 12, endColumn: 20, data: unresolvedTs('err.code') },
        // `err.status` is passed through from an error: not reported unless asked (below).
        teapot(2, 26),
        // Once for the send, not once for each part; null, undefined and functions are no status to name.
        { messageId: 'unresolvedStatus', line: 3, column: 14, endColumn: 20, data: unresolvedTs('a || b') },
      ],
    },
    // A lookup in the file's own table of codes is each of its values.
    {
      code: 'const STATUS_OF = { missing: 404, odd: 2000 } as const;\nres.status(STATUS_OF[err.code] ?? 500).json({});\nenum Codes { A = 404, B = 418 }\nres.status(Codes[name as keyof typeof Codes]);',
      options: [{ reportUnresolved: true }],
      errors: [
        { messageId: 'invalidStatus', line: 2, column: 12, endColumn: 31, data: { value: '2000' } },
        teapot(4, 12, 33),
      ],
    },
    // Passed-through statuses, when asked for them too.
    {
      code: 'res.status(err.status || 418);\nres.status(upstream.statusCode).end();\nconst { status } = await handle(req);\nreturn NextResponse.json(data, { status });',
      options: [{ reportUnresolved: true, reportPassthrough: true }],
      errors: [
        { messageId: 'unresolvedStatus', line: 1, column: 12, endColumn: 29, data: unresolvedTs('err.status || 418') },
        teapot(1, 26),
        { messageId: 'unresolvedStatus', line: 2, column: 12, endColumn: 31, data: unresolvedTs('upstream.statusCode') },
        { messageId: 'unresolvedStatus', line: 4, column: 34, endColumn: 40, data: unresolvedTs('status') },
      ],
    },
    // A map lookup or a helper's result is no passed-through status: still reported.
    {
      code: 'const status = SERVICE_ERROR_STATUS[err.code] ?? 500;\nreturn new Response(body, { status });\nres.status(pickStatusFor()).end();',
      options: [{ reportUnresolved: true }],
      errors: [
        { messageId: 'unresolvedStatus', line: 2, column: 29, endColumn: 35, data: unresolvedTs('status') },
        { messageId: 'unresolvedStatus', line: 3, column: 12, endColumn: 27, data: unresolvedTs('pickStatusFor()') },
      ],
    },
    // More receiver names.
    { code: 'out.status(418);', options: [{ receiverNames: ['out'] }], errors: [teapot(1, 12)] },
    // `allow` adds valid codes only; it does not make invalid numbers valid.
    {
      code: 'res.status(418); res.status(441);',
      options: [{ allow: [418] }],
      errors: [{ messageId: 'unregisteredStatus', line: 1, column: 29 }],
    },
    // The Ving table: its own codes pass, anything else is undocumented, invalid numbers stay invalid.
    {
      code: 'res.status(418);\nres.status(422).json({});\nres.status(2000);\nres.status(99);\nres.status(441);',
      settings: vingSettings,
      errors: [
        {
          messageId: 'discouragedStatus',
          data: { code: '418', standing: 'unused', spec: 'RFC 9110, Section 15.5.19', origin: SETTINGS_ORIGIN },
          line: 1,
          column: 12,
        },
        {
          messageId: 'undocumentedStatus',
          data: { status: '422 (Unprocessable Content)', origin: SETTINGS_ORIGIN },
          line: 2,
          column: 12,
        },
        { messageId: 'invalidStatus', line: 3, column: 12 },
        { messageId: 'invalidStatus', line: 4, column: 12 },
      ],
    },
  ],
});

espreeRuleTester.run('no-undocumented-status (plain JS through espree)', rule, {
  valid: [
    // A response by name that the code says is the request: axios's HTTP/2 client stream.
    "req.once('response', (headers) => { const response = req; response.statusCode = 2000; cb(response); });",
    "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.REQUEST_TOO_LONG).end();",
    "const { HttpException, HttpStatus } = require('@nestjs/common');\nthrow new HttpException('x', HttpStatus.PAYLOAD_TOO_LARGE);",
    'const el = <div onClick={() => res.status(200)} />;',
    '',
    // Compiled CommonJS keeps the constant's name (verdaccio's build).
    {
      code: "let _verdaccio_core = require('@verdaccio/core');\nres.status(_verdaccio_core.HTTP_STATUS.CREATED);",
      options: [{ reportUnresolved: true }],
    },
  ],
  invalid: [
    {
      code: "const { HttpException, HttpStatus } = require('@nestjs/common');\nthrow new HttpException('x', HttpStatus.I_AM_A_TEAPOT);",
      errors: [{ ...teapot(2, 30), endColumn: 54 }],
    },
    {
      code: "const httpStatus = require('http-status');\nres.status(httpStatus.IM_A_TEAPOT).end();",
      errors: [{ ...teapot(2, 12), endColumn: 34 }],
    },
    {
      code: "const createError = require('http-errors');\nnext(createError(441));",
      errors: [{ messageId: 'unregisteredStatus', line: 2, column: 18 }],
    },
    {
      code: 'exports.handler = async () => { return { statusCode: 306, headers: {} }; };',
      errors: [{ messageId: 'discouragedStatus', line: 1, column: 54 }],
    },
  ],
});

typedRuleTester.run('no-undocumented-status (type information)', rule, {
  valid: [
    // Unrelated types are never responses, whatever their name.
    "declare const res: { status(code: number): void; statusCode: number };\nres.status(2000); res.statusCode = 99;",
    "declare const order: { status(code: number): void };\norder.status(5);",
    "import type { Response } from 'express';\nexport function f(out: Response, code: 200 | 404) { out.status(code).end(); }",
    // A whole library catalog says nothing about what is sent: unresolved, not every member.
    "import type { Response } from 'express';\nimport { HttpStatus } from '@nestjs/common';\nexport function f(out: Response, code: HttpStatus) { out.status(code); }",
    { code: "import type { Response } from 'express';\nexport function f(out: Response) { out.status(441); }", settings: vingSettings },
    // Another response's status, passed on, is not reported by default with types either.
    {
      code: "import type { Response } from 'express';\nexport async function f(out: Response) { const upstream = await fetch('/x'); out.status(upstream.status).end(); }",
      options: [{ reportUnresolved: true }],
    },
    // A subclass that passes its caller's status on is checked at its callers, even with reportUnresolved.
    {
      code: "import { HttpException } from '@nestjs/common';\nexport class ApiError extends HttpException { constructor(m: string, status: number) { super(m, status); } }\nthrow new ApiError('x', 404);",
      options: [{ reportUnresolved: true }],
    },
    // Odd syntax never throws with types either.
    {
      code: `
        import type { Response } from 'express';
        declare const res: Response;
        declare const codes: number[];
        res[\`status\`](200);
        res.status(...(codes as [number]));
        class A { #out?: Response; m() { this.#out?.status?.(200); } static { void import.meta; } }
        const el = <div onClick={() => res.status(200)} />;
        export default el;
      `,
      filename: path.join(typedFixtureDir, 'file.tsx'),
    },
    { code: '', filename: path.join(typedFixtureDir, 'file.tsx') },
  ],
  invalid: [
    // Express: a response named anything.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response) { out.status(418).json({}); }",
      errors: [teapot(2, 47)],
    },
    // Node http.
    {
      code: "import type { ServerResponse } from 'node:http';\nexport function f(out: ServerResponse) {\n  out.statusCode = 418;\n  out.writeHead(441).end();\n}",
      errors: [teapot(3, 20), { messageId: 'unregisteredStatus', line: 4, column: 17 }],
    },
    // Fastify.
    {
      code: "import type { FastifyReply } from 'fastify';\nexport function f(r: FastifyReply) {\n  r.code(418).send();\n  r.status(2000);\n  r.redirect('/x', 306);\n}",
      errors: [
        teapot(3, 10),
        { messageId: 'invalidStatus', line: 4, column: 12 },
        { messageId: 'discouragedStatus', line: 5, column: 20 },
      ],
    },
    // Koa.
    {
      code: "import type { ParameterizedContext } from 'koa';\nexport function f(k: ParameterizedContext) {\n  k.status = 418;\n  k.response.status = 441;\n  k.throw(306, 'x');\n  k.assert(k.state.ok, 99, 'x');\n}",
      errors: [
        teapot(3, 14),
        { messageId: 'unregisteredStatus', line: 4, column: 23 },
        { messageId: 'discouragedStatus', line: 5, column: 11 },
        { messageId: 'invalidStatus', line: 6, column: 24 },
      ],
    },
    // Hono.
    {
      code: "import type { Context } from 'hono';\nexport function f(h: Context) {\n  h.json({}, 418);\n  h.status(441);\n  return h.body(null, { status: 306 });\n}",
      errors: [
        teapot(3, 14),
        { messageId: 'unregisteredStatus', line: 4, column: 12 },
        { messageId: 'discouragedStatus', line: 5, column: 33 },
      ],
    },
    // Fetch API.
    {
      code: "export function f() {\n  new Response('x', { status: 418 });\n  Response.json({}, { status: 441 });\n  return Response.redirect('https://x', 306);\n}",
      errors: [
        teapot(2, 31),
        { messageId: 'unregisteredStatus', line: 3, column: 31 },
        { messageId: 'discouragedStatus', line: 4, column: 41 },
      ],
    },
    // NestJS, including a subclass that takes a status.
    {
      code: [
        "import { HttpCode, HttpException, HttpStatus, Redirect } from '@nestjs/common';",
        'class ApiError extends HttpException { constructor(message: string, status: number) { super(message, status); } }',
        'export class Controller {',
        '  @HttpCode(418) a() {}',
        "  @Redirect('https://x', 306) b() {}",
        "  c() { throw new HttpException('x', HttpStatus.I_AM_A_TEAPOT); }",
        "  d() { throw new ApiError('x', 441); }",
        '}',
      ].join('\n'),
      errors: [
        teapot(4, 13),
        { messageId: 'discouragedStatus', line: 5, column: 26 },
        { messageId: 'discouragedStatus', line: 6, column: 38 },
        { messageId: 'unregisteredStatus', line: 7, column: 33 },
      ],
    },
    // http-errors.
    {
      code: "import createError from 'http-errors';\nexport const e = createError(418, 'x');",
      errors: [teapot(2, 30)],
    },
    // Serverless.
    {
      code: 'export const handler = async () => ({ statusCode: 418, body: "" });',
      errors: [teapot(1, 51)],
    },
    // Literal types: unions, enum members, constants of other files.
    {
      code: [
        "import type { Response } from 'express';",
        "import { TEAPOT, ApiStatus } from './status-codes';",
        'export function f(out: Response, code: 200 | 441, member: ApiStatus.OutOfRange) {',
        '  out.status(code);',
        '  out.status(TEAPOT);',
        '  out.status(member);',
        '  out.status(ApiStatus.MissingParameter);',
        '}',
      ].join('\n'),
      errors: [
        { messageId: 'unregisteredStatus', data: { status: '441', origin: DEFAULT_ORIGIN }, line: 4, column: 14 },
        teapot(5, 14, 6),
        { messageId: 'unregisteredStatus', data: { status: '442', origin: DEFAULT_ORIGIN }, line: 6, column: 14 },
        { messageId: 'unregisteredStatus', data: { status: '441', origin: DEFAULT_ORIGIN }, line: 7, column: 14 },
      ],
    },
    // With the Ving table, 441 passes and 418 does not.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response, code: 441 | 418) { out.status(code); }",
      settings: vingSettings,
      errors: [{ messageId: 'discouragedStatus', line: 2, column: 64 }],
    },
    // Unresolved, when asked: plain numbers and whole library catalogs.
    {
      code: "import type { Response } from 'express';\nimport { HttpStatus } from '@nestjs/common';\nexport function f(out: Response, n: number, all: HttpStatus) { out.status(n); out.status(all); }",
      options: [{ reportUnresolved: true }],
      errors: [
        { messageId: 'unresolvedStatus', line: 3, column: 75, data: unresolvedTs('n', 'number') },
        { messageId: 'unresolvedStatus', line: 3, column: 90, data: unresolvedTs('all', 'HttpStatus') },
      ],
    },
  ],
});

espreeRuleTester.run('no-undocumented-status: unresolved statuses in plain JS', rule, {
  valid: [
    // Patching the method sets no status.
    { code: 'res.status = (code) => { res.locals.code = code; return res; };', options: [{ reportUnresolved: true }] },
  ],
  invalid: [
    {
      code: 'app.get("/a", (req, res) => res.status(pick(req)).json({}));',
      filename: 'server.js',
      options: [{ reportUnresolved: true }],
      errors: [
        {
          messageId: 'unresolvedStatus',
          line: 1,
          column: 40,
          endColumn: 49,
          data: { expression: 'pick(req)', type: '', advice: 'use a named constant, or a JSDoc type such as `/** @type {400 | 404} */`' },
        },
      ],
    },
  ],
});
