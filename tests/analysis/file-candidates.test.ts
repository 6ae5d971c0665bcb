/**
 * A file without types is listened to only for what its tokens say it may hold
 * (src/analysis/file-candidates.ts, src/analysis/file-pass.ts): the scan itself, the listeners a
 * file's pass asks ESLint for, and sinks written with escapes, through the real rules.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as espree from 'espree';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findFileCandidates } from '../../src/analysis/file-candidates';
import { joinPassPerFile } from '../../src/analysis/file-pass';
import noBodyOnBodilessStatus, { type MessageIds, type Options } from '../../rules/no-body-on-bodiless-status';
import { createEspreeRuleTester, createRuleTester } from '../rule-tester';

const byEspree = (code: string, sourceType: 'module' | 'script' = 'module') =>
  findFileCandidates(code, espree.tokenize(code, { ecmaVersion: 'latest', sourceType, range: true }) as unknown as TSESTree.Token[]);
const byTypeScript = (code: string) => findFileCandidates(code, tsParser.parseForESLint(code, { range: true, tokens: true }).ast.tokens);

/** What both parsers' tokens of a module say. */
function scan(code: string): { sinks: boolean; statusLiterals: boolean } {
  const found = byEspree(code);
  expect(byTypeScript(code)).toEqual(found);
  return found;
}

describe('findFileCandidates: words a sink needs', () => {
  it('finds none in code that reads, logs and calls other things', () => {
    expect(scan('const body = req.body; console.error(err); if (res.ok) json = text; try { f(); } catch (error) { g(error); }').sinks).toBe(false);
    // A method in a comment is no call; a name that may send wherever it stands counts even there (only "may").
    expect(scan('// res.json(body) in a comment sends nothing\nconst a = compute(1, 2);').sinks).toBe(false);
    expect(scan('// a status in a comment\nconst a = compute(1, 2);').sinks).toBe(true);
    // A template literal is never a computed key nor a module's name.
    expect(scan('const s = `json`; x[`json`](1);').sinks).toBe(false);
    // Only "may": a declaration reads like a call, and the search decides.
    expect(scan('function error(message) { return message; }').sinks).toBe(true);
  });

  it('finds names that may send wherever they stand', () => {
    const codes = ['ctx.status = 404;', 'this.statusCode = code;', 'function h() { return { statusCode: 200 }; }', 'new Response(x);', 'throw new NotFoundException();', 'createError(404);', 'setResponseStatus(event, 204);'];
    for (const code of codes) expect(scan(code).sinks, code).toBe(true);
    expect(byTypeScript('class A { @HttpCode(204) m() {} }').sinks).toBe(true);
  });

  it('finds a method only where it is called on something', () => {
    expect(scan('c.json(x);').sinks).toBe(true);
    expect(scan('c?.json?.(x);').sinks).toBe(true);
    expect(scan('(c.json)(x);').sinks).toBe(true);
    expect(scan('const json = c.json; json.x = 1;').sinks).toBe(false);
    expect(byTypeScript('c.json<Body>(x);').sinks).toBe(true);
  });

  it('finds a context function only where it is called by its name', () => {
    expect(scan('app.get("/", ({ error }) => error(404));').sinks).toBe(true);
    expect(scan('(error)(404);').sinks).toBe(true);
    expect(scan('console.error(x); logger?.error(x);').sinks).toBe(false);
  });

  it('finds the modules that bind the rest, and names as strings (computed keys)', () => {
    expect(scan("import Boom from '@hapi/boom';").sinks).toBe(true);
    expect(scan('const createError = require("http-errors");').sinks).toBe(true);
    expect(scan("res['sendStatus'](404);").sinks).toBe(true);
    expect(scan("const module = 'http-errors-not';").sinks).toBe(false);
  });

  it('cooks escapes before it looks: an escaped name is still the name', () => {
    expect(scan('res.st\\u0061tus(404);').sinks).toBe(true);
    expect(scan("res['st\\x61tus'](404);").sinks).toBe(true);
    expect(scan("res['st\\atus'](404);").sinks).toBe(true);
    expect(scan("res['\\u{000000073}tatus'](404);").sinks).toBe(true);
    expect(scan("res['sta\\\ntus'](404);").sinks).toBe(true);
    expect(byEspree("res['\\163tatus'](404);", 'script').sinks).toBe(true);
    expect(scan("const a = 'line\\nbreak', b = '\\\\json';").sinks).toBe(false);
  });
});

