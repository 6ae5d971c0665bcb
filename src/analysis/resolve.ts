/**
 * What a status expression can be: every number it may evaluate to, each with the
 * node that produces it, and the parts that cannot be told.
 *
 * Syntax first (literals, same-file constants, conditionals, local enums and
 * constant objects, the well-known constant objects by import), then, with type
 * information, the literal types of what syntax could not follow (unions, enum
 * literal types, constants from other files).
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;
import type * as ts from 'typescript';
import { constantSources, constantValue, type ConstantSource } from '../table/constant-names';
import { findPropertyValue, findVariableOf, memberName, propertyKeyName, requiredModule, skipTypeWrappers } from './ast';
import { packageOfFile } from './frameworks';
import { getTypeInfo, type TypeInfo } from './type-info';
import { loadTypeScript } from './typescript';

/** One number a status expression can be. */
export interface ResolvedStatus {
  /** The value: any number, not only valid statuses (2000 and 99 come out as they are). */
  readonly code: number;
  /** The narrowest node of the expression that produces it: a literal, a branch, a constant's name at the use site. */
  readonly node: TSESTree.Node;
}

export interface StatusResolution {
  /** Every distinct number the expression can be, in source order, each with the first node that produces it. */
  readonly codes: readonly ResolvedStatus[];
  /** Parts that could not be resolved (`err.status` in `err.status || 500`); empty when the whole value is known. */
  readonly unresolved: readonly TSESTree.Node[];
  /**
   * Named constants of other modules whose values are out of sight (`HTTP_STATUS.CREATED`
   * imported from a package without types): not known, but not data either.
   */
  readonly named: readonly TSESTree.Node[];
}

export interface StatusResolver {
  /** Resolves a status expression. Cached per node. */
  resolve(expression: TSESTree.Node): StatusResolution;
}

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const resolvers = new WeakMap<object, StatusResolver>();

/**
 * The resolver of the file being linted, shared by every rule that lints it. It is
 * made on the first status to resolve: most files send none, and a rule's `create`
 * runs for every file.
 */
export function getStatusResolver(context: RuleContext): StatusResolver {
  return {
    resolve(expression) {
      const { sourceCode } = context;
      let resolver = resolvers.get(sourceCode);
      if (!resolver) {
        resolver = createResolver(sourceCode, getTypeInfo(context));
        resolvers.set(sourceCode, resolver);
      }
      return resolver.resolve(expression);
    },
  };
}

/** How deep one expression is followed (nested conditionals, member chains). */
const MAX_DEPTH = 16;
/**
 * How many constants are followed on the stack at once (`const a2 = a1; const a1 = a0`).
 * A longer chain is settled bottom-up, from a worklist, so that its answer is its value
 * however long it is and in whatever order its uses are visited.
 */
const MAX_ACTIVE_VARIABLES = 32;
/** How many assignments of one `let` are followed; more is a variable, not a choice of codes. */
const MAX_ASSIGNMENTS = 16;

/** What a value can be, before it is anchored at a node of the resolved expression. */
interface Values {
  readonly codes: readonly number[];
  readonly unresolved: boolean;
  readonly named?: boolean;
}

/** Something members are read from: a local enum, a constant object, a library's constants, or a module. */
type ObjectRef =
  | { readonly kind: 'enum'; readonly declarations: readonly TSESTree.TSEnumDeclaration[] }
  | { readonly kind: 'object'; readonly node: TSESTree.ObjectExpression }
  | { readonly kind: 'constants'; readonly source: ConstantSource }
  | { readonly kind: 'module'; readonly module: string };

interface Collector {
  readonly codes: ResolvedStatus[];
  readonly unresolved: TSESTree.Node[];
  readonly named: TSESTree.Node[];
}

