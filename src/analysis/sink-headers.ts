/**
 * Which headers go out with a status: the sink's own header arguments
 * (`res.writeHead(S, headers)`, `new Response(body, { status, headers })`), what the
 * framework sets itself (a redirect's Location), and header-setting calls on the
 * same response around the sink (`res.set(…)`, `ctx.set(…)`, `c.header(…)`).
 *
 * What each framework's methods are is data in its module under `src/frameworks/`; this module
 * only reads code against it. Whatever it cannot see — a header map that is not a
 * literal, a helper that takes the response, a name that is not a literal — may set
 * any header: the answer is then `unknown`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  decoratorsOf,
  staticString,
  enclosingFunctionBody,
  expressionStatementOf,
  forEachChildNode,
  isFunctionNode,
  type FunctionNode,
  isControlFlow,
  memberName,
  propertyKeyName,
  skipTypeWrappers,
  statementList,
  unwrapExpression,
} from './ast';
import {
  chainThroughMethods,
  headerMapClassNames,
  headerSetters,
  headersKey,
  methodDecoratorSets,
  responseEnders,
  type HeaderArgument,
  type HeaderSetter,
  type HeaderSources,
  type MethodDecorators,
  type ResponseHeaderScope,
} from '../frameworks';

/** The headers sent with a status. */
export type SinkHeaders =
  /** Every header the code surely or maybe sets with the status, lower-cased. */
  | { readonly kind: 'known'; readonly names: ReadonlySet<string> }
  /** Something the analysis cannot see may set any header. */
  | { readonly kind: 'unknown' };

/** Whether a header (any case) is, or may be, sent with the status. */
export function mayHaveHeader(headers: SinkHeaders, name: string): boolean {
  return headers.kind === 'unknown' || headers.names.has(name.toLowerCase());
}

/** What the header scan needs from the sink finder. */
export interface HeaderScanContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Text that names a response alike wherever it is written: `res` for `res.set(…)`, `ctx` for `ctx.response`. */
  responseKey(node: TSESTree.Node): string;
  /** Whether a node is a response, reply or context (by type, else by name). */
  isResponse(node: TSESTree.Node): boolean;
  /** Whether an expression is a string by its declared type (false without type information). */
  isString(node: TSESTree.Node): boolean;
  /** Whether an identifier is the decorator `name` of the package `module`. */
  isDecoratorFrom(identifier: TSESTree.Identifier, name: string, module: string): boolean;
}

/** The parts of a sink the scan reads. */
export interface HeaderSinkParts {
  readonly node: TSESTree.Node;
  readonly status: TSESTree.Node;
  readonly receiver: TSESTree.Node | undefined;
}

const unknownHeaders: SinkHeaders = { kind: 'unknown' };

/** The headers a sink sends, from where its form says they are set. */
export function findSinkHeaders(
  context: HeaderScanContext,
  sources: HeaderSources,
  sink: HeaderSinkParts,
): SinkHeaders {
  if (sources.kind === 'elsewhere') return unknownHeaders;
  const scan = new HeaderScan(context);
  for (const name of sources.implied) scan.add(name);
  for (const argument of sources.arguments) scan.argument(argument, sink);
  scan.response(sources.response, sink);
  return scan.unknown ? unknownHeaders : { kind: 'known', names: scan.names };
}

/** Names that hold an error message (a string), not a properties object, in http-errors' argument list. */
const messageName = /^(?:msg|message|\w*Message|text|reason|detail|description)$/u;

type NodeTest = (node: TSESTree.Node) => boolean;

/** The response a scan looks for: a test, and the variable it starts from (`res` of `this.res`? no: `res` of `res.locals`), if any. */
interface ResponseMatcher {
  /** Tells matchers apart in the per-file memo: the same id, the same response. */
  readonly id: string;
  readonly isSame: NodeTest;
  /**
   * The variable the response is reached from (`res`, `ctx`; undefined for `this.res` or any response):
   * a nested function that declares a parameter of that name has a response of its own and is skipped;
   * without a name, every nested function is.
   */
  readonly name: string | undefined;
}

class HeaderScan {
  readonly names = new Set<string>();
  unknown = false;

  constructor(private readonly context: HeaderScanContext) {}

  add(name: string): void {
    this.names.add(name.toLowerCase());
  }

  /* ---------- The sink's own arguments ---------- */

