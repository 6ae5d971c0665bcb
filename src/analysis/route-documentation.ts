/**
 * What the code itself documents for a route's responses: `@nestjs/swagger` decorators, the keys
 * of Fastify's `schema.response`, the `responses` of a `@hono/zod-openapi` route or a ts-rest
 * contract entry. Read from the syntax of the file; with types, from the definition's type when
 * its syntax cannot be read (a contract or route imported from another file, a spread of
 * responses defined elsewhere).
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { constantNames } from '../table/constant-names';
import type { DocumentedOperation, OperationMethod } from '../table/operations';
import type { StatusClass } from '../table/registry';
import { calleeName, findPropertyValue, findVariableOf, propertyKeyName, skipTypeWrappers, staticString } from './ast';
import type { TypeInfo } from './type-info';

const { DefinitionType } = TSESLint.Scope;

/** The statuses a list of responses documents. */
export interface DocumentedResponses {
  readonly codes: ReadonlySet<number>;
  readonly classes: ReadonlySet<StatusClass>;
  readonly hasDefault: boolean;
}

/** A route definition that carries its own method, path and responses (`createRoute({…})`, a ts-rest contract entry). */
export interface RouteDefinition {
  readonly method: string;
  readonly path: string;
  /** Undefined when they cannot be read (a spread of another module's, without types): the route is still one of the code. */
  readonly responses: DocumentedResponses | undefined;
}

/** How a response is keyed: `200`, `'404'`, `'4XX'` / `'4xx'`, `'default'`. */
export function addResponseKey(key: string, into: { codes: Set<number>; classes: Set<StatusClass>; hasDefault: boolean }): void {
  if (key === 'default') into.hasDefault = true;
  else if (/^[1-5]\d\d$/u.test(key)) into.codes.add(Number(key));
  else if (/^[1-5]xx$/iu.test(key)) into.classes.add(`${key[0]}xx` as StatusClass);
  // Any other key is not a status: the document is read as it is written, and its reader's rules judge it.
}

export function documentedOperation(
  method: OperationMethod,
  path: string,
  responses: DocumentedResponses,
  origin: string,
  originIsPlural: boolean,
): DocumentedOperation {
  return { method, path, codes: responses.codes, classes: responses.classes, hasDefault: responses.hasDefault, origin, originIsPlural };
}

/**
 * The keys of a responses object written in this file: `{ 200: …, '4xx': …, ...errorResponses }`,
 * a spread followed to an object literal of the same file. Undefined when a key or a spread cannot be read.
 */
export function responsesOfObject(object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): DocumentedResponses | undefined {
  const responses = { codes: new Set<number>(), classes: new Set<StatusClass>(), hasDefault: false };
  const seen = new Set<TSESTree.ObjectExpression>();
  const read = (current: TSESTree.ObjectExpression): boolean => {
    if (seen.has(current)) return true;
    seen.add(current);
    for (const property of current.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = objectLiteralOf(property.argument, sourceCode);
        if (!spread || !read(spread)) return false;
        continue;
      }
      const key = propertyKeyName(property);
      if (key === undefined) return false;
      addResponseKey(key, responses);
    }
    return true;
  };
  return read(object) ? responses : undefined;
}

/** The object literal a node is: itself, or the `const` of this file it names. */
export function objectLiteralOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.ObjectExpression | undefined {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return value;
  const init = value.type === AST_NODE_TYPES.Identifier ? constInitOf(value, sourceCode) : undefined;
  const initValue = init && skipTypeWrappers(init);
  return initValue?.type === AST_NODE_TYPES.ObjectExpression ? initValue : undefined;
}

