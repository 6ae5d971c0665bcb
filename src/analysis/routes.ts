/**
 * Which operation (method and literal path) each handler of a file serves, from the route forms the
 * framework modules declare: `app.get('/users/:id', handler)`, `router.route('/x').post(h)`,
 * `app.on('GET', '/x', h)`, `fastify.route({ method, url, handler })`, Nest's `@Controller('users')`
 * with `@Get(':id')`, and file-system routes (Next.js `app/**\/route.ts` and `pages/api/**`,
 * SvelteKit `+server.ts`). Prefixes of the same file are applied: `app.use('/api', router)`,
 * `app.route('/api', sub)`, `register(plugin, { prefix })`, `new Router({ prefix })`, `.basePath('/api')`.
 *
 * Built once per file, in one walk of its AST, the first time a rule asks.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { routeForms } from '../frameworks';
import { constantNames } from '../table/constant-names';
import { operationMethods, joinPaths, type DocumentedOperation, type OperationIndex, type OperationMethod } from '../table/operations';
import type { StatusClass } from '../table/registry';
import { findPropertyValue, findVariableOf, forEachChildNode, isFunctionNode, skipTypeWrappers, type FunctionNode } from './ast';

const { DefinitionType } = TSESLint.Scope;

/** A route of the code: a method ('*' for a handler of every method) and the path, prefixes joined. */
export interface CodeRoute {
  readonly method: OperationMethod | '*';
  readonly path: string;
  /** The registration, decorator or export that says it: where a route missing from the documents is reported. */
  readonly node: TSESTree.Node;
  /** For Nest's methods: the decorator, where its implicit status is reported. */
  readonly decorator?: TSESTree.Decorator;
  /** What the code itself documents for it (`@ApiNotFoundResponse()` on the method or its class), when it does. */
  readonly documented?: DocumentedOperation;
}

export interface FileRoutes {
  /** The routes a function is the handler of. */
  routesOf(fn: FunctionNode): readonly CodeRoute[] | undefined;
  /** Every handler and its routes, in source order. */
  readonly handlers: readonly { readonly handler: FunctionNode; readonly routes: readonly CodeRoute[] }[];
}

const byFile = new WeakMap<object, FileRoutes>();

const responsePackages = new Set(routeForms.decorators.flatMap((form) => (form.responses ? [form.responses.package] : [])));

/** Whether the file imports a package whose decorators document its routes' responses (`@nestjs/swagger`): syntax only. */
export function importsRouteDocumentation(program: TSESTree.Program): boolean {
  return program.body.some((item) => item.type === AST_NODE_TYPES.ImportDeclaration && responsePackages.has(item.source.value));
}

export function getFileRoutes(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): FileRoutes {
  let routes = byFile.get(sourceCode);
  if (!routes) {
    routes = findRoutes(sourceCode, filename);
    byFile.set(sourceCode, routes);
  }
  return routes;
}

/**
 * The documented operations a route of the code is: what the code's own decorators document, else
 * its method's operation in the documents, or for a handler of every method, all of its path's.
 */
export function operationsOfRoute(route: CodeRoute, index: OperationIndex | undefined, basePath: string): readonly DocumentedOperation[] {
  if (route.documented) return [route.documented];
  if (!index) return [];
  const path = joinPaths(basePath, route.path);
  if (route.method === '*') return index.findAll(path);
  const operation = index.find(route.method, path);
  return operation ? [operation] : [];
}

/** "GET /users/:id", "ALL /api/users/[id]": a route as the code writes it, prefixes joined. */
export function describeRoute(route: CodeRoute, basePath: string): string {
  return `${route.method === '*' ? 'ALL' : route.method.toUpperCase()} ${joinPaths(basePath, route.path)}`;
}

/**
 * The route a handler serves, found from a node inside it: the innermost enclosing function that is
 * a handler; for a method's decorator (Nest's `@HttpCode(204)`), the method.
 */
export function handlerRoutesAround(node: TSESTree.Node, routes: FileRoutes): { handler: FunctionNode; routes: readonly CodeRoute[] } | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const fn = isFunctionNode(current)
      ? current
      : current.type === AST_NODE_TYPES.MethodDefinition && current.value.type === AST_NODE_TYPES.FunctionExpression
        ? current.value
        : undefined;
    const found = fn && routes.routesOf(fn);
    if (found) return { handler: fn, routes: found };
  }
  return undefined;
}

