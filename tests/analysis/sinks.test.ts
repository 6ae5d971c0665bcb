import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createSinkListener } from '../../src/analysis/file-pass';
import type { StatusSink } from '../../src/analysis/sinks';
import { findSinks, rawSinks, sinkLines } from './probe';

const bothModes = ['untyped', 'typed'] as const;

describe('sinks: Express and Node http', () => {
  const code = `
    import type { Response } from 'express';
    import type { ServerResponse } from 'node:http';
    export function handler(res: Response, node: ServerResponse) {
      res.status(404).json({ message: 'x' });
      res.status(404).end();
      res.status(404).send(null);
      res.sendStatus(403);
      res.statusCode = 500;
      res.end();
      res.writeHead(503, { 'Retry-After': '1' });
      res.end('later');
      res.redirect(301, '/new');
      res.redirect('/new');
      res.status(400).set('X', 'y').json(undefined);
      node.writeHead(404).end('nope');
    }
  `;

  it.each(bothModes)('finds every status and its body (%s)', (mode) => {
    const statusCodeFramework = mode === 'typed' ? 'express' : 'node-http';
    expect(sinkLines(code, mode)).toEqual([
      "call express status status=404 receiver=res body=present { message: 'x' }",
      'call express status status=404 receiver=res body=absent',
      'call express status status=404 receiver=res body=empty null',
      'call express sendStatus status=403 receiver=res body=default',
      `assignment ${statusCodeFramework} statusCode status=500 receiver=res body=absent`,
      // Without types, `res: Response` imported from 'express' says whose methods these are.
      "call express writeHead status=503 receiver=res body=present 'later'",
      'call express redirect status=301 receiver=res body=default',
      // `res.redirect(url)` sends 302.
      'call express redirect status=res.redirect receiver=res body=default',
      'call express status status=400 receiver=res body=empty undefined',
      ...(mode === 'typed' ? ["call node-http writeHead status=404 receiver=node body=present 'nope'"] : []),
    ]);
  });

  it('knows the receiver by its declared type, not its name, with types', () => {
    const typed = `
      import type { Response } from 'express';
      declare const out: Response;
      declare const order: { status(code: number): void };
      declare const res: { status(code: number): void };
      out.status(441);
      order.status(5);
      res.status(6);
    `;
    expect(findSinks(typed, 'typed').map((sink) => [sink.status, sink.byType])).toEqual([['441', true]]);
    // Without types only the name counts.
    expect(findSinks(typed, 'untyped').map((sink) => [sink.status, sink.byType])).toEqual([['6', false]]);
  });

  it('falls back to names when the receiver is typed any', () => {
    const code = `declare const res: any; declare const out: any; res.status(404); out.status(404);`;
    expect(findSinks(code, 'typed').map((sink) => [sink.receiver, sink.byType])).toEqual([['res', false]]);
  });

  it('takes extra receiver names', () => {
    expect(sinkLines('out.status(404).end()', 'untyped', { receiverNames: ['out'] })).toEqual([
      'call express status status=404 receiver=out body=absent',
    ]);
    expect(sinkLines('out.status(404).end()', 'untyped')).toEqual([]);
  });

  it('recognises receivers through members, wrappers and chains', () => {
    const code = `
      this.res.status(401);
      req.res.status(402);
      (res as any).status(403);
      res!.status(404);
      res?.status(405).end();
      res.set('A', 'b').status(406);
      res.status(407).status(408);
      class A { #res; m() { this.#res.status(409); } }
    `;
    expect(findSinks(code, 'untyped').map((sink) => sink.status)).toEqual([
      // The outer call of a chain is met first.
      '401', '402', '403', '404', '405', '406', '408', '407', '409',
    ]);
  });

  it('finds the body in a later statement of the same block, and only there', () => {
    const code = `
      function a(res) { res.statusCode = 404; res.setHeader('A', 'b'); res.end(); }
      function b(res) { res.writeHead(204); other.end('x'); res.end(''); }
      function c(res) { res.statusCode = 500; if (x) res.end('x'); }
      function d(res) { res.status(400); next(); }
      function e(res) { res.status(400); return res.send({ error: 'x' }); }
      function f(res) { res.statusCode = 404; res.end(() => done()); }
    `;
    expect(findSinks(code, 'untyped').map((sink) => sink.body)).toEqual([
      'absent',
      "empty ''",
      'unknown',
      'unknown',
      "present { error: 'x' }",
      'absent',
    ]);
  });

  it('keeps the node that sends the body', () => {
    const { sinks, text } = rawSinks(`res.status(204).json({ a: 1 }); res.statusCode = 404; res.end();`, 'untyped');
    const senders = sinks.map(({ body }) => ('sender' in body && body.sender ? text(body.sender) : undefined));
    expect(senders).toEqual(['res.status(204).json({ a: 1 })', 'res.end()']);
  });
});

