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
}

/** What the rules need from the settings, validated once. */
export interface PluginSettings {
  readonly table: DocumentedTable;
}

export const SETTINGS_KEY = 'http-status';
const SETTING = `settings['${SETTINGS_KEY}']`;
const KNOWN_KEYS: readonly string[] = ['codes', 'source'];

const defaults: PluginSettings = Object.freeze({ table: defaultDocumentedTable });

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
  return { settings: tables.length === 0 ? defaults : { table: mergeDocumentedTables(tables) }, sourceTables };
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