const methodNames = new Map<string, OperationMethod | '*'>([
  ...operationMethods.map((method) => [method, method] as const),
  ['all', '*'],
  // @koa/router's alias.
  ['del', 'delete'],
]);

/** `x.name(…)` → 'name'; undefined for any other callee. */
function calledMethodName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
    ? callee.property.name
    : undefined;
}

/** The HTTP methods a literal or a list of literals names: `'GET'`, `['GET', 'POST']`. */
function httpMethodsOf(node: TSESTree.Node | undefined): (OperationMethod | '*')[] {
  const elements = node?.type === AST_NODE_TYPES.ArrayExpression ? node.elements : [node];
  return elements.flatMap((element) => {
    const written = element && element.type !== AST_NODE_TYPES.SpreadElement ? literalString(element)?.toLowerCase() : undefined;
    const method = written === undefined ? undefined : methodNames.get(written);
    return method === undefined ? [] : [method];
  });
}

function literalString(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') return value.value;
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) return value.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

const isRoutePath = (path: string | undefined): path is string => path !== undefined && (path.startsWith('/') || path === '' || path === '*');

/** The path of a file-system route: `api/users/[id]` → `/api/users/[id]`, `(group)` and `@slot` folders dropped. */
function fileRoutePath(captured: string, prefix: string): string {
  const segments = captured.split('/').filter((segment) => segment !== '' && !/^\(.*\)$/u.test(segment) && !segment.startsWith('@'));
  return joinPaths(prefix, ...segments);
}