/** `const x = init` of this file that an identifier names, never reassigned. */
export function constInitOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Expression | undefined {
  const variable = findVariableOf(sourceCode, identifier);
  const [definition] = variable?.defs ?? [];
  if (definition?.type !== DefinitionType.Variable || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  if (definition.parent.kind !== 'const' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return definition.node.init ?? undefined;
}

/** A route definition written as an object literal: `{ method: 'get', path: '/x', responses: { 200: … } }`. */
export function routeDefinitionOfObject(object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): RouteDefinition | undefined {
  const method = staticString(findPropertyValue(object, 'method'));
  const path = staticString(findPropertyValue(object, 'path'));
  const responsesNode = findPropertyValue(object, 'responses');
  const responsesObject = responsesNode && objectLiteralOf(responsesNode, sourceCode);
  const responses = responsesObject ? responsesOfObject(responsesObject, sourceCode) : undefined;
  return method === undefined || path === undefined ? undefined : { method, path, responses };
}

/**
 * A route definition read from the type of an expression: its `method` and `path` of string
 * literal types, and the property names of its `responses`. Route builders keep these literal
 * (`createRoute` and ts-rest's `router` infer them so), across files and spreads.
 */
export function routeDefinitionOfType(node: TSESTree.Node, typeInfo: TypeInfo): RouteDefinition | undefined {
  const tsNode = typeInfo.services.esTreeNodeToTSNodeMap.get(node);
  if (!tsNode) return undefined;
  return routeDefinitionOf(typeInfo.checker.getTypeAtLocation(tsNode), tsNode, typeInfo.checker);
}

/** The type of a property of a type, at a node (for the checker's context). */
export function propertyType(type: ts.Type, name: string, at: ts.Node, checker: ts.TypeChecker): ts.Type | undefined {
  const symbol = checker.getPropertyOfType(type, name);
  return symbol && checker.getTypeOfSymbolAtLocation(symbol, at);
}

/** A route definition's parts from its type; undefined unless method and path are string literals and responses an object. */
export function routeDefinitionOf(type: ts.Type, at: ts.Node, checker: ts.TypeChecker): RouteDefinition | undefined {
  const method = propertyType(type, 'method', at, checker);
  const path = propertyType(type, 'path', at, checker);
  const responsesType = propertyType(type, 'responses', at, checker);
  if (!method?.isStringLiteral() || !path?.isStringLiteral() || !responsesType) return undefined;
  return { method: method.value, path: path.value, responses: responsesOfType(responsesType, checker) };
}

/** The operation `@nestjs/swagger`-style decorators document: `@ApiNotFoundResponse()` → 404, `@ApiResponse({ status: 409 })`. */
export function documentedByDecorators(
  decorators: readonly TSESTree.Decorator[],
  responses: { readonly byName: Readonly<Record<string, number | 'default'>>; readonly withStatus: string },
  method: OperationMethod,
  path: string,
  origin: string,
): DocumentedOperation {
  const documented = { codes: new Set<number>(), classes: new Set<StatusClass>(), hasDefault: false };
  const add = (status: number | string | undefined): void => {
    if (typeof status === 'number') documented.codes.add(status);
    else if (status !== undefined && (status === 'default' || /^[1-5](?:\d\d|xx)$/iu.test(status))) addResponseKey(status, documented);
    // A status the code computes cannot be told: any status may be documented.
    else documented.hasDefault = true;
  };
  for (const decorator of decorators) {
    const name = decoratorName(decorator);
    if (name === undefined) continue;
    if (Object.hasOwn(responses.byName, name)) add(responses.byName[name]);
    else if (name === responses.withStatus) {
      const expression = decorator.expression;
      const options = expression.type === AST_NODE_TYPES.CallExpression && expression.arguments[0] ? skipTypeWrappers(expression.arguments[0]) : undefined;
      add(options?.type === AST_NODE_TYPES.ObjectExpression ? documentedStatus(findPropertyValue(options, 'status')) : undefined);
    }
  }
  return documentedOperation(method, path, documented, origin, true);
}

/** A documented status as written: `404`, `'default'`, `'4XX'`, `HttpStatus.NOT_FOUND`. */
function documentedStatus(node: TSESTree.Node | undefined): number | string | undefined {
  if (!node) return undefined;
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal && (typeof value.value === 'number' || typeof value.value === 'string')) return value.value;
  if (
    value.type === AST_NODE_TYPES.MemberExpression &&
    !value.computed &&
    value.object.type === AST_NODE_TYPES.Identifier &&
    value.object.name === 'HttpStatus' &&
    value.property.type === AST_NODE_TYPES.Identifier &&
    Object.hasOwn(constantNames.nestjs, value.property.name)
  ) {
    return constantNames.nestjs[value.property.name];
  }
  return undefined;
}

export function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression = decorator.expression;
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
}


