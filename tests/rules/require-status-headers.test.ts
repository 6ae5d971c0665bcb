import path from 'node:path';
import requireStatusHeaders, { type MessageIds, type Options } from '../../rules/require-status-headers';
import { createEspreeRuleTester, createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleTester = createRuleTester();
const espreeRuleTester = createEspreeRuleTester();
const typedRuleTester = createTypedRuleTester();

// @typescript-eslint/rule-tester 8.72 brings its own copy of @typescript-eslint/utils' types, which the
// rule (built with 8.73's) does not match nominally; the cast keeps the message ids and options typed.
const rule = requireStatusHeaders as unknown as Parameters<typeof ruleTester.run<MessageIds, Options>>[1];

const recommended = [{ checkRecommended: true }] as const satisfies Options;

/** The message data of a missing header: the code, the header and where the table's spec says so. */
function missing(status: string, header: string, spec = 'RFC 9110', section = '') {
  return { status, header, document: spec, section: section && ` (Section ${section})` };
}
const UNAUTHORIZED = missing('401 (Unauthorized)', 'WWW-Authenticate', 'RFC 9110', '15.5.2');
const NOT_ALLOWED = missing('405 (Method Not Allowed)', 'Allow', 'RFC 9110', '15.5.6');

ruleTester.run('require-status-headers (no type information)', rule, {
  valid: [
    // Express: the header chained before or after the status, in any case, as a name or a map.
    "res.status(401).set('WWW-Authenticate', 'Bearer').json({ message: 'Log in' });",
    "res.set('WWW-Authenticate', 'Bearer').status(401).json({ message: 'Log in' });",
    "res.status(401).header('www-authenticate', 'Basic').end();",
    "res.status(405).set({ Allow: 'GET, HEAD' }).end();",
    "res.status(405).header({ 'allow': 'GET' }).end();",
    "res.status(407).append('Proxy-Authenticate', 'Basic').end();",
    "res.setHeader('Content-Range', 'bytes 0-99/1000'); res.status(206).send(chunk);",
    "res.status(206).sendFile(file);",
    // Express and Node: a header set earlier in the same block, or in an enclosing block of the same function.
    "function f(res) { res.set('WWW-Authenticate', 'Bearer'); res.status(401).end(); }",
    "function f(res) { res.setHeader('Allow', 'GET'); if (x) { res.statusCode = 405; res.end(); } }",
    "function f(res) { res.appendHeader('Allow', 'GET'); res.sendStatus(405); }",
    // ... or between the status and the call that sends it.
    "function f(res) { res.statusCode = 401; res.setHeader('WWW-Authenticate', 'Bearer'); res.end(); }",
    "function f(res) { res.status(405); res.set('Allow', 'GET'); return res.send('Use GET'); }",
    // Node's writeHead: an object, pairs or a flat list, after an optional status message.
    "res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();",
    "res.writeHead(405, 'Method Not Allowed', { Allow: 'GET' }); res.end();",
    "res.writeHead(401, [['WWW-Authenticate', 'Bearer']]);",
    "res.writeHead(101, ['Upgrade', 'websocket', 'Connection', 'Upgrade']);",
    "res.writeHead(401, { ...{ 'WWW-Authenticate': 'Bearer' } });",
    "res.writeHead(401, undefined, { 'WWW-Authenticate': 'Bearer' });",
    // Fastify.
    "reply.header('WWW-Authenticate', 'Bearer').code(401).send();",
    "reply.code(401).headers({ 'WWW-Authenticate': 'Bearer' }).send({ message: 'x' });",
    // Koa: anywhere in the function, on ctx or ctx.response.
    "function f(ctx) { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; }",
    "function f(ctx) { ctx.status = 405; ctx.body = 'Use GET'; ctx.set({ Allow: 'GET' }); }",
    "function f(ctx) { ctx.response.status = 405; ctx.append('Allow', 'GET'); }",
    "function f(ctx) { ctx.status = 401; ctx.response.set('WWW-Authenticate', 'Bearer'); }",
    "ctx.throw(401, 'Log in', { headers: { 'WWW-Authenticate': 'Bearer' } });",
    "ctx.assert(user, 401, 'Log in', { headers: { 'WWW-Authenticate': 'Bearer' } });",
    // Hono.
    "function f(c) { c.header('WWW-Authenticate', 'Bearer'); return c.json({ error: 'x' }, 401); }",
    "c.json({ error: 'x' }, 401, { 'WWW-Authenticate': 'Bearer' });",
    "c.text('Use GET', { status: 405, headers: { Allow: 'GET' } });",
    "function f(c) { c.status(401); c.header('WWW-Authenticate', 'Bearer'); return c.text('Log in'); }",
    // The fetch API: a header object, `new Headers(…)`, pairs.
    "new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });",
    "new Response(null, { status: 405, headers: new Headers({ Allow: 'GET' }) });",
    "new Response(null, { status: 405, headers: [['Allow', 'GET']] });",
    "Response.json({ error: 'x' }, { status: 401, headers: new Headers([['www-authenticate', 'Bearer']]) });",
    // Cloudflare Workers: a response that hands a WebSocket to the runtime, which writes the Upgrade header (hono's adapter).
    'new Response(null, { status: 101, webSocket: client });',
    // Serverless.
    "export const f = async () => ({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' }, body: '' });",
    "export const f = async () => ({ statusCode: 405, multiValueHeaders: { Allow: ['GET'] } });",
    // http-errors.
    "import createError from 'http-errors'; throw createError(401, 'Log in', { headers: { 'WWW-Authenticate': 'Bearer' } });",
    "import createError from 'http-errors'; export function f(res, next) { res.set('WWW-Authenticate', 'Bearer'); next(createError(401)); }",
    // NestJS: a @Header decorator of the same method; exceptions are never reported.
    "import { HttpCode, Header } from '@nestjs/common'; class C { @HttpCode(401) @Header('WWW-Authenticate', 'Bearer') m() {} }",
    "import { HttpCode, Redirect } from '@nestjs/common'; class C { @HttpCode(301) @Redirect('/new') m() {} }",
    "import { UnauthorizedException, HttpException } from '@nestjs/common'; throw new UnauthorizedException(); throw new HttpException('x', 401);",
    // Redirects set Location themselves.
    { code: "res.redirect(301, '/new'); reply.redirect('/new', 308); c.redirect('/new', 302); Response.redirect(url, 307);", options: recommended },
    { code: "function f(ctx) { ctx.status = 301; ctx.redirect('/new'); }", options: recommended },
    { code: "res.status(201).location(`/users/${id}`).json(user);", options: recommended },
    { code: "import { Redirect } from '@nestjs/common'; class C { @Redirect('/new', 301) m() {} }", options: recommended },
    // Recommended headers are not checked by default.
    "res.status(201).json(user); res.status(503).end(); c.json({}, 429); res.status(416).end();",
    // Statuses that need no header, and statuses the rule cannot resolve.
    "res.status(404).end(); res.status(200).json(x); res.status(err.status).end();",
    // Headers the rule cannot see may be anything.
    'res.set(authHeaders).status(401).end();',
    'res.status(401).set(headerName, value).end();',
    'res.set({ ...authHeaders }).status(401).end();',
    'res.set({ [name]: value }).status(401).end();',
    'function f(res) { setAuthHeaders(res); res.status(401).end(); }',
    'function f(res) { res.status(401); next(); }',
    'function f(res) { res.statusCode = 401; if (json) res.json(x); else res.end(); }',
    'function f(res) { res.statusCode = 401; helper(res); res.end(); }',
    'function f(res) { res.statusCode = 401; return; }',
    'sendError(res.status(401));',
    'res.writeHead(401, headers);',
    'res.writeHead(401, message, headers);',
    'reply.code(405).headers(allowHeaders).send();',
    'function f(ctx) { ctx.status = 401; authenticate(ctx); }',
    'ctx.throw(401, message, options);',
    'ctx.throw(401, err);',
    "import createError from 'http-errors'; export function f(label) { throw createError(401, label); }",
    'new Response(null, { status: 401, headers });',
    'new Response(null, { ...init, status: 401 });',
    'new Response(null, { status: 401, headers: new Headers(authHeaders) });',
    'new Response(null, { status: 401, headers: [[name, value]] });',
    'const response = new Response(null, { status: 401 }); response.headers.set("WWW-Authenticate", "Bearer");',
    'c.json({}, 401, headers);',
    'export const f = async () => ({ statusCode: 401, headers });',
    'export const f = async () => ({ ...base, statusCode: 401, body: "" });',
    "import createError from 'http-errors'; throw createError(401, 'x', props);",
    "import createError from 'http-errors'; const error = createError(401); error.headers = auth; throw error;",
    "import { HttpCode, Header, Res } from '@nestjs/common'; class C { @HttpCode(401) m(@Res() res) { res.set('WWW-Authenticate', 'x'); } }",
    "import { HttpCode, Header } from '@nestjs/common'; class C { @HttpCode(401) @Header(name, 'x') m() {} }",
    // Decorators and classes of the same name from elsewhere.
    "import { HttpCode } from './decorators'; class C { @HttpCode(401) m() {} }",
    // Odd syntax never throws.
    `
      res[method](401);
      res.status(...codes).end();
      res.status().end();
      res.set(...pairs).status(401)[send]();
      new Response(...args);
      new Response(null, init);
      c.json(body, ...rest);
      res.writeHead(401, ...rest);
      class A extends B { #res; constructor() { super(1, 2); } static { this.#res?.set?.('Allow', 'GET').status(405).end(); } }
      import.meta.res?.header('WWW-Authenticate', 'x').status(401).end();
      const el = <div onClick={() => res.set('WWW-Authenticate', 'x').status(401).end()} />;
      label: { res.statusCode = 200; break label; }
      res.statusCode += 1;
      \`\${res.status}\`;
      @Decorator() class D { @HttpCode() m() {} }
      res.setHeader(...args); res.set(); res.set(\`Allow\`, 'GET').status(405).end();
      res.writeHead(101, [, 'Upgrade', 'x']);
    `,
    '',
  ],
  invalid: [
    // Express.
    {
      code: [
        "res.status(401).json({ message: 'Log in' });",
        'res.status(405).end();',
        'res.sendStatus(407);',
        "res.status(426).set('X-Id', id).send('Upgrade to HTTP/2');",
        'res.status(206).send(chunk);',
      ].join('\n'),
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 1, endLine: 1, endColumn: 16 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 2, column: 1 },
        {
          messageId: 'missingRequiredHeader',
          data: missing('407 (Proxy Authentication Required)', 'Proxy-Authenticate', 'RFC 9110', '15.5.8'),
          line: 3,
          column: 1,
          endColumn: 20,
        },
        { messageId: 'missingRequiredHeader', data: missing('426 (Upgrade Required)', 'Upgrade', 'RFC 9110', '15.5.22'), line: 4, column: 1 },
        { messageId: 'missingRequiredHeader', data: missing('206 (Partial Content)', 'Content-Range', 'RFC 9110', '15.3.7'), line: 5, column: 1 },
      ],
    },
    // A header set after the response is sent, or on another response, does not count.
    {
      code: [
        "function a(res) { res.status(401).json({}); res.set('WWW-Authenticate', 'Bearer'); }",
        "function b(res) { app.use((req, res) => res.set('Allow', 'GET')); res.status(405).end(); }",
      ].join('\n'),
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 19 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 2, column: 67 },
      ],
    },
    // Node http.
    {
      code: [
        'function a(res) { res.statusCode = 401; res.end(); }',
        "function b(res) { res.writeHead(405, { 'Content-Type': 'text/plain' }); res.end(); }",
        "res.writeHead(401, 'Unauthorized').end();",
      ].join('\n'),
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 19, endColumn: 39 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 2, column: 19 },
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 1 },
      ],
    },
    // Fastify.
    {
      code: "reply.code(401).send({ message: 'x' });\nreply.status(405).header('X-Id', 'y').send();",
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 1, endColumn: 16 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 2, column: 1 },
      ],
    },
    // Koa: the status with no header in the function; ctx.throw drops the headers set before it.
    {
      code: [
        "function a(ctx) { ctx.status = 401; ctx.body = { message: 'Log in' }; }",
        "function b(ctx) { ctx.throw(401, 'Log in'); }",
        "function c(ctx) { ctx.set('WWW-Authenticate', 'Bearer'); ctx.throw(401, 'Log in'); }",
        "function d(ctx) { ctx.throw(405, 'Use GET', { expose: true }); }",
        'function e(ctx) { ctx.throw(401, error.message); }',
      ].join('\n'),
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 19, endColumn: 35 },
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 19 },
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 58 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 4, column: 19 },
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 5, column: 19 },
      ],
    },
    // Hono.
    {
      code: [
        "c.json({ error: 'x' }, 401);",
        "c.text('Use GET', 405, { 'Content-Type': 'text/plain' });",
        'function f(c) { c.status(401); return c.json({}); }',
      ].join('\n'),
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 1, endColumn: 28 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 2, column: 1 },
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 17 },
      ],
    },
    // The fetch API.
    {
      code: "new Response('Log in', { status: 401 });\nResponse.json({}, { status: 405, headers: { 'Content-Type': 'application/json' } });",
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 1, endColumn: 40 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 2, column: 1 },
      ],
    },
    // A 101 without a WebSocket handed to the runtime needs its Upgrade header; the WebSocket implies only that.
    {
      code: "new Response(null, { status: 101 });\nnew Response(null, { status: 401, webSocket: client });",
      errors: [
        { messageId: 'missingRequiredHeader', data: missing('101 (Switching Protocols)', 'Upgrade', 'RFC 9110', '15.2.2'), line: 1, column: 1 },
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 1 },
      ],
    },
    // Serverless.
    {
      code: "export const a = async () => ({ statusCode: 401, body: 'Log in' });\nexport function b() { return { statusCode: 405, headers: { 'Content-Type': 'text/plain' } }; }",
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 31, endColumn: 66 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 2, column: 30 },
      ],
    },
    // http-errors.
    {
      code: "import createError from 'http-errors';\nthrow createError(401, 'Log in');\nthrow createError(405, { expose: true });",
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 7, endColumn: 33 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 3, column: 7 },
      ],
    },
    // NestJS: @HttpCode without a @Header for the header.
    {
      code: "import { HttpCode, Header } from '@nestjs/common';\nclass C {\n  @HttpCode(401) @Header('Cache-Control', 'no-store') m() {}\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 4, endColumn: 17 }],
    },
    // Recommended headers with checkRecommended.
    {
      code: [
        'res.status(201).json(user);',
        'reply.code(503).send();',
        "c.json({ error: 'slow down' }, 429);",
        'res.status(416).end();',
        "res.status(413).set('Allow', 'POST').end();",
        "function f(ctx) { ctx.status = 302; ctx.body = 'Moved'; }",
      ].join('\n'),
      options: recommended,
      errors: [
        { messageId: 'missingRecommendedHeader', data: missing('201 (Created)', 'Location', 'RFC 9110', '15.3.2'), line: 1, column: 1 },
        { messageId: 'missingRecommendedHeader', data: missing('503 (Service Unavailable)', 'Retry-After', 'RFC 9110', '15.6.4'), line: 2, column: 1 },
        { messageId: 'missingRecommendedHeader', data: missing('429 (Too Many Requests)', 'Retry-After', 'RFC 6585', '4'), line: 3, column: 1 },
        { messageId: 'missingRecommendedHeader', data: missing('416 (Range Not Satisfiable)', 'Content-Range', 'RFC 9110', '15.5.17'), line: 4, column: 1 },
        { messageId: 'missingRecommendedHeader', data: missing('413 (Content Too Large)', 'Retry-After', 'RFC 9110', '15.5.14'), line: 5, column: 1 },
        { messageId: 'missingRecommendedHeader', data: missing('302 (Found)', 'Location', 'RFC 9110', '15.4.3'), line: 6, column: 19 },
      ],
    },
    // Every code a status can be; constants by their import.
    {
      code: [
        "import { StatusCodes } from 'http-status-codes';",
        'res.status(ok ? 200 : 401).end();',
        'res.status(StatusCodes.METHOD_NOT_ALLOWED).end();',
        'res.status(a ? 401 : 405).end();',
      ].join('\n'),
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 1 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 3, column: 1 },
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 4, column: 1 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 4, column: 1 },
      ],
    },
    // More receiver names.
    {
      code: 'out.status(401).end();',
      options: [{ receiverNames: ['out'] }],
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 1 }],
    },
  ],
});