describe('sinks: Fastify', () => {
  const code = `
    import type { FastifyReply } from 'fastify';
    export function handler(reply: FastifyReply) {
      reply.code(400).send();
      reply.status(204).header('a', 'b').send({ a: 1 });
      reply.redirect('/x', 308);
    }
  `;
  it.each(bothModes)('finds code, status and redirect (%s)', (mode) => {
    expect(sinkLines(code, mode)).toEqual([
      'call fastify code status=400 receiver=reply body=absent',
      'call fastify status status=204 receiver=reply body=present { a: 1 }',
      'call fastify redirect status=308 receiver=reply body=absent',
    ]);
  });
});

describe('sinks: Koa', () => {
  const code = `
    import type { ParameterizedContext } from 'koa';
    export function a(ctx: ParameterizedContext) {
      ctx.status = 404;
      ctx.response.status = 410;
      ctx.body = { message: 'gone' };
      ctx.throw(400, 'name required');
      ctx.throw('bad', 422);
      ctx.throw(401);
      ctx.assert(ctx.state.user, 401, 'login');
    }
    export function b(ctx: ParameterizedContext) { ctx.status = 500; }
    export function c(ctx: ParameterizedContext) { ctx.status = 204; ctx.body = null; }
  `;
  it.each(bothModes)('finds status assignments, throw and assert (%s)', (mode) => {
    expect(sinkLines(code, mode)).toEqual([
      "assignment koa status status=404 receiver=ctx body=present { message: 'gone' }",
      "assignment koa status status=410 receiver=ctx.response body=present { message: 'gone' }",
      "call koa throw status=400 receiver=ctx body=present 'name required'",
      "call koa throw status=422 receiver=ctx body=present 'bad'",
      'call koa throw status=401 receiver=ctx body=default',
      "call koa assert status=401 receiver=ctx body=present 'login'",
      'assignment koa status status=500 receiver=ctx body=absent',
      'assignment koa status status=204 receiver=ctx body=empty null',
    ]);
  });

  it('skips errors and messages in the loose argument list', () => {
    expect(findSinks(`ctx.throw(err); ctx.throw(error, 500); ctx.throw(\`x\${y}\`, code)`, 'untyped').map((s) => s.status)).toEqual([
      '500',
      'code',
    ]);
  });
});

describe('sinks: Hono', () => {
  const code = `
    import type { Context } from 'hono';
    export function h(c: Context) {
      c.json({ error: 'x' }, 404);
      c.text('', 400);
      c.html('<p>x</p>', { status: 500 });
      c.body(null, 204);
      c.newResponse(null, 304);
      c.status(201);
      c.json({ ok: true });
      return c.redirect('/x', 301);
    }
  `;
  it.each(bothModes)('finds every body method with a status (%s)', (mode) => {
    expect(sinkLines(code, mode)).toEqual([
      "call hono json status=404 receiver=c body=present { error: 'x' }",
      "call hono text status=400 receiver=c body=empty ''",
      "call hono html status=500 receiver=c body=present '<p>x</p>'",
      'call hono body status=204 receiver=c body=empty null',
      'call hono newResponse status=304 receiver=c body=empty null',
      // Hono sends the status set by c.status() with the next body.
      'call hono status status=201 receiver=c body=present { ok: true }',
      'call hono redirect status=301 receiver=c body=absent',
    ]);
  });
});