function createResolver(sourceCode: Readonly<TSESLint.SourceCode>, typeInfo: TypeInfo | undefined): StatusResolver {
  const byNode = new WeakMap<TSESTree.Node, StatusResolution>();
  const byVariable = new WeakMap<TSESLint.Scope.Variable, Values | null>();
  const enumValues = new WeakMap<TSESTree.TSEnumDeclaration, ReadonlyMap<string, number | undefined>>();
  const tableValues = new WeakMap<TSESTree.ObjectExpression, Values | null>();
  const typeValues = new WeakMap<ts.Type, Values>();
  let activeVariables = 0;
  /** Constants met past MAX_ACTIVE_VARIABLES, to settle after the walk that met them. */
  const deferred: TSESTree.Identifier[] = [];
  /** How often a walk has deferred a constant: a value that depends on one is not final yet. */
  let deferrals = 0;

  function resolve(expression: TSESTree.Node): StatusResolution {
    const cached = byNode.get(expression);
    if (cached) return cached;
    let out: Collector = { codes: [], unresolved: [], named: [] };
    collect(expression, undefined, out, 0);
    if (deferred.length > 0) {
      settleDeferred();
      out = { codes: [], unresolved: [], named: [] };
      collect(expression, undefined, out, 0);
    }
    const seen = new Set<number>();
    const codes = out.codes.filter(({ code }) => !seen.has(code) && Boolean(seen.add(code)));
    const resolution: StatusResolution = {
      codes,
      unresolved: [...new Set(out.unresolved)],
      named: [...new Set(out.named)],
    };
    byNode.set(expression, resolution);
    return resolution;
  }

  /** Resolves `node` into `out`; `anchor`, when given, is the node of the original expression to report instead. */
  function collect(node: TSESTree.Node, anchor: TSESTree.Node | undefined, out: Collector, depth: number): void {
    const at = anchor ?? node;
    if (depth > MAX_DEPTH) {
      out.unresolved.push(at);
      return;
    }
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof node.value === 'number') out.codes.push({ code: node.value, node: at });
        else out.unresolved.push(at);
        return;
      case AST_NODE_TYPES.UnaryExpression: {
        const value = numericLiteralValue(node);
        if (value === undefined) break;
        out.codes.push({ code: value, node: at });
        return;
      }
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        collect(node.expression, anchor, out, depth + 1);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        collect(node.consequent, anchor, out, depth + 1);
        collect(node.alternate, anchor, out, depth + 1);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        // `a && 404` is falsy or 404: only the right side is a status.
        if (node.operator !== '&&') collect(node.left, anchor, out, depth + 1);
        collect(node.right, anchor, out, depth + 1);
        return;
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions.at(-1);
        if (last) collect(last, anchor, out, depth + 1);
        return;
      }
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.operator === '=') {
          collect(node.right, anchor, out, depth + 1);
          return;
        }
        break;
      case AST_NODE_TYPES.Identifier: {
        const values = identifierValues(node);
        if (values) {
          addValues(values, at, out);
          if (values.unresolved) addTypeValues(node, at, out);
          return;
        }
        break;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const values = memberValues(node, depth);
        if (values) {
          addValues(values, at, out);
          if (values.unresolved) addTypeValues(node, at, out);
          return;
        }
        break;
      }
      default:
        break;
    }
    addTypeValues(node, at, out);
  }

  function addValues(values: Values, at: TSESTree.Node, out: Collector): void {
    for (const code of values.codes) out.codes.push({ code, node: at });
    if (values.named) out.named.push(at);
  }

  /** The last resort: the literal types of `node`, else a named constant of another module, or "unresolved". */
  function addTypeValues(node: TSESTree.Node, at: TSESTree.Node, out: Collector): void {
    const values = typeInfo && valuesOfTypeAt(node, typeInfo);
    if (!values) {
      if (isNamedConstantOfOtherModule(node)) out.named.push(at);
      else out.unresolved.push(at);
      return;
    }
    addValues(values, at, out);
    if (values.unresolved) out.unresolved.push(at);
  }

  /** Values of a leaf, as an unanchored set (for constants followed from elsewhere). */
  function valuesOf(node: TSESTree.Node, depth: number): Values {
    const out: Collector = { codes: [], unresolved: [], named: [] };
    collect(node, undefined, out, depth);
    return {
      codes: out.codes.map(({ code }) => code),
      unresolved: out.unresolved.length > 0,
      named: out.named.length > 0,
    };
  }

  /* ---------- Named constants of other modules ---------- */

  /**
   * `HTTP_STATUS.CREATED`, `codes.Status.NotFound`, `NOT_FOUND`: a constant-style name
   * read from an import or a `require` (also as compilers write them:
   * `_core.HTTP_STATUS.CREATED`, `_interopRequireDefault(require('m')).default.GONE`).
   * The name says which status the author meant; the value lives in a module this
   * file cannot see. A known library's constants are not guessed at: their names
   * are known, so an unknown one stays unresolved.
   */
  function isNamedConstantOfOtherModule(node: TSESTree.Node): boolean {
    if (node.type === AST_NODE_TYPES.Identifier) return constantName.test(node.name) && isModuleBinding(node);
    if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = memberName(node);
    if (name === undefined || !memberConstantName.test(name)) return false;
    const ref = objectRefOf(node.object, 0);
    if (ref && (ref.kind !== 'module' || constantSourceFor(ref.module, 'default'))) return false;
    let object = skipTypeWrappers(node.object);
    while (object.type === AST_NODE_TYPES.MemberExpression) {
      if (memberName(object) === undefined) return false;
      object = skipTypeWrappers(object.object);
    }
    return isRequireExpression(object) || (object.type === AST_NODE_TYPES.Identifier && isModuleBinding(object));
  }

  /** A binding that holds what another module exports: an import, or a never-reassigned `require`. */
  function isModuleBinding(node: TSESTree.Identifier): boolean {
    const variable = findVariable(node);
    const [definition, ...others] = variable?.defs ?? [];
    if (!variable || !definition || others.length > 0) return false;
    if (definition.type === DefinitionType.ImportBinding) return true;
    if (definition.type !== DefinitionType.Variable) return false;
    const declarator = definition.node;
    return Boolean(declarator.init) && isNeverReassigned(variable, declarator) && isRequireExpression(declarator.init!);
  }

  /* ---------- Identifiers: same-file constants ---------- */

  /**
   * A constant's values, cached per variable. Each initializer is followed with a depth budget
   * of its own, so a constant's values do not depend on how deep the walk that reached it was.
   */
  function identifierValues(node: TSESTree.Identifier): Values | undefined {
    const variable = findVariable(node);
    if (!variable) return undefined;
    if (byVariable.has(variable)) return byVariable.get(variable) ?? undefined;
    if (activeVariables >= MAX_ACTIVE_VARIABLES) {
      deferred.push(node);
      deferrals += 1;
      return undefined;
    }
    // A cycle (`const a = b, b = a`) ends as unknown.
    byVariable.set(variable, null);
    const deferralsBefore = deferrals;
    activeVariables += 1;
    let values: Values | undefined;
    try {
      values = variableValues(variable);
    } finally {
      activeVariables -= 1;
    }
    // Not final while a constant it depends on waits to be settled.
    if (deferrals === deferralsBefore) byVariable.set(variable, values ?? null);
    else byVariable.delete(variable);
    return values;
  }

  /**
   * Settles the deferred constants deepest first: each is followed from an empty stack, which
   * may defer the next stretch of its chain; that stretch goes first, then it is tried again.
   * Every constant is cached once settled, so the work is linear in the length of the chains.
   */
  function settleDeferred(): void {
    const walks = new Map<TSESLint.Scope.Variable, number>();
    while (deferred.length > 0) {
      const node = deferred.pop()!;
      const variable = findVariable(node);
      if (!variable || byVariable.has(variable)) continue;
      const walked = walks.get(variable) ?? 0;
      if (walked >= 5) {
        // Still waiting after five walks: a cycle longer than the stack (`c0 = c40, c1 = c0 …`). Unknown, as a short one is.
        byVariable.set(variable, null);
        continue;
      }
      walks.set(variable, walked + 1);
      const below = deferred.length;
      identifierValues(node);
      if (!byVariable.has(variable)) deferred.splice(below, 0, node);
    }
  }

  function variableValues(variable: TSESLint.Scope.Variable, depth = 0): Values | undefined {
    const [definition, ...others] = variable.defs;
    if (!definition || others.length > 0 || definition.type !== DefinitionType.Variable) return undefined;
    const declarator = definition.node;
    if (declarator.id.type === AST_NODE_TYPES.Identifier && !isNeverReassigned(variable, declarator)) {
      return assignedValues(variable, declarator, depth);
    }
    if (!declarator.init) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return valuesOf(declarator.init, depth + 1);
    // `const { NOT_FOUND } = StatusCodes`
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      const key = destructuredKey(declarator.id, definition.name);
      const ref = key === undefined ? undefined : objectRefOf(declarator.init, depth + 1);
      if (key !== undefined && ref) return memberOfRef(ref, key, depth + 1);
    }
    return undefined;
  }

  /**
   * A `let` that is only ever given whole values (`let status = 500; … status = 404;`, a `switch`
   * setting it per case): every value it is given. A compound assignment (`+=`, `++`) or a
   * destructuring write makes it unknown.
   */
  function assignedValues(
    variable: TSESLint.Scope.Variable,
    declarator: TSESTree.VariableDeclarator,
    depth: number,
  ): Values | undefined {
    const writes = variable.references.filter((reference) => reference.isWrite());
    if (writes.length > MAX_ASSIGNMENTS) return undefined;
    const codes: number[] = [];
    let unresolved = false;
    let named = false;
    for (const write of writes) {
      let value: TSESTree.Node | null | undefined;
      if (write.init) value = declarator.init;
      else {
        const parent = write.identifier.parent;
        if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== '=' || parent.left !== write.identifier) {
          return undefined;
        }
        value = parent.right;
      }
      if (!value) continue;
      const values = valuesOf(value, depth + 1);
      codes.push(...values.codes);
      unresolved ||= values.unresolved;
      named ||= values.named === true;
    }
    if (codes.length === 0 && !unresolved && !named) return undefined;
    return { codes, unresolved, ...(named ? { named } : {}) };
  }

  function findVariable(node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    return findVariableOf(sourceCode, node);
  }

  /* ---------- Members: enums, constant objects, library constants ---------- */

  function memberValues(node: TSESTree.MemberExpression, depth: number): Values | undefined {
    const key = memberName(node);
    const ref = objectRefOf(node.object, depth + 1);
    if (!ref) return undefined;
    // `STATUS_OF[err.code]` in the file's own table: any of its values.
    if (key === undefined) return node.computed ? everyMemberOfRef(ref, depth + 1) : undefined;
    return memberOfRef(ref, key, depth + 1);
  }

  /** Every value of a same-file object literal or enum, when each member is a plain property; a library's catalog is no such table. */
  function everyMemberOfRef(ref: ObjectRef, depth: number): Values | undefined {
    if (ref.kind === 'enum') {
      const codes: number[] = [];
      let unresolved = false;
      for (const declaration of ref.declarations) {
        for (const value of enumMemberValues(declaration).values()) {
          if (value === undefined) unresolved = true;
          else codes.push(value);
        }
      }
      return { codes, unresolved };
    }
    if (ref.kind !== 'object') return undefined;
    // Once per table: a file may look it up on every line.
    if (tableValues.has(ref.node)) return tableValues.get(ref.node) ?? undefined;
    tableValues.set(ref.node, null);
    const values = tableValuesOf(ref.node, depth);
    tableValues.set(ref.node, values ?? null);
    return values;
  }

  function tableValuesOf(table: TSESTree.ObjectExpression, depth: number): Values | undefined {
    const codes: number[] = [];
    let named = false;
    for (const property of table.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) return undefined;
      const values = valuesOf(property.value, depth + 1);
      // A nested object or an unknown member: not a table of codes.
      if (values.unresolved) return undefined;
      codes.push(...values.codes);
      named ||= values.named === true;
    }
    if (codes.length === 0 && !named) return undefined;
    return { codes, unresolved: false, ...(named ? { named } : {}) };
  }

  function memberOfRef(ref: ObjectRef, key: string, depth: number): Values | undefined {
    switch (ref.kind) {
      case 'enum': {
        for (const declaration of ref.declarations) {
          const values = enumMemberValues(declaration);
          if (values.has(key)) {
            const value = values.get(key);
            return value === undefined ? { codes: [], unresolved: true } : { codes: [value], unresolved: false };
          }
        }
        return undefined;
      }
      case 'object': {
        const value = findPropertyValue(ref.node, key);
        return value && valuesOf(value, depth + 1);
      }
      case 'constants': {
        const value = constantValue(ref.source, key);
        return value === undefined ? undefined : { codes: [value], unresolved: false };
      }
      case 'module': {
        // `require('http-status').NOT_FOUND`: the module object is the default export.
        const source = constantSourceFor(ref.module, 'default');
        const value = source && constantValue(source, key);
        return value === undefined ? undefined : { codes: [value], unresolved: false };
      }
    }
  }

  function objectRefOf(node: TSESTree.Node, depth: number): ObjectRef | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (node.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return objectRefOf(node.expression, depth + 1);
      case AST_NODE_TYPES.ObjectExpression:
        return { kind: 'object', node };
      case AST_NODE_TYPES.CallExpression: {
        const module = requiredModule(node);
        if (module !== undefined) return { kind: 'module', module };
        // `Object.freeze({ … })`
        if (isObjectFreeze(node.callee) && node.arguments[0]) return objectRefOf(node.arguments[0], depth + 1);
        return undefined;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const key = memberName(node);
        const ref = key === undefined ? undefined : objectRefOf(node.object, depth + 1);
        if (!ref || key === undefined) return undefined;
        if (ref.kind === 'module') {
          const source = constantSourceFor(ref.module, key);
          return source ? { kind: 'constants', source } : undefined;
        }
        if (ref.kind === 'object') {
          const value = findPropertyValue(ref.node, key);
          return value && objectRefOf(value, depth + 1);
        }
        return undefined;
      }
      case AST_NODE_TYPES.Identifier:
        return identifierRef(node, depth);
      default:
        return undefined;
    }
  }

  function identifierRef(node: TSESTree.Identifier, depth: number): ObjectRef | undefined {
    const variable = findVariable(node);
    if (!variable) return undefined;
    const enums = variable.defs
      .map((definition) => definition.node)
      .filter((definitionNode): definitionNode is TSESTree.TSEnumDeclaration =>
        definitionNode.type === AST_NODE_TYPES.TSEnumDeclaration,
      );
    if (enums.length > 0) return { kind: 'enum', declarations: enums };
    const [definition, ...others] = variable.defs;
    if (!definition || others.length > 0) return undefined;
    if (definition.type === DefinitionType.ImportBinding) return importRef(definition.node);
    if (definition.type !== DefinitionType.Variable) return undefined;
    const declarator = definition.node;
    if (!declarator.init || !isNeverReassigned(variable, declarator)) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return objectRefOf(declarator.init, depth + 1);
    // `const { StatusCodes } = require('http-status-codes')`
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      const key = destructuredKey(declarator.id, definition.name);
      const ref = key === undefined ? undefined : objectRefOf(declarator.init, depth + 1);
      if (key === undefined || !ref) return undefined;
      if (ref.kind === 'module') {
        const source = constantSourceFor(ref.module, key);
        return source ? { kind: 'constants', source } : undefined;
      }
      if (ref.kind === 'object') {
        const value = findPropertyValue(ref.node, key);
        return value && objectRefOf(value, depth + 1);
      }
    }
    return undefined;
  }

  function enumMemberValues(declaration: TSESTree.TSEnumDeclaration): ReadonlyMap<string, number | undefined> {
    let values = enumValues.get(declaration);
    if (values) return values;
    const map = new Map<string, number | undefined>();
    let next: number | undefined = 0;
    for (const member of declaration.body.members) {
      const name = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : String(member.id.value);
      let value: number | undefined;
      if (!member.initializer) value = next;
      else if (member.initializer.type === AST_NODE_TYPES.Identifier && map.has(member.initializer.name)) {
        value = map.get(member.initializer.name);
      } else value = numericLiteralValue(member.initializer);
      map.set(name, value);
      next = value === undefined ? undefined : value + 1;
    }
    values = map;
    enumValues.set(declaration, values);
    return values;
  }

  /* ---------- Types ---------- */

  function valuesOfTypeAt(node: TSESTree.Node, { services, checker }: TypeInfo): Values | undefined {
    const tsNode = services.esTreeNodeToTSNodeMap.get(node as never) as ts.Node | undefined;
    if (!tsNode) return undefined;
    let type: ts.Type;
    try {
      type = checker.getTypeAtLocation(tsNode);
    } catch {
      return undefined;
    }
    let values = typeValues.get(type);
    if (!values) {
      values = valuesOfType(type);
      typeValues.set(type, values);
    }
    return values.codes.length > 0 || !values.unresolved ? values : undefined;
  }

  return { resolve };
}

