/**
 * What the plugin knows about HTTP frameworks and clients: which declared types
 * are HTTP objects, and which names stand for them when there are no types.
 * Rules never re-learn a framework: they ask this module (and the sink and
 * status-read modules built on it).
 */
import type * as ts from 'typescript';
import { loadTypeScript } from './typescript';

export type Framework =
  | 'axios'
  | 'express'
  | 'fastify'
  | 'fetch'
  | 'hono'
  | 'http-errors'
  | 'koa'
  | 'nestjs'
  | 'next'
  | 'node-http'
  /** A serverless handler's returned `{ statusCode, body }` (AWS API Gateway style): no package, a shape. */
  | 'serverless';

/**
 * What becomes of a body sent with a status that cannot have one (204, 205, 304, 1xx), in
 * each framework's own terms, for messages.
 */
export const droppedBodyFate: Readonly<Record<Framework, string>> = {
  axios: 'the server drops it',
  express: 'Node drops it',
  fastify: 'Fastify drops it',
  fetch: 'the fetch Response constructor throws',
  hono: "Hono's fetch Response constructor throws",
  'http-errors': 'the server drops it',
  koa: 'Koa drops it',
  nestjs: 'the server drops it',
  next: 'the fetch Response constructor throws',
  'node-http': 'Node drops it',
  serverless: 'the HTTP layer drops it',
};

/** What role an HTTP object plays. */
export type HttpObjectKind =
  /** A client-side AxiosError, whose `response` holds the status. */
  | 'axios-error'
  /** A client-side axios response (`status`). */
  | 'axios-response'
  /** The fetch/undici `Response` class (and Next.js `NextResponse`), read by clients and built by servers. */
  | 'fetch-response'
  /** Hono's `Context` (`c.json(body, status)`). */
  | 'hono-context'
  /** An error object of http-errors (`createError(404)`), which Koa and Express error handlers send. */
  | 'http-error'
  /** NestJS `HttpException` and subclasses (`getStatus()`). */
  | 'http-exception'
  /** Node `http.IncomingMessage`, a response as a client reads it (`statusCode`). */
  | 'incoming-message'
  /** Koa's `Context` (`ctx.status`, `ctx.throw`). */
  | 'koa-context'
  /** Koa's `ctx.response`. */
  | 'koa-response'
  /** A response a server is building: Express `Response`, Node `ServerResponse`, `FastifyReply`. */
  | 'server-response';

export interface HttpObjectType {
  readonly framework: Framework;
  readonly kind: HttpObjectKind;
  /** The declared name, for messages. */
  readonly name: string;
}

interface KnownDeclaration extends HttpObjectType {
  /** Packages whose declaration files may declare it; 'typescript' stands for TypeScript's own lib files. */
  readonly packages: readonly string[];
}

const knownDeclarations: readonly KnownDeclaration[] = [
  {
    framework: 'express',
    kind: 'server-response',
    name: 'Response',
    packages: ['@types/express', '@types/express-serve-static-core'],
  },
  { framework: 'fastify', kind: 'server-response', name: 'FastifyReply', packages: ['fastify'] },
  { framework: 'node-http', kind: 'server-response', name: 'ServerResponse', packages: ['@types/node'] },
  { framework: 'node-http', kind: 'server-response', name: 'OutgoingMessage', packages: ['@types/node'] },
  { framework: 'node-http', kind: 'incoming-message', name: 'IncomingMessage', packages: ['@types/node'] },
  { framework: 'next', kind: 'fetch-response', name: 'NextResponse', packages: ['next'] },
  {
    framework: 'fetch',
    kind: 'fetch-response',
    name: 'Response',
    packages: ['typescript', '@types/node', 'undici-types', 'undici', 'bun-types', '@cloudflare/workers-types'],
  },
  { framework: 'axios', kind: 'axios-response', name: 'AxiosResponse', packages: ['axios'] },
  { framework: 'axios', kind: 'axios-error', name: 'AxiosError', packages: ['axios'] },
  { framework: 'koa', kind: 'koa-context', name: 'Context', packages: ['@types/koa'] },
  { framework: 'koa', kind: 'koa-context', name: 'ParameterizedContext', packages: ['@types/koa'] },
  { framework: 'koa', kind: 'koa-context', name: 'ExtendableContext', packages: ['@types/koa'] },
  { framework: 'koa', kind: 'koa-context', name: 'BaseContext', packages: ['@types/koa'] },
  { framework: 'koa', kind: 'koa-context', name: 'DefaultContext', packages: ['@types/koa'] },
  { framework: 'koa', kind: 'koa-response', name: 'Response', packages: ['@types/koa'] },
  { framework: 'koa', kind: 'koa-response', name: 'BaseResponse', packages: ['@types/koa'] },
  { framework: 'hono', kind: 'hono-context', name: 'Context', packages: ['hono'] },
  { framework: 'nestjs', kind: 'http-exception', name: 'HttpException', packages: ['@nestjs/common'] },
  { framework: 'http-errors', kind: 'http-error', name: 'HttpError', packages: ['@types/http-errors', 'http-errors'] },
];