describe('findFileCandidates: number literals in a status range', () => {
  it('finds each way of writing one', () => {
    for (const literal of ['100', '404', '599', '0xC8', '0o620', '0b111110100', '2e2', '4_04', '404.0', '.5e3']) {
      expect(scan(`x === ${literal};`).statusLiterals, literal).toBe(true);
    }
    // A legacy octal (`0620` is 400) counts whatever its digits read as in decimal.
    expect(byEspree('x === 0620;', 'script').statusLiterals).toBe(true);
  });

  it('finds none outside it, nor in strings, BigInts and comments', () => {
    for (const code of ['x === 99;', 'x === 600;', 'x === 1000;', 'x === 404.5;', 'x === 404n;', "x === '404';", '// 404\nx === y;']) {
      expect(scan(code).statusLiterals, code).toBe(false);
    }
  });
});

describe('the listeners a file without types gets', () => {
  /** The node types the pass of a file listens to, for a rule that asks for the sinks and compares. */
  function listenedTypes(code: string, config: Partial<Linter.Config> = {}): string[] {
    let seen: string[] = [];
    const probe: TSESLint.RuleModule<string, []> = {
      defaultOptions: [],
      meta: { type: 'problem', messages: {}, schema: [] },
      create(context) {
        const listeners = joinPassPerFile(context, { sinks: { options: {}, onSink: () => {} }, BinaryExpression: () => {} });
        seen = Object.keys(listeners).sort();
        return listeners;
      },
    };
    new Linter({ configType: 'flat' }).verify(code, [
      { files: ['**/*.js'], plugins: { probe: { rules: { probe: probe as never } } }, rules: { 'probe/probe': 'error' }, ...config },
    ], 'file.js');
    return seen;
  }
  const sinkTypes = ['ArrowFunctionExpression', 'AssignmentExpression', 'CallExpression', 'NewExpression', 'ReturnStatement'];
  const literalTypes = ['BinaryExpression', 'CallExpression', 'SwitchStatement'];

  it('is the end of the file only, when it holds no sink word and no status literal', () => {
    expect(listenedTypes('export const sum = (a, b) => a + b;')).toEqual(['Program:exit']);
  });

  it('is what it may hold', () => {
    expect(listenedTypes('res.status(code).end();')).toEqual([...sinkTypes, 'Program:exit'].sort());
    expect(listenedTypes('if (x === 404) f();')).toEqual([...literalTypes, 'Program:exit'].sort());
    expect(listenedTypes('if (x === 404) res.status(x).end();')).toEqual([...new Set([...sinkTypes, ...literalTypes, 'Program:exit'])].sort());
  });

  it('is everything when the settings name senders, or the parser is not one whose tokens are all the code', () => {
    const everything = [...new Set([...sinkTypes, ...literalTypes, 'Program:exit'])].sort();
    expect(listenedTypes('fail(res);', { settings: { 'http-status': { senders: [{ name: 'fail', status: 500 }] } } })).toEqual(everything);
    const otherParser = { meta: { name: 'other-parser' }, parseForESLint: (code: string) => ({ ast: espree.parse(code, { ecmaVersion: 'latest', sourceType: 'module', range: true, loc: true, tokens: true, comment: true }) }) };
    expect(listenedTypes('const a = 1;', { languageOptions: { parser: otherParser } })).toEqual(everything);
  });
});

// @typescript-eslint/rule-tester brings its own copy of @typescript-eslint/utils' types (see the rule's own tests).
const rule = noBodyOnBodilessStatus as unknown as Parameters<ReturnType<typeof createRuleTester>['run']>[1];
const dropBody = (output: string) => ({ messageId: 'dropBody', data: { status: '204 (No Content)' }, output });
const sendOk = (output: string) => ({ messageId: 'sendOk', data: { ok: '200 (OK)' }, output });
const escapedSinks = {
  valid: [],
  invalid: [
    {
      code: 'res.st\\u0061tus(204).json({ ok: true });',
      errors: [
        {
          messageId: 'bodyOnBodilessStatus' as MessageIds,
          line: 1,
          column: 27,
          suggestions: [dropBody('res.st\\u0061tus(204).end();'), sendOk('res.st\\u0061tus(200).json({ ok: true });')],
        },
      ],
    },
    {
      code: "res['st\\x61tus'](204).json({ ok: true });",
      errors: [
        {
          messageId: 'bodyOnBodilessStatus' as MessageIds,
          line: 1,
          column: 28,
          suggestions: [dropBody("res['st\\x61tus'](204).end();"), sendOk("res['st\\x61tus'](200).json({ ok: true });")],
        },
      ],
    },
  ],
} satisfies { valid: string[]; invalid: { code: string; errors: unknown[] }[] };

createRuleTester().run<MessageIds, Options>('a sink written with escapes (typescript-eslint, no types)', rule as never, escapedSinks as never);
createEspreeRuleTester().run<MessageIds, Options>('a sink written with escapes (espree)', rule as never, escapedSinks as never);
