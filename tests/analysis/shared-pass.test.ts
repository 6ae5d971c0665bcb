/**
 * One sink pass per file serves every rule (src/analysis/file-pass.ts): the
 * first rule listens, the others are told. Through the real ESLint Linter, with several rules on.
 */
import { Linter, SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';

const code = [
  "import express from 'express';",
  'const app = express();',
  "app.get('/a', (req, res) => res.status(204).json({ ok: true }));",
  "app.get('/b', (req, res) => res.status(599).end());",
  "app.get('/c', (req, res) => res.status(500).end());",
].join('\n');

const allRules = {
  'http-status/no-body-on-bodiless-status': 'error',
  'http-status/no-undocumented-status': 'error',
  'http-status/require-error-body': 'error',
} as const;

const lint = (source: string | SourceCode, rules: Linter.RulesRecord, linter = new Linter({ configType: 'flat' })): string[] =>
  linter
    .verify(source, [{ files: ['**/*.js'], plugins: { 'http-status': plugin }, rules }], 'app.js')
    .map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message}`);

describe('the shared sink pass', () => {
  it('tells every rule of the file, whichever rule listens', () => {
    const together = lint(code, allRules).sort(byPosition);
    expect(together).toEqual([
      '3:50 http-status/no-body-on-bodiless-status bodyOnBodilessStatus',
      '4:40 http-status/no-undocumented-status unregisteredStatus',
      '4:29 http-status/require-error-body missingBody',
      '5:29 http-status/require-error-body missingBody',
    ].sort(byPosition));
    // The same findings as each rule alone, in any order of the config.
    const alone = Object.keys(allRules).flatMap((rule) => lint(code, { [rule]: 'error' }));
    expect(together.sort(byPosition)).toEqual(alone.sort(byPosition));
    const reversed = Object.fromEntries(Object.entries(allRules).reverse());
    expect(lint(code, reversed).sort(byPosition)).toEqual(together.sort(byPosition));
  });

  it("keeps each rule's inline disable its own: disabling the listening rule leaves the others reporting", () => {
    const disabled = `/* eslint-disable http-status/no-body-on-bodiless-status */\n${code}`;
    expect(lint(disabled, allRules).sort(byPosition)).toEqual([
      '5:40 http-status/no-undocumented-status unregisteredStatus',
      '5:29 http-status/require-error-body missingBody',
      '6:29 http-status/require-error-body missingBody',
    ].sort(byPosition));
  });

  it('starts anew when the same SourceCode object is linted again', () => {
    const linter = new Linter({ configType: 'flat' });
    lint(code, allRules, linter);
    const sourceCode = linter.getSourceCode();
    expect(sourceCode).toBeInstanceOf(SourceCode);
    const first = lint(sourceCode, allRules, linter);
    const second = lint(sourceCode, allRules, linter);
    expect(first).toHaveLength(4);
    expect(second).toEqual(first);
  });
});

function byPosition(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
