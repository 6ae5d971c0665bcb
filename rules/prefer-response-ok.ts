import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createStatusReadFinder, unwrapStatusExpression, type StatusRead } from '../src/analysis/status-reads';
import { getTypeInfo } from '../src/analysis/type-info';
import { warnedWithoutTypes, warnOnceWithoutTypes } from '../src/analysis/type-warning';
import { createRule } from '../src/create-rule';

export type MessageIds = 'preferOk';
export type Options = [];

/** One side of a range check: `r.status >= 200`, written either way round. */
interface Bound {
  /** The status read, as written. */
  readonly read: TSESTree.Expression;
  /** The bound as `status >= value` (lower) or `status < value` (upper). */
  readonly side: 'lower' | 'upper';
  readonly value: number;
}

const flipped: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function numberLiteral(node: TSESTree.Node): number | undefined {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number' ? node.value : undefined;
}

/** `x >= 200`, `199 < x`, `x < 300`, `299 >= x` …, as a bound on the integer status `x`. */
function boundOf(node: TSESTree.Node): Bound | undefined {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  let operator = node.operator as string;
  let read: TSESTree.Expression = node.left;
  let value = numberLiteral(node.right);
  if (value === undefined) {
    value = numberLiteral(node.left);
    read = node.right;
    operator = flipped[operator] ?? '';
  }
  if (value === undefined || !Number.isInteger(value)) return undefined;
  switch (operator) {
    case '>=':
      return { read, side: 'lower', value };
    case '>':
      return { read, side: 'lower', value: value + 1 };
    case '<':
      return { read, side: 'upper', value };
    case '<=':
      return { read, side: 'upper', value: value + 1 };
    default:
      return undefined;
  }
}

/** `Math.floor(x / 100)` or `Math.trunc(x / 100)`: the read `x`, or undefined. */
function hundredsOf(node: TSESTree.Node): TSESTree.Expression | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return undefined;
  const { callee } = node;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.object.type !== AST_NODE_TYPES.Identifier ||
    callee.object.name !== 'Math' ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    (callee.property.name !== 'floor' && callee.property.name !== 'trunc')
  ) {
    return undefined;
  }
  const [division] = node.arguments;
  if (division?.type !== AST_NODE_TYPES.BinaryExpression || division.operator !== '/') return undefined;
  if (numberLiteral(division.right) !== 100) return undefined;
  return division.left;
}

/** An owner `r.ok` may stand for: reading it once instead of twice evaluates nothing that matters. */
function isPlainReference(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return !node.optional && (!node.computed || node.property.type === AST_NODE_TYPES.Literal) && isPlainReference(node.object);
    default:
      return false;
  }
}

export default createRule<Options, MessageIds, ResponseOkChecks | undefined>({
  name: 'prefer-response-ok',
  meta: {
    type: 'suggestion',
    docs: {
      description: "Enforce `response.ok` over checking a fetch `Response`'s status for the 2xx range",
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    schema: [],
    defaultOptions: [],
    messages: {
      preferOk:
        "`{{ written }}` is what the fetch Response's `ok` means (a status from 200 to 299): write `{{ replacement }}`.",
    },
  },
  start(context) {
    if (!warnedWithoutTypes() && getTypeInfo(context) === undefined) warnOnceWithoutTypes(context);
  },
  checks(context) {
    const typeInfo = getTypeInfo(context);
    if (typeInfo === undefined) return undefined;
    const { sourceCode } = context;
    const finder = createStatusReadFinder(context);

    /** The owner of a fetch `Response`'s `status` read, when `node` is one that `ok` can replace. */
    function responseOf(node: TSESTree.Expression): TSESTree.Expression | undefined {
      const inner = unwrapStatusExpression(node);
      if (inner.type !== AST_NODE_TYPES.MemberExpression || !isPlainReference(inner)) return undefined;
      const read: StatusRead | undefined = finder.find(node);
      if (read?.ownerType?.kind !== 'fetch-response' || read.kind !== 'property' || read.name !== 'status') return undefined;
      return read.owner;
    }

    function report(node: TSESTree.Node, range: TSESTree.Range, owner: TSESTree.Expression, negated: boolean): void {
      const replacement = `${negated ? '!' : ''}${sourceCode.getText(owner)}.ok`;
      context.report({
        node,
        loc: { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) },
        messageId: 'preferOk',
        data: { written: sourceCode.text.slice(range[0], range[1]), replacement },
        fix: (fixer) => fixer.replaceTextRange(range, replacement),
      });
    }

    /**
     * `a && b` where `a` and `b` are adjacent operands of an `&&` (`||`) chain, the two bounds
     * of the 2xx range (of its complement for `||`) on the same read.
     */
    function checkPair(node: TSESTree.LogicalExpression, first: TSESTree.Node, second: TSESTree.Node): void {
      const a = boundOf(first);
      const b = boundOf(second);
      if (!a || !b || a.side === b.side) return;
      // Only pairs with nothing but the operator between them, so the replaced text is one piece.
      if (sourceCode.getTokensBetween(first, second).length !== 1) return;
      const lower = a.side === 'lower' ? a : b;
      const upper = a.side === 'lower' ? b : a;
      const negated = node.operator === '||';
      // `s >= 200 && s < 300` is ok; `s < 200 || s >= 300` is !ok (the bounds swap roles).
      const expected = negated ? { lower: 300, upper: 200 } : { lower: 200, upper: 300 };
      if (lower.value !== expected.lower || upper.value !== expected.upper) return;
      if (sourceCode.getText(a.read) !== sourceCode.getText(b.read)) return;
      const owner = responseOf(a.read);
      if (owner === undefined || responseOf(b.read) === undefined) return;
      report(node, [first.range[0], second.range[1]], owner, negated);
    }

    return {
      logical(node) {
        // `x && A && B` is `(x && A) && B`: A is the right operand of the left child.
        const left = node.left.type === AST_NODE_TYPES.LogicalExpression && node.left.operator === node.operator
          ? node.left.right
          : node.left;
        checkPair(node, left, node.right);
      },
      equality(node) {
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
        const two = numberLiteral(node.right) === 2 ? node.left : numberLiteral(node.left) === 2 ? node.right : undefined;
        const read = two && hundredsOf(two);
        if (!read) return;
        const owner = responseOf(read);
        if (owner === undefined) return;
        report(node, node.range, owner, node.operator.startsWith('!'));
      },
    };
  },
  listen: (_options, file) => ({
    // Only a file with types is listened to for `&&` and `||`; a file without has no checks.
    LogicalExpression(node) {
      if (node.operator !== '??') file.checks?.logical(node);
    },
    BinaryExpression(node) {
      if (equalityOperators.has(node.operator) && (numberLiteral(node.right) === 2 || numberLiteral(node.left) === 2)) file.checks?.equality(node);
    },
  }),
});

/** What the rule checks in a file with types. */
interface ResponseOkChecks {
  /** `s >= 200 && s < 300` and its negation, as adjacent operands of `&&` or `||`. */
  logical(node: TSESTree.LogicalExpression): void;
  /** `Math.floor(s / 100) === 2` and its negation. */
  equality(node: TSESTree.BinaryExpression): void;
}

const equalityOperators: ReadonlySet<string> = new Set(['==', '===', '!=', '!==']);
