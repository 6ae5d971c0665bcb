/**
 * Whether a status a sink cannot resolve is a parameter of a helper that the same file calls:
 * `const fail = (res, status) => res.status(status).json(…)`. Each call of such a helper is a
 * send of its own, checked where it is written (see the sink search), so the helper's own send
 * is no status left unchecked.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { findVariableOf, isFunctionNode, skipTypeWrappers } from './ast';

const { DefinitionType } = TSESLint.Scope;

export function isParameterOfCalledHelper(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = findVariableOf(sourceCode, value)?.defs[0];
  if (definition?.type !== DefinitionType.Parameter || !isFunctionNode(definition.node)) return false;
  const fn = definition.node;
  const name =
    fn.type === AST_NODE_TYPES.FunctionDeclaration
      ? fn.id
      : fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn && fn.parent.id.type === AST_NODE_TYPES.Identifier
        ? fn.parent.id
        : undefined;
  if (!name) return false;
  const helper = findVariableOf(sourceCode, name);
  return (
    helper?.references.some((reference) => {
      const call = reference.identifier.parent;
      return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier;
    }) === true
  );
}
