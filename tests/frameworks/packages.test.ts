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
import { nestjs } from '../../src/frameworks/nestjs';
import { trpcHttpStatusOfCode } from '../../src/frameworks/trpc';

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

  it("tRPC: every error code, with the HTTP status tRPC's own table gives it", async () => {
    const core = (await import('@trpc/server/unstable-core-do-not-import')) as unknown as {
      TRPC_ERROR_CODES_BY_KEY: Record<string, number>;
      getStatusCodeFromKey(code: string): number;
    };
    const table = Object.fromEntries(Object.keys(core.TRPC_ERROR_CODES_BY_KEY).map((code) => [code, core.getStatusCodeFromKey(code)]));
    expect(trpcHttpStatusOfCode).toEqual(table);
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
