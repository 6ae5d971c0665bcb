import type { TSESLint } from '@typescript-eslint/utils';
import { ConfigurationError, formatValue } from './errors';
import { parseCodes, type CodesSetting } from './table/codes';
import {
  createDocumentedTable,
  defaultDocumentedTable,
  mergeDocumentedTables,
  type DocumentedTable,
} from './table/documented';
import { loadSourceTable } from './table/sources';

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
// Settings objects are shared by every file a config applies to: parse each once.
const cache = new WeakMap<object, Map<string, PluginSettings>>();

export function parseSettings(raw: unknown, cwd: string): PluginSettings {
  if (raw === undefined || raw === null) return defaults;
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
      tables.push(loadSourceTable(source, cwd));
    }
  }
  return tables.length === 0 ? defaults : { table: mergeDocumentedTables(tables) };
}

/** The plugin's settings for the file being linted, parsed once per settings object and cwd. */
export function getPluginSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PluginSettings {
  const raw: unknown = context.settings[SETTINGS_KEY];
  const cwd = context.cwd;
  if (typeof raw !== 'object' || raw === null) return parseSettings(raw, cwd);
  let byCwd = cache.get(raw);
  if (!byCwd) {
    byCwd = new Map();
    cache.set(raw, byCwd);
  }
  let parsed = byCwd.get(cwd);
  if (!parsed) {
    parsed = parseSettings(raw, cwd);
    byCwd.set(cwd, parsed);
  }
  return parsed;
}