/**
 * The responses documented at a key path of an options object: `schema.response` of
 * `{ schema: { response: { 200: … } } }`. Syntax first; with types, the property names of the
 * type there when the syntax cannot be read (a schema imported from another file).
 */
export function responsesAt(
  options: TSESTree.Node,
  keys: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInfo: TypeInfo | undefined,
): DocumentedResponses | undefined {
  let object = objectLiteralOf(options, sourceCode);
  for (const [index, key] of keys.entries()) {
    if (!object) break;
    // A key that is not written documents nothing here (the route has no response schema).
    const value = findPropertyValue(object, key);
    if (!value && !object.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement)) return undefined;
    const next = value && objectLiteralOf(value, sourceCode);
    if (index === keys.length - 1) {
      const read = next && responsesOfObject(next, sourceCode);
      if (read) return read;
    }
    object = next;
  }
  if (!typeInfo) return undefined;
  const tsNode = typeInfo.services.esTreeNodeToTSNodeMap.get(options);
  if (!tsNode) return undefined;
  let type: ts.Type | undefined = typeInfo.checker.getTypeAtLocation(tsNode);
  for (const key of keys) type = type && propertyType(type, key, tsNode, typeInfo.checker);
  return type ? responsesOfType(type, typeInfo.checker) : undefined;
}

function responsesOfType(type: ts.Type, checker: ts.TypeChecker): DocumentedResponses | undefined {
  const responses = { codes: new Set<number>(), classes: new Set<StatusClass>(), hasDefault: false };
  // An index signature (`Record<number, …>`) documents any status: nothing to check against.
  if (checker.getIndexInfosOfType(type).length > 0) responses.hasDefault = true;
  const properties = checker.getPropertiesOfType(type);
  if (properties.length === 0 && !responses.hasDefault) return undefined;
  for (const property of properties) addResponseKey(property.name, responses);
  return responses;
}

/**
 * A route definition a registration is given: `createRoute({ method, path, responses })`, inline
 * or a `const` of this file; with types, any expression whose type carries them.
 */
export function routeDefinitionAt(
  node: TSESTree.Node,
  define: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInfo: TypeInfo | undefined,
): RouteDefinition | undefined {
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const init = constInitOf(value, sourceCode);
    if (init) value = skipTypeWrappers(init);
  }
  const argument = value.type === AST_NODE_TYPES.CallExpression && calleeName(value.callee) === define ? value.arguments[0] : undefined;
  const object = argument ? objectLiteralOf(argument, sourceCode) : undefined;
  const written = object && routeDefinitionOfObject(object, sourceCode);
  if (written?.responses) return written;
  return (typeInfo && routeDefinitionOfType(node, typeInfo)) || written;
}


/** A contract as written in this file: its entries, and the options of its `c.router(entries, options)`. */
interface WrittenContract {
  readonly entries: TSESTree.ObjectExpression;
  readonly pathPrefix: string;
  readonly commonResponses: DocumentedResponses | undefined;
}

/**
 * The handlers of a contract's implementation and the entries they serve: `{ getPost: handler }`,
 * `{ posts: { getPost: handler } }` for nested contracts, `{ getPost: { handler, middleware } }`.
 * Each entry is read from the contract's syntax in this file (`c.router({ … }, { pathPrefix })`),
 * else, with types, from the contract's type, which carries prefixes and common responses itself.
 */
