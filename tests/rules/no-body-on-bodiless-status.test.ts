import path from 'node:path';
import noBodyOnBodilessStatus, { type MessageIds, type Options } from '../../rules/no-body-on-bodiless-status';
import { createEspreeRuleTester, createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleTester = createRuleTester();
const espreeRuleTester = createEspreeRuleTester();
const typedRuleTester = createTypedRuleTester();

// @typescript-eslint/rule-tester 8.72 brings its own copy of @typescript-eslint/utils' types, which the
// rule (built with 8.73's) does not match nominally; the cast keeps the message ids and options typed.
const rule = noBodyOnBodilessStatus as unknown as Parameters<typeof ruleTester.run<MessageIds, Options>>[1];

const NO_CONTENT = '204 (No Content)';
const OK = { ok: '200 (OK)' };

/** The two suggestions of a body sent with one bodyless status: the code without the body, and with 200. */
function suggestions(status: string, dropped: string, ok: string) {
  return [
    { messageId: 'dropBody', data: { status }, output: dropped },
    { messageId: 'sendOk', data: OK, output: ok },
  ] as const;
}

ruleTester.run('no-body-on-bodiless-status (no type information)', rule, {
  valid: [
    // No body, or an empty one.
    'res.status(204).end(); res.status(204).send(); res.status(304).json(null); res.status(204).send(undefined);',
    "res.sendStatus(204); reply.code(204).send(); reply.code(304).send('');",
    "new Response(null, { status: 204 }); new Response(undefined, { status: 304 }); new Response('', { status: 205 });",
    "c.body(null, 204); c.newResponse(null, 304); c.text('', 204);",
    'function f(ctx) { ctx.status = 204; } function g(ctx) { ctx.status = 204; ctx.body = null; }',
    "export function f() { return { statusCode: 204 }; } export function g() { return { statusCode: 304, body: '' }; }",
    'function f(res) { res.writeHead(204); res.end(); }',
    // Statuses that may have a body.
    'res.status(200).json(x); res.status(404).send(x); new Response(x, { status: 201 }); c.json(x, 400);',
    // A body on another path of the function only.
    'function f(ctx) { ctx.status = 204; if (x) { ctx.body = data; } }',
    'function f(ctx) { if (x) { ctx.status = 204; } else { ctx.body = data; } }',
    // Koa paths: a status on a path that returns is not judged with the body of the path that goes on.
    'async function f(ctx) {\n  if (!item) { ctx.status = 204; return; }\n  ctx.body = item;\n}',
    'async function f(ctx) {\n  if (!item) {\n    ctx.status = 304;\n    throw new NotModified();\n  }\n  ctx.body = item;\n}',
    'async function f(ctx) {\n  if (x) { if (y) { ctx.status = 204; return; } }\n  ctx.body = item;\n}',
    'async function f(ctx) {\n  switch (kind) {\n    case 1: ctx.status = 204; return;\n    default: ctx.body = item;\n  }\n}',
    // http-errors and ctx.throw turn a status below 400 into 500.
    "ctx.throw(204, 'x'); import createError from 'http-errors'; createError(304, 'x');",
    // Unknown statuses and bodies.
    'res.status(code).json(x); res.status(204); next(x);',
    // Odd syntax never throws.
    `
      res[method](204).json(x);
      res.status(...codes).json(x);
      res.status().json(x);
      new Response(...args);
      new Response(x, init);
      c.json(x, ...rest);
      class A extends B { #res; constructor() { super(1, 2); } static { this.#res?.status?.(204).end(); } }
      import.meta.res?.status(200).json(x);
      const el = <div onClick={() => res.status(204).end()} />;
      label: { res.statusCode = 204; break label; }
      res.statusCode += 1;
      \`\${res.status}\`;
      @Decorator() class D { @HttpCode() m() {} }
    `,
    '',
  ],
  invalid: [
    // Express.
    {
      code: 'res.status(204).json({ ok: true });',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          data: { status: NO_CONTENT, fate: 'Node drops it' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 34,
          suggestions: suggestions(NO_CONTENT, 'res.status(204).end();', 'res.status(200).json({ ok: true });'),
        },
      ],
    },
    {
      code: "res.status(304).set('ETag', tag).send(page);",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          data: { status: '304 (Not Modified)', fate: 'Node drops it' },
          line: 1,
          column: 39,
          endColumn: 43,
          suggestions: suggestions(
            '304 (Not Modified)',
            "res.status(304).set('ETag', tag).end();",
            "res.status(200).set('ETag', tag).send(page);",
          ),
        },
      ],
    },
    {
      code: "res.status(103).send('early');",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          data: { status: '103 (Early Hints)', fate: 'Node drops it' },
          line: 1,
          column: 22,
          suggestions: suggestions('103 (Early Hints)', 'res.status(103).end();', "res.status(200).send('early');"),
        },
      ],
    },
    // Node http: the body in a later statement of the same block.
    {
      code: "function f(res) { res.writeHead(204); res.end('done'); }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 47,
          suggestions: suggestions(
            NO_CONTENT,
            'function f(res) { res.writeHead(204); res.end(); }',
            "function f(res) { res.writeHead(200); res.end('done'); }",
          ),
        },
      ],
    },
    // Fastify ends with send().
    {
      code: 'reply.code(204).send(result);',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 22,
          suggestions: suggestions(NO_CONTENT, 'reply.code(204).send();', 'reply.code(200).send(result);'),
        },
      ],
    },
    // Fetch API: a non-null body throws a TypeError.
    {
      code: "new Response('x', { status: 204 });",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 14,
          endColumn: 17,
          suggestions: suggestions(NO_CONTENT, 'new Response(null, { status: 204 });', "new Response('x', { status: 200 });"),
        },
      ],
    },
    {
      code: 'Response.json({ a: 1 }, { status: 205 });',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          data: { status: '205 (Reset Content)', fate: 'the fetch Response constructor throws' },
          line: 1,
          column: 15,
          suggestions: suggestions(
            '205 (Reset Content)',
            'new Response(null, { status: 205 });',
            'Response.json({ a: 1 }, { status: 200 });',
          ),
        },
      ],
    },
    // Hono.
    {
      code: 'c.json(data, 204);',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 8,
          suggestions: suggestions(NO_CONTENT, 'c.body(null, 204);', 'c.json(data, 200);'),
        },
      ],
    },
    {
      code: "c.newResponse('x', { status: 304 });",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 15,
          suggestions: suggestions(
            '304 (Not Modified)',
            "c.newResponse(null, { status: 304 });",
            "c.newResponse('x', { status: 200 });",
          ),
        },
      ],
    },
    {
      code: 'function f(c) { c.status(204); return c.json({ ok: true }); }',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 46,
          suggestions: suggestions(
            NO_CONTENT,
            'function f(c) { c.status(204); return c.body(null); }',
            'function f(c) { c.status(200); return c.json({ ok: true }); }',
          ),
        },
      ],
    },
    // Koa: the status and the body on the same path.
    {
      code: 'function f(ctx) { ctx.status = 204; ctx.body = { ok: true }; }',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 48,
          suggestions: suggestions(
            NO_CONTENT,
            'function f(ctx) { ctx.status = 204; ctx.body = null; }',
            'function f(ctx) { ctx.status = 200; ctx.body = { ok: true }; }',
          ),
        },
      ],
    },
    // Serverless: the body property goes.
    {
      code: 'export function f() { return { statusCode: 204, body: JSON.stringify(x) }; }',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 55,
          suggestions: suggestions(
            NO_CONTENT,
            'export function f() { return { statusCode: 204 }; }',
            'export function f() { return { statusCode: 200, body: JSON.stringify(x) }; }',
          ),
        },
      ],
    },
    {
      code: "export const f = () => ({ body: 'x', statusCode: 304, headers: {}, });",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 33,
          suggestions: suggestions(
            '304 (Not Modified)',
            'export const f = () => ({ statusCode: 304, headers: {}, });',
            "export const f = () => ({ body: 'x', statusCode: 200, headers: {}, });",
          ),
        },
      ],
    },
    // Constants: 200 by the same library's name, or a literal for a name that is always the code.
    {
      code: "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NO_CONTENT).json(x);",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 41,
          suggestions: suggestions(
            NO_CONTENT,
            "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NO_CONTENT).end();",
            "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.OK).json(x);",
          ),
        },
      ],
    },
    {
      code: 'const EMPTY = 204;\nres.status(EMPTY).json(x);',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 24,
          suggestions: suggestions(NO_CONTENT, 'const EMPTY = 204;\nres.status(EMPTY).end();', 'const EMPTY = 204;\nres.status(200).json(x);'),
        },
      ],
    },
    // A status that may also be one with content: only the 200 suggestion, since the body is meant for the other branch.
    {
      code: 'res.status(found ? 200 : 204).json(x);',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 36,
          suggestions: [{ messageId: 'sendOk', data: OK, output: 'res.status(found ? 200 : 200).json(x);' }],
        },
      ],
    },
    // Two bodyless codes, both changed by one suggestion.
    {
      code: 'res.status(fresh ? 304 : 204).send(x);',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          data: { status: '304 (Not Modified) or 204 (No Content)', fate: 'Node drops it' },
          line: 1,
          column: 36,
          suggestions: suggestions(
            '304 (Not Modified) or 204 (No Content)',
            'res.status(fresh ? 304 : 204).end();',
            'res.status(fresh ? 200 : 200).send(x);',
          ),
        },
      ],
    },
    // NestJS sends an exception's body as it is: no form without one; and an exception thrown with 200 is no fix.
    {
      code: "throw new HttpException({ ok: true }, 204);\nclass Gone extends HttpException { constructor() { super({ ok: true }, 204); } }",
      errors: [
        { messageId: 'bodyOnBodilessStatus', line: 1, column: 25, suggestions: [] },
        { messageId: 'bodyOnBodilessStatus', line: 2, column: 58, suggestions: [] },
      ],
    },
    // More receiver names.
    {
      code: 'out.status(204).json(x);',
      options: [{ receiverNames: ['out'] }],
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 22,
          suggestions: suggestions(NO_CONTENT, 'out.status(204).end();', 'out.status(200).json(x);'),
        },
      ],
    },
  ],
});

