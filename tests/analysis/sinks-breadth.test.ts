import { describe, expect, it } from 'vitest';
import { rawSinks, rawSinksWithSettings, type ProbeMode } from './probe';

const bothModes = ['untyped', 'typed'] as const;

/** Every sink as "api status=S implied=C body=B throws", the status as the code reads. */
function lines(code: string, mode: ProbeMode): string[] {
  const { sinks, text } = rawSinks(code, mode);
  return sinks.map((sink) => {
    const { body } = sink;
    const bodyText = 'value' in body ? `${body.kind} ${text(body.value)}` : body.kind === 'default' ? `default ${body.source}` : body.kind;
    const implied = sink.impliedCode === undefined ? '' : ` implied=${sink.impliedCode}`;
    return `${sink.framework} ${sink.api} status=${text(sink.status)}${implied} body=${bodyText}${sink.throws ? ' throws' : ''}`;
  });
}

describe('sinks: NestJS built-in exceptions and subclasses', () => {
  const code = `
    import { BadRequestException, ConflictException, NotFoundException, HttpException } from '@nestjs/common';
    class UserNotFound extends NotFoundException {}
    class Teapot extends HttpException {
      constructor() { super('short and stout', 418); }
    }
    export function find(id: string) {
      if (!id) throw new BadRequestException('id is required');
      if (id === 'x') throw new NotFoundException();
      if (id === 'y') throw new UserNotFound();
      if (id === 'z') throw new ConflictException({ message: 'taken' }, { cause: new Error() });
      throw new Teapot();
    }
  `;

  it.each(bothModes)('sends each with its status, its message as the body (%s)', (mode) => {
    expect(lines(code, mode)).toEqual([
      "nestjs super status=418 body=present 'short and stout' throws",
      "nestjs BadRequestException status=BadRequestException implied=400 body=present 'id is required' throws",
      'nestjs NotFoundException status=NotFoundException implied=404 body=default error-without-message throws',
      'nestjs UserNotFound status=UserNotFound implied=404 body=unknown throws',
      "nestjs ConflictException status=ConflictException implied=409 body=present { message: 'taken' } throws",
      // A subclass whose constructor passes one status on sends it wherever it is made.
      'nestjs Teapot status=Teapot implied=418 body=unknown throws',
    ]);
  });

  it.each(bothModes)('ignores classes of the same names from elsewhere (%s)', (mode) => {
    const local = `
      import { NotFoundException } from './errors';
      class ConflictException extends Error {}
      throw new NotFoundException();
      throw new ConflictException('x');
    `;
    expect(lines(local, mode)).toEqual([]);
  });
});

describe('sinks: @HttpCode and what the method returns', () => {
  const code = `
    import { Controller, Delete, HttpCode, Post, Res } from '@nestjs/common';
    import type { Response } from 'express';
    @Controller('users')
    export class UsersController {
      @Post() @HttpCode(204) create() { return { id: 1 }; }
      @Delete() @HttpCode(204) remove() { return; }
      @Post('raw') @HttpCode(204) raw(@Res() res: Response) { return { id: 1 }; }
    }
  `;

  it.each(bothModes)('takes a returned value as the body, unless the method takes the response (%s)', (mode) => {
    expect(lines(code, mode)).toEqual([
      'nestjs HttpCode status=204 body=present { id: 1 }',
      'nestjs HttpCode status=204 body=unknown',
      'nestjs HttpCode status=204 body=unknown',
    ]);
  });

  it('with types, a returned call is a body unless its type is void or undefined', () => {
    const typed = `
      import { HttpCode } from '@nestjs/common';
      declare function save(): Promise<{ id: number }>;
      declare function drop(): Promise<void>;
      export class C {
        @HttpCode(204) async create() { return save(); }
        @HttpCode(204) async remove() { return drop(); }
      }
    `;
    expect(lines(typed, 'typed')).toEqual(['nestjs HttpCode status=204 body=present save()', 'nestjs HttpCode status=204 body=unknown']);
    // Without types a call's value cannot be told.
    expect(lines(typed, 'untyped')).toEqual(['nestjs HttpCode status=204 body=unknown', 'nestjs HttpCode status=204 body=unknown']);
  });
});

