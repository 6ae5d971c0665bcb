import { ConfigurationError, formatValue } from '../../errors';
import { isStatusCodeNumber } from '../lookup';
import type { StatusClass } from '../registry';
import { joinPaths, operationMethods, type DocumentedOperation } from '../operations';
import { EntryCollector, type ParsedSource } from './parsed-source';
import type { StructuredDocument } from './structured';

const RANGE_KEY = /^([1-5])XX$/iu;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for documents this reader owns: they say which OpenAPI or Swagger version they are. */
export function isOpenApiDocument(value: unknown): value is JsonObject {
  return isObject(value) && (typeof value.openapi === 'string' || value.swagger !== undefined);
}

const MISSING = Symbol('missing');

/** Follows a local JSON Pointer (`#/components/responses/NotFound`) inside the document. */
function resolvePointer(root: unknown, ref: string): unknown {
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return MISSING;
  }
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return MISSING;
  let node = root;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return MISSING;
    node = (node as JsonObject)[key];
  }
  return node;
}

function member(base: string, key: string): string {
  return /^[A-Za-z_]\w*$/u.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/**
 * Reads the codes an OpenAPI 3.x or Swagger 2.0 document documents: every response
 * key of every operation under `paths`. Only local `$ref`s are followed; others are
 * reported as warnings where they may hide codes.
 */
export function readOpenApi(document: StructuredDocument, file: string): ParsedSource {
  const root = document.value as JsonObject;
  const version = typeof root.openapi === 'string' ? `OpenAPI ${root.openapi}` : `Swagger ${String(root.swagger)}`;
  const skippedRefs: string[] = [];

  /** The value behind a chain of local `$ref`s, or undefined when it lives in another file. */
  const follow = (value: unknown, where: string): unknown => {
    let current = value;
    const seen = new Set<string>();
    while (isObject(current) && typeof current.$ref === 'string') {
      const ref = current.$ref;
      if (!ref.startsWith('#')) {
        skippedRefs.push(`${where} → ${JSON.stringify(ref)}`);
        return undefined;
      }
      // A chain ends or comes back: the set of refs seen, not a hop limit, tells a long chain from a loop.
      if (seen.has(ref)) {
        throw new ConfigurationError(`${file}: the $ref ${JSON.stringify(ref)} at ${where} is circular.`);
      }
      seen.add(ref);
      const target = resolvePointer(root, ref);
      if (target === MISSING) {
        throw new ConfigurationError(`${file}: the $ref ${JSON.stringify(ref)} at ${where} points to nothing in the document.`);
      }
      current = target;
    }
    return current;
  };

  if (!isObject(root.paths)) {
    throw new ConfigurationError(
      root.paths === undefined
        ? `${file}: the ${version} document has no "paths", so it documents no status codes.`
        : `${file}: "paths" in the ${version} document must be an object of path items; got ${formatValue(root.paths)}.`,
    );
  }

  const collector = new EntryCollector();
  const classes = new Set<StatusClass>();
  const operations: DocumentedOperation[] = [];
  const prefix = pathPrefix(root);
  let operationCount = 0;

  for (const [pathKey, rawItem] of Object.entries(root.paths)) {
    if (pathKey.startsWith('x-')) continue;
    const itemWhere = member('paths', pathKey);
    const item = follow(rawItem, itemWhere);
    if (!isObject(item)) continue;
    for (const method of operationMethods) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      operationCount += 1;
      const responsesWhere = `${itemWhere}.${method}.responses`;
      const responses = follow(operation.responses, responsesWhere);
      if (!isObject(responses)) continue;
      const operationCodes = new Set<number>();
      const operationClasses = new Set<StatusClass>();
      operations.push({
        method,
        path: joinPaths(prefix, pathKey),
        codes: operationCodes,
        classes: operationClasses,
        hasDefault: Object.hasOwn(responses, 'default'),
        origin: file,
      });
      // Where the keys were written, for a line number in errors.
      const keyPath = isObject(rawItem) && rawItem.$ref === undefined ? ['paths', pathKey, method, 'responses'] : undefined;

      for (const [key, response] of Object.entries(responses)) {
        if (key === 'default' || key.startsWith('x-')) continue;
        const range = RANGE_KEY.exec(key);
        if (range) {
          classes.add(`${range[1]}xx` as StatusClass);
          operationClasses.add(`${range[1]}xx` as StatusClass);
          continue;
        }
        // Three digits as written: YAML reads `0x194` and `2e2` as numbers that look like codes.
        const written = keyPath ? document.writtenKey(keyPath, key) : key;
        const code = /^[1-5]\d\d$/u.test(written) ? Number(written) : Number.NaN;
        if (!isStatusCodeNumber(code)) {
          const line = keyPath ? document.lineOf(keyPath, key) : undefined;
          const shown = written.length <= 20 ? written : `${written.slice(0, 20)}…`;
          throw new ConfigurationError(
            `${file}${line === undefined ? '' : `:${line}`}: ${responsesWhere} has the key ${JSON.stringify(shown)}, ` +
              'which is not a status code from 100 to 599, a range like "4XX", or "default"' +
              `${isStatusCodeNumber(Number(written)) ? `; write it as three digits, like "${Number(written)}"` : ''}.`,
          );
        }
        // The code is the key, so a response kept in another file still documents it; only its text is out of reach.
        const body =
          isObject(response) && typeof response.$ref === 'string' && !response.$ref.startsWith('#')
            ? undefined
            : follow(response, member(responsesWhere, key));
        const description = isObject(body) && typeof body.description === 'string' ? body.description.trim() : undefined;
        collector.add(code, undefined, description || undefined);
        operationCodes.add(code);
      }
    }
  }

  const warnings =
    skippedRefs.length === 0
      ? []
      : [
          `${file}: ${skippedRefs.length === 1 ? 'a $ref to another document was' : `${skippedRefs.length} $refs to other documents were`} ` +
            `not followed, so status codes behind ${skippedRefs.length === 1 ? 'it' : 'them'} are not documented: ${skippedRefs.join(', ')}. ` +
            'Bundle the document into one file (e.g. `redocly bundle`) or list those codes in settings[\'http-status\'].codes.',
        ];

  if (collector.size === 0 && classes.size === 0) {
    const why =
      operationCount === 0
        ? skippedRefs.length > 0
          ? `its path items are in other documents (${skippedRefs.join(', ')}), which are never fetched`
          : '"paths" has no operations'
        : `none of its ${operationCount} operation${operationCount === 1 ? '' : 's'} has a response code other than "default"`;
    throw new ConfigurationError(`${file}: the ${version} document documents no status codes: ${why}.`);
  }

  return { kind: `${version} document`, entries: collector.entries(), classes: [...classes].sort(), warnings, operations };
}

/**
 * The path the operations are served under: Swagger 2's `basePath`, or the path of OpenAPI 3's first
 * server (`https://api.example.com/v1` → `/v1`; a relative `/v1` as it is).
 */
function pathPrefix(root: JsonObject): string {
  if (typeof root.basePath === 'string') return root.basePath;
  const [server] = Array.isArray(root.servers) ? (root.servers as unknown[]) : [];
  const url = isObject(server) && typeof server.url === 'string' ? server.url : '';
  const path = /^[a-z][a-z\d+.-]*:\/\/[^/]*(\/.*)?$/iu.exec(url);
  return path ? (path[1] ?? '') : url.startsWith('/') ? url : '';
}
