/**
 * `http-status routes`: per documented operation, the codes its document gives, the codes its
 * handlers send, and both differences. The project is linted through the user's own ESLint config
 * (its parser, its files, its settings) with one more rule, which collects instead of reporting.
 *
 * "Documented but never sent" is said only for an operation whose every send could be read, as
 * ASP.NET Core's API1002 does: a send whose status cannot be told may be the missing one.
 */
import { resolve } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  describeRoute,
  getFileRoutes,
  handlerRoutesAround,
  implicitNestStatus,
  mayDocumentRoutesInCode,
  operationsOfRoute,
  setsItsOwnStatus,
  type CodeRoute,
} from './analysis/routes';
import { getStatusResolver } from './analysis/resolve';
import { getTypeInfo } from './analysis/type-info';
import { joinPassPerFile } from './analysis/file-pass';
import { resolveSinkStatus } from './analysis/sinks';
import { ConfigurationError } from './errors';
import { getPluginSettings } from './settings';
import { mergeDocumentedTables, type DocumentedTable } from './table/documented';
import { describeDocumentedCodes, describeOperation, operationDocuments, type DocumentedOperation } from './table/operations';
import { isStatusCodeNumber } from './table/lookup';
import { loadSource } from './table/sources';

/** What the handlers of one route sent, as the collector saw it. */
interface RouteSends {
  readonly route: string;
  readonly operations: readonly DocumentedOperation[];
  readonly codes: Set<number>;
  unreadable: boolean;
}

export interface OperationReport {
  readonly operation: string;
  readonly origin: string;
  readonly documented: string;
  readonly sent: readonly number[];
  readonly undocumented: readonly number[];
  /** Undefined when some send could not be read, or no handler of it was found. */
  readonly neverSent: readonly string[] | undefined;
  readonly handlers: number;
}

export interface RoutesReport {
  readonly operations: readonly OperationReport[];
  /** Routes of the code that no document has. */
  readonly unknownRoutes: readonly string[];
  readonly files: number;
  readonly parseErrors: readonly string[];
}

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The collector: one entry per route of each handler, keyed by route and file. */
function collectorRule(
  store: Map<string, RouteSends>,
  seen: Set<DocumentedOperation>,
  sourceTable: DocumentedTable | undefined,
): TSESLint.RuleModule<string, []> {
  return {
    defaultOptions: [],
    meta: { type: 'problem', messages: {}, schema: [] },
    create(context: RuleContext) {
      const settings = getPluginSettings(context);
      const table = sourceTable ?? settings.table;
      const index = table.operations;
      if (!index && !mayDocumentRoutesInCode(context.sourceCode)) return {};
      for (const operation of index?.operations ?? []) seen.add(operation);
      const resolver = getStatusResolver(context);
      const routes = getFileRoutes(context.sourceCode, context.filename, getTypeInfo(context));
      const entryOf = (route: CodeRoute): RouteSends => {
        const described = describeRoute(route, settings.basePath);
        const key = `${context.filename}\0${described}\0${route.node.range[0]}`;
        let entry = store.get(key);
        if (!entry) {
          const operations = operationsOfRoute(route, index, settings.basePath);
          for (const operation of operations) seen.add(operation);
          entry = { route: described, operations, codes: new Set(), unreadable: false };
          store.set(key, entry);
        }
        return entry;
      };
      return joinPassPerFile(context, {
        sinks: {
          options: {},
          onSink(sink) {
          const found = handlerRoutesAround(sink.node, routes);
          if (!found) return;
          const { codes, unresolved } = resolveSinkStatus(resolver, sink);
          for (const route of found.routes) {
            const entry = entryOf(route);
            // A number that is no status (`res.status(4220)`) is the rule's to report, not a send of the operation.
            for (const { code } of codes) if (isStatusCodeNumber(code)) entry.codes.add(code);
            if (unresolved.length > 0 || sink.statusInHelper || codes.length === 0) entry.unreadable = true;
          }
          },
        },
        'Program:exit'() {
          for (const { handler, routes: handlerRoutes } of routes.handlers) {
            for (const route of handlerRoutes) {
              const entry = entryOf(route);
              const implicit = implicitNestStatus(route);
              if (implicit !== undefined && !setsItsOwnStatus(handler)) entry.codes.add(implicit);
            }
          }
        },
      });
    },
  };
}

interface LintResultLike {
  readonly filePath: string;
  readonly messages: readonly { readonly fatal?: boolean; readonly message: string; readonly line?: number }[];
}
interface EslintLike {
  lintFiles(patterns: string[]): Promise<LintResultLike[]>;
}
type EslintClass = new (options: { cwd: string; overrideConfig?: unknown }) => EslintLike;

