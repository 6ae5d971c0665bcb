import { readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, describeDocumentValue, shortPath } from '../../errors';
import type { CodeEntry } from '../codes';
import { createDocumentedTable, type DocumentedTable } from '../documented';
import { getStatusEntry } from '../lookup';
import { readCodeList, looksLikeCodeList } from './code-list';
import { readTextPage } from './markdown';
import { isOpenApiDocument, readOpenApi } from './openapi';
import type { ParsedSource } from './parsed-source';
import { parseJsonText, parseYamlText, type StructuredDocument } from './structured';

export type { ParsedSource, SourceEntry } from './parsed-source';

/** A document read into a documented table. */
export interface LoadedSource {
  /** The path as the user gave it: the table's origin and the name in every message. */
  readonly file: string;
  readonly absolutePath: string;
  /** "OpenAPI 3.1.0 document", "Markdown page", "JSON codes table", … */
  readonly kind: string;
  readonly table: DocumentedTable;
  readonly warnings: readonly string[];
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);

function classify(document: StructuredDocument, file: string, format: 'JSON' | 'YAML'): ParsedSource {
  const { value } = document;
  if (isOpenApiDocument(value)) return readOpenApi(document, file);
  if (looksLikeCodeList(value)) {
    const unplain = document.firstUnplainNumber();
    if (unplain) {
      throw new ConfigurationError(
        `${file}:${unplain.line}:${unplain.column}: ${unplain.written} is not written as a status code; write codes as three digits, like 404.`,
      );
    }
    return readCodeList(value, file, `${format} codes table`);
  }
  const hasPaths = typeof value === 'object' && value !== null && 'paths' in value;
  throw new ConfigurationError(
    hasPaths
      ? `${file}: the document has "paths" but no "openapi" or "swagger" field saying which version it is.`
      : `${file}: the ${format} is neither an OpenAPI document (no "openapi" or "swagger" field) nor a codes table ` +
          '([404, 441], [{ "code": 441, "reason": "…" }] or { "441": "…" }); ' +
          `its top level is ${describeDocumentValue(value)}.`,
  );
}

/** Reads one document, choosing the reader by extension, and by content when the extension does not say. */
function parseSource(text: string, file: string, absolutePath: string): ParsedSource {
  if (text.trim() === '') throw new ConfigurationError(`${file}: the file is empty.`);
  const extension = extname(absolutePath).toLowerCase();
  if (extension === '.json') return classify(parseJsonText(text, file), file, 'JSON');
  if (extension === '.yaml' || extension === '.yml') return classify(parseYamlText(text, file), file, 'YAML');
  if (MARKDOWN_EXTENSIONS.has(extension)) return readTextPage(text, file, 'Markdown page');

  // `.txt`, no extension, anything else: a JSON or YAML document shows itself in its first characters.
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    let document: StructuredDocument | undefined;
    try {
      document = parseJsonText(text, file);
    } catch {
      // Not JSON after all (a page export that starts with a JSON header): read it as text.
    }
    if (document && (isOpenApiDocument(document.value) || looksLikeCodeList(document.value))) {
      return classify(document, file, 'JSON');
    }
  } else if (/^(?:openapi|swagger)\s*:/mu.test(start.slice(0, 2000))) {
    return classify(parseYamlText(text, file), file, 'YAML');
  }
  return readTextPage(text, file, 'text page');
}

/** What each file-system error means for a document the user named. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a symbolic link in the path points back at itself',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path or one of its names is too long',
  EISDIR: 'it is a folder',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** A file-system error as one line naming the document; never the raw error with its stack. */
function fileError(file: string, error: unknown): ConfigurationError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = (code && FILE_ERRORS[code]) ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
  return new ConfigurationError(`${shortPath(file)}: the status-code source cannot be read: ${why}${code ? ` (${code})` : ''}.`);
}

function readSourceFile(absolutePath: string, file: string): ParsedSource {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    throw fileError(file, error);
  }
  return parseSource(text.replace(/^\uFEFF/u, ''), file, absolutePath);
}

// --- Reading once per process -------------------------------------------------------------

interface Stamp {
  readonly absolutePath: string;
  readonly mtimeMs: number;
  readonly size: number;
}

interface CacheEntry extends Stamp {
  readonly result: ParsedSource | ConfigurationError;
}

/** Parsed documents (and their errors) by absolute path; a new mtime or size means read again. */
const parsedByPath = new Map<string, CacheEntry>();
/** The file state each loaded table was built from, so settings can notice a changed document. */
const stampOfTable = new WeakMap<DocumentedTable, Stamp>();

function currentStamp(absolutePath: string, file: string): Stamp {
  if (absolutePath.includes('\0')) {
    throw new ConfigurationError(`${shortPath(file)}: the status-code source's path contains a NUL character.`);
  }
  let stats;
  try {
    stats = statSync(absolutePath, { throwIfNoEntry: false });
  } catch (error) {
    throw fileError(file, error);
  }
  if (!stats) {
    throw new ConfigurationError(`${shortPath(file)}: the status-code source does not exist (looked for ${shortPath(absolutePath)}).`);
  }
  if (!stats.isFile()) {
    throw new ConfigurationError(`${shortPath(file)}: the status-code source is not a file (${shortPath(absolutePath)}).`);
  }
  return { absolutePath, mtimeMs: stats.mtimeMs, size: stats.size };
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.absolutePath === b.absolutePath && a.mtimeMs === b.mtimeMs && a.size === b.size;
}