describe('sinks: tRPC', () => {
  const code = `
    import { TRPCError } from '@trpc/server';
    export function guard(user: unknown, code: 'FORBIDDEN') {
      if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in' });
      throw new TRPCError({ code });
    }
  `;

  it("maps a literal code to its HTTP status by tRPC's table, and a literal type too, with types", () => {
    expect(lines(code, 'typed')).toEqual([
      "trpc TRPCError status='UNAUTHORIZED' implied=401 body=unknown throws",
      'trpc TRPCError status=code implied=403 body=unknown throws',
    ]);
  });

  it('takes a parameter for a code as passed on by the helper, its name never read as a number (untyped)', () => {
    const { sinks } = rawSinks(code, 'untyped');
    expect(lines(code, 'untyped')).toEqual([
      "trpc TRPCError status='UNAUTHORIZED' implied=401 body=unknown throws",
      'trpc TRPCError status=code body=unknown throws',
    ]);
    expect(sinks[1]!.statusMap?.codes.FORBIDDEN).toBe(403);
  });
});

describe('sinks: Hono HTTPException', () => {
  const code = `
    import { HTTPException } from 'hono/http-exception';
    export function limit() {
      throw new HTTPException(429, { message: 'slow down' });
    }
  `;

  it.each(bothModes)('takes its first argument (%s)', (mode) => {
    expect(lines(code, mode)).toEqual(['hono HTTPException status=429 body=unknown throws']);
  });
});

describe('sinks: status functions of SvelteKit, h3, React Router and Next', () => {
  const code = `
    import { error, redirect as go, json } from '@sveltejs/kit';
    import { createError, setResponseStatus, sendRedirect } from 'h3';
    import { data, redirect } from 'react-router';
    import { notFound, permanentRedirect } from 'next/navigation';
    export function a(event: any) {
      if (event.a) error(404, 'Not found');
      if (event.b) go(303, '/login');
      if (event.c) return json({ ok: false }, { status: 400 });
      if (event.d) throw createError({ statusCode: 401, statusMessage: 'no' });
      if (event.e) setResponseStatus(event, 202);
      if (event.f) return sendRedirect(event, '/x', 301);
      if (event.g) return data({ errors: [] }, { status: 422 });
      if (event.h) throw redirect('/home', 302);
      if (event.i) notFound();
      permanentRedirect('/new');
    }
  `;

  it.each(bothModes)('finds each by its import (%s)', (mode) => {
    expect(lines(code, mode)).toEqual([
      "sveltekit error status=404 body=present 'Not found' throws",
      'sveltekit go status=303 body=absent throws',
      'sveltekit json status=400 body=present { ok: false }',
      'h3 createError status=401 body=unknown throws',
      'h3 setResponseStatus status=202 body=unknown',
      'h3 sendRedirect status=301 body=absent',
      'react-router data status=422 body=present { errors: [] }',
      'react-router redirect status=302 body=absent',
      'next notFound status=notFound implied=404 body=unknown throws',
      'next permanentRedirect status=permanentRedirect implied=308 body=absent throws',
    ]);
  });

  it.each(bothModes)('ignores a local function of the same name and unimported ones (%s)', (mode) => {
    const local = `
      import { error } from '@sveltejs/kit';
      function notFound() { return 1; }
      export function b() {
        const error = (code: number) => code;
        error(404);
        notFound();
        redirect(301, '/x');
      }
      declare function redirect(a: number, b: string): void;
    `;
    expect(lines(local, mode)).toEqual([]);
  });
});

