import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import typescript from 'typescript';
import type * as ts from 'typescript';
import { expect } from 'vitest';
import { getStatusResolver, type StatusResolution } from '../../src/analysis/resolve';
import { createSinkListener } from '../../src/analysis/file-pass';
import type { SinkOptions, StatusSink } from '../../src/analysis/sinks';
import { getTypeInfo } from '../../src/analysis/type-info';
import { typedFixtureDir } from '../rule-tester';

/** How the probe parses: espree (plain JS), typescript-eslint without a program, or with types. */
export type ProbeMode = 'espree' | 'untyped' | 'typed';

/** A sink as plain text, easy to compare. */
export interface SinkSummary {
  kind: StatusSink['kind'];
  framework: StatusSink['framework'];
  api: string;
  status: string;
  receiver: string | undefined;
  byType: boolean;
  body: string;
}

export interface ResolutionSummary {
  codes: string[];
  unresolved: string[];
  /** Named constants of other modules, when there are any. */
  named?: string[];
}

interface ProbeResult {
  sinks: StatusSink[];
  text: (node: TSESTree.Node) => string;
  resolutions: StatusResolution[];
}

/**
 * Watches the type checker while the sinks are searched: gets the file's checker
 * (whose methods it may wrap) before the search; the wrapped methods are put back after.
 */
export type CheckerSpy = (checker: ts.TypeChecker, tsModule: typeof ts) => void;

const spiedMethods = ['getTypeAtLocation', 'getResolvedSignature', 'getSymbolAtLocation'] as const;

function run(
  code: string,
  mode: ProbeMode,
  options: SinkOptions,
  filename = 'file.ts',
  spy?: CheckerSpy,
  settings?: unknown,
): ProbeResult {
  const result: ProbeResult = { sinks: [], text: () => '', resolutions: [] };
  let restore = (): void => {};
  const probe: TSESLint.RuleModule<string, []> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: {}, schema: [] },
    create(context) {
      result.text = (node) => context.sourceCode.getText(node);
      const checker = spy && getTypeInfo(context)?.checker;
      if (checker) {
        // The checker belongs to a program the project service keeps: its methods must come back.
        // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as they were, on the same object
        const originals = spiedMethods.map((name) => [name, checker[name]] as const);
        restore = () => {
          for (const [name, method] of originals) Object.assign(checker, { [name]: method });
        };
        spy(checker, typescript);
      }
      const resolver = getStatusResolver(context);
      return createSinkListener(context, options, (sink) => {
        result.sinks.push(sink);
        result.resolutions.push(resolver.resolve(sink.status));
      });
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const languageOptions =
    mode === 'espree'
      ? { ecmaVersion: 'latest' as const, sourceType: 'module' as const }
      : {
          parser: tsParser,
          parserOptions: {
            ecmaFeatures: { jsx: filename.endsWith('x') },
            ...(mode === 'typed'
              ? { projectService: { allowDefaultProject: ['*.js', '*.tsx'] }, tsconfigRootDir: typedFixtureDir }
              : {}),
          },
        };
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(
      code,
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.js'],
        languageOptions: languageOptions,
        plugins: { probe: { rules: { sinks: probe as never } } },
        rules: { 'probe/sinks': 'error' },
        ...(settings === undefined ? {} : { settings: { 'http-status': settings } }),
      },
      path.join(typedFixtureDir, filename),
    );
  } finally {
    restore();
  }
  expect(messages.filter((message) => message.fatal || message.severity === 2)).toEqual([]);
  return result;
}

/** Every sink of `code`, summarised. */
export function findSinks(
  code: string,
  mode: ProbeMode,
  options: SinkOptions = {},
  filename = mode === 'espree' ? 'file.js' : 'file.ts',
  spy?: CheckerSpy,
): SinkSummary[] {
  const { sinks, text } = run(code, mode, options, filename, spy);
  return sinks.map((sink) => {
    const { body } = sink;
    return {
      kind: sink.kind,
      framework: sink.framework,
      api: sink.api,
      status: text(sink.status),
      receiver: sink.receiver && text(sink.receiver),
      byType: sink.byType,
      body: 'value' in body ? `${body.kind} ${text(body.value)}` : body.kind,
    };
  });
}

/** Every sink of `code` as one line: "kind framework api status=S receiver=R body=B". */
export function sinkLines(code: string, mode: ProbeMode, options: SinkOptions = {}, spy?: CheckerSpy): string[] {
  return findSinks(code, mode, options, mode === 'espree' ? 'file.js' : 'file.ts', spy).map(
    (sink) =>
      `${sink.kind} ${sink.framework} ${sink.api} status=${sink.status} receiver=${sink.receiver ?? '-'} body=${sink.body}`,
  );
}

/** The resolution of every sink's status in `code`, codes as "code@node text". */
export function resolveSinks(code: string, mode: ProbeMode): ResolutionSummary[] {
  const { resolutions, text } = run(code, mode, {}, mode === 'espree' ? 'file.js' : 'file.ts');
  return resolutions.map(({ codes, unresolved, named }) => ({
    codes: codes.map(({ code: value, node }) => `${value}@${text(node)}`),
    unresolved: unresolved.map((node) => text(node)),
    ...(named.length > 0 ? { named: named.map((node) => text(node)) } : {}),
  }));
}

/** The raw sinks, for checks on nodes (body senders). */
export function rawSinks(code: string, mode: ProbeMode): ProbeResult {
  return run(code, mode, {}, mode === 'espree' ? 'file.js' : 'file.ts');
}

/** The raw sinks with `settings['http-status']` set. */
export function rawSinksWithSettings(code: string, mode: ProbeMode, settings: unknown): ProbeResult {
  return run(code, mode, {}, mode === 'espree' ? 'file.js' : 'file.ts', undefined, settings);
}

/** The headers each sink of `code` sends, as "status: a, b" (sorted, lower-case) or "status: unknown". */
export function sinkHeaderLines(code: string, mode: ProbeMode, filename?: string): string[] {
  const { sinks, text } = run(code, mode, {}, filename ?? (mode === 'espree' ? 'file.js' : 'file.ts'));
  return sinks.map(({ headers, status }) =>
    headers.kind === 'unknown' ? `${text(status)}: unknown` : `${text(status)}: ${[...headers.names].sort().join(', ')}`,
  );
}
