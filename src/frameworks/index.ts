/**
 * Every framework the plugin knows, one module each, and the lookups the shared
 * analysis asks: merged once when the plugin loads, never per file. Adding a
 * framework is one module in this list (and its tests); nothing in `src/analysis/`
 * names a framework.
 */
import { axios } from './axios';
import { express } from './express';
import { fastify } from './fastify';
import { fetchApi } from './fetch';
import { hono } from './hono';
import { httpErrors } from './http-errors';
import { koa } from './koa';
import { nestjs } from './nestjs';
import { next } from './next';
import { nextPages } from './next-pages';
import { nodeHttp } from './node-http';
import { adonis } from './adonis';
import { elysia } from './elysia';
import { fastifyError } from './fastify-error';
import { hapi } from './hapi';
import { project } from './project';
import { tsRest } from './ts-rest';
import { reactRouter } from './react-router';
import { serverless } from './serverless';
import { sveltekit } from './sveltekit';
import { trpc } from './trpc';
import { connect } from './connect';
import { h3 } from './h3';
import { epicInvariant } from './epic-invariant';
import type {
  BodyProperty,
  DeclaredHttpType,
  EmptyBody,
  ErrorFactory,
  ExceptionClass,
  Framework,
  FrameworkModule,
  HeaderSetter,
  HttpObjectKind,
  MethodDecorators,
  MethodTable,
  NamePattern,
  ResponseClass,
  ReturnedResponse,
  SinkForm,
  StatusAssignment,
  StatusFunctions,
  StatusPosition,
} from './types';

export type * from './types';

export { emptyBodyValue, headersKey, unknownBody } from './forms';

/** In the order the README lists them. */
export const frameworkModules: readonly FrameworkModule[] = [
  express,
  nodeHttp,
  fastify,
  koa,
  hono,
  fetchApi,
  next,
  nextPages,
  nestjs,
  trpc,
  connect,
  tsRest,
  reactRouter,
  sveltekit,
  h3,
  hapi,
  elysia,
  adonis,
  fastifyError,
  epicInvariant,
  httpErrors,
  serverless,
  project,
  axios,
];

const byId = new Map<Framework, FrameworkModule>(frameworkModules.map((module) => [module.id, module]));

export function frameworkModule(id: Framework): FrameworkModule {
  return byId.get(id)!;
}

/** One record of every module's entries; two modules that give one key different values is a bug in a module. */
function merged<Value>(part: (module: FrameworkModule) => Readonly<Record<string, Value>> | undefined): Readonly<Record<string, Value>> {
  const result: Record<string, Value> = {};
  for (const module of frameworkModules) {
    for (const [key, value] of Object.entries(part(module) ?? {})) {
      if (Object.hasOwn(result, key) && JSON.stringify(result[key]) !== JSON.stringify(value)) {
        throw new Error(`frameworks: '${module.id}' gives '${key}' another meaning than an earlier module does`);
      }
      result[key] = value;
    }
  }
  return result;
}

const allOf = <Value>(part: (module: FrameworkModule) => readonly Value[] | undefined): Value[] =>
  frameworkModules.flatMap((module) => part(module) ?? []);

/** Every module that declares a part, with its framework. */
function withPart<Part>(part: (module: FrameworkModule) => Part | undefined): readonly (Part & { readonly framework: Framework })[] {
  return frameworkModules.flatMap((module) => {
    const value = part(module);
    return value === undefined ? [] : [{ ...value, framework: module.id }];
  });
}

/* ---------- Types and names ---------- */

export const declaredHttpTypes: readonly (DeclaredHttpType & { readonly framework: Framework })[] = frameworkModules.flatMap((module) =>
  (module.types ?? []).map((type) => ({ ...type, framework: module.id })),
);
export const nonHttpStatusTypes = allOf((module) => module.nonHttpStatusTypes);
export const statusGetters: Partial<Readonly<Record<HttpObjectKind, readonly string[]>>> = merged((module) => module.statusGetters);

