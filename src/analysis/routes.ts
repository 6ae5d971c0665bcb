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
import { operationMethods, joinPaths, type DocumentedOperation, type OperationIndex, type OperationMethod } from '../table/operations';
import { decoratorsOf, findPropertyValue, findVariableOf, forEachChildNode, isFunctionNode, skipTypeWrappers, staticString, type FunctionNode } from './ast';
import {
  contractHandlers,
  decoratorName,
  documentedByDecorators,
  documentedOperation,
  responsesAt,
  routeDefinitionAt,
  type DocumentedResponses,
} from './route-documentation';
import type { TypeInfo } from './type-info';

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

/**
 * Whether the file may document its routes' responses in the code: it imports a package that does
 * (`@nestjs/swagger`, `@hono/zod-openapi`, ts-rest), or its text has the keys of route options that
 * do (Fastify's `schema.response`; a plugin file need not import Fastify). Syntax only.
 */
export function mayDocumentRoutesInCode(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let known = documentsInCode.get(sourceCode);
  if (known === undefined) {
    known =
      sourceCode.ast.body.some((item) => item.type === AST_NODE_TYPES.ImportDeclaration && routeForms.documentationPackages.has(item.source.value)) ||
      routeForms.optionsResponses.some((keys) => keys.every((key) => sourceCode.text.includes(key)));
    documentsInCode.set(sourceCode, known);
  }
  return known;
}

const documentsInCode = new WeakMap<object, boolean>();

/** The packages whose decorators document a route's responses (`@nestjs/swagger`). */
const decoratorDocumentationPackages: ReadonlySet<string> = new Set(
  routeForms.decorators.flatMap((form) => (form.responses ? [form.responses.package] : [])),
);

/**
 * Whether the file may document a decorated route's responses in the code: only decorators imported
 * from such a package do (`importedFrom` in the route walk). Syntax only.
 */
export function mayDocumentDecoratedRoutes(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return sourceCode.ast.body.some(
    (item) => item.type === AST_NODE_TYPES.ImportDeclaration && decoratorDocumentationPackages.has(item.source.value),
  );
}

export function getFileRoutes(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, typeInfo?: TypeInfo): FileRoutes {
  let routes = byFile.get(sourceCode);
  if (!routes) {
    routes = findRoutes(sourceCode, filename, typeInfo);
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
    const written = element && element.type !== AST_NODE_TYPES.SpreadElement ? staticString(element)?.toLowerCase() : undefined;
    const method = written === undefined ? undefined : methodNames.get(written);
    return method === undefined ? [] : [method];
  });
}

const isRoutePath = (path: string | undefined): path is string => path !== undefined && (path.startsWith('/') || path === '' || path === '*');

/** The path of a file-system route: `api/users/[id]` → `/api/users/[id]`, `(group)` and `@slot` folders dropped. */
function fileRoutePath(captured: string, prefix: string): string {
  const segments = captured.split('/').filter((segment) => segment !== '' && !/^\(.*\)$/u.test(segment) && !segment.startsWith('@'));
  return joinPaths(prefix, ...segments);
}

/** What a registration's own code documents for its responses, before its path is known in full. */
interface CodeDocumentation {
  readonly responses: DocumentedResponses;
  readonly origin: string;
  readonly originIsPlural: boolean;
}

