import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createStatusReadFinder, staticMemberName, unwrapStatusExpression } from '../../src/analysis/status-reads';
import { typedFixtureDir } from '../rule-tester';

interface ProbeOptions {
  readonly typed?: boolean;
  readonly parser?: 'espree' | 'typescript';
  readonly statusNames?: readonly string[];
}

/**
 * Lints `code` with a probe rule that asks the finder about the initializer of every
 * `const probe_<name> = …` and reports what it found, then returns those findings by name:
 * `kind name [owner=framework:kind] [missing=…]`, or undefined when it is not a status read.
 */
function readsIn(code: string, { typed = false, parser = 'typescript', statusNames }: ProbeOptions = {}) {
  const probe: TSESLint.RuleModule<'found'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { found: '{{found}}' }, schema: [] },
    create(context) {
      const finder = createStatusReadFinder(context, { statusNames });
      return {
        'VariableDeclarator[id.name=/^probe_/]'(node: TSESTree.VariableDeclarator) {
          if (!node.init) return;
          const read = finder.find(node.init);
          const found = read
            ? [
                read.kind,
                read.name,
                read.ownerType && `owner=${read.ownerType.framework}:${read.ownerType.kind}`,
                read.mayBeMissing && `missing=${read.mayBeMissing}`,
              ]
                .filter(Boolean)
                .join(' ')
            : 'none';
          context.report({ node, messageId: 'found', data: { found } });
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const languageOptions =
    parser === 'espree'
      ? { ecmaVersion: 'latest' as const, sourceType: 'module' as const }
      : {
          parser: tsParser,
          parserOptions: typed
            ? { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: typedFixtureDir }
            : {},
        };
  const filename = path.join(typedFixtureDir, parser === 'espree' ? 'file.js' : 'file.ts');
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts', '**/*.js'], languageOptions, plugins: { probe: { rules: { probe } } }, rules: { 'probe/probe': 'error' } }] as never,
    filename,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  const names = [...code.matchAll(/const (probe_\w+)/gu)].map((match) => match[1]!.slice('probe_'.length));
  return Object.fromEntries(names.map((name, index) => [name, messages[index]?.message]));
}

describe('status reads without type information', () => {
  it('takes status properties and status variable names', () => {
    expect(
      readsIn(`
        declare const res: any, err: any, order: any, items: any[], key: string;
        declare const status: number, statusCode: number, httpStatus: number, httpStatusCode: number, responseStatus: number, code: number;
        class Handler { res: any; #status = 1; check() { const probe_this = this.res.statusCode; const probe_private = this.#status; } }
        const probe_status = res.status;
        const probe_statusCode = res.statusCode;
        const probe_optional = err.response?.status;
        const probe_bracket = res['status'];
        const probe_template = res[\`statusCode\`];
        const probe_nonNull = res.status!;
        const probe_asserted = res.status as number;
        const probe_var = status;
        const probe_varCode = statusCode;
        const probe_httpStatus = httpStatus;
        const probe_httpStatusCode = httpStatusCode;
        const probe_responseStatus = responseStatus;
        const probe_orderStatus = order.status;
        const probe_length = items.length;
        const probe_computed = res[key];
        const probe_other = code;
        const probe_getter = err.getStatus();
        const probe_call = res.status();
      `),
    ).toEqual({
      this: 'property statusCode',
      private: 'none',
      status: 'property status',
      statusCode: 'property statusCode',
      optional: 'property status missing=undefined',
      bracket: 'property status',
      template: 'property statusCode',
      nonNull: 'property status',
      asserted: 'property status',
      var: 'variable status',
      varCode: 'variable statusCode',
      httpStatus: 'variable httpStatus',
      httpStatusCode: 'variable httpStatusCode',
      responseStatus: 'variable responseStatus',
      // Without types every `.status` counts: that is what type information refines.
      orderStatus: 'property status',
      length: 'none',
      computed: 'none',
      other: 'none',
      // Getters are known only by their declaring type.
      getter: 'none',
      // A status read as a getter call (Playwright's `response.status()`).
      call: 'getter status',
    });
  });

  it('takes destructured status variables and extra names from statusNames', () => {
    expect(
      readsIn(
        `
        declare const result: { code: number };
        async function load(url: string) {
          const { status } = await fetch(url);
          const probe_destructured = status;
          const { status: renamed } = await fetch(url);
          const probe_renamed = renamed;
          const probe_extraProperty = result.code;
          const code = 1;
          const probe_extraVariable = code;
        }
      `,
        { statusNames: ['code'] },
      ),
    ).toEqual({
      destructured: 'variable status',
      renamed: 'none',
      extraProperty: 'property code',
      extraVariable: 'variable code',
    });
  });

  it('works the same on plain JavaScript through espree', () => {
    expect(
      readsIn(
        `
        const probe_status = res.status;
        const probe_optional = err.response?.statusCode;
        const probe_var = httpStatus;
        const probe_none = res.body;
      `,
        { parser: 'espree' },
      ),
    ).toEqual({
      status: 'property status',
      optional: 'property statusCode missing=undefined',
      var: 'variable httpStatus',
      none: 'none',
    });
  });
});

describe('status reads with type information', () => {
  it('knows the HTTP types of the real packages and keeps only number-like reads', () => {
    expect(
      readsIn(
        `
        import type { Response as ExpressResponse } from 'express';
        import type { FastifyReply } from 'fastify';
        import type { Context as KoaContext } from 'koa';
        import type { Context as HonoContext } from 'hono';
        import type { AxiosError, AxiosResponse } from 'axios';
        import { HttpException, NotFoundException } from '@nestjs/common';
        import type { IncomingMessage, ServerResponse } from 'node:http';

        declare const fetched: Response;
        declare const maybeFetched: Response | undefined;
        declare const incoming: IncomingMessage;
        declare const server: ServerResponse;
        declare const axiosResponse: AxiosResponse<string>;
        declare const axiosError: AxiosError;
        declare const express: ExpressResponse;
        declare const reply: FastifyReply;
        declare const koa: KoaContext;
        declare const hono: HonoContext;
        declare const exception: HttpException;
        declare const notFound: NotFoundException;
        declare const order: { status: 'open' | 'paid'; statusCode: { value: number } };
        declare const own: { status: number; getStatus(): number };
        declare const loose: any;
        declare const branded: { status: number & { readonly brand: 'status' } };
        declare const nullable: { status: number | null };

        const probe_fetch = fetched.status;
        const probe_maybeFetch = maybeFetched?.status;
        const probe_incoming = incoming.statusCode;
        const probe_server = server.statusCode;
        const probe_axios = axiosResponse.status;
        const probe_axiosErrorResponse = axiosError.response?.status;
        const probe_axiosErrorStatus = axiosError.status;
        const probe_expressStatusCode = express.statusCode;
        const probe_expressStatusMethod = express.status;
        const probe_fastify = reply.statusCode;
        const probe_koa = koa.status;
        const probe_koaResponse = koa.response.status;
        const probe_hono = hono.res.status;
        const probe_nest = exception.getStatus();
        const probe_nestSubclass = notFound.getStatus();
        const probe_orderStatus = order.status;
        const probe_orderStatusCode = order.statusCode;
        const probe_ownStatus = own.status;
        const probe_ownGetter = own.getStatus();
        const probe_any = loose.status;
        const probe_anyGetter = loose.getStatus();
        const probe_branded = branded.status;
        const probe_nullable = nullable.status;
        const probe_nonNull = maybeFetched!.status;
      `,
        { typed: true },
      ),
    ).toEqual({
      fetch: 'property status owner=fetch:fetch-response',
      maybeFetch: 'property status owner=fetch:fetch-response missing=undefined',
      incoming: 'property statusCode owner=node-http:incoming-message missing=undefined',
      server: 'property statusCode owner=node-http:server-response',
      axios: 'property status owner=axios:axios-response',
      axiosErrorResponse: 'property status owner=axios:axios-response missing=undefined',
      axiosErrorStatus: 'property status owner=axios:axios-error missing=undefined',
      expressStatusCode: 'property statusCode owner=express:server-response',
      // Express's `res.status` is the method that sets it.
      expressStatusMethod: 'none',
      fastify: 'property statusCode owner=fastify:server-response',
      koa: 'property status owner=koa:koa-context',
      koaResponse: 'property status owner=koa:koa-response',
      hono: 'property status owner=fetch:fetch-response',
      nest: 'getter getStatus owner=nestjs:http-exception',
      nestSubclass: 'getter getStatus owner=nestjs:http-exception',
      orderStatus: 'none',
      orderStatusCode: 'none',
      ownStatus: 'property status',
      ownGetter: 'none',
      any: 'property status',
      anyGetter: 'none',
      branded: 'property status',
      nullable: 'property status missing=null',
      nonNull: 'property status owner=fetch:fetch-response',
    });
  });

  it('follows const copies of a read, however they are named', () => {
    expect(
      readsIn(
        `
        import type { AxiosResponse } from 'axios';
        declare const response: AxiosResponse;
        declare const order: { status: 'open' | 'paid' };
        declare let later: number;
        const copied = response.status;
        const twice = copied;
        const { status: renamed } = response;
        const { status } = response;
        const { status: orderState } = order;
        let reassigned = response.status;
        const probe_copied = copied;
        const probe_twice = twice;
        const probe_renamed = renamed;
        const probe_status = status;
        const probe_orderState = orderState;
        const probe_orderStatus = order.status;
        const probe_reassigned = reassigned;
        const probe_later = later;
      `,
        { typed: true },
      ),
    ).toEqual({
      copied: 'variable copied',
      twice: 'variable twice',
      renamed: 'variable renamed',
      status: 'variable status',
      orderState: 'none',
      orderStatus: 'none',
      reassigned: 'none',
      later: 'none',
    });
  });

  it('drops a status-named variable whose type is not a number', () => {
    expect(
      readsIn(
        `
        declare const order: { status: 'open' | 'paid' };
        const { status } = order;
        const probe_status = status;
        function f(httpStatus: number, statusCode: unknown) {
          const probe_httpStatus = httpStatus;
          const probe_unknown = statusCode;
        }
      `,
        { typed: true },
      ),
    ).toEqual({ status: 'none', httpStatus: 'variable httpStatus', unknown: 'variable statusCode' });
  });
});

describe('syntax helpers', () => {
  it('unwraps assertions and reads static member names', () => {
    const linter = new Linter({ configType: 'flat' });
    const seen: string[] = [];
    const rule: TSESLint.RuleModule<'x'> = {
      defaultOptions: [],
      meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
      create: () => ({
        VariableDeclarator(node) {
          if (!node.init) return;
          const inner = unwrapStatusExpression(node.init);
          seen.push(inner.type === AST_NODE_TYPES.MemberExpression ? (staticMemberName(inner) ?? '?') : inner.type);
        },
      }),
    };
    linter.verify(
      'const a = (res?.status as number)!; const b = <number>res["code"]; const c = res[k]; const d = res.x satisfies number; const e = f();',
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { t: { rules: { rule } } },
          rules: { 't/rule': 'error' },
        },
      ] as never,
      'file.ts',
    );
    expect(seen).toEqual(['status', 'code', '?', 'x', 'CallExpression']);
  });
});
