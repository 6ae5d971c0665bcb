import type { TSESLint } from '@typescript-eslint/utils';
import { ConfigurationError, formatValue } from './errors';
import { parseCodes, type CodesSetting } from './table/codes';
import {
  createDocumentedTable,
  defaultDocumentedTable,
  mergeDocumentedTables,
  type DocumentedTable,
} from './table/documented';
import { isSourceTableCurrent, loadSourceTable } from './table/sources';

/** `settings['http-status']` as users write it. */
export interface HttpStatusSettings {
  /** The documented table inline. */
  readonly codes?: CodesSetting;
  /** A document (or several) to read the documented table from: OpenAPI, Markdown, JSON. */
  readonly source?: string | readonly string[];
  /**
   * The project's own functions and error classes that send a status, when the analysis cannot see
   * their code (imported from files without types): a fixed `status`, or the argument that holds it.
   */
  readonly senders?: readonly SenderSetting[];
}

/** One function or class of `senders`: `{ name: 'badRequest', status: 400 }`, `{ name: 'ApiError', statusArgument: 0 }`. */
export type SenderSetting =
  | { readonly name: string; readonly status: number; readonly statusArgument?: undefined }
  | { readonly name: string; readonly statusArgument: number; readonly status?: undefined };

/** What the rules need from the settings, validated once. */
export interface PluginSettings {
  readonly table: DocumentedTable;
  /** `senders` by name. */
  readonly senders: ReadonlyMap<string, SenderSetting>;
  /**
   * The path the code's routes are served under, before the path each one registers (a Nest global
   * prefix, a router mounted in another file): `basePath: '/api'`. '' when not set.
   */
  readonly basePath: string;
}

export const SETTINGS_KEY = 'http-status';
const SETTING = `settings['${SETTINGS_KEY}']`;
const KNOWN_KEYS: readonly string[] = ['codes', 'source', 'senders', 'basePath'];
const SENDER_KEYS: readonly string[] = ['name', 'status', 'statusArgument'];

const noSenders: ReadonlyMap<string, SenderSetting> = new Map();
const defaults: PluginSettings = Object.freeze({ table: defaultDocumentedTable, senders: noSenders, basePath: '' });

interface ParsedSettings {
  readonly settings: PluginSettings;
  /** The tables read from `source` documents, to notice when one changes. */
  readonly sourceTables: readonly DocumentedTable[];
}

interface CachedSettings extends ParsedSettings {
  /** The files (SourceCode objects) this entry was last confirmed current for. */
  readonly confirmedFor: WeakSet<object>;
}

// Settings objects are shared by every file a config applies to: parse each once per cwd.
const cache = new WeakMap<object, Map<string, CachedSettings>>();

export function parseSettings(raw: unknown, cwd: string): PluginSettings {
  return parse(raw, cwd).settings;
}

function parse(raw: unknown, cwd: string): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: defaults, sourceTables: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigurationError(`${SETTING} must be an object like { codes: [...] }; got ${formatValue(raw)}.`);
  }
  const settings = raw as Record<string, unknown>;
  const unknownKey = Object.keys(settings).find((key) => !KNOWN_KEYS.includes(key));
  if (unknownKey !== undefined) {
    throw new ConfigurationError(
      `${SETTING} has an unknown key ${formatValue(unknownKey)}; known keys are ${KNOWN_KEYS.join(', ')}.`,
    );
  }

  const tables: DocumentedTable[] = [];
  const sourceTables: DocumentedTable[] = [];
  if (settings.codes !== undefined) {
    const where = `${SETTING}.codes`;
    tables.push(createDocumentedTable(parseCodes(settings.codes, where), { origin: where }));
  }
  if (settings.source !== undefined) {
    const sources: unknown[] = Array.isArray(settings.source) ? settings.source : [settings.source];
    if (sources.length === 0) {
      throw new ConfigurationError(`${SETTING}.source must name at least one document; got [].`);
    }
    for (const [index, source] of sources.entries()) {
      if (typeof source !== 'string' || source.trim() === '') {
        const where = Array.isArray(settings.source) ? `${SETTING}.source[${index}]` : `${SETTING}.source`;
        throw new ConfigurationError(`${where} must be a file path; got ${formatValue(source)}.`);
      }
      const table = loadSourceTable(source, cwd);
      tables.push(table);
      sourceTables.push(table);
    }
  }
  const senders = settings.senders === undefined ? noSenders : parseSenders(settings.senders);
  const basePath = settings.basePath === undefined ? '' : parseBasePath(settings.basePath);
  const table = tables.length === 0 ? defaultDocumentedTable : mergeDocumentedTables(tables);
  const unchanged = table === defaultDocumentedTable && senders === noSenders && basePath === '';
  return { settings: unchanged ? defaults : { table, senders, basePath }, sourceTables };
}