describe('sinks: fetch Response and NextResponse', () => {
  const code = `
    export function f() {
      new Response('x', { status: 418 });
      new Response(null, { status: 204 });
      new Response(undefined, { ...init, status: 500 });
      new Response('ok');
      Response.json({ a: 1 }, { status: 201 });
      return Response.redirect('https://x', 308);
    }
  `;
  it.each(bothModes)('finds the constructor and the statics (%s)', (mode) => {
    expect(sinkLines(code, mode)).toEqual([
      "construct fetch Response status=418 receiver=Response body=present 'x'",
      'construct fetch Response status=204 receiver=Response body=empty null',
      'construct fetch Response status=500 receiver=Response body=empty undefined',
      // Without an init's status, 200.
      "construct fetch Response status=Response receiver=Response body=present 'ok'",
      'call fetch Response.json status=201 receiver=Response body=present { a: 1 }',
      'call fetch Response.redirect status=308 receiver=Response body=absent',
    ]);
  });

  it('sends 200 from a response that names no status, 302 from Response.redirect(url), unless the status is unknown or the response is read at once', () => {
    const implied = `
      export async function f(blob: Blob, init: ResponseInit) {
        const bytes = await new Response(blob).arrayBuffer();
        if (bytes.byteLength === 0) return new Response('x', init);
        if (bytes.byteLength === 1) return Response.json({ a: 1 }, { headers: { 'X-A': '1' } });
        if (bytes.byteLength === 2) return new Response(blob, { ...init });
        return Response.redirect('https://x');
      }
    `;
    for (const mode of bothModes) {
      const { sinks, text } = rawSinks(implied, mode);
      expect(sinks.map((sink) => `${sink.api} ${text(sink.status)} ${sink.impliedCode} ${sink.node.loc.start.line}:${sink.node.loc.start.column + 1}`)).toEqual([
        'Response.json Response.json 200 5:44',
        'Response.redirect Response.redirect 302 7:16',
      ]);
    }
  });

  it('finds NextResponse by name (next is not installed, so its import is any)', () => {
    const next = `
      import { NextResponse } from 'next/server';
      NextResponse.json({ error: 'x' }, { status: 404 });
      NextResponse.redirect(new URL('/x', base), 307);
      NextResponse.redirect(url, { status: 308 });
      new NextResponse(null, { status: 204 });
    `;
    for (const mode of ['untyped', 'typed'] as const) {
      expect(sinkLines(next, mode)).toEqual([
        "call next NextResponse.json status=404 receiver=NextResponse body=present { error: 'x' }",
        'call next NextResponse.redirect status=307 receiver=NextResponse body=absent',
        'call next NextResponse.redirect status=308 receiver=NextResponse body=absent',
        'construct next NextResponse status=204 receiver=NextResponse body=empty null',
      ]);
    }
  });

  it('does not take a user class named Response as the fetch Response, with types', () => {
    const own = `class Response { constructor(a: unknown, b: { status: number }) {} static json(a: unknown, b: { status: number }) {} }
      new Response('x', { status: 418 }); Response.json('x', { status: 418 });`;
    expect(findSinks(own, 'typed')).toEqual([]);
  });
});