describe("sinks: the file's own helpers and error classes", () => {
  const code = `
    import type { Response } from 'express';
    function unauthorized() {
      return new Response('Sign in first', { status: 401 });
    }
    const fail = (res: Response, status: number, message: string) => res.status(status).json({ message });
    class ApiError extends Error {
      constructor(readonly statusCode: number, message: string) { super(message); this.statusCode = statusCode; }
    }
    class Gone extends Error {
      status = 0;
      constructor() { super('gone'); this.status = 410; }
    }
    function either(flag: boolean) {
      return flag ? new Response(null, { status: 404 }) : new Response(null, { status: 409 });
    }
    export function handler(res: Response, flag: boolean) {
      if (flag) return unauthorized();
      fail(res, 422, 'bad input');
      either(flag);
      if (!flag) throw new ApiError(404, 'no such order');
      throw new Gone();
    }
  `;

  it.each(bothModes)('makes each call a send of what the helper sends (%s)', (mode) => {
    expect(lines(code, mode)).toEqual([
      "fetch Response status=401 body=present 'Sign in first'",
      'express status status=status body=present { message }',
      'fetch Response status=404 body=empty null',
      'fetch Response status=409 body=empty null',
      'fetch unauthorized status=unauthorized implied=401 body=unknown',
      'express fail status=422 body=unknown',
      'project ApiError status=404 body=unknown throws',
      'project Gone status=Gone implied=410 body=unknown throws',
    ]);
  });
});

describe("sinks: the file's helpers, declared before or after their calls", () => {
  // A helper that ends before its call is known to send nothing from what the pass found in it,
  // without a walk of its own; one declared later is walked. Both must give the same sinks.
  const helpers = `
    function quiet(items: number[]) { return items.map((item) => item * 2); }
    function unauthorized() { return new Response('Sign in first', { status: 401 }); }
    function viaLater() { return later(); }
    function later() { return new Response(null, { status: 503 }); }
    function nested() { return () => new Response(null, { status: 418 }); }
  `;
  const calls = `
    export function handler(flag: boolean) {
      quiet([1]);
      if (flag) return unauthorized();
      nested();
      return viaLater();
    }
  `;
  const expected = [
    "fetch Response status=401 body=present 'Sign in first'",
    'fetch Response status=503 body=empty null',
    'fetch Response status=418 body=empty null',
    'fetch unauthorized status=unauthorized implied=401 body=unknown',
    'fetch later status=later implied=503 body=unknown',
    'fetch viaLater status=viaLater implied=503 body=unknown',
  ];

  it.each(bothModes)('finds the same sends with the helpers first (%s)', (mode) => {
    expect(lines(helpers + calls, mode).sort()).toEqual([...expected].sort());
  });

  it.each(bothModes)('finds the same sends with the helpers last (%s)', (mode) => {
    expect(lines(calls + helpers, mode).sort()).toEqual([...expected].sort());
  });
});

describe("sinks: settings['http-status'].senders", () => {
  it.each(bothModes)('takes the named functions and classes as sends (%s)', (mode) => {
    const code = `
      import { badRequest, ApiError } from './errors';
      export function handler(res: unknown) {
        badRequest(res, 'missing id');
        throw new ApiError(409, 'taken');
      }
    `;
    const { sinks, text } = rawSinksWithSettings(code, mode, {
      senders: [
        { name: 'badRequest', status: 400 },
        { name: 'ApiError', statusArgument: 0 },
      ],
    });
    expect(sinks.map((sink) => `${sink.framework} ${sink.api} status=${text(sink.status)} implied=${sink.impliedCode}`)).toEqual([
      'project badRequest status=badRequest implied=400',
      'project ApiError status=409 implied=undefined',
    ]);
  });
});

describe('sinks: hapi and Boom', () => {
  const code = `
    import Boom from '@hapi/boom';
    import * as B from '@hapi/boom';
    import { notFound } from '@hapi/boom';
    import type { ResponseToolkit } from '@hapi/hapi';
    export function handler(h: ResponseToolkit, id: string) {
      if (!id) throw Boom.badRequest('id is required');
      if (id === 'x') throw B.forbidden();
      if (id === 'y') throw notFound('no such order');
      return h.response({ id }).code(201);
    }
  `;

  it('finds Boom on the default, namespace and named imports, and hapi responses by type', () => {
    expect(lines(code, 'typed')).toEqual([
      "hapi Boom.badRequest status=Boom.badRequest implied=400 body=present 'id is required' throws",
      'hapi B.forbidden status=B.forbidden implied=403 body=default error-without-message throws',
      "hapi notFound status=notFound implied=404 body=present 'no such order' throws",
      'hapi code status=201 body=unknown',
    ]);
  });

  it('finds Boom by its imports without types (a hapi response needs its type)', () => {
    expect(lines(code, 'untyped')).toEqual([
      "hapi Boom.badRequest status=Boom.badRequest implied=400 body=present 'id is required' throws",
      'hapi B.forbidden status=B.forbidden implied=403 body=default error-without-message throws',
      "hapi notFound status=notFound implied=404 body=present 'no such order' throws",
    ]);
  });
});