function unitedNames(part: (module: FrameworkModule) => NamePattern | undefined): NamePattern {
  const patterns = allOf((module) => {
    const pattern = part(module);
    return pattern ? [pattern] : [];
  });
  return {
    names: [...new Set(patterns.flatMap((pattern) => pattern.names))],
    suffixes: [...new Set(patterns.flatMap((pattern) => pattern.suffixes))],
  };
}
export const responseNames = unitedNames((module) => module.responseNames);
export const requestNames = unitedNames((module) => module.requestNames);

export const droppedBodyFate: Readonly<Record<Framework, string>> = Object.fromEntries(
  frameworkModules.map((module) => [module.id, module.droppedBodyFate]),
) as Record<Framework, string>;

/* ---------- Methods that send a status ---------- */

/** Methods of a receiver whose declared type is known, by its framework and kind. */
export function methodsOfReceiver(framework: Framework, kind: HttpObjectKind): MethodTable | undefined {
  return frameworkModule(framework).receiverMethods?.[kind];
}

const untypedModules = frameworkModules.filter((module) => module.untyped);
const methodClaims = new Map<string, Framework>(
  untypedModules.flatMap((module) => (module.untyped?.claimsMethods ?? []).map((method) => [method, module.id] as const)),
);
const defaultUntyped = untypedModules.find((module) => module.untyped?.isDefault)!;

const claims = (pattern: NamePattern, name: string): boolean =>
  pattern.names.includes(name) || pattern.suffixes.some((suffix) => name.endsWith(suffix));

/** The framework a name-matched call most likely belongs to: the one that alone has the method, else the one its receiver's name says. */
export function guessFramework(method: string, receiverName: string | undefined): Framework {
  const claimed = methodClaims.get(method);
  const onlyOn = claimed && frameworkModule(claimed).untyped?.onlyOn;
  if (claimed && (!onlyOn || claims(onlyOn, receiverName ?? ''))) return claimed;
  const name = receiverName ?? '';
  const byReceiver = untypedModules.find((module) => module.untyped?.claimsReceivers && claims(module.untyped.claimsReceivers, name));
  return (byReceiver ?? defaultUntyped).id;
}

/** Without types: every method a response-like name may send a status with, first module first. */
const methodsByName: MethodTable = (() => {
  const result: Record<string, SinkForm> = {};
  // Methods taken only on some receivers come from their own module alone.
  for (const module of untypedModules.filter((candidate) => !candidate.untyped?.onlyOn)) {
    for (const [method, form] of Object.entries(module.untyped!.methods)) {
      if (!Object.hasOwn(result, method)) result[method] = form;
    }
  }
  return result;
})();

/** The form of a name-matched call, once its framework is guessed. */
export function methodFormByName(method: string, framework: Framework): SinkForm | undefined {
  const own = frameworkModule(framework).untyped?.methods;
  if (own && Object.hasOwn(own, method)) return own[method];
  return Object.hasOwn(methodsByName, method) ? methodsByName[method] : undefined;
}

const receiverTables: readonly MethodTable[] = [
  methodsByName,
  ...frameworkModules.flatMap((module) => Object.values(module.receiverMethods ?? {})),
  ...untypedModules.map((module) => module.untyped!.methods),
];

/** Every method name any framework sends a status with: the cheap first filter. */
export const sinkMethodNames: ReadonlySet<string> = new Set(receiverTables.flatMap((table) => Object.keys(table)));

/** The fewest arguments a call needs for this position to hold a status. */
export function minimumStatusArguments(position: StatusPosition): number {
  // A call that names no status still sends one: `res.redirect(url)`.
  if (position.absent !== undefined) return 0;
  switch (position.kind) {
    case 'argument':
      return Math.max(position.index + 1, position.minArguments ?? 0);
    case 'status-or-init':
    case 'init':
      return position.index + 1;
    case 'loose':
      return position.from + 1;
    case 'redirect':
      return 2;
    case 'mapped-key':
      return position.index + 1;
    case 'fixed':
      return 0;
  }
}

/**
 * Per method name, the fewest arguments any framework's form of it needs to hold a
 * status: `response.json()` and `res.text(body)` hold none, whatever the receiver is,
 * so they never cost a type query.
 */