const declarationsByName = new Map<string, KnownDeclaration[]>();
for (const declaration of knownDeclarations) {
  const list = declarationsByName.get(declaration.name) ?? [];
  list.push(declaration);
  declarationsByName.set(declaration.name, list);
}

/** The npm package a declaration file belongs to ('typescript' for lib files), or undefined for the user's own code. */
export function packageOfFile(fileName: string): string | undefined {
  const normalized = fileName.replaceAll('\\', '/');
  const at = normalized.lastIndexOf('/node_modules/');
  if (at === -1) return undefined;
  const parts = normalized.slice(at + '/node_modules/'.length).split('/');
  const [first, second] = parts;
  if (first === undefined) return undefined;
  return first.startsWith('@') && second !== undefined ? `${first}/${second}` : first;
}

/** The packages that declare a symbol (one per declaration in node_modules or TypeScript's lib). */
function* declaringPackages(symbol: ts.Symbol): Generator<string> {
  for (const declaration of symbol.getDeclarations() ?? []) {
    const packageName = packageOfFile(declaration.getSourceFile().fileName);
    if (packageName !== undefined) yield packageName;
  }
}

function declaredKnownType(symbol: ts.Symbol): HttpObjectType | undefined {
  const candidates = declarationsByName.get(symbol.getName());
  if (!candidates) return undefined;
  for (const packageName of declaringPackages(symbol)) {
    const match = candidates.find((candidate) => candidate.packages.includes(packageName));
    if (match) return { framework: match.framework, kind: match.kind, name: match.name };
  }
  return undefined;
}

/** Types already classified in this process; a type object belongs to one program. */
const classified = new WeakMap<ts.Type, HttpObjectType | null>();
const MAX_BASE_DEPTH = 6;

function classify(type: ts.Type, checker: ts.TypeChecker, depth: number): HttpObjectType | undefined {
  const cached = classified.get(type);
  if (cached !== undefined) return cached ?? undefined;
  // A cycle in base types ends as "not known".
  classified.set(type, null);
  const result = classifyUncached(type, checker, depth);
  classified.set(type, result ?? null);
  return result;
}

function classifyUncached(type: ts.Type, checker: ts.TypeChecker, depth: number): HttpObjectType | undefined {
  const tsModule = loadTypeScript();
  if (type.isUnionOrIntersection()) {
    for (const part of type.types) {
      const match = classify(part, checker, depth);
      if (match) return match;
    }
    return undefined;
  }
  for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
    const match = symbol && declaredKnownType(symbol);
    if (match) return match;
  }
  if (depth >= MAX_BASE_DEPTH) return undefined;
  // A user's own class or interface that extends a known one is that kind too.
  const symbol = type.getSymbol();
  if (symbol && symbol.flags & (tsModule.SymbolFlags.Class | tsModule.SymbolFlags.Interface)) {
    const declared = checker.getDeclaredTypeOfSymbol(symbol);
    if (declared.isClassOrInterface()) {
      for (const base of checker.getBaseTypes(declared)) {
        const match = classify(base, checker, depth + 1);
        if (match) return match;
      }
    }
  }
  return undefined;
}