describe('sinks: NestJS', () => {
  const code = `
    import { HttpException, HttpCode, Redirect, HttpStatus, NotFoundException } from '@nestjs/common';
    class Teapot extends HttpException { constructor(message: string) { super(message, 441); } }
        // Passes its caller's status on: the callers are the sinks.
    class WithStatus extends HttpException { constructor(message: string, status: number) { super(message, status); } }
    export class Controller {
      @HttpCode(204) a() {}
      @Redirect('https://x', 301) b() {}
      c() { throw new HttpException('x', HttpStatus.GONE); }
      d() { throw new NotFoundException('x'); }
      e() { throw new WithStatus('x', 442); }
    }
  `;
  it.each(bothModes)('finds decorators, HttpException and super calls (%s)', (mode) => {
    expect(sinkLines(code, mode)).toEqual([
      'construct nestjs super status=441 receiver=HttpException body=present message',
      'decorator nestjs HttpCode status=204 receiver=- body=unknown',
      'decorator nestjs Redirect status=301 receiver=- body=absent',
      "construct nestjs HttpException status=HttpStatus.GONE receiver=HttpException body=present 'x'",
      // A built-in subclass means its own status (404; see sinks-breadth.test.ts).
      "construct nestjs NotFoundException status=NotFoundException receiver=NotFoundException body=present 'x'",
      // A subclass's own status parameter: from its declared signature with types, from its constructor's
      // \`super(message, status)\` without (which cannot tell which argument is the body).
      mode === 'typed'
        ? "construct nestjs WithStatus status=442 receiver=WithStatus body=present 'x'"
        : 'construct nestjs WithStatus status=442 receiver=WithStatus body=unknown',
    ]);
  });

  it('ignores decorators and classes of the same name from elsewhere', () => {
    const other = `
      import { HttpCode } from './my-decorators';
      class HttpException { constructor(a: string, b: number) {} }
      class C { @HttpCode(999) a() {} }
      new HttpException('x', 999);
    `;
    expect(findSinks(other, 'typed')).toEqual([]);
    // Without types too: a project's own HttpException has its own argument order (issue 12).
    expect(sinkLines(other, 'untyped')).toEqual([]);
    expect(sinkLines("import { HttpException } from './errors';\nthrow new HttpException(409, 'conflict');", 'untyped')).toEqual([]);
    expect(sinkLines("import { HttpException } from '@nestjs/common';\nthrow new HttpException('conflict', 409);", 'untyped')).toEqual([
      "construct nestjs HttpException status=409 receiver=HttpException body=present 'conflict'",
    ]);
    // A namespace import of @nestjs/common is Nest's too; a namespace of the project's own is not.
    expect(sinkLines("import * as common from '@nestjs/common';\nthrow new common.HttpException('conflict', 409);", 'untyped')).toEqual([
      "construct nestjs HttpException status=409 receiver=common.HttpException body=present 'conflict'",
    ]);
    expect(sinkLines("import * as errors from './errors';\nthrow new errors.HttpException(409, 'conflict');", 'untyped')).toEqual([]);
  });
});

describe('sinks: http-errors', () => {
  const code = `
    import createError from 'http-errors';
    createError(404, 'nope');
    createError('nope', 403);
    createError(500);
    new createError[418]();
    createError.isHttpError(x);
  `;
  it.each(bothModes)('finds createError calls with a status (%s)', (mode) => {
    expect(sinkLines(code, mode)).toEqual([
      "call http-errors createError status=404 receiver=createError body=present 'nope'",
      "call http-errors createError status=403 receiver=createError body=present 'nope'",
      'call http-errors createError status=500 receiver=createError body=default',
      'construct http-errors createError status=418 receiver=createError body=default',
    ]);
  });

  it('finds required and unimported http-errors in plain JS, not a local function', () => {
    const js = `
      const httpError = require('http-errors');
      httpError(410);
      createHttpError(411);
      function f(createError) { createError(412); }
    `;
    expect(findSinks(js, 'espree').map((sink) => sink.status)).toEqual(['410', '411']);
  });
});

describe('sinks: spellings the narrow selectors must keep', () => {
  it.each(['espree', 'untyped'] as const)('computed members, aliases and decorators (%s)', (mode) => {
    const code = `
      import makeError from 'http-errors';
      res['status'](418);
      res['statusCode'] = 419;
      ctx['status'] = 420;
      makeError(421);
      createError(422);
      new Response('x', { status: 423 });
      res.json(body); res.status(); new Response();
    `;
    expect(findSinks(code, mode).map((sink) => `${sink.api} ${sink.status}`)).toEqual([
      'status 418',
      'statusCode 419',
      'status 420',
      'makeError 421',
      'createError 422',
      'Response 423',
    ]);
  });

  it('decorators', () => {
    const code = `import { HttpCode } from '@nestjs/common';\nclass C { @HttpCode(204) a() {} }`;
    expect(findSinks(code, 'untyped').map((sink) => `${sink.api} ${sink.status}`)).toEqual(['HttpCode 204']);
  });
});