describe('sinks: @fastify/error', () => {
  const code = `
    import createError from '@fastify/error';
    const NotFound = createError('E_NOT_FOUND', 'No order %s', 404);
    const Oops = createError('E_OOPS', 'Oops');
    export function find(id: string) {
      if (!id) throw new Oops();
      throw new NotFound(id);
    }
  `;

  it.each(bothModes)('takes the class it makes as a send of its status (%s)', (mode) => {
    expect(lines(code, mode)).toEqual([
      'fastify-error createError status=404 body=unknown throws',
      'fastify-error NotFound status=NotFound implied=404 body=unknown throws',
    ]);
  });
});

describe('sinks: Elysia', () => {
  const code = `
    import { Elysia, status } from 'elysia';
    export const app = new Elysia().get('/orders/:id', ({ params }) => (params.id ? { id: params.id } : status(404, 'Not found')));
  `;

  it.each(bothModes)('finds status() by its import (%s)', (mode) => {
    expect(lines(code, mode)).toEqual(["elysia status status=404 body=present 'Not found'"]);
  });

  it.each(bothModes)("finds status() taken from the handler's context (%s)", (mode) => {
    const fromContext = `
      import { Elysia } from 'elysia';
      export const app = new Elysia().get('/orders/:id', ({ params, status }) => (params.id ? { id: params.id } : status(410, 'Gone')));
      export function other({ status: code }: { status: (n: number) => void }) { code(404); }
    `;
    expect(lines(fromContext, mode)).toEqual(["elysia status status=410 body=present 'Gone'"]);
  });

  it("takes a context's status() only in a handler passed to a route method, and with types only when its type is Elysia's", () => {
    const other = `
      declare const app: { get(path: string, handler: (context: { status: (code: number, text: string) => void }) => void): void };
      app.get('/x', ({ status }) => status(404, 'x'));
      export function report({ status }: { status: (code: number, text: string) => void }) { status(404, 'y'); }
    `;
    expect(lines(other, 'typed')).toEqual([]);
    // Without types the destructuring in a handler is all there is to go by.
    expect(lines(other, 'untyped')).toEqual(["elysia status status=404 body=present 'x'"]);
  });
});

describe('sinks: AdonisJS', () => {
  const code = `
    import type { Response } from '@adonisjs/http-server';
    export function show(response: Response, order: unknown) {
      if (!order) return response.notFound({ message: 'No such order' });
      if (order === 1) return response.noContent();
      return response.status(202).send({ order });
    }
  `;

  it.each(bothModes)('finds the methods that mean one status and status() (%s)', (mode) => {
    // Without types the parameter's annotation, `Response` imported from @adonisjs/http-server, says whose they are.
    expect(lines(code, mode)).toEqual([
      "adonis notFound status=response.notFound implied=404 body=present { message: 'No such order' }",
      'adonis noContent status=response.noContent implied=204 body=absent',
      'adonis status status=202 body=present { order }',
    ]);
  });

  it('by name alone takes only the methods that take a body: `x.noContent()` says too little (untyped)', () => {
    const byName = code.replace("import type { Response } from '@adonisjs/http-server';", '').replace('response: Response', 'response: any');
    expect(lines(byName, 'untyped')).toEqual([
      "adonis notFound status=response.notFound implied=404 body=present { message: 'No such order' }",
      'express status status=202 body=present { order }',
    ]);
  });
});

describe('sinks: AdonisJS methods by name', () => {
  it('takes them on a response only: Hono\'s c.notFound() calls the app\'s own handler', () => {
    const code = `
      export function show(ctx: any, c: any, reply: any) {
        ctx.response.conflict({ message: 'taken' });
        c.notFound();
        reply.notFound();
      }
    `;
    expect(lines(code, 'untyped')).toEqual(["adonis conflict status=ctx.response.conflict implied=409 body=present { message: 'taken' }"]);
  });
});