/** Lints `patterns` with the user's ESLint config and the collector, and folds the sends into a report. */
export async function buildRoutesReport(patterns: readonly string[], cwd: string, sources: readonly string[]): Promise<RoutesReport> {
  const sourceTable = sources.length > 0 ? mergeDocumentedTables(sources.map((source) => loadSource(source, cwd).table)) : undefined;
  if (sourceTable && !sourceTable.operations) {
    throw new ConfigurationError(`${sourceTable.origin} documents no operations one by one: routes needs an OpenAPI or Swagger document.`);
  }
  const store = new Map<string, RouteSends>();
  const seen = new Set<DocumentedOperation>();
  const collector = { rules: { collect: collectorRule(store, seen, sourceTable) } };
  let results: LintResultLike[];
  try {
    const eslintModule = (await import('eslint')) as unknown as { ESLint: EslintClass; loadESLint?: () => Promise<EslintClass> };
    const ESLint = eslintModule.loadESLint ? await eslintModule.loadESLint() : eslintModule.ESLint;
    const eslint = new ESLint({
      cwd,
      overrideConfig: [{ plugins: { 'http-status-routes': collector }, rules: { 'http-status-routes/collect': 'error' } }],
    });
    results = await eslint.lintFiles(patterns.length > 0 ? [...patterns] : ['.']);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/\.?$/u, '.');
    throw new ConfigurationError(`cannot lint ${patterns.join(' ') || '.'} with the ESLint config: ${message}`);
  }
  const parseErrors = results.flatMap((result) =>
    result.messages.filter((message) => message.fatal).map((message) => `${resolve(result.filePath)}:${message.line ?? 0}: ${message.message}`),
  );

  const byOperation = new Map<DocumentedOperation, { codes: Set<number>; unreadable: boolean; handlers: number }>();
  const unknownRoutes = new Set<string>();
  for (const entry of store.values()) {
    if (entry.operations.length === 0) {
      unknownRoutes.add(entry.route);
      continue;
    }
    for (const operation of entry.operations) {
      const sum = byOperation.get(operation) ?? { codes: new Set(), unreadable: false, handlers: 0 };
      for (const code of entry.codes) sum.codes.add(code);
      sum.unreadable ||= entry.unreadable;
      sum.handlers += 1;
      byOperation.set(operation, sum);
    }
  }
  if (seen.size === 0) {
    throw new ConfigurationError(
      "no OpenAPI document applies to the files linted: set settings['http-status'].source in the ESLint config, or pass --source FILE.",
    );
  }
  const allOperations = [...seen];
  const operations = allOperations.map((operation): OperationReport => {
    const sum = byOperation.get(operation);
    const sent = [...(sum?.codes ?? [])].sort((a, b) => a - b);
    const documentedCodes = [...operation.codes].sort((a, b) => a - b);
    return {
      operation: describeOperation(operation),
      origin: operation.origin,
      documented: describeDocumentedCodes(operation),
      sent,
      undocumented: sent.filter((code) => !operationDocuments(operation, code)),
      neverSent: !sum || sum.unreadable ? undefined : documentedCodes.filter((code) => !sum.codes.has(code)).map(String),
      handlers: sum?.handlers ?? 0,
    };
  });
  operations.sort((a, b) => a.operation.split(' ')[1]!.localeCompare(b.operation.split(' ')[1]!) || a.operation.localeCompare(b.operation));
  return { operations, unknownRoutes: [...unknownRoutes].sort(), files: results.length, parseErrors };
}

const list = (codes: readonly (number | string)[] | undefined, none = '-'): string =>
  codes === undefined ? '?' : codes.length === 0 ? none : codes.join(', ');

function rows(report: RoutesReport): string[][] {
  return report.operations.map((entry) => [
    entry.operation,
    entry.documented,
    entry.handlers === 0 ? 'no handler found' : list(entry.sent),
    list(entry.undocumented),
    entry.handlers === 0 ? '?' : list(entry.neverSent),
  ]);
}

const HEADINGS = ['operation', 'documented', 'sent', 'sent, undocumented', 'documented, never sent'];

export function formatRoutesReport(report: RoutesReport, format: 'table' | 'markdown' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const body = rows(report);
  const undocumented = report.operations.filter((entry) => entry.undocumented.length > 0).length;
  const summary =
    `${report.operations.length} documented operation${report.operations.length === 1 ? '' : 's'}, ${report.files} file${report.files === 1 ? '' : 's'} linted; ` +
    `${undocumented} ${undocumented === 1 ? 'operation sends' : 'operations send'} a status it does not document.` +
    (report.unknownRoutes.length > 0 ? ` Routes of the code no document has: ${report.unknownRoutes.join(', ')}.` : '') +
    ' "?" means a send could not be read, so what is never sent cannot be told.';
  if (format === 'markdown') {
    const escape = (cell: string): string => cell.replaceAll('|', '\\|');
    return [
      `| ${HEADINGS.join(' | ')} |`,
      `|${HEADINGS.map(() => '---').join('|')}|`,
      ...body.map((row) => `| ${row.map((cell, index) => (index === 0 ? `\`${escape(cell)}\`` : escape(cell))).join(' | ')} |`),
      '',
      summary,
      '',
    ].join('\n');
  }
  const table = [HEADINGS.map((heading) => heading.toUpperCase()), ...body];
  const widths = HEADINGS.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return `${[...table.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')), '', summary].join('\n')}\n`;
}