export const statusArgumentsByMethod: ReadonlyMap<string, number> = (() => {
  const fewest = new Map<string, number>();
  for (const table of receiverTables) {
    for (const [method, form] of Object.entries(table)) {
      const needed = minimumStatusArguments(form.status);
      fewest.set(method, Math.min(needed, fewest.get(method) ?? needed));
    }
  }
  return fewest;
})();

/* ---------- Assignments: `res.statusCode = S`, `ctx.status = S` ---------- */

/** The status assignment of a typed receiver, when its framework has one for its kind. */
export function statusAssignmentFor(framework: Framework, kind: HttpObjectKind): StatusAssignment | undefined {
  const assignment = frameworkModule(framework).statusAssignment;
  return assignment?.kinds.includes(kind) ? assignment : undefined;
}

/** Without types: the framework an assignment to a status property on a response-like name is taken as, by the property. */
export const statusAssignmentsByName: ReadonlyMap<string, StatusAssignment & { readonly framework: Framework }> = new Map(
  withPart((module) => (module.statusAssignment?.byName ? module.statusAssignment : undefined)).map((assignment) => [
    assignment.property,
    assignment,
  ]),
);

/** The body properties of responses (`ctx.body`), and properties that stand for the response itself (`ctx.response`). */
const bodyProperties: readonly BodyProperty[] = allOf((module) => (module.bodyProperty ? [module.bodyProperty] : []));
export const bodyPropertyNames: ReadonlySet<string> = new Set(bodyProperties.map((entry) => entry.property));
export const responseAliasProperties: ReadonlySet<string> = new Set(bodyProperties.flatMap((entry) => entry.responseAliases));

/* ---------- Bodies and headers on the response ---------- */

export const bodySenders: Readonly<Record<string, number>> = merged((module) => module.bodySenders);
export const chainThroughMethods: ReadonlySet<string> = new Set(allOf((module) => module.chainThroughMethods));
export const headerSetters: Readonly<Record<string, HeaderSetter>> = merged((module) => module.headerSetters);
/** Methods that send the response, after which no header can be set. */
export const responseEnders: ReadonlySet<string> = new Set([...Object.keys(bodySenders), ...allOf((module) => module.responseEnders)]);
/** Classes whose constructor takes a header map or a list of pairs: `new Headers({ … })`, `new Map([[name, value]])`. */
export const headerMapClassNames: ReadonlySet<string> = new Set([...allOf((module) => module.headerMapClasses), 'Map']);

export function emptyBodyOf(framework: Framework): EmptyBody | undefined {
  return frameworkModule(framework).emptyBody;
}

/* ---------- Classes, factories, decorators and shapes that send a status ---------- */

export const responseClasses: ReadonlyMap<string, ResponseClass & { readonly framework: Framework }> = new Map(
  withPart((module) => module.responseClass).map((entry) => [entry.className, entry]),
);
/** Per static method of any response class (`Response.json`, `NextResponse.redirect`), each class's form of it. */
export const responseStaticForms: ReadonlyMap<string, readonly SinkForm[]> = (() => {
  const forms = new Map<string, SinkForm[]>();
  for (const module of frameworkModules) {
    for (const [method, form] of Object.entries(module.responseClass?.statics ?? {})) {
      forms.set(method, [...(forms.get(method) ?? []), form]);
    }
  }
  return forms;
})();

/** The response class of a framework, with types (the class's instances decided the framework). */
export function responseClassOf(framework: Framework): ResponseClass | undefined {
  return frameworkModule(framework).responseClass;
}

