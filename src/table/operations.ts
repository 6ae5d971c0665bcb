/**
 * The operations an API documents one by one (`GET /users/{id}` → 200, 404), and a matcher that
 * finds the operation a route of the code serves.
 *
 * Paths are compared segment by segment, as OpenAPI's path templating does: a parameter of any
 * spelling (`{id}`, `:id`, `[id]`) matches one segment; a catch-all (`[...slug]`, `*`, `{path+}`)
 * matches the rest. The operations of a document are compiled once into a tree of segments, so
 * finding the operation of a route walks it once: O(segments of the route), with one step back
 * at a segment where both a literal and a parameter continue (a route `/users/me` is the
 * documented `/users/me` when there is one, else `/users/{id}`).
 */
import { statusClassOf } from './lookup';
import type { StatusClass } from './registry';

/** The HTTP methods an operation can have, as OpenAPI spells them (3.2 adds `query`). */
export const operationMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;
export type OperationMethod = (typeof operationMethods)[number];

export interface DocumentedOperation {
  readonly method: OperationMethod;
  /** The path as the document gives it, with the server's path or Swagger's `basePath` before it. */
  readonly path: string;
  /** The response codes it documents. */
  readonly codes: ReadonlySet<number>;
  /** Whole classes it documents (`4XX`). */
  readonly classes: ReadonlySet<StatusClass>;
  /** Whether it has a `default` response, which documents every other status. */
  readonly hasDefault: boolean;
  /** The document, for messages; or the decorators that document it in the code. */
  readonly origin: string;
  /** Whether the origin is several things (decorators), for the verb of messages. */
  readonly originIsPlural?: boolean;
}

/** Whether an operation documents a status: its own code, its class, or a `default` response. */
export function operationDocuments(operation: DocumentedOperation, code: number): boolean {
  return operation.hasDefault || operation.codes.has(code) || operation.classes.has(statusClassOf(code));
}

/** "GET /users/{id}". */
export function describeOperation(operation: Pick<DocumentedOperation, 'method' | 'path'>): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/** What an operation documents, for messages: "200, 404, 4XX, default". */
export function describeDocumentedCodes(operation: DocumentedOperation): string {
  const parts = [...[...operation.codes].sort((a, b) => a - b).map(String), ...[...operation.classes].sort().map((name) => name.toUpperCase())];
  if (operation.hasDefault) parts.push('default');
  return parts.length === 0 ? 'no status codes' : parts.join(', ');
}

/** One segment of a path: a literal, a parameter (one segment), or a catch-all (the rest, maybe none). */
type Segment = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'param' } | { readonly kind: 'rest' };

const PARAMETER = /^(?:\{[^{}+*]+\}|:[^/]+|\[[^[\]./]+\])$/u;
const CATCH_ALL = /^(?:\*|\*\*|\{[^{}]+[+*]\}|\[\.\.\.[^\]]+\]|\[\[\.\.\.[^\]]+\]\]|:[^/]+[*+])$/u;

/** A path's segments: `/users/{id}/` → literal `users`, a parameter. Empty segments (doubled or trailing slashes) are dropped. */
export function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split('/')) {
    if (part === '') continue;
    if (CATCH_ALL.test(part)) segments.push({ kind: 'rest' });
    else if (PARAMETER.test(part)) segments.push({ kind: 'param' });
    else segments.push({ kind: 'literal', text: part });
  }
  return segments;
}

/** Two paths joined by one slash: a prefix and a route (`/api/` + `/users` → `/api/users`). */
export function joinPaths(...parts: readonly string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter((part) => part !== '')
    .join('/');
  return `/${joined}`;
}

interface TreeNode {
  readonly literals: Map<string, TreeNode>;
  param: TreeNode | undefined;
  /** Operations whose path ends here with a catch-all. */
  rest: Map<OperationMethod, DocumentedOperation> | undefined;
  /** Operations whose path ends here. */
  readonly operations: Map<OperationMethod, DocumentedOperation>;
}

const newNode = (): TreeNode => ({ literals: new Map(), param: undefined, rest: undefined, operations: new Map() });

/** The documented operations, compiled once: `find` a route's operation, or the operations of its path. */
export interface OperationIndex {
  readonly size: number;
  readonly operations: readonly DocumentedOperation[];
  /** The operation a route serves; `method` '*' (a handler of every method, as a Next.js API route is) gives none. */
  find(method: OperationMethod, path: string): DocumentedOperation | undefined;
  /** Every operation of the path a route serves, whatever its method. */
  findAll(path: string): readonly DocumentedOperation[];
}

export function compileOperations(operations: readonly DocumentedOperation[]): OperationIndex {
  const root = newNode();
  for (const operation of operations) {
    let node = root;
    let isRest = false;
    for (const segment of pathSegments(operation.path)) {
      if (segment.kind === 'rest') {
        isRest = true;
        break;
      }
      if (segment.kind === 'param') {
        node.param ??= newNode();
        node = node.param;
      } else {
        let next = node.literals.get(segment.text);
        if (!next) {
          next = newNode();
          node.literals.set(segment.text, next);
        }
        node = next;
      }
    }
    const target = isRest ? (node.rest ??= new Map()) : node.operations;
    // The first document to give an operation keeps it.
    if (!target.has(operation.method)) target.set(operation.method, operation);
  }

  /** The node a route's path ends at, literals before parameters, then the nearest catch-all. */
  const walk = (segments: readonly Segment[], index: number, node: TreeNode, accept: (found: ReadonlyMap<OperationMethod, DocumentedOperation>) => boolean): boolean => {
    if (index === segments.length && accept(node.operations)) return true;
    const segment = segments[index];
    if (segment) {
      if (segment.kind === 'literal') {
        const literal = node.literals.get(segment.text);
        if (literal && walk(segments, index + 1, literal, accept)) return true;
      }
      // A parameter of the route matches a parameter of the document, not a literal; a literal may be a parameter's value.
      if (segment.kind !== 'rest' && node.param && walk(segments, index + 1, node.param, accept)) return true;
    }
    return node.rest !== undefined && accept(node.rest);
  };

  return {
    size: operations.length,
    operations,
    find(method, path) {
      let found: DocumentedOperation | undefined;
      walk(pathSegments(path), 0, root, (candidates) => {
        found = candidates.get(method);
        return found !== undefined;
      });
      return found;
    },
    findAll(path) {
      let found: DocumentedOperation[] = [];
      walk(pathSegments(path), 0, root, (candidates) => {
        found = [...candidates.values()];
        return found.length > 0;
      });
      return found;
    },
  };
}