/** `404`, `-1`, `+200`: the number a literal (with a sign) spells. */
function numericLiteralValue(node: TSESTree.Node): number | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'number' ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.UnaryExpression && (node.operator === '-' || node.operator === '+')) {
    const value = numericLiteralValue(node.argument);
    return value === undefined ? undefined : node.operator === '-' ? -value : value;
  }
  return undefined;
}

/**
 * The numbers a type can be: a number literal, an enum member, or a union of them.
 * A whole catalog declared by a library (Nest's `HttpStatus` enum, Hono's
 * `StatusCode` union) says nothing about what this code sends: unresolved.
 */
function valuesOfType(type: ts.Type): Values {
  const tsModule = loadTypeScript();
  if (type.isNumberLiteral()) return { codes: [type.value], unresolved: false };
  if (type.isUnion()) {
    if (isLibraryCatalog(type, tsModule)) return { codes: [], unresolved: true };
    const codes: number[] = [];
    let unresolved = false;
    for (const part of type.types) {
      if (part.isNumberLiteral()) codes.push(part.value);
      else if (!(part.flags & (tsModule.TypeFlags.Undefined | tsModule.TypeFlags.Null))) unresolved = true;
    }
    return { codes, unresolved };
  }
  return { codes: [], unresolved: true };
}