export const exceptionClasses: readonly (ExceptionClass & { readonly framework: Framework })[] = withPart(
  (module) => module.exceptionClass,
);
export const methodDecoratorSets: readonly (MethodDecorators & { readonly framework: Framework })[] = withPart(
  (module) => module.methodDecorators,
);
export const statusFunctionSets: readonly (StatusFunctions & { readonly framework: Framework })[] = withPart(
  (module) => module.functions,
);
/** Names of status functions also called on a namespace (`Boom.notFound()`): the member-call filter needs them. */
export const namespaceFunctionNames: ReadonlySet<string> = new Set(
  statusFunctionSets.filter((functions) => functions.namespace).flatMap((functions) => Object.keys(functions.sinks)),
);
export const errorFactories: readonly (ErrorFactory & { readonly framework: Framework })[] = withPart((module) => module.errorFactory);
export const returnedResponses: readonly (ReturnedResponse & { readonly framework: Framework })[] = withPart(
  (module) => module.returnedResponse,
);

/** The method decorator `name` that sets a status, and the package it must come from. */
export function decoratorSink(name: string): { readonly framework: Framework; readonly form: SinkForm; readonly package: string } | undefined {
  for (const set of methodDecoratorSets) {
    if (Object.hasOwn(set.sinks, name)) return { framework: set.framework, form: set.sinks[name]!, package: set.package };
  }
  return undefined;
}

/** The exception class of a framework, with types (a declared type of the framework decided it). */
export function exceptionClassOf(framework: Framework): ExceptionClass | undefined {
  return frameworkModule(framework).exceptionClass;
}

/** Where a project's error class keeps its status, and the framework that stands for such classes. */
export const errorStatusProperties: ReadonlySet<string> = new Set(allOf((module) => module.errorStatusProperties));
export const projectFramework: Framework = frameworkModules.find((module) => module.errorStatusProperties)!.id;

/* ---------- Routes ---------- */

export const headRouteMethods: ReadonlySet<string> = new Set(
  allOf((module) => (module.headRoutes?.method === undefined ? [] : [module.headRoutes.method])),
);
export const headRouteDecorators: ReadonlySet<string> = new Set(
  allOf((module) => (module.headRoutes?.decorator === undefined ? [] : [module.headRoutes.decorator])),
);

/* ---------- Routes ---------- */

/** Every framework's route forms, merged: the route search reads these. */
export const routeForms = {
  methodCalls: frameworkModulesWith((module) => module.routes?.methodCalls),
  methodFirst: new Set(allOfRoutes((routes) => (routes.methodFirst === undefined ? [] : [routes.methodFirst]))),
  routeObjects: allOfRoutes((routes) => (routes.routeObject ? [routes.routeObject] : [])),
  pathThenMethod: new Set(allOfRoutes((routes) => (routes.pathThenMethod === undefined ? [] : [routes.pathThenMethod]))),
  mounts: new Set(allOfRoutes((routes) => routes.mounts ?? [])),
  pluginPrefixes: allOfRoutes((routes) => (routes.pluginPrefix ? [routes.pluginPrefix] : [])),
  constructorPrefixes: allOfRoutes((routes) => (routes.constructorPrefix ? [routes.constructorPrefix] : [])),
  basePathMethods: new Set(allOfRoutes((routes) => (routes.basePathMethod === undefined ? [] : [routes.basePathMethod]))),
  decorators: allOfRoutes((routes) => (routes.decorators ? [routes.decorators] : [])),
  files: allOfRoutes((routes) => routes.files ?? []),
  optionsResponses: allOfRoutes((routes) => (routes.optionsResponses ? [routes.optionsResponses] : [])),
  definedRoutes: allOfRoutes((routes) => (routes.definedRoutes ? [routes.definedRoutes] : [])),
  contracts: allOfRoutes((routes) => (routes.contracts ? [routes.contracts] : [])),
  documentationPackages: new Set(
    allOfRoutes((routes) => [...(routes.documentationPackages ?? []), ...(routes.decorators?.responses ? [routes.decorators.responses.package] : [])]),
  ),
};

function frameworkModulesWith(part: (module: FrameworkModule) => boolean | undefined): boolean {
  return frameworkModules.some((module) => part(module) === true);
}

function allOfRoutes<Value>(part: (routes: NonNullable<FrameworkModule['routes']>) => readonly Value[]): Value[] {
  return frameworkModules.flatMap((module) => (module.routes ? part(module.routes) : []));
}
