import path from 'node:path';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { classifyHttpType, isResponseLikeName, packageOfFile } from '../../src/analysis/frameworks';

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'typed');

/** Builds a real program over one source file and classifies the type of each `const probe_<name>` in it. */
function classifyAll(source: string): Record<string, string | undefined> {
  const fileName = path.join(fixtureDir, 'frameworks-probe.ts');
  const configFile = ts.readConfigFile(path.join(fixtureDir, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, fixtureDir);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === fileName ? source : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === fileName || fileExists(file);
  const program = ts.createProgram([fileName], options, host);
  const checker = program.getTypeChecker();
  const result: Record<string, string | undefined> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text.startsWith('probe_')) {
      const match = classifyHttpType(checker.getTypeAtLocation(node.name), checker);
      result[node.name.text.slice('probe_'.length)] = match && `${match.framework}:${match.kind}`;
    }
    ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(fileName)!);
  return result;
}

describe('classifyHttpType', () => {
  it('knows HTTP objects by the package that declares them', () => {
    const result = classifyAll(`
      import type { Response as ExpressResponse } from 'express';
      import type { FastifyReply } from 'fastify';
      import type { ParameterizedContext } from 'koa';
      import type { Context as HonoContext } from 'hono';
      import type { AxiosResponse, AxiosError } from 'axios';
      import { HttpException, NotFoundException } from '@nestjs/common';
      import type { ServerResponse, IncomingMessage } from 'node:http';
      import createError from 'http-errors';

      interface Response { status: number }
      interface MyExpressResponse extends ExpressResponse { locals: { user: string } }

      declare const probe_express: ExpressResponse;
      declare const probe_expressSub: MyExpressResponse;
      declare const probe_fastify: FastifyReply;
      declare const probe_koa: ParameterizedContext;
      declare const probe_hono: HonoContext;
      declare const probe_axios: AxiosResponse<string>;
      declare const probe_axiosError: AxiosError;
      declare const probe_nest: NotFoundException;
      declare const probe_nestBase: HttpException;
      declare const probe_server: ServerResponse;
      declare const probe_incoming: IncomingMessage;
      declare const probe_fetch: globalThis.Response;
      declare const probe_maybeFetch: globalThis.Response | undefined;
      declare const probe_own: Response;
      declare const probe_order: { status(code: number): void };
      declare const probe_any: any;
      const probe_httpError = createError(404);
    `);
    expect(result).toEqual({
      express: 'express:server-response',
      expressSub: 'express:server-response',
      fastify: 'fastify:server-response',
      koa: 'koa:koa-context',
      hono: 'hono:hono-context',
      axios: 'axios:axios-response',
      axiosError: 'axios:axios-error',
      nest: 'nestjs:http-exception',
      nestBase: 'nestjs:http-exception',
      server: 'node-http:server-response',
      incoming: 'node-http:incoming-message',
      fetch: 'fetch:fetch-response',
      maybeFetch: 'fetch:fetch-response',
      own: undefined,
      order: undefined,
      any: undefined,
      httpError: 'http-errors:http-error',
    });
  });
});

describe('names without type information', () => {
  it('takes the usual receiver names and suffixes', () => {
    for (const name of ['res', 'response', 'reply', 'ctx', 'context', 'c', 'apiResponse', 'koaCtx', 'myReply', 'expressRes']) {
      expect(isResponseLikeName(name), name).toBe(true);
    }
    for (const name of ['order', 'Response', 'Res', 'request', 'result', 'resource']) {
      expect(isResponseLikeName(name), name).toBe(false);
    }
    expect(isResponseLikeName('out', new Set(['out']))).toBe(true);
  });

  it('finds the package of a declaration file', () => {
    expect(packageOfFile('/p/node_modules/@types/express/index.d.ts')).toBe('@types/express');
    expect(packageOfFile('/p/node_modules/.pnpm/hono@4/node_modules/hono/dist/types/context.d.ts')).toBe('hono');
    expect(packageOfFile('C:\\p\\node_modules\\axios\\index.d.ts')).toBe('axios');
    expect(packageOfFile('/p/src/types.ts')).toBeUndefined();
  });
});
