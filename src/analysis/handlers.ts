/**
 * Which route a function handles, as far as its registration shows: for now, whether it
 * answers HEAD requests, whose responses never carry a body (RFC 9110, Section 9.3.2).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { findPropertyValue, isFunctionNode, memberName, propertyKeyName, type FunctionNode } from './ast';

/** `app.head('/x', fn)` (Express, Koa routers, Fastify, Hono), `route({ method: 'HEAD', handler: fn })`, Nest `@Head()`. */
function isHeadRegistration(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    return parent.callee.type === AST_NODE_TYPES.MemberExpression && memberName(parent.callee) === 'head';
  }
  if (parent.type === AST_NODE_TYPES.Property && propertyKeyName(parent) === 'handler') {
    const method = parent.parent.type === AST_NODE_TYPES.ObjectExpression ? findPropertyValue(parent.parent, 'method') : undefined;
    return method?.type === AST_NODE_TYPES.Literal && typeof method.value === 'string' && method.value.toUpperCase() === 'HEAD';
  }
  if (parent.type === AST_NODE_TYPES.MethodDefinition) {
    return (parent.decorators ?? []).some((decorator) => {
      const call = decorator.expression;
      return (
        call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'Head'
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