describe('sinks: serverless handlers', () => {
  const code = `
    export const lambda = async () => ({ statusCode: 400, body: JSON.stringify({}) });
    export function handler() { return { statusCode: 404 }; }
    export function withHeaders() { return { statusCode: 301, headers: { Location: '/x' } } as const; }
    export function spread() { return { ...base, statusCode: 500 }; }
    export function other() { return { statusCode: 200, name: 'x' }; }
  `;
  it.each(['espree', 'untyped', 'typed'] as const)('finds returned { statusCode, body } objects (%s)', (mode) => {
    const js = mode === 'espree' ? code.replace(' as const', '') : code;
    expect(sinkLines(js, mode)).toEqual([
      'returned-object serverless statusCode status=400 receiver=- body=present JSON.stringify({})',
      'returned-object serverless statusCode status=404 receiver=- body=absent',
      'returned-object serverless statusCode status=301 receiver=- body=absent',
    ]);
  });
});

describe('sinks: a returned { statusCode } is a response only from a handler', () => {
  const handlers = `
    exports.handler = async () => ({ statusCode: 401, headers: {} });
    module.exports.getUser = async function () { return { statusCode: 402, body: '' }; };
    module.exports = { list: async () => ({ statusCode: 403, body: '' }), handler: function () { return { statusCode: 404 }; } };
    const handler = async () => { return { statusCode: 405, headers: {} }; };
    const wrapped = middy(async (event, context) => ({ statusCode: 406, body: '' }));
    function named(evt, _context) { return { statusCode: 407, headers: {} }; }
  `;
  const others = `
    async function forward(app) { const r = await app.inject('/'); return { statusCode: 500, headers: r.headers, body: r.body }; }
    const cache = { put(response) { return { statusCode: 501, headers: {}, body: '' }; } };
    const serializers = { res(reply) { return { statusCode: 502 }; } };
    const mockReply = () => ({ statusCode: 503, headers: {} });
    function toEntry(r) { return { statusCode: 504, body: r.text }; }
    const top = { statusCode: 505, body: '' };
    it('replies', () => { const reply = () => ({ statusCode: 506, body: '' }); });
  `;
  it.each(['espree', 'untyped', 'typed'] as const)('exported, named handler, (event, context) (%s)', (mode) => {
    expect(findSinks(handlers, mode).map((sink) => `${sink.kind} ${sink.status}`)).toEqual(
      [401, 402, 403, 404, 405, 406, 407].map((code) => `returned-object ${code}`),
    );
    expect(findSinks(others, mode)).toEqual([]);
  });

  it.each(['untyped', 'typed'] as const)('declared with a Lambda type (%s)', (mode) => {
    const code = `
      import type { APIGatewayProxyHandler, APIGatewayProxyResult } from 'aws-lambda';
      const getUser: APIGatewayProxyHandler = async () => ({ statusCode: 408, body: '' });
      async function list(): Promise<APIGatewayProxyResult> { return { statusCode: 409, body: '' }; }
      function helper(): { statusCode: number } { return { statusCode: 510 }; }
    `;
    expect(findSinks(code, mode).map((sink) => `${sink.kind} ${sink.status}`)).toEqual([
      'returned-object 408',
      'returned-object 409',
    ]);
  });
});

describe('sinks: odd syntax never throws', () => {
  const code = `
    res[method](404);
    res[\`status\`](405);
    res.status(...codes);
    res.status();
    new Response(...args);
    new Response('x', init);
    super.status?.(1);
    ctx.throw();
    c.json(body, ...rest);
    createError[code]();
    import.meta.res?.status(406);
    const el = <div onClick={() => res.status(407)} />;
    class A extends B { constructor() { super(1, 2); } static { res.status(408); } }
    @HttpCode() class D {}
    label: { res.statusCode = 409; break label; }
    res.statusCode += 1;
  `;
  it('in every mode', () => {
    for (const mode of ['untyped', 'typed'] as const) {
      const found = findSinks(code, mode, {}, 'file.tsx').map((sink) => sink.status);
      expect(found).toEqual(['406', '407', '408', '409']);
    }
  });

  it('on empty files', () => {
    expect(findSinks('', 'espree')).toEqual([]);
    expect(findSinks('', 'typed')).toEqual([]);
  });
});