  argument(argument: HeaderArgument, sink: HeaderSinkParts): void {
    const { node } = sink;
    if (argument.kind === 'own-properties') {
      if (node.type === AST_NODE_TYPES.ObjectExpression) this.ownProperties(node, argument.keys);
      return;
    }
    if (argument.kind === 'method-decorators') {
      const callee = node.type === AST_NODE_TYPES.CallExpression ? node.callee : undefined;
      const decorators =
        callee?.type === AST_NODE_TYPES.Identifier
          ? methodDecoratorSets.find((set) => Object.hasOwn(set.sinks, callee.name))
          : undefined;
      if (decorators) this.methodDecorators(node, decorators);
      else this.unknown = true;
      return;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return;
    const args = node.arguments;
    switch (argument.kind) {
      case 'map': {
        const value = argumentAt(args, argument.index);
        if (value === 'spread') this.unknown = true;
        else if (value) this.map(value);
        return;
      }
      case 'init': {
        const value = argumentAt(args, argument.index);
        if (value === 'spread') this.unknown = true;
        else if (value?.type === AST_NODE_TYPES.ObjectExpression) {
          this.ownProperties(value, [headersKey]);
          if (argument.implied) this.impliedByKeys(value, argument.implied);
        }
        return;
      }
      case 'map-after-message':
        for (const value of args.slice(argument.from)) {
          if (value.type === AST_NODE_TYPES.SpreadElement) {
            this.unknown = true;
            return;
          }
          // The status message, or a hole left for it.
          if (staticString(value) !== undefined || isNullish(value)) continue;
          this.map(value);
          return;
        }
        return;
      case 'error-properties':
        for (const value of args.slice(argument.from)) {
          if (value === sink.status) continue;
          this.errorArgument(value);
        }
        return;
    }
  }

  /** An argument of http-errors or `ctx.throw`: a message, a status, or properties that may carry `headers`. */
  private errorArgument(argument: TSESTree.CallExpressionArgument): void {
    const value = skipTypeWrappers(argument);
    if (value.type !== AST_NODE_TYPES.SpreadElement && this.context.isString(value)) return;
    switch (value.type) {
      case AST_NODE_TYPES.ObjectExpression:
        this.ownProperties(value, [headersKey]);
        return;
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (value.operator !== '+') this.unknown = true;
        return;
      case AST_NODE_TYPES.Identifier:
        if (!messageName.test(value.name)) this.unknown = true;
        return;
      case AST_NODE_TYPES.MemberExpression:
        if (!messageName.test(memberName(value) ?? '')) this.unknown = true;
        return;
      default:
        // An error or a properties object the code builds elsewhere may carry headers.
        this.unknown = true;
    }
  }

  /** The header maps held by `keys` of an object literal; a spread of anything else may hold them too. */
  /** Headers the runtime writes for keys of an init object: `{ status: 101, webSocket }` gives Upgrade. */
  private impliedByKeys(object: TSESTree.ObjectExpression, implied: Readonly<Record<string, readonly string[]>>): void {
    for (const property of object.properties) {
      const key = property.type === AST_NODE_TYPES.Property ? propertyKeyName(property) : undefined;
      if (key !== undefined && Object.hasOwn(implied, key)) for (const name of implied[key]!) this.add(name);
    }
  }

  private ownProperties(object: TSESTree.ObjectExpression, keys: readonly string[]): void {
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = skipTypeWrappers(property.argument);
        if (spread.type === AST_NODE_TYPES.ObjectExpression) this.ownProperties(spread, keys);
        else this.unknown = true;
        continue;
      }
      const key = propertyKeyName(property);
      if (key === undefined) this.unknown = true;
      else if (keys.includes(key)) this.map(property.value);
    }
  }

  /**
   * A header map: an object literal, `new Headers(…)` or `new Map(…)` of one, a list of
   * `[name, value]` pairs or Node's flat `[name, value, name, value]`; `null` and
   * `undefined` set nothing; anything else may set any header.
   */
  private map(node: TSESTree.Node): void {
    const value = skipTypeWrappers(node);
    switch (value.type) {
      case AST_NODE_TYPES.ObjectExpression:
        for (const property of value.properties) {
          if (property.type === AST_NODE_TYPES.SpreadElement) {
            this.map(property.argument);
            continue;
          }
          const key = propertyKeyName(property);
          if (key === undefined) this.unknown = true;
          else this.add(key);
        }
        return;
      case AST_NODE_TYPES.ArrayExpression:
        this.headerList(value);
        return;
      case AST_NODE_TYPES.NewExpression: {
        const callee = skipTypeWrappers(value.callee);
        const [first] = value.arguments;
        if (callee.type !== AST_NODE_TYPES.Identifier || !headerMapClassNames.has(callee.name)) this.unknown = true;
        else if (first?.type === AST_NODE_TYPES.SpreadElement) this.unknown = true;
        else if (first) this.map(first);
        return;
      }
      default:
        if (!isNullish(value)) this.unknown = true;
    }
  }

  /** `[[name, value], …]` or Node's flat `[name, value, name, value]`. */
  private headerList(list: TSESTree.ArrayExpression): void {
    const elements = list.elements.filter((element) => element !== null);
    if (elements.every((element) => element.type === AST_NODE_TYPES.ArrayExpression)) {
      for (const pair of elements) {
        const name = pair.elements[0];
        const text = name && name.type !== AST_NODE_TYPES.SpreadElement ? staticString(name) : undefined;
        if (text === undefined) this.unknown = true;
        else this.add(text);
      }
      return;
    }
    for (let index = 0; index < elements.length; index += 2) {
      const name = elements[index]!;
      const text = name.type === AST_NODE_TYPES.SpreadElement ? undefined : staticString(name);
      if (text === undefined) this.unknown = true;
      else this.add(text);
    }
  }

  /** `@HttpCode(S)`: the `@Header(name, value)` decorators of the same method. */
  private methodDecorators(node: TSESTree.Node, decorators: MethodDecorators): void {
    const isFrom = (callee: TSESTree.Identifier, name: string): boolean =>
      this.context.isDecoratorFrom(callee, name, decorators.package);
    const method = node.parent?.type === AST_NODE_TYPES.Decorator ? node.parent.parent : undefined;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition) {
      this.unknown = true;
      return;
    }
    // Parsers that know no decorators leave the lists out.
    for (const decorator of decoratorsOf(method)) {
      const call = decorator.expression;
      if (call === node || call.type !== AST_NODE_TYPES.CallExpression) continue;
      const callee = call.callee;
      if (callee.type !== AST_NODE_TYPES.Identifier) continue;
      if (isFrom(callee, decorators.headerDecorator)) {
        const [name] = call.arguments;
        const text = name && name.type !== AST_NODE_TYPES.SpreadElement ? staticString(name) : undefined;
        if (text === undefined) this.unknown = true;
        else this.add(text);
      } else if (Object.hasOwn(decorators.sinks, callee.name) && isFrom(callee, callee.name)) {
        // `@Redirect(url)` beside `@HttpCode(301)` sets Location.
        const headers = decorators.sinks[callee.name]!.headers;
        if (headers.kind === 'sink') for (const name of headers.implied) this.add(name);
      }
    }
    // `@Res() res` lets the method set any header on the response itself.
    for (const parameter of method.value.params) {
      for (const decorator of decoratorsOf(parameter)) {
        const call = decorator.expression;
        const callee = call.type === AST_NODE_TYPES.CallExpression ? call.callee : call;
        if (
          callee.type === AST_NODE_TYPES.Identifier &&
          decorators.responseParameterDecorators.has(callee.name) &&
          isFrom(callee, callee.name)
        ) {
          this.unknown = true;
        }
      }
    }
  }

  /* ---------- Calls on the response ---------- */

  response(scope: ResponseHeaderScope, sink: HeaderSinkParts): void {
    const { node, receiver } = sink;
    switch (scope) {
      case 'none':
        return;
      case 'built':
        if (isStored(node)) this.unknown = true;
        return;
      case 'error':
        if (isStored(node)) this.unknown = true;
        this.before(node, { id: '\0any response', isSame: (candidate) => this.context.isResponse(candidate), name: undefined });
        return;
      default:
        break;
    }
    if (!receiver) {
      this.unknown = true;
      return;
    }
    const response = this.sameResponse(receiver);
    if (scope === 'function') {
      this.merge(contributionOf(this.context, enclosingFunctionBody(node) ?? this.context.sourceCode.ast, response));
      return;
    }
    this.chainedBefore(receiver);
    this.before(node, response);
    if (scope === 'until-sent') this.untilSent(node, response);
  }

  private sameResponse(receiver: TSESTree.Node): ResponseMatcher {
    const key = this.context.responseKey(receiver);
    const name = rootVariable(receiver);
    return {
      id: `${key}\0${name ?? ''}`,
      isSame: (candidate) => {
        const value = skipTypeWrappers(candidate);
        return (
          (value.type === AST_NODE_TYPES.Identifier ||
            value.type === AST_NODE_TYPES.MemberExpression ||
            value.type === AST_NODE_TYPES.CallExpression) &&
          this.context.responseKey(value) === key
        );
      },
      name,
    };
  }

  /** What a memoized scan found, added to this one. */
  merge(found: Contribution): void {
    for (const name of found.names) this.names.add(name);
    if (found.unknown) this.unknown = true;
  }

  /** `res.set('Allow', m).status(405)`: the calls chained before the sink. */
  private chainedBefore(receiver: TSESTree.Node): void {
    let current = skipTypeWrappers(receiver);
    while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(current.callee);
      if (method !== undefined && Object.hasOwn(headerSetters, method)) this.setter(headerSetters[method]!, current.arguments);
      current = skipTypeWrappers(current.callee.object);
    }
  }

  /**
   * The statements before the sink in its block and in each enclosing block of the same function,
   * read from each block's running totals: every statement is scanned once per response, however
   * many sends follow it.
   */
  private before(node: TSESTree.Node, response: ResponseMatcher): void {
    let child: TSESTree.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      const list = statementsOf(parent);
      if (list) {
        const totals = prefixTotals(this.context, list, response);
        this.merge(totals[indexIn(list, child) ?? list.length]!);
      }
      if (isFunctionNode(parent)) return;
    }
  }

  /**
   * After a status that waits for its body (`res.status(S)`, `res.statusCode = S`): calls chained
   * after it and later statements of its block, up to the call that sends. Without one, unknown.
   */
  private untilSent(node: TSESTree.Node, response: ResponseMatcher): void {
    let top: TSESTree.Node = node;
    for (;;) {
      const member = top.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== top) break;
      const call = member.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
      const method = memberName(member);
      const setter = method !== undefined && Object.hasOwn(headerSetters, method) ? headerSetters[method] : undefined;
      if (setter) this.setter(setter, call.arguments);
      if (method !== undefined && responseEnders.has(method)) return;
      if (!setter && !chainThroughMethods.has(method ?? '')) {
        this.unknown = true;
        return;
      }
      top = call;
    }
    const statement = expressionStatementOf(top);
    const siblings = statement && statementList(statement);
    if (!statement || !siblings) {
      this.unknown = true;
      return;
    }
    for (const later of siblings.slice((indexIn(siblings, statement) ?? siblings.length) + 1)) {
      // A branch or loop may send on some paths only.
      if (isControlFlow(later)) break;
      this.scan(later, response);
      if (this.unknown) return;
      const expression =
        later.type === AST_NODE_TYPES.ExpressionStatement
          ? later.expression
          : later.type === AST_NODE_TYPES.ReturnStatement
            ? later.argument
            : undefined;
      if (expression && sends(expression, response.isSame)) return;
      if (later.type === AST_NODE_TYPES.ReturnStatement) break;
    }
    this.unknown = true;
  }

  /** Every header-setting call on the response within `root`; the response handed to a function may get any header. */
  scan(root: TSESTree.Node, response: ResponseMatcher): void {
    const visitorKeys = this.context.sourceCode.visitorKeys;
    const visit = (current: TSESTree.Node): void => {
      if (this.unknown) return;
      // A callback on the same response counts (it may run first); another function's own `res` is another response.
      if (isFunctionNode(current) && (response.name === undefined || declaresParameter(current, response.name))) {
        return;
      }
      if (current.type === AST_NODE_TYPES.CallExpression) this.call(current, response.isSame);
      forEachChildNode(current, visitorKeys, visit);
    };
    visit(root);
  }

  private call(call: TSESTree.CallExpression, isSame: NodeTest): void {
    const { callee } = call;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(callee);
      if (method !== undefined && Object.hasOwn(headerSetters, method) && isSame(callee.object)) {
        this.setter(headerSetters[method]!, call.arguments);
      }
    }
    // `setAuthHeaders(res)`, `Object.assign(res, …)`: the helper may set anything.
    for (const argument of call.arguments) {
      if (isSame(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument)) this.unknown = true;
    }
  }

  private setter(setter: HeaderSetter, args: readonly TSESTree.CallExpressionArgument[]): void {
    if (setter.kind === 'implied') {
      for (const name of setter.names) this.add(name);
      return;
    }
    const [first] = args;
    if (!first) return;
    if (first.type === AST_NODE_TYPES.SpreadElement) {
      this.unknown = true;
      return;
    }
    const name = staticString(first);
    if (name !== undefined && setter.kind !== 'map') this.add(name);
    else if (setter.kind === 'name') this.unknown = true;
    else this.map(first);
  }
}