describe('sinks: ts-rest router implementations', () => {
  const code = `
    import { initContract } from '@ts-rest/core';
    declare const s: { router(contract: unknown, implementation: unknown): unknown };
    const c = initContract();
    const contract = c.router({});
    export const router = s.router(contract, {
      getOrder: async ({ params }: { params: { id: string } }) => {
        if (!params.id) return { status: 404, body: { message: 'No such order' } };
        return { status: 200, body: { id: params.id } };
      },
      admin: { purge: async () => ({ status: 204, body: undefined }) },
    });
    export function notAHandler() {
      return { status: 500, body: 'cached' };
    }
  `;

  it.each(bothModes)('takes what the handlers return as their responses, and nothing else (%s)', (mode) => {
    expect(lines(code, mode)).toEqual([
      "ts-rest status status=404 body=present { message: 'No such order' }",
      'ts-rest status status=200 body=present { id: params.id }',
      'ts-rest status status=204 body=empty undefined',
    ]);
  });
});

describe('sinks: Connect (connectrpc)', () => {
  const code = `
    import { Code, ConnectError } from '@connectrpc/connect';
    function failure(message: string, code: Code) {
      return new ConnectError(message, code);
    }
    export function check(id: string) {
      if (!id) throw new ConnectError('id is required', Code.InvalidArgument);
      if (id === 'x') throw new ConnectError('gone');
      throw failure('taken', Code.AlreadyExists);
    }
  `;

  it.each(bothModes)("maps a Code member by Connect's table, no code to 500, and a helper's code parameter at its calls (%s)", (mode) => {
    expect(lines(code, mode)).toEqual([
      // Passed on: each call's code is the status; the code here is Connect's enum, never read as a number.
      'connect ConnectError status=code body=unknown throws',
      'connect ConnectError status=Code.InvalidArgument implied=400 body=unknown throws',
      'connect ConnectError status=ConnectError implied=500 body=unknown throws',
      'connect failure status=Code.AlreadyExists implied=409 body=unknown throws',
    ]);
  });
});

describe('sinks: @epic-web/invariant', () => {
  it.each(bothModes)('takes invariantResponse as a thrown Response: 400 unless its init names another (%s)', (mode) => {
    const code = `
      import { invariantResponse } from '@epic-web/invariant';
      export function load(user: unknown, note: unknown) {
        invariantResponse(user, 'Sign in first', { status: 401 });
        invariantResponse(note, 'Note id is required');
      }
    `;
    expect(lines(code, mode)).toEqual([
      "epic-invariant invariantResponse status=401 body=present 'Sign in first' throws",
      "epic-invariant invariantResponse status=invariantResponse implied=400 body=present 'Note id is required' throws",
    ]);
  });
});

describe('sinks: the status a call sends when it names none', () => {
  const code = `
    import { Hono } from 'hono';
    import type { FastifyReply } from 'fastify';
    import { redirect } from 'react-router';
    import { sendRedirect, type H3Event } from 'h3';
    import { NextResponse } from 'next/server';
    const app = new Hono();
    app.get('/old', (c) => c.redirect('/new'));
    export function moved(reply: FastifyReply, event: H3Event, init: ResponseInit) {
      reply.redirect('/new');
      sendRedirect(event, '/new');
      NextResponse.redirect(new URL('/new', 'https://x'));
      redirect('/new', { headers: { 'X-A': '1' } });
      redirect('/new', init);
      return redirect('/new');
    }
  `;

  it.each(bothModes)('sends each framework\'s default: 302, and 307 for NextResponse.redirect (%s)', (mode) => {
    expect(lines(code, mode)).toEqual([
      'hono redirect status=c.redirect implied=302 body=absent',
      'fastify redirect status=reply.redirect implied=302 body=absent',
      'h3 sendRedirect status=sendRedirect implied=302 body=absent',
      'next NextResponse.redirect status=NextResponse.redirect implied=307 body=absent',
      // An init built elsewhere may hold any status: no default is taken.
      'react-router redirect status=redirect implied=302 body=absent',
      'react-router redirect status=redirect implied=302 body=absent',
    ]);
  });

  it('takes a Next API route response by its type, or its annotation without types: 307 for res.redirect(url)', () => {
    const pages = `
      import type { NextApiRequest, NextApiResponse } from 'next';
      export default function handler(req: NextApiRequest, res: NextApiResponse) {
        if (!req.query.id) return res.status(400).json({ error: 'id' });
        return res.redirect('/login');
      }
    `;
    for (const mode of bothModes) {
      expect(lines(pages, mode)).toEqual([
        "next-pages status status=400 body=present { error: 'id' }",
        'next-pages redirect status=res.redirect implied=307 body=absent',
      ]);
    }
    // By name alone `res.redirect(url)` may be Express's 302 or Next's 307: no status is taken.
    expect(lines(pages.replace(/: Next\w+/gu, ': any'), 'untyped')).toEqual(["express status status=400 body=present { error: 'id' }"]);
  });
});

