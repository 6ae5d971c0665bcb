/** Small syntax helpers shared by the analysis modules. */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** The node under TypeScript-only wrappers: `x as T`, `x satisfies T`, `x!`, `<T>x`. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

/** The name of a class field with a plain or string key: `statusCode = 400` → 'statusCode'. */
export function propertyDefinitionName(node: TSESTree.PropertyDefinition): string | undefined {
  if (node.computed) return undefined;
  if (node.key.type === AST_NODE_TYPES.Identifier) return node.key.name;
  return node.key.type === AST_NODE_TYPES.Literal && typeof node.key.value === 'string' ? node.key.value : undefined;
}

/** The static name of a member (`a.b`, `a['b']`, `a.#b`), or undefined for a computed one. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.Identifier || node.property.type === AST_NODE_TYPES.PrivateIdentifier
      ? node.property.name
      : undefined;
  }
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') return node.property.value;
  return undefined;
}

/** The static name of a property's key (`a`, `'a'`, `['a']`, `1`), or undefined for a computed one. */
export function propertyKeyName(property: TSESTree.Property): string | undefined {
  const { key } = property;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return undefined;
}

/** The value of the last plain property named `key`, unless a spread after it may override it. */
export function findPropertyValue(object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index]!;
    if (property.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (property.kind !== 'init' || property.method) continue;
    if (propertyKeyName(property) === key) return property.value;
  }
  return undefined;
}

/** `require('m')` → 'm'. */
export function requiredModule(node: TSESTree.Node): string | undefined {
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0].value === 'string'
  ) {
    return node.arguments[0].value;
  }
  return undefined;
}

/** Whether a value met while walking the tree by visitor keys is a node. */
export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Calls `visit` on each child node of `node`, in source order, by the parser's visitor keys. */
export function forEachChildNode(
  node: TSESTree.Node,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  visit: (child: TSESTree.Node) => void,
): void {
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) visit(item);
    } else if (isNode(child)) visit(child);
  }
}

/** The expression under type wrappers, `await` and optional-chain wrappers. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = skipTypeWrappers(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression || current.type === AST_NODE_TYPES.ChainExpression) {
    current = skipTypeWrappers(current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression);
  }
  return current;
}

/** The statement a sink expression is the whole of (`res.statusCode = 404;`, `await res.status(404);`). */
export function expressionStatementOf(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.ChainExpression ||
      current.parent.type === AST_NODE_TYPES.AwaitExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression)
  ) {
    current = current.parent;
  }
  return current.parent?.type === AST_NODE_TYPES.ExpressionStatement ? current.parent : undefined;
}

/** The statements a statement is one of (a block, the program, a switch case), or undefined. */
export function statementList(statement: TSESTree.Statement): readonly TSESTree.Node[] | undefined {
  const parent = statement.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return parent.body;
    case AST_NODE_TYPES.SwitchCase:
      return parent.consequent;
    default:
      return undefined;
  }
}

/** Statements that may or may not run what they hold: branches, loops, jumps, nested blocks. */
export function isControlFlow(statement: TSESTree.Node): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.SwitchStatement:
    case AST_NODE_TYPES.TryStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.LabeledStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    default:
      return false;
  }
}

/** The innermost function around a node, or undefined at the top level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** The body of the innermost function around a node, or undefined at the top level. */
export function enclosingFunctionBody(node: TSESTree.Node): TSESTree.Node | undefined {
  return enclosingFunction(node)?.body ?? undefined;
}

/** A function of any of the three forms. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The variable an identifier refers to, or undefined, also for a node the scope manager does not know (a synthesized one). */
export function findVariableOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  try {
    return ASTUtils.findVariable(sourceCode.getScope(node), node) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A node's decorators; espree, which parses plain JavaScript, leaves the property out. */
export function decoratorsOf(node: { readonly decorators?: readonly TSESTree.Decorator[] }): readonly TSESTree.Decorator[] {
  return node.decorators ?? [];
}

/** A string the code spells out: `'x'`, or a template without substitutions, under type wrappers. */
export function staticString(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === 'string' ? value.value : undefined;
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) return value.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name a callee is called by: `f` → 'f', `x.f` → 'f'. */
export function calleeName(node: TSESTree.Node): string | undefined {
  const current = skipTypeWrappers(node);
  if (current.type === AST_NODE_TYPES.Identifier) return current.name;
  if (current.type === AST_NODE_TYPES.MemberExpression) return memberName(current);
  return undefined;
}
