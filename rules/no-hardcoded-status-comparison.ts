import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  addConstantImport,
  constantImportPlan,
  constantModules,
  findImportedConstants,
  importedConstantFor,
  type ConstantModule,
  type ImportedConstants,
} from '../src/analysis/constant-imports';
import { createConditionReads, type ConditionReads } from '../src/analysis/conditions';
import { getStatusResolver, type StatusResolver } from '../src/analysis/resolve';
import { createStatusReadFinder, unwrapStatusExpression, type StatusRead } from '../src/analysis/status-reads';
import { createRule } from '../src/create-rule';
import { constantMemberFor, type ConstantLibrary } from '../src/table/constant-names';
import { getTypeInfo } from '../src/analysis/type-info';
import { getPluginSettings } from '../src/settings';
import { describeStatus, getStatusEntry, isStatusCodeNumber, statusClassOf } from '../src/table/lookup';

export interface NoHardcodedStatusComparisonOptions {
  /** Extra variable and property names that hold a status. */
  statusNames?: string[];
  /** Codes that may be compared directly. */
  allow?: number[];
  /** The module whose constants the suggestions import when the file imports none. */
  constantsFrom?: ConstantModule;
  /** Whether test assertions that pin one status (`expect(res.status).toBe(200)`) are reported too. */
  assertions?: boolean;
}

type Options = [NoHardcodedStatusComparisonOptions];
export type MessageIds =
  | 'hardcodedAssertion'
  | 'hardcodedComparison'
  | 'hardcodedMembership'
  | 'hardcodedProtocolComparison'
  | 'hardcodedProtocolMembership'
  | 'useClassCheck'
  | 'useConstant'
  | 'useConstantWithImport'
  | 'useOk';

type StatusLiteral = TSESTree.NumberLiteral & { value: number };

function isStatusLiteral(node: TSESTree.Node | null | undefined): node is StatusLiteral {
  return node?.type === AST_NODE_TYPES.Literal && isStatusCodeNumber(node.value);
}

/** Forms that may stand as the operand of `>=`/`<` without parentheses. */
const operandSafeTypes: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.ThisExpression,
]);

/**
 * Where a `&&`/`||` expression can replace a comparison without parentheses:
 * statement tests, initializers, arguments and other places that take any expression.
 */
function takesAnyExpression(node: TSESTree.Node, parent: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.JSXExpressionContainer:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.SequenceExpression:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node;
    case AST_NODE_TYPES.Property:
      return parent.value === node && !parent.shorthand;
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
      return parent.value === node;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === node;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.arguments.includes(node as TSESTree.CallExpressionArgument);
    default:
      return false;
  }
}

