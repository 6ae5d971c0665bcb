/**
 * Which declared types are HTTP objects, and which names stand for them when there
 * are no types, from what the framework modules (`src/frameworks/`) declare.
 * Rules never re-learn a framework: they ask this module (and the sink and
 * status-read modules built on it).
 */
import type * as ts from 'typescript';
import {
  declaredHttpTypes,
  nonHttpStatusTypes,
  requestNames,
  responseNames,
  statusGetters,
  type Framework,
  type HttpObjectKind,
} from '../frameworks';
import { loadTypeScript } from './typescript';

export type { Framework, HttpObjectKind } from '../frameworks';
export { droppedBodyFate } from '../frameworks';

export interface HttpObjectType {
  readonly framework: Framework;
  readonly kind: HttpObjectKind;
  /** The declared name, for messages. */
  readonly name: string;
}

const declarationsByName = new Map<string, (typeof declaredHttpTypes)[number][]>();
for (const declaration of declaredHttpTypes) {
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

/** Whether a symbol is declared in one of `packages` ('typescript' for TypeScript's own lib files). */
export function isDeclaredIn(symbol: ts.Symbol, packages: readonly string[]): boolean {
  for (const packageName of declaringPackages(symbol)) if (packages.includes(packageName)) return true;
  return false;
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

/**
 * Without types, the HTTP object a type annotation names by its import: `res: NextApiResponse` with
 * `NextApiResponse` imported from 'next'. A module is its package, or the package `@types/` declares it in.
 */
export function declaredTypeOfImport(name: string, module: string): HttpObjectType | undefined {
  const packageName = module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0]!;
  const match = declarationsByName
    .get(name)
    ?.find((candidate) => candidate.packages.includes(packageName) || candidate.packages.includes(`@types/${packageName}`));
  return match && { framework: match.framework, kind: match.kind, name: match.name };
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
  // The alias first: Next's `NextApiResponse` is `ServerResponse & { status, json, … }`, Next's and not Node's.
  const alias = type.aliasSymbol && declaredKnownType(type.aliasSymbol);
  if (alias) return alias;
  if (type.isUnionOrIntersection()) {
    for (const part of type.types) {
      const match = classify(part, checker, depth);
      if (match) return match;
    }
    return undefined;
  }
  const own = type.getSymbol();
  const match = own && declaredKnownType(own);
  if (match) return match;
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
const nonHttpStatusOwners: ReadonlyMap<string, readonly string[]> = new Map(
  nonHttpStatusTypes.map((owner) => [owner.name, owner.packages]),
);

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
const statusGetterMethods = statusGetters;

/** Whether `object.method()` returns the status of an object of this kind. */
export function isStatusGetter(kind: HttpObjectKind, method: string): boolean {
  return statusGetterMethods[kind]?.includes(method) === true;
}

/** Method names that are a status getter for some kind: a cheap syntax check before asking for types. */
export const statusGetterNames: ReadonlySet<string> = new Set(Object.values(statusGetterMethods).flat());

/* ---------- Without type information: names ---------- */

const responseNameSet: ReadonlySet<string> = new Set(responseNames.names);
const responseSuffixes = responseNames.suffixes;

/**
 * Whether an identifier's name marks it as a response object, a reply or a context
 * (`res`, `reply`, `ctx`, `c`, `apiResponse`, `koaCtx`…), plus the names a rule's
 * `receiverNames` option adds.
 */
export function isResponseLikeName(name: string, extraNames: ReadonlySet<string> = emptySet): boolean {
  if (responseNameSet.has(name) || extraNames.has(name)) return true;
  return responseSuffixes.some((suffix) => name.length > suffix.length && name.endsWith(suffix));
}

const requestNameSet: ReadonlySet<string> = new Set(requestNames.names);
const requestSuffixes = requestNames.suffixes;

/** Whether an identifier's name marks it as a request (`req`, `request`, `incomingRequest`). */
export function isRequestLikeName(name: string): boolean {
  return requestNameSet.has(name) || requestSuffixes.some((suffix) => name.length > suffix.length && name.endsWith(suffix));
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