export type SourceWarningHandler = (message: string) => void;

const emitProcessWarning: SourceWarningHandler = (message) => {
  process.emitWarning(message, { type: 'HttpStatusWarning', code: 'HTTP_STATUS_SOURCE' });
};
let warningHandler: SourceWarningHandler = emitProcessWarning;

/**
 * Where warnings about a document go (an external `$ref` not followed). By default
 * a Node.js process warning, once each time a document is read; the CLI prints them itself.
 */
export function setSourceWarningHandler(handler: SourceWarningHandler | undefined): void {
  warningHandler = handler ?? emitProcessWarning;
}

function readCached(absolutePath: string, file: string): { parsed: ParsedSource; stamp: Stamp } {
  const stamp = currentStamp(absolutePath, file);
  const cached = parsedByPath.get(absolutePath);
  if (cached && sameStamp(cached, stamp)) {
    if (cached.result instanceof ConfigurationError) throw cached.result;
    return { parsed: cached.result, stamp };
  }
  let parsed: ParsedSource;
  try {
    parsed = readSourceFile(absolutePath, file);
  } catch (error) {
    // A broken document fails every file the same way; do not parse it again for each.
    if (error instanceof ConfigurationError) parsedByPath.set(absolutePath, { ...stamp, result: error });
    throw error;
  }
  parsedByPath.set(absolutePath, { ...stamp, result: parsed });
  for (const warning of parsed.warnings) warningHandler(warning);
  return { parsed, stamp };
}

function toTable(parsed: ParsedSource, origin: string): DocumentedTable {
  return createDocumentedTable(
    parsed.entries.map(({ code, reason, description }) => ({
      code,
      reason: reason ?? getStatusEntry(code)?.reason,
      ...(description === undefined ? {} : { description }),
      origin,
    })),
    { origin, classes: parsed.classes, operations: parsed.operations },
  );
}

/** Reads a document (cached by path and mtime) and returns its table with what it is and any warnings. */
export function loadSource(path: string, cwd: string): LoadedSource {
  const absolutePath = resolve(cwd, path);
  const { parsed, stamp } = readCached(absolutePath, path);
  const table = toTable(parsed, path);
  stampOfTable.set(table, stamp);
  return { file: path, absolutePath, kind: parsed.kind, table, warnings: parsed.warnings };
}

/**
 * Reads the documented table from a document (OpenAPI, Markdown error page, JSON).
 * `path` is resolved against `cwd`. Documents are read once per process and read
 * again only when their mtime or size changes.
 */
export function loadSourceTable(path: string, cwd: string): DocumentedTable {
  return loadSource(path, cwd).table;
}

/** False when the document a table was read from has changed or gone since (one `stat`). */
export function isSourceTableCurrent(table: DocumentedTable): boolean {
  const stamp = stampOfTable.get(table);
  if (!stamp) return true;
  let stats;
  try {
    stats = statSync(stamp.absolutePath, { throwIfNoEntry: false });
  } catch {
    // Replaced by something unreadable: read it again, which reports why in one line.
    return false;
  }
  return stats !== undefined && stats.mtimeMs === stamp.mtimeMs && stats.size === stamp.size;
}

export interface LoadCodeTableOptions {
  /** What a relative `path` is resolved against; default `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * Reads a status-code document now and returns the inline `codes` form, for
 * `settings: { 'http-status': { codes: loadCodeTable('./openapi.yaml') } }`.
 * The table becomes part of the ESLint config, so `eslint --cache` sees a changed
 * document as a changed config. A range key like `4XX` becomes every code 400–499.
 */
export function loadCodeTable(path: string | URL, { cwd = process.cwd() }: LoadCodeTableOptions = {}): CodeEntry[] {
  if (typeof path !== 'string' && !(path instanceof URL)) {
    throw new ConfigurationError(`loadCodeTable() takes a file path or a file: URL; got ${describeDocumentValue(path)}.`);
  }
  let absolutePath: string;
  try {
    absolutePath = path instanceof URL ? fileURLToPath(path) : resolve(cwd, path);
  } catch (error) {
    throw new ConfigurationError(`loadCodeTable(): ${shortPath(String(path))} is not a file path: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const fromCwd = relative(cwd, absolutePath);
  const file = typeof path === 'string' ? path : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolutePath : fromCwd;
  const { parsed } = readCached(absolutePath, file);

  const byCode = new Map<number, CodeEntry>();
  for (const { code, reason, description } of parsed.entries) {
    const phrase = reason ?? getStatusEntry(code)?.reason;
    byCode.set(code, {
      code,
      ...(phrase === undefined ? {} : { reason: phrase }),
      ...(description === undefined ? {} : { description }),
    });
  }
  for (const statusClass of parsed.classes) {
    const first = Number(statusClass[0]) * 100;
    for (let code = first; code < first + 100; code += 1) {
      if (byCode.has(code)) continue;
      const phrase = getStatusEntry(code)?.reason;
      byCode.set(code, phrase === undefined ? { code } : { code, reason: phrase });
    }
  }
  return [...byCode.values()].sort((a, b) => a.code - b.code);
}