export default createRule<Options, MessageIds, ComparisonChecks>({
  name: 'no-hardcoded-status-comparison',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow comparing a status with a bare status code instead of its class or a named constant',
      recommended: 'recommended',
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          statusNames: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Extra variable and property names that hold a status, besides status, statusCode, httpStatus, httpStatusCode and responseStatus.',
          },
          allow: {
            type: 'array',
            items: { type: 'integer', minimum: 100, maximum: 599 },
            uniqueItems: true,
            description: 'Status codes that may be compared directly.',
          },
          constantsFrom: {
            type: 'string',
            enum: [...constantModules],
            description:
              'The module whose status constants the suggestions use (adding its import) when the file imports no known constants.',
          },
          assertions: {
            type: 'boolean',
            description:
              'Also report test assertions that pin one status (`expect(res.status).toBe(200)`, `assert.equal(res.status, 200)`); off, as tests pin exact codes on purpose.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ statusNames: [], allow: [], assertions: false }],
    messages: {
      hardcodedAssertion: 'Asserting {{status}} pins one status; assert the {{statusClass}} class or use a named constant.',
      hardcodedComparison:
        'Comparing with {{status}} hardcodes one status; check the {{statusClass}} class or use a named constant.',
      hardcodedMembership: 'Listing {{statuses}} hardcodes single statuses; check {{classes}} or use named constants.',
      hardcodedProtocolComparison:
        'Comparing with {{status}} hardcodes one status; use a named constant (the {{statusClass}} class does not mean the same).',
      hardcodedProtocolMembership: 'Listing {{statuses}} hardcodes single statuses; use named constants (their classes do not mean the same).',
      useClassCheck: 'Check the {{statusClass}} class: `{{replacement}}`.',
      useOk: 'Check the 2xx class with `{{replacement}}`.',
      useConstant: 'Use the named constant{{plural}} `{{constant}}`.',
      useConstantWithImport: "Use the named constant{{plural}} `{{constant}}`, imported from '{{module}}'.",
    },
  },
  checks(context, [{ statusNames = [], allow = [], constantsFrom }]) {
    const { sourceCode } = context;
    const finder = createStatusReadFinder(context, { statusNames });
    const allowed = new Set(allow);
    const importPlan = constantsFrom === undefined ? undefined : constantImportPlan(constantsFrom);
    let importedConstants: ImportedConstants[] | undefined;
    const isTypeScriptFile = /\.[cm]?tsx?$/u.test(context.filename);
    let conditions: ConditionReads | undefined;
    let resolver: StatusResolver | undefined;

    // Without types a `status` may be anything's (a child process exits with 128): only a code the
    // registry or the API's table knows is taken for an HTTP status.
    const typed = getTypeInfo(context) !== undefined;
    const isReported = (code: number): boolean =>
      !allowed.has(code) && (typed || getStatusEntry(code) !== undefined || getPluginSettings(context).table.has(code));

    /** The constant naming each code where `node` stands, and the import that must come with it. */
    function constantsFor(
      codes: readonly number[],
      node: TSESTree.Node,
    ): { readonly texts: string[]; readonly library: ConstantLibrary; readonly importModule?: ConstantModule } | undefined {
      importedConstants ??= findImportedConstants(sourceCode);
      const scope = sourceCode.getScope(node);
      const first = codes[0];
      const existing = first === undefined ? undefined : importedConstantFor(importedConstants, first, scope);
      if (existing) {
        const texts: string[] = [];
        for (const code of codes) {
          const found = importedConstantFor(
            importedConstants.filter((candidate) => candidate.source === existing.source),
            code,
            scope,
          );
          if (!found) return undefined;
          texts.push(found.text);
        }
        return { texts, library: existing.source.library };
      }
      if (importedConstants.length > 0 || !importPlan || ASTUtils.findVariable(scope, importPlan.localName)) {
        return undefined;
      }
      const texts: string[] = [];
      for (const code of codes) {
        const member = constantMemberFor(importPlan.source, code);
        if (member === undefined) return undefined;
        texts.push(`${importPlan.localName}.${member}`);
      }
      return { texts, library: importPlan.source.library, importModule: importPlan.module };
    }

    /** The suggestion that replaces each literal with its constant. */
    function constantSuggestion(
      literals: readonly StatusLiteral[],
      node: TSESTree.Node,
      inList = false,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
      const constants = constantsFor(
        literals.map((literal) => literal.value),
        node,
      );
      if (!constants) return undefined;
      const { texts, library, importModule } = constants;
      // http-status's constants have literal types: in TypeScript `[httpStatus.OK].includes(status)`
      // would no longer accept a `number`.
      if (inList && library === 'http-status' && isTypeScriptFile) return undefined;
      const data = { constant: texts.join('`, `'), plural: texts.length > 1 ? 's' : '' };
      const replace = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] =>
        literals.map((literal, index) => fixer.replaceText(literal, texts[index] ?? String(literal.value)));
      if (importModule === undefined) return { messageId: 'useConstant', data, fix: replace };
      return {
        messageId: 'useConstantWithImport',
        data: { ...data, module: importModule },
        fix(fixer) {
          const addImport = importPlan && addConstantImport(fixer, sourceCode, importPlan);
          return addImport ? [...replace(fixer), addImport] : replace(fixer);
        },
      };
    }

    /** `res.status` as an operand of `>=`, parenthesized when it is not a simple access. */
    function operandText(written: TSESTree.Node): string {
      const text = sourceCode.getText(written);
      return operandSafeTypes.has(written.type) ? text : `(${text})`;
    }

    /** Whether repeating the read in `x >= 400 && x < 500` evaluates nothing twice that matters. */
    function isRepeatable(node: TSESTree.Node, read: StatusRead): boolean {
      const inner = unwrapStatusExpression(node);
      switch (inner.type) {
        case AST_NODE_TYPES.Identifier:
        case AST_NODE_TYPES.ThisExpression:
        case AST_NODE_TYPES.Super:
          return true;
        case AST_NODE_TYPES.MemberExpression:
          return (
            (!inner.computed || inner.property.type === AST_NODE_TYPES.Literal) && isRepeatable(inner.object, read)
          );
        case AST_NODE_TYPES.CallExpression:
          // A status getter reads a field; any other call may do work or differ.
          return (
            inner === read.node &&
            read.kind === 'getter' &&
            inner.callee.type === AST_NODE_TYPES.MemberExpression &&
            isRepeatable(inner.callee.object, read)
          );
        default:
          return false;
      }
    }

    /** `r >= 400 && r < 500`, or its negation `r < 400 || r >= 500`, guarded when the read may be missing. */
    function classCheckText(read: StatusRead, written: TSESTree.Node, code: number, negated: boolean): string {
      const operand = operandText(written);
      const low = Math.floor(code / 100) * 100;
      const high = low + 100;
      const missing = read.mayBeMissing;
      const missingValue = missing === 'null' ? 'null' : 'undefined';
      const loose = missing === 'nullish';
      if (negated) {
        const guard = missing ? [`${operand} ${loose ? '==' : '==='} ${missingValue}`] : [];
        return [...guard, `${operand} < ${low}`, `${operand} >= ${high}`].join(' || ');
      }
      const guard = missing ? [`${operand} ${loose ? '!=' : '!=='} ${missingValue}`] : [];
      return [...guard, `${operand} >= ${low}`, `${operand} < ${high}`].join(' && ');
    }

    /** `res.ok` for a 2xx check on a fetch `Response`; undefined elsewhere. */
    function okText(read: StatusRead, negated: boolean): string | undefined {
      if (read.ownerType?.kind !== 'fetch-response' || read.kind !== 'property' || read.name !== 'status') return undefined;
      if (!read.owner) return undefined;
      const member = read.node as TSESTree.MemberExpression;
      const ok = `${operandText(read.owner)}${member.optional ? '?.' : '.'}ok`;
      return negated ? `!${ok}` : ok;
    }

    /**
     * Whether every value the read can be is in the class, so that a class check is always true:
     * its type is `200 | 201`, or it is a constant of such codes. The shared resolver knows both.
     */
    function isAlwaysInClass(written: TSESTree.Node, code: number): boolean {
      resolver ??= getStatusResolver(context);
      const { codes, unresolved, named } = resolver.resolve(written);
      const low = Math.floor(code / 100) * 100;
      return (
        codes.length > 0 &&
        unresolved.length === 0 &&
        named.length === 0 &&
        codes.every((resolved) => resolved.code >= low && resolved.code < low + 100)
      );
    }

    /**
     * The class-check suggestion replacing `node`, with parentheses when its place needs them; none
     * where the class would not mean what the code does: a code of its own meaning (1xx, 206, 3xx),
     * a read the condition also compares with another code, a read whose type is only this class.
     */
    function classSuggestion(
      node: TSESTree.Node,
      read: StatusRead,
      written: TSESTree.Node,
      codes: readonly number[],
      negated: boolean,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
      const [code] = codes;
      if (code === undefined || !codes.every(hasClassStandIn)) return undefined;
      conditions ??= createConditionReads(sourceCode);
      if (conditions.isComparedElsewhere(node, written) || isAlwaysInClass(written, code)) return undefined;
      const statusClass = statusClassOf(code);
      const ok = statusClass === '2xx' ? okText(read, negated) : undefined;
      if (ok !== undefined) {
        // A member access or `!` binds tighter than the comparison it replaces.
        return { messageId: 'useOk', data: { replacement: ok }, fix: (fixer) => fixer.replaceText(node, ok) };
      }
      if (!isRepeatable(written, read)) return undefined;
      const replacement = classCheckText(read, written, code, negated);
      const topOperator = negated ? '||' : '&&';
      const parent = node.parent;
      const bare =
        !parent ||
        ASTUtils.isParenthesized(node, sourceCode) ||
        takesAnyExpression(node, parent) ||
        (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === topOperator);
      const text = bare ? replacement : `(${replacement})`;
      return {
        messageId: 'useClassCheck',
        data: { statusClass, replacement },
        fix: (fixer) => fixer.replaceText(node, text),
      };
    }

    function compact<T>(items: readonly (T | undefined)[]): T[] {
      return items.filter((item): item is T => item !== undefined);
    }

    /** `expect(read).toBe(S)` and `assert.equal(read, S)`: the read and the literal, when `node` is such an assertion. */
    function assertionParts(node: TSESTree.CallExpression): { read: TSESTree.Node; literal: StatusLiteral } | undefined {
      const { callee } = node;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
      const method = callee.property.name;
      if (expectMatchers.has(method) && node.arguments.length === 1) {
        // `expect(x).toBe(S)`, `expect(x).not.toBe(S)`, chai's `expect(x).to.equal(S)`.
        let subject: TSESTree.Node = callee.object;
        while (subject.type === AST_NODE_TYPES.MemberExpression && !subject.computed) subject = subject.object;
        const [value] = node.arguments;
        if (
          subject.type === AST_NODE_TYPES.CallExpression &&
          subject.callee.type === AST_NODE_TYPES.Identifier &&
          subject.callee.name === 'expect' &&
          subject.arguments.length >= 1 &&
          isStatusLiteral(value)
        ) {
          return { read: subject.arguments[0]!, literal: value };
        }
        return undefined;
      }
      // `assert.equal(x, S)`, `assert.strictEqual(S, x)`, ava's `t.is(x, S)`.
      if (!assertMethods.has(method) || node.arguments.length < 2) return undefined;
      const [first, second] = node.arguments;
      if (isStatusLiteral(second) && first && first.type !== AST_NODE_TYPES.SpreadElement) return { read: first, literal: second };
      if (isStatusLiteral(first) && second && second.type !== AST_NODE_TYPES.SpreadElement) return { read: second, literal: first };
      return undefined;
    }

    return {
      assertion(node) {
        const parts = assertionParts(node);
        if (!parts || !isReported(parts.literal.value) || !finder.find(parts.read)) return;
        const code = parts.literal.value;
        context.report({
          node: parts.literal,
          messageId: 'hardcodedAssertion',
          data: { status: describeStatus(code), statusClass: statusClassOf(code) },
          suggest: compact([constantSuggestion([parts.literal], parts.literal)]),
        });
      },
      comparison(node) {
        const literal = isStatusLiteral(node.right) ? node.right : isStatusLiteral(node.left) ? node.left : undefined;
        if (!literal || !isReported(literal.value)) return;
        const written = literal === node.right ? node.left : node.right;
        if (isStatusLiteral(written)) return;
        const read = finder.find(written);
        if (!read) return;
        const code = literal.value;
        const negated = node.operator === '!==' || node.operator === '!=';
        context.report({
          node,
          messageId: hasClassStandIn(code) ? 'hardcodedComparison' : 'hardcodedProtocolComparison',
          data: { status: describeStatus(code), statusClass: statusClassOf(code) },
          suggest: compact([classSuggestion(node, read, written, [code], negated), constantSuggestion([literal], node)]),
        });
      },
      switchStatement(node) {
        const literals = node.cases
          .map((switchCase) => switchCase.test)
          .filter((test): test is StatusLiteral => isStatusLiteral(test) && isReported(test.value));
        if (literals.length === 0 || !finder.find(node.discriminant)) return;
        for (const literal of literals) {
          context.report({
            node: literal,
            messageId: hasClassStandIn(literal.value) ? 'hardcodedComparison' : 'hardcodedProtocolComparison',
            data: { status: describeStatus(literal.value), statusClass: statusClassOf(literal.value) },
            suggest: compact([constantSuggestion([literal], literal)]),
          });
        }
      },
      membership(node) {
        const list = membershipList(node.callee);
        if (!list) return;
        const literals = list.elements.filter(
          (element): element is StatusLiteral => isStatusLiteral(element) && isReported(element.value),
        );
        const [argument] = node.arguments;
        if (literals.length === 0 || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const read = finder.find(argument);
        if (!read) return;
        const classes = [...new Set(literals.map((literal) => statusClassOf(literal.value)))];
        // A class check stands for the list only when every element is a code of one class.
        const allOneClass =
          classes.length === 1 &&
          list.elements.every((element) => isStatusLiteral(element) && statusClassOf(element.value) === classes[0]);
        const codes = literals.map((literal) => literal.value);
        context.report({
          node,
          messageId: codes.every(hasClassStandIn) ? 'hardcodedMembership' : 'hardcodedProtocolMembership',
          data: {
            statuses: listText(literals.map((literal) => describeStatus(literal.value))),
            classes: classes.length === 1 ? `the ${classes[0]} class` : `the ${listText(classes)} classes`,
          },
          suggest: compact([
            allOneClass ? classSuggestion(node, read, argument, codes, false) : undefined,
            constantSuggestion(literals, node, true),
          ]),
        });
      },
    };
  },
  listen: ([{ assertions = false }], file) => ({
    // Syntax first, in each listener; the file's checks are made for the first candidate.
    BinaryExpression(node) {
      if (equalityOperators.has(node.operator) && (isStatusLiteral(node.right) || isStatusLiteral(node.left))) file.checks.comparison(node);
    },
    SwitchStatement(node) {
      if (node.cases.some((switchCase) => isStatusLiteral(switchCase.test))) file.checks.switchStatement(node);
    },
    CallExpression(node) {
      const { callee } = node;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return;
      const method = callee.property.name;
      // Only a literal list is read: `[…].includes(x)`, `new Set([…]).has(x)`.
      const listType = method === 'includes' ? AST_NODE_TYPES.ArrayExpression : method === 'has' ? AST_NODE_TYPES.NewExpression : undefined;
      if (listType !== undefined && callee.object.type === listType && node.arguments.length === 1) {
        file.checks.membership(node as TSESTree.CallExpression & { callee: TSESTree.MemberExpression });
      } else if (assertions && (expectMatchers.has(method) || assertMethods.has(method))) {
        file.checks.assertion(node);
      }
    },
  }),
});

