#!/usr/bin/env node
/**
 * `http-status`: shows the documented status-code table the rules enforce, and checks documents.
 * Exit codes: 0 fine, 1 a document or the settings are wrong, 2 the command line is wrong.
 */
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import { ConfigurationError } from './errors';
import { parseSettings, SETTINGS_KEY } from './settings';
import { mergeDocumentedTables, type DocumentedTable } from './table/documented';
import { statusClassOf } from './table/lookup';
import { loadSource, setSourceWarningHandler } from './table/sources';
import { buildRoutesReport, formatRoutesReport } from './routes-report';

/** Every command, with its options and help: the one list that parsing, help and errors read. */
const COMMANDS = {
  table: {
    synopsis: 'table [--source FILE ...] [--for FILE] [--json]',
    help: `Print the documented status-code table the rules enforce: code, reason, class
and where each code is documented. With --source, read those documents (merged);
without, use settings['${SETTINGS_KEY}'] from the ESLint config that applies to
--for FILE (default: index.js), as ESLint would in the current directory.`,
    options: ['source', 'for', 'json'],
  },
  'check-source': {
    synopsis: 'check-source FILE ...',
    help: 'Read each document and list its codes, or say what is wrong with it and exit 1.',
    options: ['source'],
  },
  routes: {
    synopsis: 'routes [PATH ...] [--source FILE] [--format table|markdown|json]',
    help: `Lint PATH (default: .) with the project's ESLint config and print, per documented
operation, the codes it documents, the codes its handlers send, what they send that it
does not document, and what it documents that they never send (only where every send
could be read). Exit 1 when a handler sends a status its operation does not document.
The documents are settings['${SETTINGS_KEY}'].source, or --source FILE.`,
    options: ['source', 'format'],
  },
} as const;
type CommandName = keyof typeof COMMANDS;

const OPTIONS = {
  source: { type: 'string', short: 's', multiple: true, help: 'a document to read; repeat for several' },
  for: { type: 'string', help: 'the file whose ESLint config to read settings from (table without --source)' },
  json: { type: 'boolean', help: 'print JSON instead of text (table)' },
  format: { type: 'string', value: 'FORMAT', help: 'table (default), markdown or json (routes)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'show the version' },
} as const;
type OptionName = keyof typeof OPTIONS;

const PROGRAM = 'eslint-plugin-http-status';

function optionLine(name: OptionName): string {
  const option = OPTIONS[name];
  const flag = `${'short' in option ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ` ${'value' in option ? option.value : 'FILE'}` : ''}`;
  return `  ${flag.padEnd(20)}${option.help}`;
}

const DOCUMENTS = `Documents: OpenAPI 3.x or Swagger 2.0 (JSON or YAML), a Markdown or text error page
(headings like "### 404 Not Found", tables with a status column, lines like "404: Not Found"),
or a JSON/YAML table of codes ([404, 441], [{ "code": 441, "reason": "..." }], { "441": "..." }).`;

function usage(command?: CommandName): string {
  if (command !== undefined) {
    const { synopsis, help, options } = COMMANDS[command];
    return [
      `Usage: ${PROGRAM} ${synopsis}`,
      '',
      help,
      '',
      'Options:',
      ...[...options, 'help' as const].map(optionLine),
      '',
      DOCUMENTS,
    ].join('\n');
  }
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    `       (in a project that has the plugin installed, also: http-status <command> [options])`,
    '',
    'Commands:',
    ...Object.values(COMMANDS).map(({ synopsis, help }) => `  ${synopsis}\n      ${help.split('\n').join('\n      ')}`),
    '',
    DOCUMENTS,
    '',
    'Options:',
    ...(Object.keys(OPTIONS) as OptionName[]).map(optionLine),
    '',
    `Run "${PROGRAM} <command> --help" for one command.`,
  ].join('\n');
}

class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the error points to. */
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

interface Output {
  out(text: string): void;
  err(text: string): void;
}

