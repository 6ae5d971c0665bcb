/** Small syntax helpers shared by the analysis modules. */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

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
