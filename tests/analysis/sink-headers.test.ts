import { describe, expect, it } from 'vitest';
import { mayHaveHeader } from '../../src/analysis/sink-headers';
import { sinkHeaderLines } from './probe';

const allModes = ['espree', 'untyped', 'typed'] as const;

describe('sink headers: what each sink sends', () => {
  const code = `
    export function express(res) {
      res.set('X-A', '1').status(401).header({ 'WWW-Authenticate': 'Bearer', ['Allow']: 'GET' }).json({});
    }
    export function node(res) {
      res.setHeader('X-Before', '1');
      res.statusCode = 405;
      res.appendHeader('Allow', 'GET');
      res.end();
      res.setHeader('X-Too-Late', '1');
    }
    export function writeHead(res) {
      res.writeHead(101, 'Switching', ['Upgrade', 'websocket']);
    }
    export function koa(ctx) {
      ctx.status = 301;
      ctx.response.set({ 'Cache-Control': 'no-store' });
      ctx.redirect('/new');
    }
    export function koaThrow(ctx) {
      ctx.set('X-Dropped', '1');
      ctx.throw(401, 'Log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
    }
    export function hono(c) {
      c.header('X-A', '1');
      return c.json({}, { status: 401, headers: new Headers([['WWW-Authenticate', 'Bearer']]) });
    }
    export function fetchApi() {
      return Response.redirect('https://example.com/new', 308);
    }
    export const lambda = () => ({ statusCode: 405, headers: { Allow: 'GET' }, multiValueHeaders: { 'Set-Cookie': [] } });
  `;

  it.each(allModes)('collects names from arguments, chains, earlier and later statements (%s)', (mode) => {
    expect(sinkHeaderLines(code, mode)).toEqual([
      '401: allow, www-authenticate, x-a',
      '405: allow, x-before',
      '101: upgrade',
      '301: cache-control, location',
      '401: www-authenticate',
      '401: www-authenticate, x-a',
      '308: location',
      '405: allow, set-cookie',
    ]);
  });
});

describe('sink headers: what may set any header', () => {
  it.each(allModes)('answers unknown for maps, names and helpers it cannot see (%s)', (mode) => {
    const code = `
      export function a(res) { res.set(headers).status(401).end(); }
      export function b(res) { res.status(401).set(name, 'x').end(); }
      export function c(res) { authenticate(res); res.status(401).end(); }
      export function d(res, next) { res.status(401); next(); }
      export function e(res) { res.statusCode = 401; if (x) res.end(); }
      export function f() { const r = new Response(null, { status: 401 }); return r; }
      export function g() { return new Response(null, { ...init, status: 401 }); }
      export function h(ctx) { ctx.throw(401, 'x', options); }
      export const i = () => ({ ...base, statusCode: 401, body: '' });
    `;
    expect(sinkHeaderLines(code, mode)).toEqual(Array.from({ length: 9 }, () => '401: unknown'));
  });

  it('skips a nested function with its own response, not a callback on the same one', () => {
    const code = `
      export function a(res) { app.use((req, res) => res.set('Allow', 'GET')); res.status(405).end(); }
      export function b(res) { res.on('x', () => res.set('Allow', 'GET')); res.status(405).end(); }
    `;
    expect(sinkHeaderLines(code, 'untyped')).toEqual(['405: ', '405: allow']);
  });

  it('knows NestJS decorators by their package', () => {
    const code = `
      import { HttpCode, Header, Redirect, Res } from '@nestjs/common';
      export class C {
        @HttpCode(401) @Header('WWW-Authenticate', 'Bearer') a() {}
        @HttpCode(301) @Redirect('/new') b() {}
        @HttpCode(401) c(@Res() res: unknown) { return res; }
        @HttpCode(401) d() {}
      }
    `;
    for (const mode of ['untyped', 'typed'] as const) {
      expect(sinkHeaderLines(code, mode)).toEqual(['401: www-authenticate', '301: location', '401: unknown', '401: ']);
    }
  });

  it('answers for headers in any case', () => {
    const names = new Set(['www-authenticate']);
    expect(mayHaveHeader({ kind: 'known', names }, 'WWW-Authenticate')).toBe(true);
    expect(mayHaveHeader({ kind: 'known', names }, 'Allow')).toBe(false);
    expect(mayHaveHeader({ kind: 'unknown' }, 'Allow')).toBe(true);
  });
});