interface TableRow {
  readonly code: string;
  readonly reason: string | null;
  readonly class: string;
  readonly origin: string;
  readonly description?: string;
}

function rowsOf(table: DocumentedTable): TableRow[] {
  const rows: TableRow[] = table.entries.map((entry) => ({
    code: String(entry.code),
    reason: entry.reason ?? null,
    class: statusClassOf(entry.code),
    origin: entry.origin,
    ...(entry.description === undefined ? {} : { description: entry.description }),
  }));
  for (const statusClass of [...table.classes].sort()) {
    rows.push({ code: statusClass.toUpperCase(), reason: 'any code of the class', class: statusClass, origin: table.origin });
  }
  return rows;
}

function formatTable(table: DocumentedTable, heading: string): string {
  const rows = rowsOf(table);
  const columns = [
    ['CODE', ...rows.map((row) => row.code)],
    ['REASON', ...rows.map((row) => row.reason ?? '-')],
    ['CLASS', ...rows.map((row) => row.class)],
    ['ORIGIN', ...rows.map((row) => row.origin)],
  ];
  const widths = columns.map((column) => Math.max(...column.map((cell) => cell.length)));
  const lines = (columns[0] ?? []).map((_, index) =>
    columns
      .map((column, at) => (at === columns.length - 1 ? (column[index] ?? '') : (column[index] ?? '').padEnd(widths[at] ?? 0)))
      .join('  '),
  );
  const classes = table.classes.size === 0 ? '' : `, and every code of ${[...table.classes].sort().join(', ')}`;
  return `${heading}\n${table.entries.length} documented codes${classes}.\n\n${lines.join('\n')}\n`;
}

interface EslintLike {
  calculateConfigForFile(filePath: string): Promise<{ settings?: Record<string, unknown> } | undefined>;
}
interface EslintModule {
  ESLint: new (options: { cwd: string }) => EslintLike;
  loadESLint?: () => Promise<new (options: { cwd: string }) => EslintLike>;
}

/** settings['http-status'] from the ESLint config the user runs, read through ESLint itself. */
async function tableFromEslintConfig(cwd: string, forFile: string): Promise<{ table: DocumentedTable; heading: string }> {
  let raw: unknown;
  try {
    const eslintModule = (await import('eslint')) as unknown as EslintModule;
    const EslintClass = eslintModule.loadESLint ? await eslintModule.loadESLint() : eslintModule.ESLint;
    const config = await new EslintClass({ cwd }).calculateConfigForFile(forFile);
    raw = config?.settings?.[SETTINGS_KEY];
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/\.?$/u, '.');
    throw new ConfigurationError(
      `cannot read the ESLint config for ${forFile}: ${message} Pass --source FILE to read documents directly.`,
    );
  }
  const { table } = parseSettings(raw, cwd);
  const heading = table.isDefault
    ? `No settings['${SETTINGS_KEY}'] in the ESLint config for ${forFile}: using the default table (every registered code in good standing).`
    : `settings['${SETTINGS_KEY}'] in the ESLint config for ${forFile}: ${table.origin}`;
  return { table, heading };
}

