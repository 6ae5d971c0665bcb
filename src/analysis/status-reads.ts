/**
 * Where code READS a status: `res.status`, `err.response?.status`, a `status`
 * variable, `exception.getStatus()`. Without type information the names decide;
 * with it, a read must also have a number-like type, and reads the names miss
 * (getters of known HTTP types, constants copied from a read) are found too.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { findVariableOf } from './ast';
import type * as ts from 'typescript';
import {
  classifyHttpType,
  isNonHttpStatusOwner,
  isStatusGetter,
  statusGetterNames,
  statusPropertyNames,
  statusVariableNames,
  type HttpObjectType,
} from './frameworks';
import { getTypeInfo, type TypeInfo } from './type-info';
import { loadTypeScript } from './typescript';

/** What may stand in a status read instead of a number. */
export type MissingValue = 'null' | 'nullish' | 'undefined';

export interface StatusRead {
  /** The read without its wrappers (`res.status` out of `res.status!` or `(res.status as number)`). */
  readonly node: TSESTree.Expression;
  /** How the status is read: a variable, a property, or a getter call. */
  readonly kind: 'getter' | 'property' | 'variable';
  /** The object the status is read from: `res` in `res.status`, `err` in `err.getStatus()`. */
  readonly owner?: TSESTree.Expression;
  /** The property or getter name (`status`, `statusCode`, `getStatus`), or the variable's name. */
  readonly name: string;
  /** The known HTTP type of `owner`, with type information only. */
  readonly ownerType?: HttpObjectType;
  /** Set when the read may yield something other than a number (`err.response?.status`). */
  readonly mayBeMissing?: MissingValue;
}

export interface StatusReadOptions {
  /** Extra names that hold a status (rule option `statusNames`): variables and properties. */
  readonly statusNames?: readonly string[];
}

export interface StatusReadFinder {
  /** The status read this expression is, or undefined. Asks the type checker only about syntactic candidates. */
  find(expression: TSESTree.Node): StatusRead | undefined;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Variables named for a status beyond the exact names: `expectedStatus`, `upstreamStatusCode`, `statusDupe`,
 * `errorCode`, `httpCode`. Not an exit status (`exitStatus`), and not a status's text.
 */
const statusLikeVariableName =
  /^(?!exit)(?:[a-z][A-Za-z\d]*(?:Status|StatusCode|HttpCode)|status(?!Text|Message|Line)[A-Z][A-Za-z\d]*|errorCode|httpCode|responseCode)$/u;

/** How far `const code = res.status` chains are followed with types. */
const MAX_ALIAS_DEPTH = 3;

/** Type assertions and non-null assertions around a read do not change what it reads. */
export function unwrapStatusExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a member: `res.status`, `res['status']`, `res?.status`; undefined for `res[key]` and `this.#status`. */
export function staticMemberName(node: TSESTree.MemberExpression): string | undefined {
  const { property } = node;
  if (!node.computed) return property.type === AST_NODE_TYPES.Identifier ? property.name : undefined;
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) {
    return property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Whether the syntax itself may yield undefined (`err.response?.status`) and no `!` removes it. */
function syntaxMayBeMissing(node: TSESTree.Node): MissingValue | undefined {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSNonNullExpression:
        return undefined;
      case AST_NODE_TYPES.ChainExpression:
        return 'undefined';
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return undefined;
    }
  }
}

/* ---------- Types ---------- */

/** Whether a type can hold a status: number-like, or unknown to us (`any`), so that the names decide. */
type NumberVerdict = 'number' | 'other' | 'unknown';

const verdicts = new WeakMap<ts.Type, NumberVerdict>();

function numberVerdict(type: ts.Type, checker: ts.TypeChecker): NumberVerdict {
  let verdict = verdicts.get(type);
  if (verdict === undefined) {
    verdict = numberVerdictUncached(type, checker, 0);
    verdicts.set(type, verdict);
  }
  return verdict;
}