describe('sinks: cost with types', () => {
  // Asking for the type of a `new` expression resolves its overloads and checks its
  // arguments, callbacks included: on a real code base (budibase), that made the
  // sink search cost more than all of ESLint's parsing. The constructor's own type
  // is enough to tell a fetch Response or an HttpException.
  it('asks for the constructor, never for the type of a whole `new` expression', () => {
    const asked: string[] = [];
    const code = `
      import { HttpException } from '@nestjs/common';
      export async function f() {
        await new Promise<void>((resolve) => { setTimeout(resolve, 1); });
        new Map<string, number>([['a', 1]]);
        new Date();
        new Response('x', { status: 418 });
        throw new HttpException('x', 441);
      }
    `;
    const sinks = sinkLines(code, 'typed', {}, (checker, ts) => {
      const getTypeAtLocation = checker.getTypeAtLocation.bind(checker);
      const getResolvedSignature = checker.getResolvedSignature.bind(checker);
      checker.getTypeAtLocation = (node) => {
        asked.push(`type ${ts.SyntaxKind[node.kind]} ${node.getText()}`);
        return getTypeAtLocation(node);
      };
      checker.getResolvedSignature = (node, ...rest) => {
        asked.push(`signature ${node.getText().split('(')[0]}`);
        return getResolvedSignature(node, ...rest);
      };
    });
    expect(sinks).toEqual([
      "construct fetch Response status=418 receiver=Response body=present 'x'",
      "construct nestjs HttpException status=441 receiver=HttpException body=present 'x'",
    ]);
    expect(asked.filter((entry) => entry.startsWith('type NewExpression'))).toEqual([]);
    expect(asked.filter((entry) => entry.startsWith('signature'))).toEqual(['signature new HttpException']);
  });

  it('asks nothing about calls whose arguments cannot hold a status', () => {
    const asked: string[] = [];
    const code = `
      import type { Context } from 'hono';
      export async function f(c: Context, response: Response) {
        const data = await response.json();
        const text = await response.text();
        c.status(201);
        return c.json(data, 404);
      }
    `;
    const sinks = sinkLines(code, 'typed', {}, (checker) => {
      const getTypeAtLocation = checker.getTypeAtLocation.bind(checker);
      checker.getTypeAtLocation = (node) => {
        asked.push(node.getText());
        return getTypeAtLocation(node);
      };
    });
    expect(sinks).toEqual([
      'call hono status status=201 receiver=c body=present data',
      'call hono json status=404 receiver=c body=present data',
    ]);
    expect(asked.filter((text) => text === 'response')).toEqual([]);
  });
});

describe('sinks: how a body travels with its status', () => {
  const code = `
    res.status(204).json({ a: 1 });
    c.json({ a: 1 }, 204);
    new Response('x', { status: 204 });
    ctx.throw(400, 'x');
    function together(ctx) { ctx.status = 204; ctx.body = { a: 1 }; }
    function branch(ctx) { ctx.status = 204; if (x) { ctx.body = { a: 1 }; } }
    function before(ctx) { ctx.body = 'x'; if (x) { ctx.status = 204; } }
    function callback(ctx) { ctx.status = 204; later(() => { ctx.body = 'x'; }); }
    function prefers(ctx) { if (x) ctx.body = 'a'; ctx.status = 204; ctx.body = 'b'; }
    function handler() { return { statusCode: 204, body: 'x' }; }
  `;

  it.each(['espree', 'untyped'] as const)('says how each body is sent and whether it surely goes out (%s)', (mode) => {
    const { sinks, text } = rawSinks(code, mode);
    expect(
      sinks.map(({ body }) =>
        body.kind === 'present' || body.kind === 'empty'
          ? `${body.via} ${String(body.certain)} ${text(body.value)}`
          : body.kind,
      ),
    ).toEqual([
      'sender true { a: 1 }',
      'argument true { a: 1 }',
      "argument true 'x'",
      "message true 'x'",
      'assignment true { a: 1 }',
      'assignment false { a: 1 }',
      "assignment true 'x'",
      "assignment false 'x'",
      "assignment true 'b'",
      "property true 'x'",
    ]);
  });

  it.each(bothModes)('names what the framework writes when the code gives no body (%s)', (mode) => {
    const defaults = `
      import type { Response } from 'express';
      import type { ParameterizedContext } from 'koa';
      import createError from 'http-errors';
      export function f(res: Response, ctx: ParameterizedContext) {
        res.sendStatus(404);
        ctx.throw(401);
        res.redirect(301, '/x');
        return createError(500);
      }
    `;
    const { sinks } = rawSinks(defaults, mode);
    expect(sinks.map(({ body }) => (body.kind === 'default' ? body.source : body.kind))).toEqual([
      'status-text',
      'error-without-message',
      'redirect-note',
      'error-without-message',
    ]);
  });
});