function isLibraryCatalog(type: ts.UnionType, tsModule: typeof ts): boolean {
  const symbol = type.aliasSymbol ?? (type.flags & tsModule.TypeFlags.EnumLiteral ? type.getSymbol() : undefined);
  return (
    symbol?.getDeclarations()?.some((declaration) => packageOfFile(declaration.getSourceFile().fileName) !== undefined) ??
    false
  );
}

/* ---------- Small syntax helpers ---------- */

function destructuredKey(pattern: TSESTree.ObjectPattern, name: TSESTree.BindingName): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === name) return propertyKeyName(property);
  }
  return undefined;
}

function isNeverReassigned(variable: TSESLint.Scope.Variable, declarator: TSESTree.VariableDeclarator): boolean {
  if (declarator.parent.kind === 'const') return true;
  return variable.references.every((reference) => !reference.isWrite() || reference.init === true);
}

/** Constant-style names: `NOT_FOUND` for a binding; `NOT_FOUND` or `NotFound` (enum style) for a member. */
const constantName = /^[A-Z][A-Z0-9_]*$/u;
const memberConstantName = /^[A-Z][A-Za-z0-9_]*$/u;

/** `require('m')`, `require('m').x`, and the interop wrappers compilers put around it. */
function isRequireExpression(node: TSESTree.Node): boolean {
  const inner = skipTypeWrappers(node);
  if (requiredModule(inner) !== undefined) return true;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return memberName(inner) !== undefined && isRequireExpression(inner.object);
  // `_interopRequireDefault(require('m'))`, `__importStar(require('m'))`
  return (
    inner.type === AST_NODE_TYPES.CallExpression &&
    inner.arguments.length === 1 &&
    requiredModule(inner.arguments[0]!) !== undefined
  );
}

function isObjectFreeze(callee: TSESTree.Node): boolean {
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    memberName(callee) === 'freeze'
  );
}

function importRef(specifier: TSESTree.Node): ObjectRef | undefined {
  const declaration = specifier.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const module = declaration.source.value;
  switch (specifier.type) {
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return { kind: 'module', module };
    case AST_NODE_TYPES.ImportDefaultSpecifier: {
      const source = constantSourceFor(module, 'default');
      return source ? { kind: 'constants', source } : { kind: 'module', module };
    }
    case AST_NODE_TYPES.ImportSpecifier: {
      const imported =
        specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      const source = constantSourceFor(module, imported);
      return source ? { kind: 'constants', source } : undefined;
    }
    default:
      return undefined;
  }
}

function constantSourceFor(module: string, exportName: string): ConstantSource | undefined {
  return constantSources.find((source) => source.module === module && source.exportName === exportName);
}