function parseBasePath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || /[?#\s]/u.test(raw)) {
    throw new ConfigurationError(`${SETTING}.basePath must be a path that starts with "/", like "/api"; got ${formatValue(raw)}.`);
  }
  return raw;
}

function parseSenders(raw: unknown): ReadonlyMap<string, SenderSetting> {
  const where = `${SETTING}.senders`;
  if (!Array.isArray(raw)) {
    throw new ConfigurationError(`${where} must be a list like [{ name: 'badRequest', status: 400 }]; got ${formatValue(raw)}.`);
  }
  const senders = new Map<string, SenderSetting>();
  for (const [index, entry] of raw.entries()) {
    const at = `${where}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new ConfigurationError(`${at} must be an object like { name: 'badRequest', status: 400 }; got ${formatValue(entry)}.`);
    }
    const sender = entry as Record<string, unknown>;
    const unknownKey = Object.keys(sender).find((key) => !SENDER_KEYS.includes(key));
    if (unknownKey !== undefined) {
      throw new ConfigurationError(`${at} has an unknown key ${formatValue(unknownKey)}; known keys are ${SENDER_KEYS.join(', ')}.`);
    }
    const { name, status, statusArgument } = sender;
    if (typeof name !== 'string' || !/^[$\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*$/u.test(name)) {
      throw new ConfigurationError(`${at}.name must be the name of a function or class; got ${formatValue(name)}.`);
    }
    if ((status === undefined) === (statusArgument === undefined)) {
      throw new ConfigurationError(`${at} must have either status (the status it sends) or statusArgument (the argument that holds it).`);
    }
    if (status !== undefined && !(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599)) {
      throw new ConfigurationError(`${at}.status must be an HTTP status code from 100 to 599; got ${formatValue(status)}.`);
    }
    if (statusArgument !== undefined && !(Number.isInteger(statusArgument) && (statusArgument as number) >= 0)) {
      throw new ConfigurationError(`${at}.statusArgument must be an argument index (0 for the first); got ${formatValue(statusArgument)}.`);
    }
    if (senders.has(name)) throw new ConfigurationError(`${at} names ${formatValue(name)} a second time.`);
    senders.set(
      name,
      status === undefined ? { name, statusArgument: statusArgument as number } : { name, status: status as number },
    );
  }
  return senders;
}

/**
 * The plugin's settings for the file being linted, parsed once per settings object and cwd.
 *
 * A long-running process (an editor's ESLint server) keeps the same settings object
 * while the `source` documents change underneath it, so once per linted file (not
 * once per rule) the documents are `stat`ed and the settings parsed again when one
 * changed: about a microsecond per document per file.
 */
export function getPluginSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PluginSettings {
  const raw: unknown = context.settings[SETTINGS_KEY];
  if (raw === undefined) return defaults;
  const cwd = context.cwd;
  if (typeof raw !== 'object' || raw === null) return parseSettings(raw, cwd);
  let byCwd = cache.get(raw);
  if (!byCwd) {
    byCwd = new Map();
    cache.set(raw, byCwd);
  }
  const file: object = context.sourceCode;
  let entry = byCwd.get(cwd);
  if (entry && entry.sourceTables.length > 0 && !entry.confirmedFor.has(file)) {
    if (entry.sourceTables.every(isSourceTableCurrent)) entry.confirmedFor.add(file);
    else entry = undefined;
  }
  if (!entry) {
    entry = { ...parse(raw, cwd), confirmedFor: new WeakSet([file]) };
    byCwd.set(cwd, entry);
  }
  return entry.settings;
}
