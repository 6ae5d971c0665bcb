/**
 * Which route a function handles, as far as its registration shows: for now, whether it
 * answers HEAD requests, whose responses never carry a body (RFC 9110, Section 9.3.2).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { headRouteDecorators, headRouteMethods, type ReturnedResponse } from '../frameworks';
import { findPropertyValue, isFunctionNode, memberName, propertyKeyName, type FunctionNode } from './ast';

/** `app.head('/x', fn)` (Express, Koa routers, Fastify, Hono), `route({ method: 'HEAD', handler: fn })`, Nest `@Head()`: the frameworks' `headRoutes`. */
function isHeadRegistration(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    return parent.callee.type === AST_NODE_TYPES.MemberExpression && headRouteMethods.has(memberName(parent.callee) ?? '');
  }
  if (parent.type === AST_NODE_TYPES.Property && propertyKeyName(parent) === 'handler') {
    const method = parent.parent.type === AST_NODE_TYPES.ObjectExpression ? findPropertyValue(parent.parent, 'method') : undefined;
    return method?.type === AST_NODE_TYPES.Literal && typeof method.value === 'string' && method.value.toUpperCase() === 'HEAD';
  }
  if (parent.type === AST_NODE_TYPES.MethodDefinition) {
    return (parent.decorators ?? []).some((decorator) => {
      const call = decorator.expression;
      return (
        call.type === AST_NODE_TYPES.CallExpression &&
        call.callee.type === AST_NODE_TYPES.Identifier &&
        headRouteDecorators.has(call.callee.name)
      );
    });
  }
  return false;
}

/** Whether `node` runs in a handler registered for HEAD (in it, or in a function defined in it). */
export function isInHeadHandler(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && isHeadRegistration(current)) return true;
  }
  return false;
}

/* ---------- Handlers that return their response ---------- */

/**
 * Whether a function is a serverless handler, so that a `{ statusCode, body }` it returns is
 * its response: it is exported (`export const getUser = …`, `exports.handler = …`, a member of
 * `module.exports = { … }`, also through a wrapper such as `middy(fn)`), named `handler`, takes
 * `(event, context)`, or is declared with a Lambda type (`APIGatewayProxyHandler`, a result type
 * `APIGatewayProxyResult`). Other functions that return such an object build a cache entry,
 * a log line or a mock, or pass an `inject()` result back: none of them sends it.
 */
export function isReturnedResponseHandler(fn: FunctionNode, shape: ReturnedResponse): boolean {
  const { handler } = shape;
  if (handler.kind === 'router-implementation') return isRouterImplementation(fn, handler.routerMethods);
  return isServerlessHandler(fn, handler);
}

/** How many object levels a router implementation's handler may sit below the object passed to the router. */
const MAX_ROUTER_NESTING = 6;

/**
 * `s.router(contract, { getPost: async () => ({ status: 200, body }) })`: a function that is a member of the
 * implementation object (directly, as `{ handler }`, or in a nested router object) passed second to a router method.
 */
function isRouterImplementation(fn: FunctionNode, routerMethods: readonly string[]): boolean {
  let current: TSESTree.Node = fn;
  for (let depth = 0; depth <= MAX_ROUTER_NESTING; depth++) {
    const property: TSESTree.Node | undefined = current.parent;
    // A method shorthand (`{ async getPost() { … } }`) is a FunctionExpression that is its Property's value too.
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== current) return false;
    const object: TSESTree.Node = property.parent;
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const call: TSESTree.Node | undefined = object.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[1] === object) {
      return call.callee.type === AST_NODE_TYPES.MemberExpression && routerMethods.includes(memberName(call.callee) ?? '');
    }
    current = object;
  }
  return false;
}

type ServerlessHandler = Extract<ReturnedResponse['handler'], { kind: 'lambda-handler' }>;

function isServerlessHandler(fn: FunctionNode, shape: ServerlessHandler): boolean {
  if (hasHandlerTypeAnnotation(fn.returnType, shape) || takesEventAndContext(fn, shape)) return true;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    if (fn.id?.name === 'handler') return true;
    return isExportedPlace(fn.parent);
  }
  // Through wrappers: `export const handler = middy(async (event) => { … })`.
  let current: TSESTree.Node = fn;
  while (current.parent.type === AST_NODE_TYPES.CallExpression && current.parent.arguments.includes(current)) {
    current = current.parent;
  }
  const place = current.parent;
  switch (place.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      if (place.id.type !== AST_NODE_TYPES.Identifier) return false;
      if (place.id.name === 'handler' || hasHandlerTypeAnnotation(place.id.typeAnnotation, shape)) return true;
      return place.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    case AST_NODE_TYPES.AssignmentExpression:
      return place.right === current && isExportsTarget(place.left);
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return true;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.MethodDefinition:
      if (place.value !== current) return false;
      if (place.type === AST_NODE_TYPES.Property && propertyKeyName(place) === 'handler') return true;
      return place.type === AST_NODE_TYPES.Property && place.parent.type === AST_NODE_TYPES.ObjectExpression && isExportedObject(place.parent);
    default:
      return false;
  }
}

function isExportedPlace(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ExportNamedDeclaration || node.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

/** `module.exports`, `exports.x`, `module.exports.x`. */
function isExportsTarget(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'exports';
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const { object } = node;
  if (object.type === AST_NODE_TYPES.Identifier) {
    return object.name === 'exports' || (object.name === 'module' && memberName(node) === 'exports');
  }
  return isExportsTarget(object) && object.type === AST_NODE_TYPES.MemberExpression && memberName(object) === 'exports';
}

/** `module.exports = { … }` and `export default { … }`. */
function isExportedObject(object: TSESTree.ObjectExpression): boolean {
  const place = object.parent;
  if (place.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  return place.type === AST_NODE_TYPES.AssignmentExpression && place.right === object && isExportsTarget(place.left);
}

function takesEventAndContext(fn: FunctionNode, shape: ServerlessHandler): boolean {
  const [event, context] = fn.params;
  return (
    event?.type === AST_NODE_TYPES.Identifier &&
    shape.eventParameter.test(event.name) &&
    context?.type === AST_NODE_TYPES.Identifier &&
    shape.contextParameter.test(context.name)
  );
}

/** A type annotation that names a handler type (a Lambda type), also inside `Promise<…>`. */
function hasHandlerTypeAnnotation(annotation: TSESTree.TSTypeAnnotation | undefined, shape: ServerlessHandler): boolean {
  let type = annotation?.typeAnnotation;
  if (type?.type === AST_NODE_TYPES.TSTypeReference && typeName(type.typeName) === 'Promise') {
    type = type.typeArguments?.params[0];
  }
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = typeName(type.typeName);
  return name !== undefined && shape.handlerTypeNames.test(name);
}

function typeName(name: TSESTree.EntityName): string | undefined {
  if (name.type === AST_NODE_TYPES.Identifier) return name.name;
  return name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : undefined;
}