/**
 * The HTTP object a type is, decided by where its symbol (or a base type's) is
 * declared: `Response` from `@types/express` is Express's, a user's own `Response`
 * is nothing. `null`/`undefined` in a union are ignored. Cached per type.
 */
export function classifyHttpType(type: ts.Type, checker: ts.TypeChecker): HttpObjectType | undefined {
  return classify(checker.getNonNullableType(type), checker, 0);
}

/**
 * Declared types whose `status` is no HTTP status: a child process's exit code
 * (`spawnSync(…).status === 128`). By name and declaring package, like the HTTP types.
 */
const nonHttpStatusOwners: ReadonlyMap<string, readonly string[]> = new Map([['SpawnSyncReturns', ['@types/node']]]);

/** Whether a type's `status` is known not to be an HTTP status (its symbol is one of `nonHttpStatusOwners`). */
export function isNonHttpStatusOwner(type: ts.Type, checker: ts.TypeChecker): boolean {
  const nonNullable = checker.getNonNullableType(type);
  const parts = nonNullable.isUnion() ? nonNullable.types : [nonNullable];
  return parts.some((part) =>
    [part.aliasSymbol, part.getSymbol()].some((symbol) => {
      if (!symbol) return false;
      const packages = nonHttpStatusOwners.get(symbol.getName());
      return packages !== undefined && [...declaringPackages(symbol)].some((name) => packages.includes(name));
    }),
  );
}

/**
 * Methods that return the status an HTTP object carries, by kind: a NestJS
 * `HttpException` keeps its status behind `getStatus()`. (Status properties are
 * all named `status` or `statusCode`: see `statusPropertyNames`.)
 */
const statusGetterMethods: Readonly<Partial<Record<HttpObjectKind, readonly string[]>>> = {
  'http-exception': ['getStatus'],
};

/** Whether `object.method()` returns the status of an object of this kind. */
export function isStatusGetter(kind: HttpObjectKind, method: string): boolean {
  return statusGetterMethods[kind]?.includes(method) === true;
}

/** Method names that are a status getter for some kind: a cheap syntax check before asking for types. */
export const statusGetterNames: ReadonlySet<string> = new Set(Object.values(statusGetterMethods).flat());

/* ---------- Without type information: names ---------- */

const responseNames = new Set(['res', 'response', 'reply', 'ctx', 'context', 'c']);
const responseSuffixes = ['Res', 'Response', 'Reply', 'Ctx', 'Context'];

/**
 * Whether an identifier's name marks it as a response object, a reply or a context
 * (`res`, `reply`, `ctx`, `c`, `apiResponse`, `koaCtx`…), plus the names a rule's
 * `receiverNames` option adds.
 */
export function isResponseLikeName(name: string, extraNames: ReadonlySet<string> = emptySet): boolean {
  if (responseNames.has(name) || extraNames.has(name)) return true;
  return responseSuffixes.some((suffix) => name.length > suffix.length && name.endsWith(suffix));
}

const requestNames = new Set(['req', 'request']);
const requestSuffixes = ['Req', 'Request'];

/** Whether an identifier's name marks it as a request (`req`, `request`, `incomingRequest`). */
export function isRequestLikeName(name: string): boolean {
  return requestNames.has(name) || requestSuffixes.some((suffix) => name.length > suffix.length && name.endsWith(suffix));
}

/** Identifiers that hold a status by name (`const { status } = await fetch(url)`). */
export const statusVariableNames: ReadonlySet<string> = new Set([
  'status',
  'statusCode',
  'httpStatus',
  'httpStatusCode',
  'responseStatus',
]);

/** Properties that hold a status (`res.status`, `res.statusCode`). */
export const statusPropertyNames: ReadonlySet<string> = new Set(['status', 'statusCode']);

const emptySet: ReadonlySet<string> = new Set();