/* ---------- Helpers ---------- */

/** `args[index]`, 'spread' when a spread hides which argument it is, undefined when missing. */
/* ---------- Per-file memo: each statement scanned once per response ---------- */

/** What scanning one subtree for one response found. */
interface Contribution {
  readonly names: ReadonlySet<string>;
  readonly unknown: boolean;
}

interface ScanMemo {
  readonly contributions: WeakMap<TSESTree.Node, Map<string, Contribution>>;
  readonly totals: WeakMap<readonly TSESTree.Node[], Map<string, readonly Contribution[]>>;
}

const memos = new WeakMap<HeaderScanContext, ScanMemo>();

function memoOf(context: HeaderScanContext): ScanMemo {
  let memo = memos.get(context);
  if (!memo) {
    memo = { contributions: new WeakMap(), totals: new WeakMap() };
    memos.set(context, memo);
  }
  return memo;
}

/** The per-response map of one node or list in a memo, made on first need. */
function byResponseOf<Key extends object, Value>(memo: WeakMap<Key, Map<string, Value>>, key: Key): Map<string, Value> {
  let byResponse = memo.get(key);
  if (!byResponse) {
    byResponse = new Map();
    memo.set(key, byResponse);
  }
  return byResponse;
}

function contributionOf(context: HeaderScanContext, root: TSESTree.Node, response: ResponseMatcher): Contribution {
  const byResponse = byResponseOf(memoOf(context).contributions, root);
  let found = byResponse.get(response.id);
  if (!found) {
    const scan = new HeaderScan(context);
    scan.scan(root, response);
    found = { names: scan.names, unknown: scan.unknown };
    byResponse.set(response.id, found);
  }
  return found;
}

