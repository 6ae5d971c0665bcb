import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { frameworkModule, frameworkModules, guessFramework, methodFormByName } from '../../src/frameworks';

const analysisDir = path.join(__dirname, '..', '..', 'src', 'analysis');

/** Every string literal of a TypeScript file but the modules it imports or requires (comments left out). */
function stringLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('framework modules', () => {
  it('have one module per id, each with a title, its packages and what becomes of a dropped body', () => {
    const ids = frameworkModules.map((module) => module.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const module of frameworkModules) {
      expect(frameworkModule(module.id)).toBe(module);
      expect(module.title.length).toBeGreaterThan(0);
      expect(module.droppedBodyFate.length).toBeGreaterThan(0);
    }
  });

  it('leave the engine in src/analysis/ naming no framework and no framework package', () => {
    const named = new Set<string>();
    for (const module of frameworkModules) {
      named.add(module.id);
      for (const name of module.packages) named.add(name);
      for (const type of module.types ?? []) for (const name of type.packages) named.add(name);
    }
    const offenders: string[] = [];
    for (const file of readdirSync(analysisDir).filter((name) => name.endsWith('.ts'))) {
      for (const literal of stringLiterals(path.join(analysisDir, file))) {
        if (named.has(literal)) offenders.push(`${file}: '${literal}'`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('take a name-matched call as the framework that alone has its method, else as its receiver name says', () => {
    expect(guessFramework('sendStatus', 'reply')).toBe('express');
    expect(guessFramework('code', 'res')).toBe('fastify');
    expect(guessFramework('json', 'res')).toBe('hono');
    expect(guessFramework('throw', 'c')).toBe('koa');
    expect(guessFramework('writeHead', 'res')).toBe('node-http');
    expect(guessFramework('redirect', 'apiReply')).toBe('fastify');
    expect(guessFramework('redirect', 'c')).toBe('hono');
    expect(guessFramework('redirect', 'ctx')).toBe('express');
    expect(guessFramework('status', undefined)).toBe('express');
  });

  it('give a name-matched redirect its status on the side the guessed framework puts it, and a body only in Express', () => {
    expect(methodFormByName('redirect', 'express')).toMatchObject({
      status: { kind: 'redirect', statusFirst: true },
      body: { kind: 'default', source: 'redirect-note' },
    });
    expect(methodFormByName('redirect', 'fastify')).toMatchObject({ status: { kind: 'redirect', statusFirst: false }, body: { kind: 'none' } });
    expect(methodFormByName('redirect', 'hono')).toMatchObject({ status: { kind: 'redirect', statusFirst: false }, body: { kind: 'none' } });
    expect(methodFormByName('toString', 'express')).toBeUndefined();
  });
});