function numberVerdictUncached(type: ts.Type, checker: ts.TypeChecker, depth: number): NumberVerdict {
  const tsModule = loadTypeScript();
  const { flags } = type;
  if (flags & (tsModule.TypeFlags.Any | tsModule.TypeFlags.Unknown)) return 'unknown';
  if (flags & tsModule.TypeFlags.NumberLike) return 'number';
  if (type.isUnion()) {
    const parts = type.types.filter((part) => !(part.flags & nullishFlags()));
    if (parts.length === 0) return 'other';
    const partVerdicts = parts.map((part) => numberVerdictUncached(part, checker, depth + 1));
    if (partVerdicts.includes('unknown')) return 'unknown';
    return partVerdicts.every((part) => part === 'number') ? 'number' : 'other';
  }
  // A branded number (`number & { __brand: 'Status' }`) is still a number.
  if (type.isIntersection()) {
    return type.types.some((part) => numberVerdictUncached(part, checker, depth + 1) === 'number') ? 'number' : 'other';
  }
  if (flags & tsModule.TypeFlags.TypeParameter) {
    const constraint = checker.getBaseConstraintOfType(type);
    if (!constraint || constraint === type || depth > 4) return 'unknown';
    return numberVerdictUncached(constraint, checker, depth + 1);
  }
  return 'other';
}

function nullishFlags(): number {
  const { TypeFlags } = loadTypeScript();
  return TypeFlags.Undefined | TypeFlags.Null | TypeFlags.Void;
}

function typeMayBeMissing(type: ts.Type): MissingValue | undefined {
  const { TypeFlags } = loadTypeScript();
  const parts = type.isUnion() ? type.types : [type];
  let undefinedPart = false;
  let nullPart = false;
  for (const part of parts) {
    if (part.flags & (TypeFlags.Undefined | TypeFlags.Void)) undefinedPart = true;
    if (part.flags & TypeFlags.Null) nullPart = true;
  }
  if (undefinedPart && nullPart) return 'nullish';
  if (undefinedPart) return 'undefined';
  return nullPart ? 'null' : undefined;
}

/* ---------- The finder ---------- */

/**
 * A finder for one file. Without types a read is a member named `status`/`statusCode`
 * or a variable named like a status (`status`, `statusCode`, `httpStatus`…), plus
 * `statusNames`. With types, additionally:
 * - a read must be number-like (`order.status: 'open' | 'paid'` is not a status);
 * - a status getter of a known HTTP type (`exception.getStatus()`) is a read;
 * - a `const` copied or destructured from a read (`const { status: code } = res`) is a read.
 */
