import path from 'node:path';
import requireErrorBody, { type MessageIds, type Options } from '../../rules/require-error-body';
import { createEspreeRuleTester, createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleTester = createRuleTester();
const espreeRuleTester = createEspreeRuleTester();
const typedRuleTester = createTypedRuleTester();

// @typescript-eslint/rule-tester 8.72 brings its own copy of @typescript-eslint/utils' types, which the
// rule (built with 8.73's) does not match nominally; the cast keeps the message ids and options typed.
const rule = requireErrorBody as unknown as Parameters<typeof ruleTester.run<MessageIds, Options>>[1];

const problemDetails = [{ preset: 'problem-details' }] as const satisfies Options;
const PRESET = 'required by the problem-details preset, RFC 9457';

ruleTester.run('require-error-body (no type information)', rule, {
  valid: [
    // Error statuses with a body.
    "res.status(404).json({ message: 'not found' });",
    "res.status(500).send('Database unavailable, try again later');",
    "reply.code(400).send({ errors });",
    "function f(ctx) { ctx.status = 404; ctx.body = { message: 'gone' }; }",
    "function f(ctx) { ctx.body = { message: 'gone' }; if (x) { ctx.status = 410; } }",
    // Koa paths: the body of the same path, before or after the status, and one that may follow it.
    "async function f(ctx) {\n  if (!ok) {\n    ctx.status = 400;\n    ctx.body = { message: 'bad' };\n    return;\n  }\n  ctx.body = data;\n}",
    "async function f(ctx) {\n  ctx.status = 400;\n  if (detail) ctx.body = { message: detail };\n}",
    "async function f(ctx) {\n  try { await run(); } catch (error) { ctx.status = 500; }\n  ctx.body = { message: 'failed' };\n}",
    "ctx.throw(400, 'name required'); ctx.throw('bad', 422); ctx.assert(user, 401, 'login first');",
    "c.json({ error: 'x' }, 404); c.text('not found', 404); c.body('x', { status: 500 });",
    "new Response('not found', { status: 404 }); Response.json({ error: 'x' }, { status: 400 });",
    "throw new HttpException('Forbidden', 403);",
    "import createError from 'http-errors'; throw createError(404, 'no such user');",
    "function f(res) { res.statusCode = 404; res.end('not found'); }",
    "function f(res) { res.writeHead(503, { 'Retry-After': '10' }); res.end(JSON.stringify({ message: 'later' })); }",
    "export const handler = async () => ({ statusCode: 400, body: JSON.stringify({ message: 'x' }) });",
    // A Response the code only reads from stands in for a fetch result: it is not sent.
    "async function convert(url) {\n  let conversion;\n  try { conversion = await fetch(url); } catch { conversion = new Response(null, { status: 504 }); }\n  if (!conversion.ok) log(conversion.status);\n}",
    // A `{ statusCode, headers }` that no handler returns is no response: an inject() result passed back, a cache entry, a mock.
    "async function forward(app) { const r = await app.inject('/'); return { statusCode: 500, headers: r.headers }; }",
    'const cache = { entry() { return { statusCode: 503, headers: {} }; } };\nconst mockReply = () => ({ statusCode: 500, headers: {} });',
    // Not errors.
    'res.status(204).end(); res.sendStatus(200); reply.code(304).send(); new Response(null, { status: 204 });',
    'export const handler = async () => ({ statusCode: 204 });',
    // The body cannot be told: passed on, sent later in a branch, given to a decorator, or a spread.
    'res.status(404); next();',
    'function f(res) { res.statusCode = 500; if (x) res.end(); }',
    '@HttpCode(404) class A {}',
    'export function f() { return { ...base, statusCode: 500 }; }',
    "res.status(err.status).end(); res.status(code || 500).json(err.body);",
    // A redirect's note is no error body.
    "res.redirect(301, '/new');",
    // `sendStatus` when allowed.
    { code: 'res.sendStatus(404);', options: [{ allowSendStatus: true }] },
    // Required properties: present, brought by a spread, or not an object literal.
    {
      code: "res.status(400).json({ message: 'x', errors: [] }); res.status(400).json({ ...details, message: 'x' }); res.status(422).json(body);",
      options: [{ requiredProperties: ['message', 'errors'] }],
    },
    {
      code: "res.status(400).json({ [key]: 'x' }); res.status(400).send('plain text'); ctx.throw(400, { expose: true });",
      options: [{ requiredProperties: ['message'] }],
    },
    // The problem-details preset accepts the other standard members and extension members.
    {
      code: "res.status(404).json({ type: 'https://example.com/not-found', title: 'Not Found', status: 404, detail: 'No user 7', instance: '/users/7', traceId: 'abc' });",
      options: problemDetails,
    },
    { code: "res.status(ok ? 400 : 404).json({ type: 'about:blank', title: 'x', status: ok ? 400 : 404 });", options: problemDetails },
    // Success bodies are not checked.
    { code: 'res.status(200).json({ data });', options: problemDetails },
    { code: 'out.status(404).end();' },
    // Odd syntax never throws.
    `
      res[method](404);
      res.status(...codes).end();
      res.status().end();
      new Response(...args);
      new Response(null, init);
      c.body(...rest, 404);
      class A extends B { #res; constructor() { super(1, 2); } static { this.#res?.status?.(200); } }
      import.meta.res?.status(200).end();
      const el = <div onClick={() => res.status(200).end()} />;
      label: { res.statusCode = 200; break label; }
      res.statusCode += 1;
      \`\${res.status}\`;
      @Decorator() class D { @HttpCode() m() {} }
      res.status(400).json?.({ ...rest });
    `,
    '',
  ],
  invalid: [
    // Express.
    {
      code: [
        'res.status(404).end();',
        'res.status(400).send();',
        'res.status(500).json();',
        'res.status(401).json(undefined);',
        'res.status(403).send(null);',
        "res.status(422).set('X-Id', id).json('');",
      ].join('\n'),
      errors: [
        { messageId: 'missingBody', data: { status: '404 (Not Found)' }, line: 1, column: 1, endLine: 1, endColumn: 16 },
        { messageId: 'missingBody', data: { status: '400 (Bad Request)' }, line: 2, column: 1 },
        { messageId: 'missingBody', data: { status: '500 (Internal Server Error)' }, line: 3, column: 1 },
        { messageId: 'emptyBody', data: { status: '401 (Unauthorized)' }, line: 4, column: 1 },
        { messageId: 'emptyBody', data: { status: '403 (Forbidden)' }, line: 5, column: 1 },
        { messageId: 'emptyBody', data: { status: '422 (Unprocessable Content)' }, line: 6, column: 1, endColumn: 16 },
      ],
    },
    {
      code: 'res.sendStatus(404);',
      errors: [{ messageId: 'statusTextOnly', data: { status: '404 (Not Found)' }, line: 1, column: 1, endColumn: 20 }],
    },
    // Node http: the status, then `res.end()` with no body in the same block.
    {
      code: [
        'function a(res) { res.statusCode = 404; res.end(); }',
        "function b(res) { res.writeHead(503, { 'Retry-After': '10' }); res.setHeader('X', 'y'); res.end(); }",
        'res.writeHead(500).end();',
      ].join('\n'),
      errors: [
        { messageId: 'missingBody', line: 1, column: 19, endColumn: 39 },
        { messageId: 'missingBody', data: { status: '503 (Service Unavailable)' }, line: 2, column: 19 },
        { messageId: 'missingBody', line: 3, column: 1 },
      ],
    },
    // Fastify.
    {
      code: 'reply.code(400).send();\nreply.status(500).header("X", "y").send();',
      errors: [
        { messageId: 'missingBody', line: 1, column: 1 },
        { messageId: 'missingBody', line: 2, column: 1 },
      ],
    },
    // Koa: a status with no `ctx.body` in the function, and `ctx.throw` without a message.
    {
      code: 'function a(ctx) { ctx.status = 404; }\nfunction b(ctx) { ctx.response.status = 500; ctx.body = null; }\nfunction c(ctx) { ctx.throw(401); }',
      errors: [
        { messageId: 'missingBody', data: { status: '404 (Not Found)' }, line: 1, column: 19, endColumn: 35 },
        { messageId: 'emptyBody', line: 2, column: 19 },
        { messageId: 'errorWithoutMessage', data: { status: '401 (Unauthorized)' }, line: 3, column: 19, endColumn: 33 },
      ],
    },
    // A Response kept in a variable and returned is sent.
    {
      code: "export async function GET() {\n  const response = new Response(null, { status: 500 });\n  response.headers.set('Retry-After', '5');\n  return response;\n}",
      errors: [{ messageId: 'emptyBody', line: 2, column: 20 }],
    },
    // Koa paths: a status whose path ends before any body, or whose body is on another branch.
    {
      code: "async function f(ctx) {\n  if (!user) {\n    ctx.status = 500;\n    return;\n  }\n  ctx.body = user;\n}",
      errors: [{ messageId: 'missingBody', data: { status: '500 (Internal Server Error)' }, line: 3, column: 5, endColumn: 21 }],
    },
    {
      code: "async function f(ctx) {\n  if (found) {\n    ctx.body = found;\n  } else {\n    ctx.status = 404;\n  }\n}",
      errors: [{ messageId: 'missingBody', data: { status: '404 (Not Found)' }, line: 5, column: 5, endColumn: 21 }],
    },
    {
      code: "async function f(ctx) {\n  if (!user) { ctx.status = 401; return; }\n  if (!user.admin) { ctx.status = 403; ctx.body = { message: 'admins only' }; return; }\n  ctx.body = data;\n}",
      errors: [{ messageId: 'missingBody', data: { status: '401 (Unauthorized)' }, line: 2, column: 16, endColumn: 32 }],
    },
    // http-errors without a message.
    {
      code: "import createError from 'http-errors';\nthrow createError(500);",
      errors: [{ messageId: 'errorWithoutMessage', line: 2, column: 7 }],
    },
    // Fetch API.
    {
      code: "new Response(null, { status: 404 });\nnew Response(undefined, { status: 500 });\nnew Response('', { headers, status: 400 });",
      errors: [
        { messageId: 'emptyBody', line: 1, column: 1, endColumn: 36 },
        { messageId: 'emptyBody', line: 2, column: 1 },
        { messageId: 'emptyBody', line: 3, column: 1 },
      ],
    },
    // Hono.
    {
      code: "c.body(null, 404);\nc.newResponse(null, { status: 500 });\nc.text('', 400);\nfunction f(c) { c.status(403); return c.body(null); }",
      errors: [
        { messageId: 'emptyBody', line: 1, column: 1 },
        { messageId: 'emptyBody', line: 2, column: 1 },
        { messageId: 'emptyBody', line: 3, column: 1 },
        { messageId: 'emptyBody', data: { status: '403 (Forbidden)' }, line: 4, column: 17 },
      ],
    },
    // Serverless.
    {
      code: "export const a = async () => ({ statusCode: 404 });\nexport function b() { return { statusCode: 500, headers: {}, body: '' }; }",
      errors: [
        { messageId: 'missingBody', line: 1, column: 31, endColumn: 50 },
        { messageId: 'emptyBody', line: 2, column: 30 },
      ],
    },
    // Each error code a status can be; constants by their import.
    {
      code: [
        "import { StatusCodes } from 'http-status-codes';",
        'res.status(ok ? 200 : 404).end();',
        'res.status(a ? 400 : 500).end();',
        'res.status(StatusCodes.GONE).end();',
      ].join('\n'),
      errors: [
        { messageId: 'missingBody', data: { status: '404 (Not Found)' }, line: 2, column: 1 },
        { messageId: 'missingBody', data: { status: '400 (Bad Request) or 500 (Internal Server Error)' }, line: 3, column: 1 },
        { messageId: 'missingBody', data: { status: '410 (Gone)' }, line: 4, column: 1 },
      ],
    },
    // Required properties of an object-literal body.
    {
      code: "res.status(400).json({ message: 'x' });",
      options: [{ requiredProperties: ['message', 'errors'] }],
      errors: [
        {
          messageId: 'missingProperties',
          data: { status: '400 (Bad Request)', missing: '`errors`', requiredBy: 'required by requiredProperties' },
          line: 1,
          column: 22,
          endColumn: 38,
        },
      ],
    },
    {
      code: "export function f() { return { statusCode: 422, body: JSON.stringify({ ...{ message: 'y' } }) }; }",
      options: [{ requiredProperties: ['message', 'errors'] }],
      errors: [{ messageId: 'missingProperties', data: { status: '422 (Unprocessable Content)', missing: '`errors`', requiredBy: 'required by requiredProperties' }, line: 1, column: 70 }],
    },
    // The problem-details preset.
    {
      code: [
        "res.status(404).json({ title: 'Not Found' });",
        "throw new HttpException({ detail: 'x' }, 400);",
        "c.json({ type: 'about:blank', title: 'Gone', status: 404 }, 410);",
      ].join('\n'),
      options: problemDetails,
      errors: [
        { messageId: 'missingProperties', data: { status: '404 (Not Found)', missing: '`type`', requiredBy: PRESET }, line: 1, column: 22 },
        { messageId: 'missingProperties', data: { status: '400 (Bad Request)', missing: '`type`, `title`', requiredBy: PRESET }, line: 2, column: 25 },
        { messageId: 'problemStatusMismatch', data: { documented: '404', status: '410 (Gone)' }, line: 3, column: 54, endColumn: 57 },
      ],
    },
    // The preset and requiredProperties together.
    {
      code: "res.status(500).json({ type: 'about:blank', detail: 'x' });",
      options: [{ preset: 'problem-details', requiredProperties: ['traceId'] }],
      errors: [
        {
          messageId: 'missingProperties',
          data: {
            status: '500 (Internal Server Error)',
            missing: '`title`, `traceId`',
            requiredBy: 'required by the problem-details preset and requiredProperties',
          },
          line: 1,
          column: 22,
        },
      ],
    },
    // More receiver names.
    { code: 'out.status(404).end();', options: [{ receiverNames: ['out'] }], errors: [{ messageId: 'missingBody', line: 1, column: 1 }] },
  ],
});

espreeRuleTester.run('require-error-body (plain JS through espree)', rule, {
  valid: [
    "app.get('/x', (req, res) => res.status(404).json({ message: 'not found' }));",
    'const el = <div onClick={() => res.status(404).json({ message: "x" })} />;',
    '',
  ],
  invalid: [
    {
      code: "const { StatusCodes } = require('http-status-codes');\napp.get('/x', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
      errors: [{ messageId: 'missingBody', data: { status: '404 (Not Found)' }, line: 2, column: 29 }],
    },
    {
      code: "const createError = require('http-errors');\nnext(createError(403));\nres.sendStatus(401);",
      errors: [
        { messageId: 'errorWithoutMessage', line: 2, column: 6 },
        { messageId: 'statusTextOnly', line: 3, column: 1 },
      ],
    },
    {
      code: 'exports.handler = async () => { return { statusCode: 502, headers: {} }; };',
      errors: [{ messageId: 'missingBody', data: { status: '502 (Bad Gateway)' }, line: 1, column: 40 }],
    },
    {
      code: 'module.exports = (ctx) => { ctx.status = 401; };',
      errors: [{ messageId: 'missingBody', line: 1, column: 29 }],
    },
  ],
});

typedRuleTester.run('require-error-body (type information)', rule, {
  valid: [
    // Unrelated types are never responses, whatever their name.
    'declare const res: { status(code: number): { end(): void } };\nres.status(404).end();',
    "import type { Response } from 'express';\nexport function f(out: Response) { out.status(404).json({ message: 'x' }); }",
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response) { out.sendStatus(404); }",
      options: [{ allowSendStatus: true }],
    },
    // Odd syntax never throws with types either.
    {
      code: `
        import type { Response } from 'express';
        declare const res: Response;
        declare const codes: number[];
        res[\`status\`](404).end();
        res.status(...(codes as [number])).end();
        class A { #out?: Response; m() { this.#out?.status?.(200).end(); } static { void import.meta; } }
        const el = <div onClick={() => res.status(200).end()} />;
        export default el;
      `,
      filename: path.join(typedFixtureDir, 'file.tsx'),
    },
    { code: '', filename: path.join(typedFixtureDir, 'file.tsx') },
  ],
  invalid: [
    // Express: a response named anything.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response) {\n  out.status(404).end();\n  out.sendStatus(500);\n  out.status(400).json(null);\n}",
      errors: [
        { messageId: 'missingBody', line: 3, column: 3, endColumn: 18 },
        { messageId: 'statusTextOnly', line: 4, column: 3 },
        { messageId: 'emptyBody', line: 5, column: 3 },
      ],
    },
    // Node http.
    {
      code: "import type { ServerResponse } from 'node:http';\nexport function f(out: ServerResponse) {\n  out.statusCode = 404;\n  out.end();\n}\nexport function g(out: ServerResponse) {\n  out.writeHead(500).end();\n}",
      errors: [
        { messageId: 'missingBody', line: 3, column: 3, endColumn: 23 },
        { messageId: 'missingBody', line: 7, column: 3 },
      ],
    },
    // Fastify.
    {
      code: "import type { FastifyReply } from 'fastify';\nexport function f(r: FastifyReply) {\n  r.code(400).send();\n  r.status(503).send();\n}",
      errors: [
        { messageId: 'missingBody', line: 3, column: 3 },
        { messageId: 'missingBody', line: 4, column: 3 },
      ],
    },
    // Koa paths, typed: the 401 path returns before the body; the 404 is on the other branch.
    {
      code: "import type { ParameterizedContext } from 'koa';\nexport async function f(k: ParameterizedContext, user?: object) {\n  if (!user) { k.status = 401; return; }\n  k.body = user;\n}\nexport function g(k: ParameterizedContext, found?: object) {\n  if (found) k.body = found;\n  else k.status = 404;\n}\nexport async function fallback(url: string) {\n  let r: Response;\n  try { r = await fetch(url); } catch { r = new Response(null, { status: 504 }); }\n  return r.ok;\n}",
      errors: [
        { messageId: 'missingBody', line: 3, column: 16, endColumn: 30 },
        { messageId: 'missingBody', line: 8, column: 8, endColumn: 22 },
      ],
    },
    // Koa.
    {
      code: "import type { ParameterizedContext } from 'koa';\nexport function f(k: ParameterizedContext) {\n  k.status = 404;\n}\nexport function g(k: ParameterizedContext) {\n  k.throw(401);\n}",
      errors: [
        { messageId: 'missingBody', line: 3, column: 3, endColumn: 17 },
        { messageId: 'errorWithoutMessage', line: 6, column: 3 },
      ],
    },
    // Hono.
    {
      code: "import type { Context } from 'hono';\nexport function f(h: Context) {\n  h.body(null, 404);\n  h.newResponse(null, 500);\n  return h.text('', 400);\n}",
      errors: [
        { messageId: 'emptyBody', line: 3, column: 3 },
        { messageId: 'emptyBody', line: 4, column: 3 },
        { messageId: 'emptyBody', line: 5, column: 10 },
      ],
    },
    // Fetch API.
    {
      code: "export function f() {\n  return new Response(undefined, { status: 404 });\n}",
      errors: [{ messageId: 'emptyBody', line: 2, column: 10 }],
    },
    // http-errors.
    {
      code: "import createError from 'http-errors';\nexport const e = createError(500);",
      errors: [{ messageId: 'errorWithoutMessage', line: 2, column: 18 }],
    },
    // Serverless.
    {
      code: 'export const handler = async () => ({ statusCode: 404 });',
      errors: [{ messageId: 'missingBody', line: 1, column: 37 }],
    },
    // Literal types.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response, code: 200 | 404) { out.status(code).end(); }",
      errors: [{ messageId: 'missingBody', data: { status: '404 (Not Found)' }, line: 2, column: 53 }],
    },
    // The preset on a typed body.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response) { out.status(404).json({ title: 'x' } as const); }",
      options: problemDetails,
      errors: [{ messageId: 'missingProperties', line: 2, column: 57 }],
    },
  ],
});