espreeRuleTester.run('require-status-headers (plain JS through espree)', rule, {
  valid: [
    "app.get('/x', (req, res) => res.status(401).set('WWW-Authenticate', 'Bearer').json({ message: 'Log in' }));",
    "module.exports = (ctx) => { ctx.set('Allow', 'GET'); ctx.status = 405; };",
    "exports.handler = async () => ({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });",
    "const el = <div onClick={() => res.set('Allow', 'GET').status(405).end()} />;",
    '',
  ],
  invalid: [
    {
      code: "const { StatusCodes } = require('http-status-codes');\napp.get('/x', (req, res) => res.status(StatusCodes.UNAUTHORIZED).json({}));",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 29 }],
    },
    {
      code: "const createError = require('http-errors');\nnext(createError(401, 'Log in'));\nmodule.exports = (ctx) => { ctx.status = 405; };",
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 6 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 3, column: 29 },
      ],
    },
    {
      code: 'exports.handler = async () => { return { statusCode: 401, body: "" }; };',
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 40 }],
    },
  ],
});

typedRuleTester.run('require-status-headers (type information)', rule, {
  valid: [
    // Unrelated types are never responses, whatever their name.
    'declare const res: { status(code: number): { end(): void } };\nres.status(401).end();',
    "import type { Response } from 'express';\nexport function f(out: Response) { out.set('WWW-Authenticate', 'Bearer'); out.status(401).json({}); }",
    "import type { ServerResponse } from 'node:http';\nexport function f(out: ServerResponse) { out.writeHead(405, { Allow: 'GET' }).end(); }",
    "import type { FastifyReply } from 'fastify';\nexport function f(r: FastifyReply) { return r.code(401).header('WWW-Authenticate', 'Bearer').send(); }",
    "import type { ParameterizedContext } from 'koa';\nexport function f(k: ParameterizedContext) { k.status = 405; k.set('Allow', 'GET'); }",
    "import type { Context } from 'hono';\nexport function f(h: Context) { return h.json({}, 401, { 'WWW-Authenticate': 'Bearer' }); }",
    "export function f() { return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); }",
    "import createError from 'http-errors';\nexport const e = createError(401, 'Log in', { headers: { 'WWW-Authenticate': 'Bearer' } });",
    "import { Controller, Get, HttpCode, Header } from '@nestjs/common';\n@Controller()\nexport class C { @Get() @HttpCode(401) @Header('WWW-Authenticate', 'Bearer') m() { return {}; } }",
    "import { Controller, Get, HttpCode, Res } from '@nestjs/common';\n@Controller()\nexport class C { @Get() @HttpCode(401) m(@Res({ passthrough: true }) res: unknown) { return res; } }",
    "import { UnauthorizedException } from '@nestjs/common';\nexport function f() { throw new UnauthorizedException('Log in'); }",
    // Odd syntax never throws with types either.
    {
      code: `
        import type { Response } from 'express';
        declare const res: Response;
        declare const codes: number[];
        res[\`status\`](401).end();
        res.status(...(codes as [number])).end();
        class A { #out?: Response; m() { this.#out?.set('Allow', 'GET').status?.(405).end(); } static { void import.meta; } }
        const el = <div onClick={() => res.set('WWW-Authenticate', 'x').status(401).end()} />;
        export default el;
      `,
      filename: path.join(typedFixtureDir, 'file.tsx'),
    },
    { code: '', filename: path.join(typedFixtureDir, 'file.tsx') },
  ],
  invalid: [
    // Express: a response named anything.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response) {\n  out.status(401).json({});\n  out.sendStatus(405);\n}",
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 3, endColumn: 18 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 4, column: 3 },
      ],
    },
    // Node http.
    {
      code: "import type { ServerResponse } from 'node:http';\nexport function f(out: ServerResponse) {\n  out.statusCode = 401;\n  out.end();\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 3, endColumn: 23 }],
    },
    // Fastify.
    {
      code: "import type { FastifyReply } from 'fastify';\nexport function f(r: FastifyReply) {\n  return r.code(405).send();\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 3, column: 10 }],
    },
    // Koa.
    {
      code: "import type { ParameterizedContext } from 'koa';\nexport function f(k: ParameterizedContext) {\n  k.status = 401;\n}\nexport function g(k: ParameterizedContext) {\n  k.throw(405);\n}",
      errors: [
        { messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 3, endColumn: 17 },
        { messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 6, column: 3 },
      ],
    },
    // Hono.
    {
      code: "import type { Context } from 'hono';\nexport function f(h: Context) {\n  return h.json({ error: 'x' }, 401);\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 10 }],
    },
    // Fetch API.
    {
      code: "export function f() {\n  return new Response('Log in', { status: 401 });\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 10 }],
    },
    // http-errors; with types a string argument is known to be a message, whatever its name.
    {
      code: "import createError from 'http-errors';\nexport function f(label: string) {\n  throw createError(401, label);\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 9 }],
    },
    {
      code: "import createError from 'http-errors';\nexport function f() {\n  throw createError(401);\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 3, column: 9 }],
    },
    // NestJS.
    {
      code: "import { Controller, Post, HttpCode } from '@nestjs/common';\n@Controller()\nexport class C {\n  @Post() @HttpCode(405) m() { return {}; }\n}",
      errors: [{ messageId: 'missingRequiredHeader', data: NOT_ALLOWED, line: 4, column: 12 }],
    },
    // Serverless.
    {
      code: "export const handler = async () => ({ statusCode: 401, body: '' });",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 1, column: 37 }],
    },
    // Literal types.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response, code: 200 | 401) { out.status(code).end(); }",
      errors: [{ messageId: 'missingRequiredHeader', data: UNAUTHORIZED, line: 2, column: 53 }],
    },
  ],
});