function findRoutes(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): FileRoutes {
  const handlers = new Map<FunctionNode, CodeRoute[]>();
  /** Prefixes by the name of a router variable: `app.use('/api', router)`, `new Router({ prefix })`. */
  const prefixes = new Map<string, string>();
  /** The router each router is mounted on: `app.use('/api', router)` → router is on app. */
  const mountedOn = new Map<string, string>();
  /** Prefixes a router has of its own (`new Router({ prefix })`, `.basePath()`), before those it is mounted under. */
  const ownPrefixes = new Map<string, string>();
  /** Prefixes by plugin function: `register(plugin, { prefix })`. */
  const pluginPrefixes = new Map<FunctionNode, string>();
  const registrations: { call: TSESTree.CallExpression; method: OperationMethod | '*'; path: string; receiver: TSESTree.Node; handler: TSESTree.Node }[] = [];
  const visitorKeys = sourceCode.visitorKeys;

  const functionOf = (node: TSESTree.Node | undefined): FunctionNode | undefined => {
    if (!node) return undefined;
    const value = skipTypeWrappers(node);
    if (isFunctionNode(value)) return value;
    if (value.type !== AST_NODE_TYPES.Identifier) return undefined;
    const [definition] = findVariableOf(sourceCode, value)?.defs ?? [];
    if (definition?.type === DefinitionType.FunctionName && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) return definition.node;
    if (definition?.type === DefinitionType.Variable && definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init) {
      const init = skipTypeWrappers(definition.node.init);
      return isFunctionNode(init) ? init : undefined;
    }
    return undefined;
  };
  const addRoute = (handler: TSESTree.Node | undefined, route: CodeRoute): void => {
    const fn = functionOf(handler);
    if (!fn) return;
    const list = handlers.get(fn) ?? [];
    list.push(route);
    handlers.set(fn, list);
  };
  /** The last function argument: the route's handler, after its middleware. */
  const lastHandler = (args: readonly TSESTree.CallExpressionArgument[]): TSESTree.Node | undefined => {
    for (let index = args.length - 1; index >= 0; index--) {
      const argument = args[index]!;
      if (argument.type !== AST_NODE_TYPES.SpreadElement && functionOf(argument)) return argument;
    }
    return undefined;
  };

  const visitCall = (call: TSESTree.CallExpression): void => {
    const name = calledMethodName(call);
    if (name === undefined) return;
    const callee = call.callee as TSESTree.MemberExpression;
    const args = call.arguments;
    // `app.get('/x', h)`, a Koa router's `router.get('name', '/x', h)`.
    const method = routeForms.methodCalls ? methodNames.get(name) : undefined;
    if (method !== undefined) {
      const first = literalString(args[0]);
      const path = isRoutePath(first) ? first : isRoutePath(literalString(args[1])) && first !== undefined ? literalString(args[1]) : undefined;
      const handler = lastHandler(args);
      if (path !== undefined && handler) {
        // `app.route('/x').get(h)`: the path is the inner call's.
        registrations.push({ call, method, path, receiver: callee.object, handler });
        return;
      }
      const inner = skipTypeWrappers(callee.object);
      const innerName = inner.type === AST_NODE_TYPES.CallExpression ? calledMethodName(inner) : undefined;
      if (handler && inner.type === AST_NODE_TYPES.CallExpression && innerName !== undefined && routeForms.pathThenMethod.has(innerName)) {
        const innerPath = literalString(inner.arguments[0]);
        if (isRoutePath(innerPath)) registrations.push({ call, method, path: innerPath, receiver: (inner.callee as TSESTree.MemberExpression).object, handler });
      }
      return;
    }
    // `app.on('GET', '/x', h)`, `app.on(['GET', 'POST'], '/x', h)`.
    if (routeForms.methodFirst.has(name)) {
      const path = literalString(args[1]);
      const handler = lastHandler(args);
      if (!isRoutePath(path) || !handler) return;
      for (const each of httpMethodsOf(args[0])) registrations.push({ call, method: each, path, receiver: callee.object, handler });
      return;
    }
    // `fastify.route({ method: 'GET', url: '/x', handler })`.
    const routeObject = routeForms.routeObjects.find((form) => form.name === name);
    const options = args[0] && skipTypeWrappers(args[0]);
    if (routeObject && options?.type === AST_NODE_TYPES.ObjectExpression) {
      const path = routeObject.pathKeys.map((key) => literalString(findPropertyValue(options, key))).find(isRoutePath);
      const handler = findPropertyValue(options, 'handler');
      if (path === undefined || !handler) return;
      for (const each of httpMethodsOf(findPropertyValue(options, 'method'))) registrations.push({ call, method: each, path, receiver: callee.object, handler });
      return;
    }
    // `app.use('/api', router)`, `app.route('/api', sub)`.
    if (routeForms.mounts.has(name)) {
      const path = literalString(args[0]);
      const router = args[1] && skipTypeWrappers(args[1]);
      if (isRoutePath(path) && router?.type === AST_NODE_TYPES.Identifier) {
        prefixes.set(router.name, path);
        const parent = skipTypeWrappers(callee.object);
        if (parent.type === AST_NODE_TYPES.Identifier) mountedOn.set(router.name, parent.name);
      }
      return;
    }
    // `fastify.register(plugin, { prefix: '/api' })`.
    const plugin = routeForms.pluginPrefixes.find((form) => form.name === name);
    const pluginOptions = args[1] && skipTypeWrappers(args[1]);
    if (plugin && pluginOptions?.type === AST_NODE_TYPES.ObjectExpression) {
      const prefix = literalString(findPropertyValue(pluginOptions, plugin.key));
      const fn = functionOf(args[0]);
      if (fn && isRoutePath(prefix)) pluginPrefixes.set(fn, prefix);
    }
  };

  /** `const router = new Router({ prefix: '/api' })`, `const api = new Hono().basePath('/api')`. */
  const visitDeclarator = (declarator: TSESTree.VariableDeclarator): void => {
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return;
    const init = skipTypeWrappers(declarator.init);
    if (init.type === AST_NODE_TYPES.NewExpression && init.callee.type === AST_NODE_TYPES.Identifier) {
      const className = init.callee.name;
      const form = routeForms.constructorPrefixes.find((candidate) => candidate.className === className);
      const options = init.arguments[0] && skipTypeWrappers(init.arguments[0]);
      const prefix = form && options?.type === AST_NODE_TYPES.ObjectExpression ? literalString(findPropertyValue(options, form.key)) : undefined;
      if (isRoutePath(prefix)) ownPrefixes.set(declarator.id.name, prefix);
    } else if (init.type === AST_NODE_TYPES.CallExpression && routeForms.basePathMethods.has(calledMethodName(init) ?? '')) {
      const prefix = literalString(init.arguments[0]);
      if (isRoutePath(prefix)) ownPrefixes.set(declarator.id.name, prefix);
    }
  };

  /** Nest: `@Controller('users')` on the class, `@Get(':id')` on each handler. */
  const visitClass = (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void => {
    for (const form of routeForms.decorators) {
      const fromPackage = (decorator: TSESTree.Decorator): boolean => importedFrom(decorator, sourceCode) === form.package;
      const controller = node.decorators.find((decorator) => decoratorName(decorator) === form.controller && fromPackage(decorator));
      if (!controller) continue;
      const controllerPath = decoratorPath(controller) ?? '';
      const responses = form.responses;
      const documents = (decorator: TSESTree.Decorator): boolean =>
        responses !== undefined && importedFrom(decorator, sourceCode) === responses.package;
      const classResponses = responses ? node.decorators.filter(documents) : [];
      for (const member of node.body.body) {
        if (member.type !== AST_NODE_TYPES.MethodDefinition || member.value.type !== AST_NODE_TYPES.FunctionExpression) continue;
        for (const decorator of member.decorators) {
          const name = decoratorName(decorator);
          const method = name === undefined || !Object.hasOwn(form.methods, name) ? undefined : form.methods[name];
          if (method === undefined || !fromPackage(decorator)) continue;
          const path = joinPaths(controllerPath, decoratorPath(decorator) ?? '');
          const routeMethod = method === 'all' ? '*' : (method as OperationMethod);
          const responseDecorators = responses ? [...classResponses, ...member.decorators.filter(documents)] : [];
          const className = node.id?.name ?? 'the class';
          const key = member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : 'method';
          const documented =
            responses && responseDecorators.length > 0 && routeMethod !== '*'
              ? documentedByDecorators(responseDecorators, responses, routeMethod, path, `the ${responses.package} decorators of ${className}.${key}`)
              : undefined;
          addRoute(member.value, { method: routeMethod, path, node: decorator, decorator, ...(documented && { documented }) });
        }
      }
    }
  };

  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.CallExpression) visitCall(node);
    else if (node.type === AST_NODE_TYPES.VariableDeclarator) visitDeclarator(node);
    else if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && node.decorators.length > 0) visitClass(node);
    forEachChildNode(node, visitorKeys, visit);
  };
  visit(sourceCode.ast);

  /** The prefix a router's routes get: its own, after the one it is mounted under, and so on (a cycle ends it). */
  const prefixOf = (receiver: TSESTree.Node, call: TSESTree.CallExpression): string => {
    const value = skipTypeWrappers(receiver);
    if (value.type === AST_NODE_TYPES.Identifier) {
      const parts: string[] = [];
      const seen = new Set<string>();
      for (let name: string | undefined = value.name; name !== undefined && !seen.has(name); name = mountedOn.get(name)) {
        seen.add(name);
        const own = ownPrefixes.get(name);
        if (own !== undefined) parts.unshift(own);
        const mounted = prefixes.get(name);
        if (mounted !== undefined) parts.unshift(mounted);
      }
      // `async function plugin(fastify) { fastify.get(…) }` registered with a prefix.
      for (let fn: TSESTree.Node | undefined = call.parent; fn; fn = fn.parent) {
        if (isFunctionNode(fn) && pluginPrefixes.has(fn)) {
          const [first] = fn.params;
          if (first?.type === AST_NODE_TYPES.Identifier && first.name === value.name) parts.unshift(pluginPrefixes.get(fn)!);
          break;
        }
      }
      return joinPaths(...parts);
    }
    return '';
  };
  for (const { call, method, path, receiver, handler } of registrations) {
    addRoute(handler, { method, path: joinPaths(prefixOf(receiver, call), path), node: call });
  }

  // File-system routes: exports named for methods, or the default export.
  for (const form of routeForms.files) {
    const match = form.file.exec(filename.replaceAll('\\', '/'));
    if (!match) continue;
    const path = fileRoutePath(match[1] ?? '', form.prefix);
    for (const item of sourceCode.ast.body) {
      if (form.defaultExport && item.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
        addRoute(item.declaration, { method: '*', path, node: item });
      }
      if (item.type !== AST_NODE_TYPES.ExportNamedDeclaration || !item.declaration) continue;
      const declaration = item.declaration;
      const named: [string, TSESTree.Node | undefined][] =
        declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id
          ? [[declaration.id.name, declaration]]
          : declaration.type === AST_NODE_TYPES.VariableDeclaration
            ? declaration.declarations.map((entry) => [entry.id.type === AST_NODE_TYPES.Identifier ? entry.id.name : '', entry.init ?? undefined])
            : [];
      for (const [name, value] of named) {
        const method = /^[A-Z]+$/u.test(name) ? methodNames.get(name.toLowerCase()) : undefined;
        if (method !== undefined && method !== '*') addRoute(value, { method, path, node: item });
      }
    }
    break;
  }

  const list = [...handlers].map(([handler, routes]) => ({ handler, routes }));
  list.sort((a, b) => a.handler.range[0] - b.handler.range[0]);
  return { routesOf: (fn) => handlers.get(fn), handlers: list };
}