espreeRuleTester.run('no-body-on-bodiless-status (plain JS through espree)', rule, {
  valid: ['app.get("/x", (req, res) => res.status(204).end());', 'const el = <div onClick={() => res.status(204).end()} />;', ''],
  invalid: [
    {
      code: "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.NOT_MODIFIED).send(x);",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 43,
          suggestions: suggestions(
            '304 (Not Modified)',
            "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.NOT_MODIFIED).end();",
            "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.OK).send(x);",
          ),
        },
      ],
    },
    {
      code: 'exports.handler = async () => ({ statusCode: 204, body: "{}" });',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 57,
          suggestions: suggestions(
            NO_CONTENT,
            'exports.handler = async () => ({ statusCode: 204 });',
            'exports.handler = async () => ({ statusCode: 200, body: "{}" });',
          ),
        },
      ],
    },
  ],
});

typedRuleTester.run('no-body-on-bodiless-status (type information)', rule, {
  valid: [
    // Unrelated types are never responses, whatever their name.
    'declare const res: { status(code: number): { json(x: unknown): void } };\nres.status(204).json({});',
    "import type { Response } from 'express';\nexport function f(out: Response) { out.status(204).end(); }",
    // Odd syntax never throws with types either.
    {
      code: `
        import type { Response } from 'express';
        declare const res: Response;
        declare const codes: number[];
        res[\`status\`](204).json({});
        res.status(...(codes as [number])).json({});
        class A { #out?: Response; m() { this.#out?.status?.(204).end(); } static { void import.meta; } }
        const el = <div onClick={() => res.status(204).end()} />;
        export default el;
      `,
      filename: path.join(typedFixtureDir, 'file.tsx'),
    },
    { code: '', filename: path.join(typedFixtureDir, 'file.tsx') },
  ],
  invalid: [
    // Express: a response named anything.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response) { out.status(204).json({}); }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 57,
          suggestions: suggestions(
            NO_CONTENT,
            "import type { Response } from 'express';\nexport function f(out: Response) { out.status(204).end(); }",
            "import type { Response } from 'express';\nexport function f(out: Response) { out.status(200).json({}); }",
          ),
        },
      ],
    },
    // Node http.
    {
      code: "import type { ServerResponse } from 'node:http';\nexport function f(out: ServerResponse) { out.statusCode = 304; out.end('x'); }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 72,
          suggestions: suggestions(
            '304 (Not Modified)',
            "import type { ServerResponse } from 'node:http';\nexport function f(out: ServerResponse) { out.statusCode = 304; out.end(); }",
            "import type { ServerResponse } from 'node:http';\nexport function f(out: ServerResponse) { out.statusCode = 200; out.end('x'); }",
          ),
        },
      ],
    },
    // Fastify: a reply named res still ends with send().
    {
      code: "import type { FastifyReply } from 'fastify';\nexport function f(res: FastifyReply) { return res.status(204).send({}); }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 68,
          suggestions: suggestions(
            NO_CONTENT,
            "import type { FastifyReply } from 'fastify';\nexport function f(res: FastifyReply) { return res.status(204).send(); }",
            "import type { FastifyReply } from 'fastify';\nexport function f(res: FastifyReply) { return res.status(200).send({}); }",
          ),
        },
      ],
    },
    // Koa.
    {
      code: "import type { ParameterizedContext } from 'koa';\nexport function f(k: ParameterizedContext) { k.status = 204; k.body = 'x'; }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 71,
          suggestions: suggestions(
            NO_CONTENT,
            "import type { ParameterizedContext } from 'koa';\nexport function f(k: ParameterizedContext) { k.status = 204; k.body = null; }",
            "import type { ParameterizedContext } from 'koa';\nexport function f(k: ParameterizedContext) { k.status = 200; k.body = 'x'; }",
          ),
        },
      ],
    },
    // Hono.
    {
      code: "import type { Context } from 'hono';\nexport function f(h: Context) { return h.text('x', 204); }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 47,
          suggestions: suggestions(
            NO_CONTENT,
            "import type { Context } from 'hono';\nexport function f(h: Context) { return h.body(null, 204); }",
            "import type { Context } from 'hono';\nexport function f(h: Context) { return h.text('x', 200); }",
          ),
        },
      ],
    },
    // Fetch API.
    {
      code: "export function f() { return new Response('x', { status: 204 }); }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 43,
          suggestions: suggestions(
            NO_CONTENT,
            'export function f() { return new Response(null, { status: 204 }); }',
            "export function f() { return new Response('x', { status: 200 }); }",
          ),
        },
      ],
    },
    // Serverless.
    {
      code: "export const handler = async () => ({ statusCode: 204, body: 'x' });",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 62,
          suggestions: suggestions(
            NO_CONTENT,
            'export const handler = async () => ({ statusCode: 204 });',
            "export const handler = async () => ({ statusCode: 200, body: 'x' });",
          ),
        },
      ],
    },
    // A literal type: the name stands for 204 only, so 200 replaces it.
    {
      code: "import type { Response } from 'express';\nexport function f(out: Response, code: 204) { out.status(code).json({}); }",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 2,
          column: 69,
          suggestions: suggestions(
            NO_CONTENT,
            "import type { Response } from 'express';\nexport function f(out: Response, code: 204) { out.status(code).end(); }",
            "import type { Response } from 'express';\nexport function f(out: Response, code: 204) { out.status(200).json({}); }",
          ),
        },
      ],
    },
  ],
});