export function createStatusReadFinder(context: Context, options: StatusReadOptions = {}): StatusReadFinder {
  const extraNames = new Set(options.statusNames ?? []);
  const isVariableName = (name: string): boolean =>
    statusVariableNames.has(name) || extraNames.has(name) || statusLikeVariableName.test(name);
  const isPropertyName = (name: string): boolean => statusPropertyNames.has(name) || extraNames.has(name);
  const typeInfo = getTypeInfo(context);
  // Made on first need: a rule's `create` runs for every file, most of which compare no status.
  let cache: WeakMap<TSESTree.Node, StatusRead | null> | undefined;

  function typeOf(info: TypeInfo, node: TSESTree.Node): ts.Type | undefined {
    const tsNode = info.services.esTreeNodeToTSNodeMap.get(node);
    return tsNode ? info.checker.getTypeAtLocation(tsNode) : undefined;
  }

  function ownerTypeOf(info: TypeInfo, owner: TSESTree.Node): HttpObjectType | undefined {
    const type = typeOf(info, owner);
    return type && classifyHttpType(type, info.checker);
  }

  /** With types: whether the read's type can hold a status, and whether it may be missing. */
  function typedCheck(
    info: TypeInfo,
    read: TSESTree.Node,
    written: TSESTree.Node,
  ): { readonly ok: boolean; readonly mayBeMissing?: MissingValue } {
    // The written form's type includes what `?.` leaves behind and what `!` removes.
    const type = typeOf(info, written) ?? typeOf(info, read);
    if (!type) return { ok: true, mayBeMissing: syntaxMayBeMissing(written) };
    const verdict = numberVerdict(type, info.checker);
    if (verdict === 'other') return { ok: false };
    if (verdict === 'unknown') return { ok: true, mayBeMissing: syntaxMayBeMissing(written) };
    return { ok: true, mayBeMissing: typeMayBeMissing(type) };
  }

  function find(expression: TSESTree.Node, depth: number): StatusRead | undefined {
    const node = unwrapStatusExpression(expression);
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return findVariable(expression, node, depth);
      case AST_NODE_TYPES.MemberExpression:
        return findProperty(expression, node);
      case AST_NODE_TYPES.CallExpression:
        return findGetter(expression, node);
      default:
        return undefined;
    }
  }

  function findVariable(written: TSESTree.Node, node: TSESTree.Identifier, depth: number): StatusRead | undefined {
    if (isVariableName(node.name)) {
      if (!typeInfo) return { node, kind: 'variable', name: node.name, mayBeMissing: syntaxMayBeMissing(written) };
      const { ok, mayBeMissing } = typedCheck(typeInfo, node, written);
      return ok ? { node, kind: 'variable', name: node.name, mayBeMissing } : undefined;
    }
    if (!typeInfo || depth >= MAX_ALIAS_DEPTH) return undefined;
    return findAlias(typeInfo, written, node, depth);
  }

  /** With types: `code` in `const code = res.status` or `const { status: code } = res`. */
  function findAlias(
    info: TypeInfo,
    written: TSESTree.Node,
    node: TSESTree.Identifier,
    depth: number,
  ): StatusRead | undefined {
    const tsModule = loadTypeScript();
    const tsNode = info.services.esTreeNodeToTSNodeMap.get(node);
    const symbol = tsNode && info.checker.getSymbolAtLocation(tsNode);
    const declaration = symbol?.valueDeclaration;
    if (!declaration || !(tsModule.getCombinedNodeFlags(declaration) & tsModule.NodeFlags.Const)) return undefined;
    if (tsModule.isVariableDeclaration(declaration) && tsModule.isIdentifier(declaration.name)) {
      const initializer = declaration.initializer && info.services.tsNodeToESTreeNodeMap.get(declaration.initializer);
      if (!initializer || !find(initializer, depth + 1)) return undefined;
    } else if (tsModule.isBindingElement(declaration) && tsModule.isObjectBindingPattern(declaration.parent)) {
      const key = declaration.propertyName ?? declaration.name;
      const keyName = tsModule.isIdentifier(key) || tsModule.isStringLiteral(key) ? key.text : undefined;
      if (keyName === undefined || !isPropertyName(keyName)) return undefined;
    } else {
      return undefined;
    }
    const { ok, mayBeMissing } = typedCheck(info, node, written);
    return ok ? { node, kind: 'variable', name: node.name, mayBeMissing } : undefined;
  }

  function findProperty(written: TSESTree.Node, node: TSESTree.MemberExpression): StatusRead | undefined {
    const name = staticMemberName(node);
    if (name === undefined || !isPropertyName(name)) return undefined;
    const owner = node.object;
    if (!typeInfo) return { node, kind: 'property', owner, name, mayBeMissing: syntaxMayBeMissing(written) };
    const { ok, mayBeMissing } = typedCheck(typeInfo, node, written);
    if (!ok) return undefined;
    // Asked only of a number-like `status`: the owner's type, once, says whose status it is.
    const ownerDeclared = typeOf(typeInfo, owner);
    const ownerType = ownerDeclared && classifyHttpType(ownerDeclared, typeInfo.checker);
    if (!ownerType && ownerDeclared && isNonHttpStatusOwner(ownerDeclared, typeInfo.checker)) return undefined;
    return { node, kind: 'property', owner, name, ownerType, mayBeMissing };
  }

  function findGetter(written: TSESTree.Node, node: TSESTree.CallExpression): StatusRead | undefined {
    if (node.arguments.length > 0 || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = staticMemberName(node.callee);
    if (name === undefined) return undefined;
    const owner = node.callee.object;
    // `response.status()` (Playwright, k6, supertest wrappers): a status property read as a getter, by its name.
    if (isPropertyName(name)) {
      if (!typeInfo) return { node, kind: 'getter', owner, name, mayBeMissing: syntaxMayBeMissing(written) };
      const { ok, mayBeMissing } = typedCheck(typeInfo, node, written);
      return ok ? { node, kind: 'getter', owner, name, ownerType: ownerTypeOf(typeInfo, owner), mayBeMissing } : undefined;
    }
    if (!typeInfo || !statusGetterNames.has(name)) return undefined;
    const ownerType = ownerTypeOf(typeInfo, owner);
    if (!ownerType || !isStatusGetter(ownerType.kind, name)) return undefined;
    const { ok, mayBeMissing } = typedCheck(typeInfo, node, written);
    return ok ? { node, kind: 'getter', owner, name, ownerType, mayBeMissing } : undefined;
  }

  return {
    find(expression) {
      cache ??= new WeakMap();
      let read = cache.get(expression);
      if (read === undefined) {
        read = find(expression, 0) ?? null;
        cache.set(expression, read);
      }
      return read ?? undefined;
    },
  };
}