/**
 * Whether a Nest handler sets the status it answers with itself: `@HttpCode()`, `@Redirect()`, or a
 * `@Res()` (`@Response()`, `@Next()`) parameter. Otherwise Nest answers 201 for `@Post()` and 200 for the rest.
 */
export function setsItsOwnStatus(handler: FunctionNode): boolean {
  const method = handler.parent;
  if (method.type !== AST_NODE_TYPES.MethodDefinition) return false;
  const named = (decorator: TSESTree.Decorator, names: readonly string[]): boolean => {
    const name = decoratorName(decorator);
    return name !== undefined && names.includes(name);
  };
  if (method.decorators.some((decorator) => named(decorator, ['HttpCode', 'Redirect']))) return true;
  return handler.params.some((parameter) => parameter.decorators.some((decorator) => named(decorator, ['Res', 'Response', 'Next'])));
}

/** The status Nest answers a handler's route with when the handler does not set one. */
export function implicitNestStatus(route: CodeRoute): number | undefined {
  if (!route.decorator || route.method === '*') return undefined;
  return route.method === 'post' ? 201 : 200;
}

/** The operation response decorators document: `@ApiNotFoundResponse()` → 404, `@ApiResponse({ status: 409 })`. */
function documentedByDecorators(
  decorators: readonly TSESTree.Decorator[],
  responses: { readonly byName: Readonly<Record<string, number | 'default'>>; readonly withStatus: string },
  method: OperationMethod,
  path: string,
  origin: string,
): DocumentedOperation {
  const codes = new Set<number>();
  const classes = new Set<StatusClass>();
  let hasDefault = false;
  const add = (status: number | string | undefined): void => {
    if (status === 'default') hasDefault = true;
    else if (typeof status === 'number') codes.add(status);
    else if (typeof status === 'string' && /^[1-5]XX$/iu.test(status)) classes.add(`${status[0]}xx` as StatusClass);
    // A status the code computes cannot be told: any status may be documented.
    else hasDefault = true;
  };
  for (const decorator of decorators) {
    const name = decoratorName(decorator);
    if (name === undefined) continue;
    if (Object.hasOwn(responses.byName, name)) add(responses.byName[name]);
    else if (name === responses.withStatus) {
      const expression = decorator.expression;
      const options = expression.type === AST_NODE_TYPES.CallExpression && expression.arguments[0] ? skipTypeWrappers(expression.arguments[0]) : undefined;
      add(options?.type === AST_NODE_TYPES.ObjectExpression ? documentedStatus(findPropertyValue(options, 'status')) : undefined);
    }
  }
  return { method, path, codes, classes, hasDefault, origin, originIsPlural: true };
}