const nothing: Contribution = { names: new Set(), unknown: false };

/** `totals[i]`: what the statements before `list[i]` set on the response (`totals[list.length]`: all of them). */
function prefixTotals(context: HeaderScanContext, list: readonly TSESTree.Node[], response: ResponseMatcher): readonly Contribution[] {
  const byResponse = byResponseOf(memoOf(context).totals, list);
  let running = byResponse.get(response.id);
  if (!running) {
    const built: Contribution[] = [nothing];
    let current = nothing;
    for (const statement of list) {
      // Once unknown, always unknown: nothing later can be scanned to any use.
      if (!current.unknown) {
        const found = contributionOf(context, statement, response);
        const adds = found.unknown || [...found.names].some((name) => !current.names.has(name));
        if (adds) current = { names: new Set([...current.names, ...found.names]), unknown: found.unknown };
      }
      built.push(current);
    }
    running = built;
    byResponse.set(response.id, running);
  }
  return running;
}

/** The position of `node` in `list`, from a map made once per list. */
function indexIn(list: readonly TSESTree.Node[], node: TSESTree.Node): number | undefined {
  // Shared by every context: a list's order does not depend on who asks.
  let map = indexMaps.get(list);
  if (!map) {
    map = new Map(list.map((statement, index) => [statement, index]));
    indexMaps.set(list, map);
  }
  return map.get(node);
}

