/**
 * The README's "What it catches" examples, linted with every rule on and the settings its
 * "Configure" section shows: each example must produce exactly the lines printed under it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { typedFixtureDir } from './rule-tester';

const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`README.md has no "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** The settings of the "Configure" example: `codes: [...]` as written there. */
function configuredCodes(): unknown {
  const written = /'http-status': \{ codes: (\[.*\]) \}/u.exec(section('Configure'))?.[1];
  if (written === undefined) throw new Error('no codes in the Configure example');
  // The example is JavaScript, not JSON: quote its keys and strings.
  return JSON.parse(written.replace(/(\w+):/gu, '"$1":').replace(/'/gu, '"'));
}

interface Example {
  readonly language: 'js' | 'ts';
  readonly code: string;
  readonly output: readonly string[];
}

const examples: Example[] = [...section('What it catches').matchAll(/```(js|ts)\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/gu)].map(
  ([, language, code, output]) => ({
    language: language as Example['language'],
    code: code ?? '',
    output: (output ?? '').trimEnd().split('\n'),
  }),
);

function lint({ language, code }: Example): string[] {
  const settings = { 'http-status': { codes: configuredCodes() } };
  const typed = language === 'ts';
  const configs: Linter.Config[] = typed
    ? [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir } },
        },
        plugin.configs['recommended-type-checked'],
        plugin.configs.strict,
        { settings },
      ]
    : [plugin.configs.strict, { settings }];
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    configs,
    typed ? path.join(typedFixtureDir, 'file.ts') : 'example.js',
  );
  return messages.map(
    (message) => `${message.line}:${message.column}  ${message.severity === 2 ? 'error' : 'warning'}  ${message.message}  ${message.ruleId}`,
  );
}

describe('README "What it catches"', () => {
  it('has one example per rule', () => {
    const shown = examples.map((example) => /http-status\/([a-z-]+)$/u.exec(example.output[0] ?? '')?.[1]).sort();
    expect(shown).toEqual(Object.keys(plugin.rules).sort());
  });

  it.each(examples.map((example) => [example.output[0]?.replace(/^.*http-status\//u, '') ?? '', example] as const))(
    '%s: the example prints what the README shows',
    (_, example) => {
      expect(lint(example)).toEqual(example.output);
    },
  );
});