/** A documented status as written: `404`, `'default'`, `'4XX'`, `HttpStatus.NOT_FOUND`. */
function documentedStatus(node: TSESTree.Node | undefined): number | string | undefined {
  if (!node) return undefined;
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal && (typeof value.value === 'number' || typeof value.value === 'string')) return value.value;
  if (
    value.type === AST_NODE_TYPES.MemberExpression &&
    !value.computed &&
    value.object.type === AST_NODE_TYPES.Identifier &&
    value.object.name === 'HttpStatus' &&
    value.property.type === AST_NODE_TYPES.Identifier &&
    Object.hasOwn(constantNames.nestjs, value.property.name)
  ) {
    return constantNames.nestjs[value.property.name];
  }
  return undefined;
}

/** The module a decorator's name is imported from. */
function importedFrom(decorator: TSESTree.Decorator, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const expression = decorator.expression;
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const [definition] = findVariableOf(sourceCode, callee)?.defs ?? [];
  const declaration = definition?.type === DefinitionType.ImportBinding ? definition.node.parent : undefined;
  return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? declaration.source.value : undefined;
}

function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression = decorator.expression;
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
}

/** `@Controller('users')`, `@Controller({ path: 'users' })`, `@Get(':id')`; undefined for none or a path that is not a literal. */
function decoratorPath(decorator: TSESTree.Decorator): string | undefined {
  const expression = decorator.expression;
  if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const [first] = expression.arguments;
  if (!first) return undefined;
  const value = skipTypeWrappers(first);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return literalString(findPropertyValue(value, 'path'));
  return literalString(value);
}