// Held-out application code (issue 12): HEAD handlers, statuses that are no status, 418's reason.
ruleTester.run('require-error-body: causes seen on applications', rule, {
  valid: [
    // A response to HEAD never has a body.
    "app.head('/orders/:id', (req, res) => { if (!found(req)) return res.status(404).end(); res.end(); });",
    "router.head('/health', async (ctx) => { ctx.status = 503; });",
    "fastify.route({ method: 'HEAD', url: '/a', handler: async (request, reply) => reply.code(404).send() });",
    "@Controller('orders') class Orders { @Head(':id') @HttpCode(404) probe() { throw new NotFoundException(); } }",
    // 404.5 is no status (no-undocumented-status says so), so no error status either.
    'res.status(404.5).end();',
  ],
  invalid: [
    {
      // A GET beside a HEAD is still reported.
      code: "app.head('/a', (req, res) => res.status(404).end());\napp.get('/a', (req, res) => res.status(404).end());",
      errors: [{ messageId: 'missingBody', line: 2, column: 29, data: { status: '404 (Not Found)' } }],
    },
    {
      // The registry's reason is in parentheses already: one pair, not two.
      code: 'res.status(418).end();',
      errors: [{ messageId: 'missingBody', line: 1, column: 1, data: { status: '418 (Unused)' } }],
    },
  ],
});
