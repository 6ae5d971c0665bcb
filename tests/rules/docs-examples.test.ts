/**
 * Every rule's doc shows an "Incorrect" and a "Correct" example; both are linted here
 * through the real ESLint Linter, for every rule in the plugin (a new rule is covered
 * the moment it is added to rules/index.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { rules } from '../../rules';
import { typedFixtureDir } from '../rule-tester';

interface DocExample {
  readonly code: string;
  readonly language: 'js' | 'ts';
}

/** The first fenced block after a line starting with `label` ("Incorrect", "Correct, with …"). */
function docExample(markdown: string, label: string): DocExample {
  const match = new RegExp(`^${label}[^\\n]*:\\n\\n\`\`\`(js|ts)\\n([\\s\\S]*?)\`\`\``, 'mu').exec(markdown);
  if (!match?.[1] || !match[2]) throw new Error(`no "${label}" example`);
  return { language: match[1] as DocExample['language'], code: match[2] };
}

/** Lints an example as the rule's users would: with type information when the rule needs it. */
function lint(ruleName: string, { code, language }: DocExample): Linter.LintMessage[] {
  const typed = rules[ruleName as keyof typeof rules].meta.docs?.requiresTypeChecking === true;
  const parserOptions = typed ? { projectService: true, tsconfigRootDir: typedFixtureDir } : {};
  return new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.js', '**/*.ts'],
        ...(language === 'ts' ? { languageOptions: { parser: tsParser, parserOptions } } : {}),
        plugins: { 'http-status': plugin },
        rules: { [`http-status/${ruleName}`]: 'error' },
      },
    ],
    // A typed example is the fixture program's own file.ts.
    typed ? path.join(typedFixtureDir, 'file.ts') : `example.${language}`,
  );
}

/** Docs whose incorrect example is one finding per line, nothing else. */
const oneFindingPerLine = new Set(['no-body-on-bodiless-status', 'require-error-body', 'require-status-headers']);
/** The reported lines of the other incorrect examples. */
const reportedLines: Readonly<Record<string, readonly number[]>> = {
  'no-undocumented-status': [3, 4, 5, 6, 8],
  'prefer-response-ok': [3, 4, 5],
};

describe.each(Object.keys(rules))('the examples of docs/rules/%s.md', (ruleName) => {
  const markdown = readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules', `${ruleName}.md`), 'utf8');

  it('reports the incorrect example, and only with this rule', () => {
    const example = docExample(markdown, 'Incorrect');
    const messages = lint(ruleName, example);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.map((message) => message.ruleId)).toEqual(messages.map(() => `http-status/${ruleName}`));
    if (oneFindingPerLine.has(ruleName)) {
      const lines = example.code.trimEnd().split('\n').map((_, index) => index + 1);
      expect(messages.map((message) => message.line)).toEqual(lines);
    }
    if (reportedLines[ruleName]) expect(messages.map((message) => message.line)).toEqual(reportedLines[ruleName]);
  });

  it('reports nothing in the correct example', () => {
    expect(lint(ruleName, docExample(markdown, 'Correct'))).toEqual([]);
  });
});

describe('the incorrect example of docs/rules/no-hardcoded-status-comparison.md', () => {
  it('reports each hardcoded comparison, case and list on its line', () => {
    const markdown = readFileSync(
      path.join(__dirname, '..', '..', 'docs', 'rules', 'no-hardcoded-status-comparison.md'),
      'utf8',
    );
    const example = docExample(markdown, 'Incorrect');
    const expectedLines = example.code
      .split('\n')
      .flatMap((line, index) => (/=== 200|404 !==|=== 401|case \d+|\.includes\(|\.has\(/u.test(line) ? [index + 1] : []));
    expect(expectedLines).toHaveLength(7);
    expect(lint('no-hardcoded-status-comparison', example).map((message) => message.line)).toEqual(expectedLines);
  });
});