function findRoutes(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, typeInfo: TypeInfo | undefined): FileRoutes {
  const handlers = new Map<FunctionNode, CodeRoute[]>();
  /** Prefixes by the name of a router variable: `app.use('/api', router)`, `new Router({ prefix })`. */
  const prefixes = new Map<string, string>();
  /** The router each router is mounted on: `app.use('/api', router)` → router is on app. */
  const mountedOn = new Map<string, string>();
  /** Prefixes a router has of its own (`new Router({ prefix })`, `.basePath()`), before those it is mounted under. */
  const ownPrefixes = new Map<string, string>();
  /** Prefixes by plugin function: `register(plugin, { prefix })`. */
  const pluginPrefixes = new Map<FunctionNode, string>();
  const registrations: {
    call: TSESTree.CallExpression;
    method: OperationMethod | '*';
    path: string;
    receiver: TSESTree.Node;
    handler: TSESTree.Node;
    documentation?: CodeDocumentation | undefined;
  }[] = [];
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

  /** Fastify's `{ schema: { response: { 200: … } } }` in a route's options. */
  const optionsDocumentation = (options: TSESTree.Node | undefined): CodeDocumentation | undefined => {
    if (!options) return undefined;
    for (const keys of routeForms.optionsResponses) {
      const responses = responsesAt(options, keys, sourceCode, typeInfo);
      if (responses) return { responses, origin: `the route's ${keys.join('.')}`, originIsPlural: false };
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
      const first = staticString(args[0]);
      const path = isRoutePath(first) ? first : isRoutePath(staticString(args[1])) && first !== undefined ? staticString(args[1]) : undefined;
      const handler = lastHandler(args);
      if (path !== undefined && handler) {
        // `app.get('/x', { schema }, h)`: the options are an object argument before the handler.
        const options = args.find((argument) => argument !== handler && skipTypeWrappers(argument).type === AST_NODE_TYPES.ObjectExpression);
        registrations.push({ call, method, path, receiver: callee.object, handler, documentation: optionsDocumentation(options) });
        return;
      }
      // `app.route('/x').get(h)`: the path is the inner call's.
      const inner = skipTypeWrappers(callee.object);
      const innerName = inner.type === AST_NODE_TYPES.CallExpression ? calledMethodName(inner) : undefined;
      if (handler && inner.type === AST_NODE_TYPES.CallExpression && innerName !== undefined && routeForms.pathThenMethod.has(innerName)) {
        const innerPath = staticString(inner.arguments[0]);
        if (isRoutePath(innerPath)) registrations.push({ call, method, path: innerPath, receiver: (inner.callee as TSESTree.MemberExpression).object, handler });
      }
      return;
    }
    // `app.on('GET', '/x', h)`, `app.on(['GET', 'POST'], '/x', h)`.
    if (routeForms.methodFirst.has(name)) {
      const path = staticString(args[1]);
      const handler = lastHandler(args);
      if (!isRoutePath(path) || !handler) return;
      for (const each of httpMethodsOf(args[0])) registrations.push({ call, method: each, path, receiver: callee.object, handler });
      return;
    }
    // `fastify.route({ method: 'GET', url: '/x', handler })`.
    const routeObject = routeForms.routeObjects.find((form) => form.name === name);
    const options = args[0] && skipTypeWrappers(args[0]);
    if (routeObject && options?.type === AST_NODE_TYPES.ObjectExpression) {
      const path = routeObject.pathKeys.map((key) => staticString(findPropertyValue(options, key))).find(isRoutePath);
      const handler = findPropertyValue(options, 'handler');
      if (path === undefined || !handler) return;
      const documentation = optionsDocumentation(options);
      for (const each of httpMethodsOf(findPropertyValue(options, 'method'))) registrations.push({ call, method: each, path, receiver: callee.object, handler, documentation });
      return;
    }
    // `app.openapi(createRoute({ method, path, responses }), handler)`.
    const definedRoute = routeForms.definedRoutes.find((form) => form.register === name);
    if (definedRoute && args[0]) {
      const handler = lastHandler(args);
      const definition = handler && routeDefinitionAt(args[0], definedRoute.define, sourceCode, typeInfo);
      const method = definition && methodNames.get(definition.method.toLowerCase());
      if (!handler || !definition || method === undefined || !isRoutePath(definition.path)) return;
      const described = skipTypeWrappers(args[0]);
      const origin = `the responses of ${described.type === AST_NODE_TYPES.Identifier ? described.name : `${definedRoute.define}()`}`;
      const documentation = definition.responses && { responses: definition.responses, origin, originIsPlural: true };
      registrations.push({ call, method, path: definition.path, receiver: callee.object, handler, documentation });
      return;
    }
    // `s.router(contract, { getPost: handler })`: each handler serves its contract entry.
    const contract = routeForms.contracts.find((form) => form.routerMethods.includes(name));
    const implementation = args[1] && skipTypeWrappers(args[1]);
    if (contract && args[0] && skipTypeWrappers(args[0]).type !== AST_NODE_TYPES.ObjectExpression && implementation?.type === AST_NODE_TYPES.ObjectExpression) {
      const contractText = sourceCode.getText(args[0]).replace(/\s+/gu, '');
      for (const { handler, definition, key } of contractHandlers(implementation, args[0], contract, sourceCode, typeInfo)) {
        const method = methodNames.get(definition.method.toLowerCase());
        if (method === undefined || method === '*' || !isRoutePath(definition.path)) continue;
        const documented =
          definition.responses && documentedOperation(method, definition.path, definition.responses, `the responses of ${contractText}.${key}`, true);
        addRoute(handler, { method, path: definition.path, node: call, ...(documented && { documented }) });
      }
      return;
    }
    // `app.use('/api', router)`, `app.route('/api', sub)`.
    if (routeForms.mounts.has(name)) {
      const path = staticString(args[0]);
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
      const prefix = staticString(findPropertyValue(pluginOptions, plugin.key));
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
      const prefix = form && options?.type === AST_NODE_TYPES.ObjectExpression ? staticString(findPropertyValue(options, form.key)) : undefined;
      if (isRoutePath(prefix)) ownPrefixes.set(declarator.id.name, prefix);
    } else if (init.type === AST_NODE_TYPES.CallExpression && routeForms.basePathMethods.has(calledMethodName(init) ?? '')) {
      const prefix = staticString(init.arguments[0]);
      if (isRoutePath(prefix)) ownPrefixes.set(declarator.id.name, prefix);
    }
  };

  /** Nest: `@Controller('users')` on the class, `@Get(':id')` on each handler. */
  const visitClass = (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void => {
    for (const form of routeForms.decorators) {
      const fromPackage = (decorator: TSESTree.Decorator): boolean => importedFrom(decorator, sourceCode) === form.package;
      const controller = decoratorsOf(node).find((decorator) => decoratorName(decorator) === form.controller && fromPackage(decorator));
      if (!controller) continue;
      const controllerPath = decoratorPath(controller) ?? '';
      const responses = form.responses;
      /** A response decorator of the package (`@ApiOperation()` and `@ApiTags()` document no response). */
      const documents = (decorator: TSESTree.Decorator): boolean => {
        const name = decoratorName(decorator);
        if (!responses || name === undefined || !(Object.hasOwn(responses.byName, name) || name === responses.withStatus)) return false;
        return importedFrom(decorator, sourceCode) === responses.package;
      };
      /**
       * A decorator of the project's own that may document responses too (`@ApiCommonResponses()`,
       * an `ApiResponse` of its own module): what it documents cannot be read, so nothing is.
       */
      const documentsUnreadably = (decorator: TSESTree.Decorator): boolean => {
        const name = decoratorName(decorator);
        return name !== undefined && /^Api\w*Responses?$/u.test(name) && !documents(decorator);
      };
      const classResponses = responses ? decoratorsOf(node).filter(documents) : [];
      const classUnreadable = decoratorsOf(node).some(documentsUnreadably);
      for (const member of node.body.body) {
        if (member.type !== AST_NODE_TYPES.MethodDefinition || member.value.type !== AST_NODE_TYPES.FunctionExpression) continue;
        for (const decorator of decoratorsOf(member)) {
          const name = decoratorName(decorator);
          const method = name === undefined || !Object.hasOwn(form.methods, name) ? undefined : form.methods[name];
          if (method === undefined || !fromPackage(decorator)) continue;
          const path = joinPaths(controllerPath, decoratorPath(decorator) ?? '');
          const routeMethod = method === 'all' ? '*' : (method as OperationMethod);
          const responseDecorators = responses ? [...classResponses, ...decoratorsOf(member).filter(documents)] : [];
          const className = node.id?.name ?? 'the class';
          const key = member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : 'method';
          const documented =
            responses && responseDecorators.length > 0 && routeMethod !== '*' && !classUnreadable && !decoratorsOf(member).some(documentsUnreadably)
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
    else if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && decoratorsOf(node).length > 0) visitClass(node);
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
  for (const { call, method, path, receiver, handler, documentation } of registrations) {
    const fullPath = joinPaths(prefixOf(receiver, call), path);
    const documented =
      documentation && method !== '*'
        ? documentedOperation(method, fullPath, documentation.responses, documentation.origin, documentation.originIsPlural)
        : undefined;
    addRoute(handler, { method, path: fullPath, node: call, ...(documented && { documented }) });
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
  if (decoratorsOf(method).some((decorator) => named(decorator, ['HttpCode', 'Redirect']))) return true;
  return handler.params.some((parameter) => decoratorsOf(parameter).some((decorator) => named(decorator, ['Res', 'Response', 'Next'])));
}

/** The status Nest answers a handler's route with when the handler does not set one. */
export function implicitNestStatus(route: CodeRoute): number | undefined {
  if (!route.decorator || route.method === '*') return undefined;
  return route.method === 'post' ? 201 : 200;
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

/** `@Controller('users')`, `@Controller({ path: 'users' })`, `@Get(':id')`; undefined for none or a path that is not a literal. */
function decoratorPath(decorator: TSESTree.Decorator): string | undefined {
  const expression = decorator.expression;
  if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const [first] = expression.arguments;
  if (!first) return undefined;
  const value = skipTypeWrappers(first);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return staticString(findPropertyValue(value, 'path'));
  return staticString(value);
}
