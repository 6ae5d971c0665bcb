/**
 * The status tables the framework modules keep, checked against the installed packages
 * themselves, so that a new release that adds or moves a status fails here.
 */
import 'reflect-metadata';
import path from 'node:path';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { adonisStatusMethods } from '../../src/frameworks/adonis';
import { boomStatuses } from '../../src/frameworks/hapi';
import { apiResponseDecorators, nestjs } from '../../src/frameworks/nestjs';
import { trpcHttpStatusOfCode } from '../../src/frameworks/trpc';
import { connectHttpStatusOfCode } from '../../src/frameworks/connect';
import { epicInvariant } from '../../src/frameworks/epic-invariant';

describe('the modules agree with their packages', () => {
  it('NestJS: every built-in exception of @nestjs/common, with the status it answers', async () => {
    const common = (await import('@nestjs/common')) as unknown as Record<string, unknown>;
    const HttpException = common.HttpException as new (...args: unknown[]) => { getStatus(): number };
    const builtIns: Record<string, number> = {};
    for (const [name, value] of Object.entries(common)) {
      if (typeof value !== 'function' || !(value.prototype instanceof HttpException)) continue;
      builtIns[name] = (new (value as new () => { getStatus(): number })()).getStatus();
    }
    expect(Object.keys(builtIns).length).toBeGreaterThan(15);
    expect(nestjs.exceptionClass?.subclasses).toEqual(builtIns);
  });

  it('NestJS: every @nestjs/swagger decorator that documents one response, with its status', async () => {
    const swagger = (await import('@nestjs/swagger')) as unknown as Record<string, unknown>;
    const documented: Record<string, number | 'default'> = {};
    for (const [name, value] of Object.entries(swagger)) {
      if (!/^Api\w+Response$/u.test(name) || name === 'ApiResponse' || typeof value !== 'function') continue;
      class Probe {
        method(): void {}
      }
      const descriptor = Object.getOwnPropertyDescriptor(Probe.prototype, 'method')!;
      (value as () => MethodDecorator)()(Probe.prototype, 'method', descriptor);
      const metadata = Reflect.getMetadata('swagger/apiResponse', descriptor.value as object) as Record<string, unknown>;
      const [status] = Object.keys(metadata);
      documented[name] = status === 'default' ? 'default' : Number(status);
    }
    expect(Object.keys(documented).length).toBeGreaterThan(40);
    expect(apiResponseDecorators).toEqual(documented);
    expect(nestjs.routes?.decorators?.responses?.byName).toBe(apiResponseDecorators);
  });

  it("tRPC: every error code, with the HTTP status tRPC's own table gives it", async () => {
    const core = (await import('@trpc/server/unstable-core-do-not-import')) as unknown as {
      TRPC_ERROR_CODES_BY_KEY: Record<string, number>;
      getStatusCodeFromKey(code: string): number;
    };
    const table = Object.fromEntries(Object.keys(core.TRPC_ERROR_CODES_BY_KEY).map((code) => [code, core.getStatusCodeFromKey(code)]));
    expect(trpcHttpStatusOfCode).toEqual(table);
  });

  it("Connect: every Code, with the HTTP status the Connect protocol's own table gives it", async () => {
    const { Code } = await import('@connectrpc/connect');
    const { codeToHttpStatus } = await import('@connectrpc/connect/protocol-connect');
    const table = Object.fromEntries(
      Object.entries(Code)
        .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
        .map(([name, code]) => [name, codeToHttpStatus(code)]),
    );
    expect(Object.keys(table).length).toBeGreaterThan(15);
    expect(connectHttpStatusOfCode).toEqual(table);
    // A ConnectError without a code has Code.Unknown.
    const { ConnectError } = await import('@connectrpc/connect');
    expect(codeToHttpStatus(new ConnectError('x').code)).toBe(500);
  });

  it('@epic-web/invariant: invariantResponse throws a Response, 400 unless its init names another', async () => {
    const { invariantResponse }: { invariantResponse: (condition: unknown, message: string, init?: ResponseInit) => void } =
      await import('@epic-web/invariant');
    const thrown = (init?: ResponseInit): unknown => {
      try {
        invariantResponse(false, 'x', init);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect((thrown() as Response).status).toBe(400);
    expect((thrown({ status: 404 }) as Response).status).toBe(404);
    const form = epicInvariant.functions!.sinks.invariantResponse!;
    expect(form.status).toEqual({ kind: 'init', index: 2, absent: 400 });
  });

  it('Boom: every error maker of @hapi/boom, with the status it answers', async () => {
    const boom = (await import('@hapi/boom')) as unknown as Record<string, unknown>;
    const makers: Record<string, number> = {};
    for (const [name, value] of Object.entries(boom)) {
      if (typeof value !== 'function' || name === 'Boom' || name.startsWith('is') || name === 'boomify') continue;
      const made = (value as () => { isBoom?: boolean; output?: { statusCode: number } })();
      if (made?.isBoom && made.output) makers[name] = made.output.statusCode;
    }
    expect(boomStatuses).toEqual(makers);
  });

  it('AdonisJS: every status method is a method of the Response that @adonisjs/http-server declares', () => {
    // The package's exports leave its declaration files out: read the one that declares Response where npm put it.
    const file = path.join(__dirname, '..', '..', 'node_modules', '@adonisjs', 'http-server', 'build', 'src', 'response.d.ts');
    const program = ts.createProgram([file], { skipLibCheck: true, noEmit: true });
    const source = program.getSourceFile(file)!;
    const declared = new Set<string>();
    ts.forEachChild(source, (node) => {
      if (ts.isClassDeclaration(node) && node.name?.text === 'Response') {
        for (const member of node.members) if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name)) declared.add(member.name.text);
      }
    });
    expect(Object.keys(adonisStatusMethods).filter((name) => !declared.has(name))).toEqual([]);
    // And what it leaves out takes no body or is no status: `noContent()`, `send()`, `redirect()`.
    expect(declared.has('noContent')).toBe(true);
  });
});