describe('sinks: one search per file, whatever the number of rules', () => {
  // Four rules look for sinks; each used to search the whole file again.
  function sinksSeenBy(ruleCount: number, receiverNames: readonly (readonly string[])[] = []) {
    const seen: StatusSink[][] = [];
    const rules: Record<string, TSESLint.RuleModule<string, []>> = {};
    for (let index = 0; index < ruleCount; index++) {
      const found: StatusSink[] = [];
      seen.push(found);
      rules[`r${index}`] = {
        defaultOptions: [],
        meta: { type: 'problem', messages: {}, schema: [] },
        create: (context) => createSinkListener(context, { receiverNames: receiverNames[index] ?? [] }, (sink) => found.push(sink)),
      };
    }
    new Linter({ configType: 'flat' }).verify(
      'res.status(404).json({ a: 1 }); out.status(410).end();',
      {
        plugins: { probe: { rules: rules as never } },
        rules: Object.fromEntries(Object.keys(rules).map((name) => [`probe/${name}`, 'error'])),
      },
      'file.js',
    );
    return seen;
  }

  it('hands every rule the same sink objects, so bodies and headers are worked out once', () => {
    const [first, second, third] = sinksSeenBy(3);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second![0]).toBe(first![0]);
    expect(third![0]).toBe(first![0]);
  });

  it('keeps rules with other receiver names apart', () => {
    const [plain, withOut] = sinksSeenBy(2, [[], ['out']]);
    expect(plain!.map((sink) => sink.api)).toEqual(['status']);
    expect(withOut!.map((sink) => sink.api)).toEqual(['status', 'status']);
    expect(withOut![0]).not.toBe(plain![0]);
  });
});

describe('sinks: causes seen on applications (issue 12)', () => {
  it.each(bothModes)('ctx.throw(error factory) is no status (%s)', (mode) => {
    expect(sinkLines("app.use(async (ctx) => { ctx.throw(NotFound('no such order')); ctx.throw(toHttpError(e)); });", mode)).toEqual([]);
  });

  it('by name, x.json(res, map) is no Hono send; c.json(body, 404) and c.json(body, { status }) are', () => {
    expect(sinkLines('middlewareResponse.json(res, map);\nresponse.json(data, options);', 'untyped')).toEqual([]);
    expect(sinkLines("c.json({ error: 'gone' }, 404);\nc.json({ error: 'gone' }, { status: code });", 'untyped')).toEqual([
      "call hono json status=404 receiver=c body=present { error: 'gone' }",
      "call hono json status=code receiver=c body=present { error: 'gone' }",
    ]);
  });
});

describe('sinks: a Response thrown into its own catch (issue 12)', () => {
  const caught = `
    export async function handle(request: Request) {
      try {
        if (!request.headers.get('x-key')) throw new Response('no key', { status: 401 });
        return new Response('ok', { status: 200 });
      } catch (error) {
        log(error);
        return new Response('failed', { status: 503 });
      }
    }
    export async function passOn(request: Request) {
      try {
        throw new Response('gone', { status: 410 });
      } catch (error) {
        if (error instanceof Response) throw error;
        return new Response('failed', { status: 500 });
      }
    }
    export async function loader() {
      throw new Response('missing', { status: 404 });
    }
  `;
  it.each(bothModes)('is no send; passed on, or thrown out of a loader, it is (%s)', (mode) => {
    expect(findSinks(caught, mode).map((sink) => sink.status)).toEqual(['200', '503', '410', '500', '404']);
  });
});
