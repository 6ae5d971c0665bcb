/**
 * What else a condition asks of the value it tests. A class check stands in for
 * `status === 404` only when nothing beside it tells that status apart: not
 * `status >= 200 && status !== 204`, not `if (s === 400) … else if (s === 401) …`,
 * where the other comparisons give the one code its meaning.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrapStatusExpression } from './status-reads';

const comparisonOperators: ReadonlySet<string> = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=']);

export interface ConditionReads {
  /**
   * Whether the value `read` (by its source text) is compared with a number, or tested for
   * membership, more than once in the condition around `node` or along its if/else-if or
   * `?:` chain.
   */
  isComparedElsewhere(node: TSESTree.Node, read: TSESTree.Node): boolean;
}

export function createConditionReads(sourceCode: Readonly<TSESLint.SourceCode>): ConditionReads {
  /** Per chain head (or lone condition): how often each value's text is compared. */
  const countsByHead = new WeakMap<TSESTree.Node, ReadonlyMap<string, number>>();
  /** Per `if` or `?:` of a chain, the chain's head: each chain is climbed once. */
  const headOf = new WeakMap<TSESTree.Node, TSESTree.Node>();

  const textOf = (node: TSESTree.Node): string => sourceCode.getText(unwrapStatusExpression(node));

  /** The outermost `&&`/`||`/`!` around a comparison: the whole condition it is part of. */
  function conditionOf(node: TSESTree.Node): TSESTree.Node {
    let current = node;
    for (;;) {
      const parent = current.parent;
      if (parent?.type === AST_NODE_TYPES.LogicalExpression) current = parent;
      else if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') current = parent;
      else return current;
    }
  }

  /** The first `if` (or `?:`) of the chain whose test `condition` is, or the condition itself. */
  function chainHead(condition: TSESTree.Node): TSESTree.Node {
    const link = condition.parent;
    const isTest =
      (link?.type === AST_NODE_TYPES.IfStatement || link?.type === AST_NODE_TYPES.ConditionalExpression) &&
      link.test === condition;
    if (!isTest) return condition;
    const climbed: TSESTree.Node[] = [];
    let current: TSESTree.Node = link;
    let head: TSESTree.Node | undefined;
    for (;;) {
      const known = headOf.get(current);
      if (known) {
        head = known;
        break;
      }
      climbed.push(current);
      const parent: TSESTree.Node | undefined = current.parent;
      if (parent?.type === current.type && (parent as { alternate?: TSESTree.Node | null }).alternate === current) current = parent;
      else break;
    }
    head ??= current;
    for (const node of climbed) headOf.set(node, head);
    return head;
  }

  function countsOf(head: TSESTree.Node): ReadonlyMap<string, number> {
    const cached = countsByHead.get(head);
    if (cached) return cached;
    const counts = new Map<string, number>();
    const add = (node: TSESTree.Node): void => {
      const text = textOf(node);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    };
    const visit = (node: TSESTree.Node): void => {
      switch (node.type) {
        case AST_NODE_TYPES.LogicalExpression:
          visit(node.left);
          visit(node.right);
          return;
        case AST_NODE_TYPES.UnaryExpression:
          if (node.operator === '!') visit(node.argument);
          return;
        case AST_NODE_TYPES.BinaryExpression:
          if (!comparisonOperators.has(node.operator)) return;
          if (isNumberLiteral(node.right)) add(node.left);
          else if (isNumberLiteral(node.left)) add(node.right);
          return;
        case AST_NODE_TYPES.CallExpression: {
          // `[200, 201].includes(status)`, `new Set([…]).has(status)`.
          const [argument] = node.arguments;
          const { callee } = node;
          const isMembership =
            callee.type === AST_NODE_TYPES.MemberExpression &&
            callee.property.type === AST_NODE_TYPES.Identifier &&
            (callee.property.name === 'includes' || callee.property.name === 'has');
          if (isMembership && argument && argument.type !== AST_NODE_TYPES.SpreadElement) add(argument);
          return;
        }
        default:
          return;
      }
    };
    if (head.type === AST_NODE_TYPES.IfStatement || head.type === AST_NODE_TYPES.ConditionalExpression) {
      let link: TSESTree.Node | null = head;
      while (link?.type === AST_NODE_TYPES.IfStatement || link?.type === AST_NODE_TYPES.ConditionalExpression) {
        if (link.type !== head.type) break;
        visit(link.test);
        link = link.alternate;
      }
    } else {
      visit(head);
    }
    countsByHead.set(head, counts);
    return counts;
  }

  return {
    isComparedElsewhere(node, read) {
      const counts = countsOf(chainHead(conditionOf(node)));
      return (counts.get(textOf(read)) ?? 0) > 1;
    },
  };
}

function isNumberLiteral(node: TSESTree.Node): boolean {
  const inner = node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-' ? node.argument : node;
  return inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'number';
}