const indexMaps = new WeakMap<readonly TSESTree.Node[], Map<TSESTree.Node, number>>();

function argumentAt(
  args: readonly TSESTree.CallExpressionArgument[],
  index: number,
): TSESTree.Expression | 'spread' | undefined {
  if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return 'spread';
  const argument = args[index] as TSESTree.Expression | undefined;
  return argument && skipTypeWrappers(argument) as TSESTree.Expression;
}



/** `null`, `undefined`, `void 0`. */
function isNullish(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  return (
    (value.type === AST_NODE_TYPES.Literal && value.value === null) ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') ||
    (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'void')
  );
}

/** Whether a call on the response sends it: `res.json(x)`, `return c.text(x)`, `res.set(…).end()`. */
function sends(expression: TSESTree.Node, isSame: NodeTest): boolean {
  const value = unwrapExpression(expression);
  if (value.type !== AST_NODE_TYPES.CallExpression || value.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberName(value.callee);
  return method !== undefined && responseEnders.has(method) && isSame(value.callee.object);
}

/** Whether a built object is kept in a variable, where later code may add headers to it. */
function isStored(node: TSESTree.Node): boolean {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.AwaitExpression)
  ) {
    current = current.parent;
  }
  const { parent } = current;
  return (
    (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current) ||
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current)
  );
}

function statementsOf(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

function declaresParameter(fn: FunctionNode, name: string): boolean {
  return fn.params.some((parameter) => {
    const binding = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
    const target = binding.type === AST_NODE_TYPES.AssignmentPattern ? binding.left : binding;
    return target.type === AST_NODE_TYPES.Identifier && target.name === name;
  });
}

/** The variable a receiver is reached from: `res` for `res`, `res.set(…)`, `ctx.response`; undefined for `this.res`. */
function rootVariable(node: TSESTree.Node): string | undefined {
  let current = skipTypeWrappers(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current.name;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = skipTypeWrappers(current.callee);
    else return undefined;
  }
}