// The message says what the framework in use does with the body (issue 12).
ruleTester.run('no-body-on-bodiless-status: in the framework\'s own terms', rule, {
  valid: [],
  invalid: [
    {
      code: 'app.use(async (ctx) => { ctx.status = 204; ctx.body = { ok: true }; });',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 55,
          data: { status: NO_CONTENT, fate: 'Koa drops it' },
          suggestions: [
            { messageId: 'dropBody', data: { status: NO_CONTENT }, output: 'app.use(async (ctx) => { ctx.status = 204; ctx.body = null; });' },
            { messageId: 'sendOk', data: { ok: '200 (OK)' }, output: 'app.use(async (ctx) => { ctx.status = 200; ctx.body = { ok: true }; });' },
          ],
        },
      ],
    },
    {
      code: 'fastify.get("/b", async (request, reply) => reply.code(204).send({ ok: true }));',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus',
          line: 1,
          column: 66,
          data: { status: NO_CONTENT, fate: 'Fastify drops it' },
          suggestions: [
            { messageId: 'dropBody', data: { status: NO_CONTENT }, output: 'fastify.get("/b", async (request, reply) => reply.code(204).send());' },
            { messageId: 'sendOk', data: { ok: '200 (OK)' }, output: 'fastify.get("/b", async (request, reply) => reply.code(200).send({ ok: true }));' },
          ],
        },
      ],
    },
  ],
});
