/**
 * How to send a sink's status with no body instead of the body it sends: the fix
 * behind "drop the body" suggestions. Which call or value means "no body" in each
 * framework is data in its module (`emptyBody`); this module only edits the code.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { emptyBodyOf, emptyBodyValue } from '../frameworks';
import { memberName, skipTypeWrappers } from './ast';
import type { StatusSink } from './sinks';

type FixFunction = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

/**
 * A fix that makes the sink send no body, or undefined when the framework has no
 * such form (an HttpException always sends its body) or the code is too odd to edit:
 * - a body sender becomes the framework's empty call: `res.status(204).json(x)` → `res.status(204).end()`,
 *   `reply.code(204).send(x)` → `reply.code(204).send()`, `return c.json(x)` after `c.status(204)` → `return c.body(null)`;
 * - a body argument becomes `null`: `new Response(null, init)`, `c.json(x, 204)` → `c.body(null, 204)`,
 *   `Response.json(x, init)` → `new Response(null, init)`;
 * - Koa's `ctx.body = x` becomes `ctx.body = null`;
 * - a returned `{ statusCode, body }` loses its `body` property.
 */
export function dropBodyFix(sink: StatusSink, sourceCode: Readonly<TSESLint.SourceCode>): FixFunction | undefined {
  const { body } = sink;
  if (body.kind !== 'present' && body.kind !== 'empty') return undefined;
  switch (body.via) {
    case 'sender':
      return body.sender.type === AST_NODE_TYPES.CallExpression ? emptySenderFix(sink, body.sender) : undefined;
    case 'argument':
      return emptyArgumentFix(sink, body.value, sourceCode);
    case 'assignment':
      return (fixer) => fixer.replaceText(body.value, emptyBodyValue);
    case 'property':
      return body.sender.type === AST_NODE_TYPES.Property ? removePropertyFix(body.sender, sourceCode) : undefined;
    case 'message':
    case 'return':
      return undefined;
  }
}

/** `.json(x)` → `.end()` (or the framework's own empty call). */
function emptySenderFix(sink: StatusSink, call: TSESTree.CallExpression): FixFunction | undefined {
  const empty = emptyBodyOf(sink.framework)?.senderCall;
  const callee = call.callee;
  if (!empty || callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  const text = `${empty.method}(${empty.argument ?? ''})`;
  return (fixer) => fixer.replaceTextRange([callee.property.range[0], call.range[1]], text);
}

/** The body argument of the sink itself becomes `null`, through a method or constructor that takes it. */
function emptyArgumentFix(
  sink: StatusSink,
  value: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): FixFunction | undefined {
  const { node } = sink;
  const empty = emptyBodyOf(sink.framework);
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return empty?.constructorArgument ? (fixer) => fixer.replaceText(value, emptyBodyValue) : undefined;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const callee = node.callee;
  const methodArgument = empty?.methodArgument;
  if (methodArgument?.kind === 'nullable-methods') {
    const method = memberName(callee);
    if (method !== undefined && methodArgument.methods.includes(method)) {
      return (fixer) => fixer.replaceText(value, emptyBodyValue);
    }
    if (callee.computed) return undefined;
    const [nullable] = methodArgument.methods;
    return (fixer) => [fixer.replaceText(callee.property, nullable!), fixer.replaceText(value, emptyBodyValue)];
  }
  if (methodArgument?.kind === 'construct') {
    // A static factory such as `Response.json(x, init)` always writes its body: build the response instead.
    const classNode = skipTypeWrappers(callee.object);
    if (classNode.type !== AST_NODE_TYPES.Identifier && classNode.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const text = `new ${sourceCode.getText(classNode)}(${emptyBodyValue}`;
    return (fixer) => fixer.replaceTextRange([node.range[0], value.range[1]], text);
  }
  return undefined;
}

/** Removes a property with the comma that separates it from its neighbours. */
function removePropertyFix(property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): FixFunction {
  const after = sourceCode.getTokenAfter(property);
  const before = sourceCode.getTokenBefore(property);
  return (fixer) => {
    if (after?.value === ',') {
      const next = sourceCode.getTokenAfter(after, { includeComments: true });
      return fixer.removeRange([property.range[0], next ? next.range[0] : after.range[1]]);
    }
    if (before?.value === ',') return fixer.removeRange([before.range[0], property.range[1]]);
    return fixer.remove(property);
  };
}