/** What the rule checks in one file, each for a node its listener found a candidate. */
interface ComparisonChecks {
  /** `x === 200`, `200 !== x`. */
  comparison(node: TSESTree.BinaryExpression): void;
  /** `switch (x) { case 200: … }`. */
  switchStatement(node: TSESTree.SwitchStatement): void;
  /** `[200, 201].includes(x)`, `new Set([200]).has(x)`. */
  membership(node: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }): void;
  /** `expect(x).toBe(200)`, `assert.equal(x, 200)`, with the `assertions` option. */
  assertion(node: TSESTree.CallExpression): void;
}

const equalityOperators: ReadonlySet<string> = new Set(['==', '===', '!=', '!==']);

/** Matchers and assertion methods that pin a value: Jest, Vitest, chai, node:assert, ava. */
const expectMatchers: ReadonlySet<string> = new Set(['toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eq', 'eql']);
const assertMethods: ReadonlySet<string> = new Set(['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'is']);

/** The literal list of `[200, 201].includes(x)` or `new Set([200, 201]).has(x)`. */
function membershipList(callee: TSESTree.MemberExpression): TSESTree.ArrayExpression | undefined {
  const method = callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier ? '' : callee.property.name;
  const { object } = callee;
  if (method === 'includes' && object.type === AST_NODE_TYPES.ArrayExpression) return object;
  if (
    method === 'has' &&
    object.type === AST_NODE_TYPES.NewExpression &&
    object.callee.type === AST_NODE_TYPES.Identifier &&
    object.callee.name === 'Set' &&
    object.arguments[0]?.type === AST_NODE_TYPES.ArrayExpression
  ) {
    return object.arguments[0];
  }
  return undefined;
}

/** "a", "a and b", "a, b and c". */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Codes whose class stands in for them in a client's check. Not 1xx (each is a protocol step),
 * 206 (a part, not the whole), nor any 3xx (304 is a cache hit; 303 and 307/308 redirect differently).
 */
function hasClassStandIn(code: number): boolean {
  return code >= 200 && code !== 206 && !(code >= 300 && code < 400);
}