async function runTable(values: { source?: string[]; json?: boolean; for?: string }, cwd: string, output: Output): Promise<number> {
  let table: DocumentedTable;
  let heading: string;
  if (values.source && values.source.length > 0) {
    table = mergeDocumentedTables(values.source.map((source) => loadSource(source, cwd).table));
    heading = `Documented by ${table.origin}`;
  } else {
    ({ table, heading } = await tableFromEslintConfig(cwd, values.for ?? 'index.js'));
  }
  if (values.json) {
    output.out(
      `${JSON.stringify(
        {
          origin: table.origin,
          isDefault: table.isDefault,
          codes: rowsOf(table).filter((row) => /^\d+$/u.test(row.code)).map((row) => ({ ...row, code: Number(row.code) })),
          classes: [...table.classes].sort(),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    output.out(formatTable(table, heading));
  }
  return 0;
}

function runCheckSource(files: readonly string[], cwd: string, output: Output): number {
  if (files.length === 0) throw new UsageError('check-source needs at least one FILE.', 'check-source');
  let failed = false;
  for (const file of files) {
    try {
      const { kind, table } = loadSource(file, cwd);
      const classes = table.classes.size === 0 ? '' : `; and every code of ${[...table.classes].sort().join(', ')}`;
      output.out(
        `${file}: ${kind}, ${table.entries.length} codes: ${table.entries.map((entry) => entry.code).join(', ')}${classes}\n`,
      );
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      failed = true;
      output.err(`http-status: ${error.message}\n`);
    }
  }
  return failed ? 1 : 0;
}

interface CommandLine {
  readonly command: CommandName | 'help' | undefined;
  readonly positionals: string[];
  readonly values: { source?: string[]; for?: string; json?: boolean; format?: string; help?: boolean; version?: boolean };
}

/** The command, its FILE arguments and options; an option the command does not take is a usage error. */
function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, tokens } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  const [first, ...rest] = positionals;
  if (first !== undefined && first !== 'help' && !Object.hasOwn(COMMANDS, first)) {
    throw new UsageError(`unknown command ${JSON.stringify(first)}; the commands are ${Object.keys(COMMANDS).join(', ')}.`);
  }
  const command = first as CommandLine['command'];
  const forCommand = command === undefined || command === 'help' ? undefined : command;
  const accepted: readonly string[] = forCommand ? [...COMMANDS[forCommand].options, 'help', 'version'] : Object.keys(OPTIONS);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!accepted.includes(token.name)) {
      const known = Object.hasOwn(OPTIONS, token.name);
      throw new UsageError(
        known && forCommand ? `${forCommand} takes no ${token.rawName} option.` : `unknown option ${token.rawName}.`,
        forCommand,
      );
    }
    const option = OPTIONS[token.name as OptionName];
    if (option.type === 'string' && token.value === undefined) {
      throw new UsageError(`${token.rawName} needs a ${'value' in option ? option.value : 'FILE'}.`, forCommand);
    }
    if (option.type === 'boolean' && token.inlineValue) throw new UsageError(`${token.rawName} takes no value.`, forCommand);
  }
  return { command, positionals: rest, values: values as CommandLine['values'] };
}

export async function main(argv: readonly string[], cwd: string, output: Output): Promise<number> {
  setSourceWarningHandler((message) => output.err(`warning: ${message}\n`));
  try {
    const { values, positionals, command } = parseCommandLine(argv);
    if (values.help || command === 'help') {
      output.out(`${usage(command === 'help' ? undefined : command)}\n`);
      return 0;
    }
    if (values.version) {
      output.out(`${version}\n`);
      return 0;
    }
    switch (command) {
      case 'table':
        if (positionals.length > 0) {
          throw new UsageError(`table takes no FILE arguments; use --source ${positionals[0]}.`, command);
        }
        return await runTable(values, cwd, output);
      case 'check-source':
        return runCheckSource([...positionals, ...(values.source ?? [])], cwd, output);
      case 'routes': {
        const format = values.format ?? 'table';
        if (format !== 'table' && format !== 'markdown' && format !== 'json') {
          throw new UsageError(`--format must be table, markdown or json; got ${JSON.stringify(format)}.`, command);
        }
        const report = await buildRoutesReport(positionals, cwd, values.source ?? []);
        for (const error of report.parseErrors) output.err(`warning: ${error}\n`);
        output.out(formatRoutesReport(report, format));
        return report.operations.some((entry) => entry.undocumented.length > 0) ? 1 : 0;
      }
      case undefined:
        throw new UsageError('a command is needed: table, check-source or routes.');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command === undefined ? '--help' : `${error.command} --help`;
      output.err(`http-status: ${error.message} Run "${PROGRAM} ${help}" for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigurationError) {
      output.err(`http-status: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    setSourceWarningHandler(undefined);
  }
}

if (require.main === module) {
  main(process.argv.slice(2), process.cwd(), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`http-status: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