describe("sinks: the file's own error classes, more forms", () => {
  const code = `
    import { HTTPException } from 'hono/http-exception';
    declare function statusOf(code: string): number;
    class TeamError extends Error {
      statusCode = 400;
    }
    class JobState extends Error {
      status = 'queued';
    }
    class ApiError extends HTTPException {
      constructor(code: string) {
        super(statusOf(code) as never);
      }
    }
    function handle(req: { method: string }, res: any) {
      if (req.method !== 'POST') return res.status(405).json({ error: 'method' });
      return handlePost(req, res);
    }
    function handlePost(req: unknown, res: any): void {
      if (!req) return res.status(400).json({ error: 'x' });
      res.status(404).json({ error: 'y' });
    }
    export function run(req: { method: string }, res: unknown) {
      new JobState();
      handle(req, res);
      throw new TeamError('no team');
    }
    export function fail() {
      throw new ApiError('NOT_FOUND');
    }
  `;

  it.each(bothModes)('takes a status field, a worked-out status, and no summary for a function that hands its response on (%s)', (mode) => {
    const { sinks } = rawSinks(code, mode);
    expect(lines(code, mode)).toEqual([
      'hono super status=statusOf(code) as never body=unknown throws',
      "express status status=405 body=present { error: 'method' }",
      "express status status=400 body=present { error: 'x' }",
      "express status status=404 body=present { error: 'y' }",
      // `handle(req, res)` hands the response to a function that sends 400 or 404: no one status is its.
      'project TeamError status=TeamError implied=400 body=unknown throws',
      // Its own `super` call above is the sink that is checked; the `new` is a send whose status is the class's.
      'hono ApiError status=ApiError body=unknown throws',
    ]);
    expect(sinks.map((sink) => sink.statusInHelper)).toEqual([false, false, false, false, false, true]);
  });
});

describe('sinks: helpers another file of the project declares', () => {
  const code = `
    import { ApiError, StatusError, TeamError, increment, unauthorized } from './project-errors.js';
    export function handler(flag: boolean) {
      increment(1);
      if (flag) throw new ApiError({ code: 'NOT_FOUND', message: 'x' });
      if (!flag) throw new TeamError('no team');
      if (flag) throw new StatusError(409, 'conflict');
      return unauthorized();
    }
  `;

  it('reads them from their file with types, one level deep', () => {
    const { sinks } = rawSinks(code, 'typed');
    expect(lines(code, 'typed')).toEqual([
      'hono ApiError status=ApiError body=unknown throws',
      'project TeamError status=TeamError implied=400 body=unknown throws',
      'project StatusError status=409 body=unknown throws',
      'fetch unauthorized status=unauthorized implied=401 body=unknown',
    ]);
    expect(sinks.map((sink) => `${sink.node.loc.start.line}:${sink.node.loc.start.column + 1}`)).toEqual(['5:23', '6:24', '7:23', '8:14']);
  });

  it('cannot see them without types', () => {
    expect(lines(code, 'untyped')).toEqual([]);
  });
});