export function contractHandlers(
  implementation: TSESTree.ObjectExpression,
  contract: TSESTree.Node,
  form: { readonly routerMethods: readonly string[]; readonly pathPrefixKey: string; readonly commonResponsesKey: string },
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInfo: TypeInfo | undefined,
): { handler: TSESTree.Node; definition: RouteDefinition; key: string }[] {
  const found: { handler: TSESTree.Node; definition: RouteDefinition; key: string }[] = [];
  const tsContract = typeInfo?.services.esTreeNodeToTSNodeMap.get(contract);

  /** `c.router(entries, options)`, a `const` naming one, an entry of one (`contract.posts`), or plain nested entries. */
  const writtenContract = (node: TSESTree.Node, depth: number, inherited: WrittenContract | undefined): WrittenContract | undefined => {
    if (depth > 8) return undefined;
    const value = skipTypeWrappers(node);
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      return { entries: value, pathPrefix: inherited?.pathPrefix ?? '', commonResponses: inherited?.commonResponses };
    }
    if (value.type === AST_NODE_TYPES.Identifier) {
      const init = constInitOf(value, sourceCode);
      return init ? writtenContract(init, depth + 1, inherited) : undefined;
    }
    if (value.type === AST_NODE_TYPES.MemberExpression && !value.computed && value.property.type === AST_NODE_TYPES.Identifier) {
      const parent = writtenContract(value.object, depth + 1, inherited);
      const entry = parent && findPropertyValue(parent.entries, value.property.name);
      return entry ? writtenContract(entry, depth + 1, parent) : undefined;
    }
    const name = value.type === AST_NODE_TYPES.CallExpression ? calleeName(value.callee) : undefined;
    if (value.type !== AST_NODE_TYPES.CallExpression || name === undefined || !form.routerMethods.includes(name) || !value.arguments[0]) return undefined;
    const entries = objectLiteralOf(value.arguments[0], sourceCode);
    if (!entries) return undefined;
    const options = value.arguments[1] && objectLiteralOf(value.arguments[1], sourceCode);
    const prefixNode = options && findPropertyValue(options, form.pathPrefixKey);
    const prefix = prefixNode ? staticString(prefixNode) : '';
    if (prefix === undefined) return undefined;
    const commonNode = options && findPropertyValue(options, form.commonResponsesKey);
    const commonObject = commonNode && objectLiteralOf(commonNode, sourceCode);
    const common = commonObject ? responsesOfObject(commonObject, sourceCode) : undefined;
    if (commonNode && !common) return undefined;
    return {
      entries,
      pathPrefix: `${inherited?.pathPrefix ?? ''}${prefix}`,
      commonResponses: mergeResponses(inherited?.commonResponses, common),
    };
  };

  const walk = (object: TSESTree.ObjectExpression, written: WrittenContract | undefined, type: ts.Type | undefined, keyPath: string): void => {
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = propertyKeyName(property);
      if (key === undefined) continue;
      const entryNode = written && findPropertyValue(written.entries, key);
      const entryType = type && tsContract ? propertyType(type, key, tsContract, typeInfo!.checker) : undefined;
      const value = skipTypeWrappers(property.value);
      const nestedHandler = value.type === AST_NODE_TYPES.ObjectExpression ? findPropertyValue(value, 'handler') : undefined;
      const handler = value.type === AST_NODE_TYPES.ObjectExpression ? nestedHandler : property.value;
      const entryObject = entryNode && objectLiteralOf(entryNode, sourceCode);
      const isRoute = entryObject ? findPropertyValue(entryObject, 'method') !== undefined : entryType !== undefined && !!typeInfo!.checker.getPropertyOfType(entryType, 'method');
      if (handler && isRoute) {
        const fromSyntax = entryObject && routeDefinitionOfObject(entryObject, sourceCode);
        const fromType = fromSyntax?.responses || !entryType || !tsContract ? undefined : routeDefinitionOf(entryType, tsContract, typeInfo!.checker);
        const definition =
          fromType ??
          (fromSyntax && {
            ...fromSyntax,
            path: `${written?.pathPrefix ?? ''}${fromSyntax.path}`,
            responses: fromSyntax.responses && mergeResponses(written?.commonResponses, fromSyntax.responses),
          });
        if (definition) found.push({ handler, definition, key: `${keyPath}${key}` });
      } else if (value.type === AST_NODE_TYPES.ObjectExpression && !nestedHandler) {
        walk(value, entryNode ? writtenContract(entryNode, 0, written) : undefined, entryType, `${keyPath}${key}.`);
      }
    }
  };
  const written = writtenContract(contract, 0, undefined);
  const type = tsContract ? typeInfo!.checker.getTypeAtLocation(tsContract) : undefined;
  walk(implementation, written, type, '');
  return found;
}

function mergeResponses(first: DocumentedResponses | undefined, second: DocumentedResponses | undefined): DocumentedResponses | undefined {
  if (!first || !second) return first ?? second;
  return {
    codes: new Set([...first.codes, ...second.codes]),
    classes: new Set([...first.classes, ...second.classes]),
    hasDefault: first.hasDefault || second.hasDefault,
  };
}