/* ---------- Statuses passed through ---------- */

const { DefinitionType } = TSESLint.Scope;

/** How far `const a = b`, `Number(x)` and `x ?? 500` are followed to find a passed-through status. */
const MAX_PASSTHROUGH_DEPTH = 8;

const passthroughPropertyNames: ReadonlySet<string> = new Set([...statusPropertyNames, ...statusVariableNames, 'status_code']);
const passthroughGetterNames: ReadonlySet<string> = new Set([...statusGetterNames, 'getStatusCode']);
const numberConversions: ReadonlySet<string> = new Set(['Number', 'parseInt', 'parseFloat']);
const statusWord = /status/iu;

/**
 * Whether a status that cannot be resolved is passed through from another object:
 * `upstream.status`, `err.statusCode`, `exception.getStatus()`, `const { status } = await
 * handle(req)`, `getHTTPStatusCodeFromError(error)`, also inside `Number(…)`, `x ?? 500`
 * and never-reassigned variables. No code change at the send can make such a value
 * checkable: it is whatever the other side said.
 */
export function isPassedThroughStatus(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return passedThrough(node, sourceCode, 0);
}

function passedThrough(expression: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  if (depth > MAX_PASSTHROUGH_DEPTH) return false;
  const node = unwrapStatusExpression(expression);
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const name = staticMemberName(node);
      return name !== undefined && passthroughPropertyNames.has(name);
    }
    case AST_NODE_TYPES.CallExpression:
      return passedThroughCall(node, sourceCode, depth);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '+' && passedThrough(node.argument, sourceCode, depth + 1);
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.ConditionalExpression: {
      // `err.status ?? 500`: passed through where it is not a literal.
      const branches = node.type === AST_NODE_TYPES.LogicalExpression ? [node.left, node.right] : [node.consequent, node.alternate];
      const open = branches.filter((branch) => unwrapStatusExpression(branch).type !== AST_NODE_TYPES.Literal);
      return open.length > 0 && open.every((branch) => passedThrough(branch, sourceCode, depth + 1));
    }
    case AST_NODE_TYPES.Identifier:
      return passedThroughVariable(node, sourceCode, depth);
    default:
      return false;
  }
}

function passedThroughCall(node: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  const { callee } = node;
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression
        ? staticMemberName(callee)
        : undefined;
  if (name === undefined) return false;
  const [first] = node.arguments;
  if (numberConversions.has(name) && first) return passedThrough(first, sourceCode, depth + 1);
  // `error.getStatus()`, and `statusFromError(err)`: a status derived from another value.
  if (callee.type === AST_NODE_TYPES.MemberExpression && node.arguments.length === 0) return passthroughGetterNames.has(name);
  return node.arguments.length > 0 && statusWord.test(name);
}

/** A variable given once: a passed-through initializer, or a `status` destructured from another object. */
function passedThroughVariable(node: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  const variable = findVariableOf(sourceCode, node);
  const [definition, ...others] = variable?.defs ?? [];
  if (!variable || !definition || others.length > 0 || definition.type !== DefinitionType.Variable) return false;
  if (variable.references.filter((reference) => reference.isWrite()).length > 1) return false;
  const declarator = definition.node;
  if (!declarator.init) return false;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return passedThrough(declarator.init, sourceCode, depth + 1);
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value !== definition.name) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier && !property.computed ? property.key.name : undefined;
    return key !== undefined && passthroughPropertyNames.has(key);
  }
  return false;
}
