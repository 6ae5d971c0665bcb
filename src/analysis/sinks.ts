/**
 * Where a server SENDS a status (the sinks): `res.status(S)`, `reply.code(S)`,
 * `ctx.status = S`, `c.json(body, S)`, `new Response(body, { status: S })`,
 * `@HttpCode(S)`, `new HttpException(body, S)`, `createError(S)`, a returned
 * `{ statusCode: S, body }`…, each with the status expression, the framework,
 * the receiver, and the body sent with it.
 *
 * With type information the receiver's declared type decides (`frameworks.ts`);
 * without it, its name. What each framework's methods look like is data in its
 * module under `src/frameworks/`; this module only matches code against it.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;
import type * as ts from 'typescript';
import {
  calleeName,
  enclosingFunction,
  enclosingFunctionBody,
  type FunctionNode,
  findVariableOf,
  expressionStatementOf,
  isFunctionNode,
  forEachChildNode,
  findPropertyValue,
  isControlFlow,
  memberName,
  propertyDefinitionName,
  propertyKeyName,
  requiredModule,
  skipTypeWrappers,
  statementList,
  staticString,
  unwrapExpression,
} from './ast';
import {
  bodyPropertyNames,
  bodySenders,
  chainThroughMethods,
  decoratorSink,
  errorFactories,
  exceptionClasses,
  exceptionClassOf,
  guessFramework,
  methodDecoratorSets,
  methodFormByName,
  methodsOfReceiver,
  responseAliasProperties,
  responseClasses,
  responseClassOf,
  responseStaticForms,
  returnedResponses,
  sinkMethodNames,
  statusArgumentsByMethod,
  statusAssignmentFor,
  statusAssignmentsByName,
  statusFunctionSets,
  namespaceFunctionNames,
  unknownBody,
  errorStatusProperties,
  projectFramework,
  type BodyPosition,
  type DefaultBodySource,
  type ErrorFactory,
  type ExceptionClass,
  type StatusFunctions,
  type HeaderSources,
  type SinkForm,
  type StatusNameMap,
  type StatusPosition,
} from '../frameworks';
import { classifyHttpType, declaredTypeOfImport, isDeclaredIn, isRequestLikeName, isResponseLikeName, packageOfFile, type Framework, type HttpObjectType } from './frameworks';
import { isReturnedResponseHandler } from './handlers';
import { findSinkHeaders, type HeaderScanContext, type SinkHeaders } from './sink-headers';
import { getStatusResolver, type StatusResolution, type StatusResolver } from './resolve';
import { getPluginSettings, type SenderSetting } from '../settings';
import { sourceCodeOf, topLevelDeclaration } from './declaring-files';
import { getTypeInfo, type TypeInfo } from './type-info';
import { loadTypeScript } from './typescript';

/**
 * The body sent with a status:
 * - `present`: an expression that is not empty (`res.status(S).json(body)`);
 * - `empty`: written out but empty: `undefined`, `null`, `''`, `void 0`;
 * - `absent`: nothing sent (`res.status(S).end()`, `reply.code(S).send()`, `{ statusCode: S }`);
 * - `default`: the framework sends its own text (`source`): the reason phrase (`res.sendStatus(S)`,
 *   `ctx.throw(S)` and `createError(S)` without a message) or a redirect note (`res.redirect(S, url)`);
 * - `unknown`: the code does not show it (`@HttpCode(S)`, `res.status(S)` passed on or followed by a branch).
 */
export type SinkBody =
  | {
      readonly kind: 'present' | 'empty';
      readonly value: TSESTree.Node;
      /** The node that sends it: the `.json(x)` call, the sink call itself, `ctx.body = x`, the `body:` property. */
      readonly sender: TSESTree.Node;
      readonly via: BodyVia;
      /**
       * Whether the body goes out whenever the status does. False only for a Koa `ctx.body`
       * assigned on another path of the same function (another branch, a callback).
       */
      readonly certain: boolean;
    }
  | { readonly kind: 'absent'; readonly sender: TSESTree.Node | undefined }
  | { readonly kind: 'default'; readonly source: DefaultBodySource }
  | { readonly kind: 'unknown' };

/** How a body travels with its status. */
export type BodyVia =
  /** An argument of the sink itself: `c.json(body, S)`, `new Response(body, init)`, `new HttpException(body, S)`. */
  | 'argument'
  /** A chained or later call on the same response: `res.status(S).json(body)`, `res.statusCode = S; res.end(body)`. */
  | 'sender'
  /** Koa's `ctx.body = body`. */
  | 'assignment'
  /** The `body` property of a returned `{ statusCode, body }`. */
  | 'property'
  /** The message, error or properties of http-errors and `ctx.throw` / `ctx.assert`. */
  | 'message'
  /** What the decorated handler returns (Nest's `@HttpCode(S)`). */
  | 'return';

/** How the status is sent, syntactically. */
export type SinkKind =
  /** `res.status(S)`, `c.json(body, S)`, `Response.json(body, { status: S })`, `createError(S)`. */
  | 'call'
  /** `res.statusCode = S`, `ctx.status = S`. */
  | 'assignment'
  /** `new Response(body, { status: S })`, `new HttpException(body, S)`, `super(body, S)`. */
  | 'construct'
  /** `@HttpCode(S)`, `@Redirect(url, S)`. */
  | 'decorator'
  /** A returned `{ statusCode: S, body }`. */
  | 'returned-object';

export interface StatusSink {
  readonly kind: SinkKind;
  /** With types, the declaring package's framework; without, a guess from the method and the receiver's name. */
  readonly framework: Framework;
  /** The method, property, class or decorator, for messages: 'status', 'statusCode', 'Response', 'Response.json', 'HttpCode', 'createError'. */
  readonly api: string;
  /** The whole sink: the call, assignment, `new` expression, decorator call or object literal. */
  readonly node: TSESTree.Node;
  /** The status expression; for a sink that means one status by itself (`new NotFoundException()`, `notFound()`), the class or function. */
  readonly status: TSESTree.Node;
  /**
   * The status a sink means by itself, not written as a number: 404 for `new NotFoundException()` and
   * `notFound()`, 401 for `new TRPCError({ code: 'UNAUTHORIZED' })`. Read it through `resolveSinkStatus`.
   */
  readonly impliedCode: number | undefined;
  /** Whether the sink makes an error that is thrown (an exception, http-errors, SvelteKit's `error()`) rather than a response. */
  readonly throws: boolean;
  /**
   * Whether the status is worked out inside a helper of the project (`new ApiError({ code })` whose
   * constructor computes it): a send whose status is not this sink's to check, since the helper's own sink is.
   */
  readonly statusInHelper: boolean;
  /**
   * For a status in a library's own terms passed through a parameter (`new ConnectError(msg, code)` in a
   * helper), the table the helper's callers' names are read by; the expression itself is no number.
   */
  readonly statusMap: StatusNameMap | undefined;
  /** The object the status is sent on (`res`, `reply`, `ctx`, `c`), the class (`Response`) or function (`createError`); undefined for decorators' and returned objects. */
  readonly receiver: TSESTree.Node | undefined;
  /** Whether the declared type decided (true) or the name did (false; also for shapes such as the returned object). */
  readonly byType: boolean;
  /** The body sent with the status; worked out on first read. */
  readonly body: SinkBody;
  /** The headers sent with the status (`sink-headers.ts`); worked out on first read. */
  readonly headers: SinkHeaders;
}

export interface SinkOptions {
  /** More receiver names to take as responses without type information (a rule's `receiverNames` option). */
  readonly receiverNames?: readonly string[];
}

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Whether a sink builds an error to throw (an exception class such as Nest's `HttpException`
 * and its subclasses, an error factory such as http-errors) rather than sending a response:
 * its status is meant to be an error's.
 */
export function isExceptionSink(sink: StatusSink): boolean {
  return sink.throws;
}

/** The statuses a sink sends: its implied status, or what its status expression resolves to. */
export function resolveSinkStatus(resolver: StatusResolver, sink: StatusSink): StatusResolution {
  if (sink.statusInHelper) return { codes: [], unresolved: [], named: [] };
  // A library's name for a status, not known here: never read as a number (Connect's `Code` enum is one).
  if (sink.statusMap && sink.impliedCode === undefined) return { codes: [], unresolved: [sink.status], named: [] };
  if (sink.impliedCode === undefined) return resolver.resolve(sink.status);
  return { codes: [{ code: sink.impliedCode, node: sink.status }], unresolved: [], named: [] };
}

/**
 * One file's search for status sinks with one set of receiver names, telling every rule that
 * subscribed (the plugin's shared pass, `file-pass.ts`, hands it the candidate nodes). Nothing
 * is built until the first node: the sink finder, the module bindings, the name sets.
 */
export class SinkSearch {
  private finder: SinkFinder | undefined;

  constructor(
    /** The context of the first rule that asked: the file, its settings and its types are every rule's. */
    private readonly context: RuleContext,
    private readonly receiverNames: readonly string[],
    /** The rules told of each sink, in the order they joined. */
    private readonly subscribers: readonly ((sink: StatusSink) => void)[],
  ) {}

  /** A call, `new` expression or assignment: the sink it is, told to every subscriber. */
  node(node: TSESTree.Node): void {
    this.finder ??= new SinkFinder(this.context, new Set(this.receiverNames), findModuleBindings(this.context.sourceCode.ast), true);
    const sink = this.finder.sinkOf(node);
    if (!sink) return;
    for (const subscriber of this.subscribers) subscriber(sink);
  }

  /** What a `return` or an arrow function's body gives back: `return { status, body }`, `() => ({ … })`, also under `as` or `satisfies`. */
  returned(value: TSESTree.Node | null | undefined): void {
    if (!value) return;
    if (value.type === AST_NODE_TYPES.ObjectExpression) this.node(value);
    else if (
      (value.type === AST_NODE_TYPES.TSAsExpression || value.type === AST_NODE_TYPES.TSSatisfiesExpression) &&
      value.expression.type === AST_NODE_TYPES.ObjectExpression
    ) {
      this.node(value.expression);
    }
  }
}

/** Names an exception class without arguments is taken to have before its class is looked up. */
const exceptionLikeName = /(?:Exception|Error)$/u;

interface SinkFields {
  readonly kind: SinkKind;
  readonly framework: Framework;
  readonly api: string;
  readonly node: TSESTree.Node;
  readonly status: TSESTree.Node;
  readonly receiver: TSESTree.Node | undefined;
  readonly byType: boolean;
  readonly impliedCode?: number | undefined;
  readonly throws?: boolean | undefined;
  readonly statusInHelper?: boolean;
  readonly statusMap?: StatusNameMap | undefined;
}

function makeSink(
  fields: SinkFields,
  computeBody: () => SinkBody,
  headerSources: HeaderSources,
  headerContext: HeaderScanContext,
): StatusSink {
  let body: SinkBody | undefined;
  let headers: SinkHeaders | undefined;
  return {
    ...fields,
    impliedCode: fields.impliedCode,
    throws: fields.throws ?? false,
    statusInHelper: fields.statusInHelper ?? false,
    statusMap: fields.statusMap,
    get body(): SinkBody {
      body ??= computeBody();
      return body;
    },
    get headers(): SinkHeaders {
      headers ??= findSinkHeaders(headerContext, headerSources, fields);
      return headers;
    },
  };
}

/** What a receiver is: its declared HTTP type, a response-like name, or nothing. */
type ReceiverMatch =
  | { readonly byType: true; readonly type: HttpObjectType }
  | { readonly byType: false; readonly name: string }
  | undefined;

const messageLikeName = /^(?:e|err|error|\w*Error|msg|message|\w*Message|props|properties|options|opts)$/u;

/** A function's `ctx.body` assignments to one context: all of them, and those that are a statement of their own, per statement list. */
interface AssignedBodies {
  readonly all: readonly TSESTree.AssignmentExpression[];
  readonly direct: ReadonlyMap<TSESTree.Node, readonly TSESTree.AssignmentExpression[]>;
}

/** What one function holds for Koa's body analysis, gathered in one walk. */
interface BodyAssignmentScan {
  /** Every `x.body = …` in the function, callbacks included, in source order. */
  readonly assignments: readonly TSESTree.AssignmentExpression[];
  /** Where each statement list of the function itself (not of a callback) has a `return` or `throw`: start offsets, in order. */
  readonly terminators: ReadonlyMap<TSESTree.Node, readonly number[]>;
}

/** The statement lists around a node up to its function, innermost first, and where its path surely ends. */
interface StatementPath {
  readonly levels: readonly { readonly list: TSESTree.Node; readonly statement: TSESTree.Node }[];
  readonly lists: ReadonlySet<TSESTree.Node>;
  /** The offset of the first `return`/`throw` the path meets after the node, or Infinity. */
  readonly end: number;
}

/** How many assignments off the status's own lists are weighed before one is taken as maybe on its path. */
const MAX_MAYBE_BODIES = 16;

/** Which search a candidate node gets. */
type SearchKind = 'identifier-call' | 'super-call' | 'member-call' | 'construct' | 'assignment' | 'returned-object';

class SinkFinder {
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private readonly typeInfo: TypeInfo | undefined;
  /** Koa's `ctx.body` assignments and path ends per function, made on first need: most files never ask. */
  private bodyAssignmentScans: WeakMap<TSESTree.Node, BodyAssignmentScan> | undefined;
  /** The same, summed up per context (`ctx`) for the status sinks to ask by position. */
  private assignedBodies: WeakMap<TSESTree.Node, Map<string, AssignedBodies | undefined>> | undefined;
  private cachedHeaderContext: HeaderScanContext | undefined;
  /** What each node searched so far is: its sink, or null. */
  // Maps, not weak maps: a finder lives as long as its file's AST, and weak maps cost the collector more.
  private readonly found = new Map<TSESTree.Node, StatusSink | null>();
  /** What each of the file's functions and classes sends when called, worked out on its first call; null while being worked out, or for none. */
  private readonly helpers = new Map<TSESTree.Node, HelperSummary | null>();
  /** The functions of the file with a sink directly in them, as far as the search has seen. */
  private readonly functionsWithSinks = new Set<TSESTree.Node>();
  /** Whether a helper's variable is assigned again somewhere, per variable. */
  private readonly reassignedVariables = new Map<TSESLint.Scope.Variable, boolean>();
  private resolver: StatusResolver | undefined;
  private senderSettings: ReadonlyMap<string, SenderSetting> | undefined;
  private cachedTopLevelNames: ReadonlySet<string> | undefined;
  private cachedImportedNames: ReadonlySet<string> | undefined;
  private cachedMayDeclareSubclasses: boolean | undefined;

  constructor(
    private readonly context: RuleContext,
    private readonly extraNames: ReadonlySet<string>,
    /** Local names bound to an error factory's default export or to a status function in this file. */
    private readonly bindings: ReadonlyMap<string, ModuleBinding>,
    /**
     * Whether the file's pass hands this search every candidate node in source order (a file being
     * linted), so that what it has not found before a node is not there; not so for a file read for its helpers.
     */
    private readonly searchedInOrder = false,
  ) {
    this.sourceCode = context.sourceCode;
    this.typeInfo = getTypeInfo(context);
  }

  /** The sink a node is, searched once (by the search its kind names): every rule and every helper summary gets the same one. */
  private sinkAt(node: TSESTree.Node, search: SearchKind): StatusSink | undefined {
    let sink = this.found.get(node);
    if (sink === undefined) {
      // Searching a helper's call may summarise the helper, whose body may hold this node: no cycle.
      this.found.set(node, null);
      sink = this.search(node, search) ?? null;
      this.found.set(node, sink);
      if (sink) this.markFunctionWithSink(node);
    }
    return sink ?? undefined;
  }

  /** The function a sink is directly in (not in a function or class nested in it): the one whose summary it is part of. */
  private markFunctionWithSink(node: TSESTree.Node): void {
    for (let current = node.parent; current; current = current.parent) {
      if (isFunctionNode(current)) {
        this.functionsWithSinks.add(current);
        return;
      }
      if (current.type === AST_NODE_TYPES.ClassBody) return;
    }
  }

  private search(node: TSESTree.Node, search: SearchKind): StatusSink | undefined {
    switch (search) {
      case 'identifier-call':
        return this.identifierCall(node as TSESTree.CallExpression);
      case 'super-call':
        return this.superCall(node as TSESTree.CallExpression);
      case 'member-call':
        return this.memberCall(node as TSESTree.CallExpression);
      case 'construct':
        return this.construct(node as TSESTree.NewExpression);
      case 'assignment':
        return this.assignment(node as TSESTree.AssignmentExpression);
      case 'returned-object':
        return this.returnedObject(node as TSESTree.ObjectExpression);
    }
  }

  /** The sink any node is: the listeners' dispatch, and the helper summaries'. */
  sinkOf(node: TSESTree.Node): StatusSink | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression: {
        const { callee } = node;
        if (callee.type === AST_NODE_TYPES.Identifier) {
          // Most calls of a file are of names that can send nothing: no entry in the cache for them.
          if (node.parent.type !== AST_NODE_TYPES.Decorator && !this.isCallableName(callee.name)) return undefined;
          return this.sinkAt(node, 'identifier-call');
        }
        if (callee.type === AST_NODE_TYPES.Super) return this.sinkAt(node, 'super-call');
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
        const name = callee.computed ? undefined : memberName(callee);
        const candidate = callee.computed
          ? callee.property.type === AST_NODE_TYPES.Literal
          : name !== undefined && (sinkMethodNames.has(name) || responseStaticForms.has(name) || namespaceFunctionNames.has(name));
        return candidate ? this.sinkAt(node, 'member-call') : undefined;
      }
      case AST_NODE_TYPES.NewExpression: {
        const callee = node.callee;
        const candidate =
          node.arguments.length > 0 ||
          callee.type === AST_NODE_TYPES.Identifier ||
          (callee.type === AST_NODE_TYPES.MemberExpression && callee.computed && callee.property.type === AST_NODE_TYPES.Literal);
        return candidate ? this.sinkAt(node, 'construct') : undefined;
      }
      case AST_NODE_TYPES.AssignmentExpression: {
        const { left } = node;
        if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
        const candidate = left.computed
          ? left.property.type === AST_NODE_TYPES.Literal
          : statusAssignmentsByName.has(memberName(left) ?? '');
        return candidate ? this.sinkAt(node, 'assignment') : undefined;
      }
      case AST_NODE_TYPES.ObjectExpression: {
        const wrapper =
          node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSSatisfiesExpression
            ? node.parent
            : undefined;
        const value: TSESTree.Node = wrapper ?? node;
        const place = value.parent;
        const returned =
          (place?.type === AST_NODE_TYPES.ReturnStatement && place.argument === value) ||
          (place?.type === AST_NODE_TYPES.ArrowFunctionExpression && place.body === value);
        return returned ? this.sinkAt(node, 'returned-object') : undefined;
      }
      default:
        return undefined;
    }
  }

  /** Names the file declares at its top level as a function or class, or a value made by a call: the helpers a call may name. */
  private get topLevelNames(): ReadonlySet<string> {
    this.cachedTopLevelNames ??= findTopLevelNames(this.sourceCode.ast);
    return this.cachedTopLevelNames;
  }

  /** Names the file imports as values: with types, the helpers other files of the project declare. */
  private get importedNames(): ReadonlySet<string> {
    this.cachedImportedNames ??= findImportedNames(this.sourceCode.ast);
    return this.cachedImportedNames;
  }

  /**
   * Whether an identifier call may send a status by its name: an import or require of a known module,
   * a usual or auto-imported name, the file's helpers, `senders`, and with types any import. The
   * cheapest sets are asked first; the file's own are made only when a call's name is none of those.
   */
  private isCallableName(name: string): boolean {
    return (
      knownFunctionNames.has(name) ||
      this.bindings.has(name) ||
      this.topLevelNames.has(name) ||
      this.senders.has(name) ||
      (this.typeInfo !== undefined && this.importedNames.has(name))
    );
  }

  /** Whether the file's text has `extends` at all, which each class of its own with a base class has. */
  private get mayDeclareSubclasses(): boolean {
    this.cachedMayDeclareSubclasses ??= this.sourceCode.text.includes('extends');
    return this.cachedMayDeclareSubclasses;
  }

  private get statusResolver(): StatusResolver {
    this.resolver ??= getStatusResolver(this.context);
    return this.resolver;
  }

  private get senders(): ReadonlyMap<string, SenderSetting> {
    this.senderSettings ??= getPluginSettings(this.context).senders;
    return this.senderSettings;
  }

  /** What the header scan asks of the sink search; made with the file's first sink. */
  private get headerContext(): HeaderScanContext {
    this.cachedHeaderContext ??= {
      sourceCode: this.sourceCode,
      responseKey: (node) => this.responseBaseText(node),
      isResponse: (node) => this.matchReceiver(node) !== undefined,
      isString: (node) => {
        const type = this.typeAt(node);
        return type !== undefined && !isAnyLike(type) && isStringLike(type);
      },
      isDecoratorFrom: (identifier, name, module) =>
        identifier.name === name && this.isFromPackage(identifier, [module], [module]),
    };
    return this.cachedHeaderContext;
  }

  /* ---------- Entry points, one per search kind (`search` dispatches to them) ---------- */

  memberCall(node: TSESTree.CallExpression): StatusSink | undefined {
    const callee = node.callee as TSESTree.MemberExpression;
    const method = memberName(callee);
    if (method === undefined) return this.factoryMemberCall(node, callee);
    if (namespaceFunctionNames.has(method)) {
      const sink = this.namespaceCall(node, callee, method);
      if (sink) return sink;
    }
    if (responseStaticForms.has(method)) {
      const sink = this.responseStatic(node, callee, method);
      if (sink) return sink;
    }
    if (!sinkMethodNames.has(method)) return undefined;
    // Syntax before types: too few arguments to hold a status, whatever the receiver is.
    if (node.arguments.length < (statusArgumentsByMethod.get(method) ?? 0)) return undefined;
    const receiver = callee.object;
    const match = this.matchSinkReceiver(receiver);
    if (!match) return undefined;
    let form: SinkForm | undefined;
    let framework: Framework;
    if (match.byType) {
      form = methodsOfReceiver(match.type.framework, match.type.kind)?.[method];
      framework = match.type.framework;
    } else {
      // `res: NextApiResponse` says whose response it is, where the name alone would guess.
      const annotated = this.annotatedHttpType(receiver);
      framework = annotated?.framework ?? guessFramework(method, match.name);
      form = (annotated && methodsOfReceiver(annotated.framework, annotated.kind)?.[method]) ?? methodFormByName(method, framework);
    }
    if (!form) return undefined;
    const found = this.statusOf(form.status, node);
    if (!found) return undefined;
    const { status, impliedCode, statusMap } = found;
    // By name only, `x.json(res, map)` is Hono's `c.json(body, S)` only when S looks like a status.
    if (!match.byType && form.status.kind === 'status-or-init' && !isStatusShaped(status)) return undefined;
    return makeSink(
      { kind: 'call', framework, api: method, node, status, receiver, byType: match.byType, impliedCode, statusMap },
      () => this.bodyOf(form.body, node, status, receiver),
      form.headers,
      this.headerContext,
    );
  }

  /** A call by name; `sinkOf` has already dropped the names that can send nothing. */
  private identifierCall(node: TSESTree.CallExpression): StatusSink | undefined {
    const callee = node.callee as TSESTree.Identifier;
    if (node.parent.type === AST_NODE_TYPES.Decorator) return this.decorator(node, callee);
    const statusFunction = this.statusFunctionOf(callee);
    const functionSink = statusFunction && this.functionSink(node, callee, statusFunction.framework, statusFunction.form, callee.name);
    if (functionSink) return functionSink;
    const factory = this.errorFactoryOf(callee);
    if (!factory) return this.senderCall(node, callee) ?? this.helperCall(node, callee);
    const { form } = factory;
    const status = this.statusArgument(form.status, node.arguments);
    if (!status) return undefined;
    return makeSink(
      {
        kind: 'call',
        framework: factory.framework,
        api: callee.name,
        node,
        status,
        receiver: callee,
        byType: this.typeInfo !== undefined,
        throws: true,
      },
      () => this.bodyOf(form.body, node, status, callee),
      form.headers,
      this.headerContext,
    );
  }

  superCall(node: TSESTree.CallExpression): StatusSink | undefined {
    // Syntax before types: `super(message)` of an `Error` subclass holds no status; Hono's `super(429)` of an HTTPException may.
    const superClass = enclosingClass(node)?.superClass;
    if (node.arguments.length === 0) return undefined;
    if (node.arguments.length < 2 && !(superClass?.type === AST_NODE_TYPES.Identifier && exceptionClassNames.has(superClass.name))) return undefined;
    const typed = this.typedException(node);
    if (typed !== undefined) return typed || undefined;
    if (superClass?.type !== AST_NODE_TYPES.Identifier) return undefined;
    // Only the base class takes a status; a subclass such as `NotFoundException` has its own (its `new` is the sink).
    const match = this.exceptionCalled(superClass);
    if (!match || match.impliedCode !== undefined) return undefined;
    const { exception } = match;
    return this.exceptionSink(node, exception.form, exception.framework, 'super', superClass, false);
  }

  construct(node: TSESTree.NewExpression): StatusSink | undefined {
    const callee = skipTypeWrappers(node.callee);
    // `new createError[404]()`
    if (callee.type === AST_NODE_TYPES.MemberExpression && callee.computed) {
      return this.factoryMemberCall(node, callee);
    }
    // No argument, no status (`new Date()`, `new Map()`), unless the class means one (`new NotFoundException()`).
    const withoutArguments = node.arguments.length === 0;
    const name = calleeName(callee);
    // Syntax before types: without arguments, only a name like an exception's or a class of this file.
    if (
      withoutArguments &&
      !(name !== undefined && exceptionLikeName.test(name)) &&
      !(name !== undefined && this.topLevelNames.has(name) && this.isClassOfFile(callee))
    ) {
      return undefined;
    }
    if (this.typeInfo) {
      // The constructor's type, not the `new` expression's: that one resolves the
      // overloads and checks every argument, callbacks included (`new Promise(…)`).
      const type = this.typeAt(callee);
      if (type && !isAnyLike(type)) {
        const known = this.instanceHttpType(type, this.typeInfo.checker);
        const responseClass = known && responseClassOf(known.framework);
        if (known && responseClass) {
          if (withoutArguments) return undefined;
          return this.responseConstructor(node, known.framework, responseClass.constructorForm, name ?? responseClass.className, true);
        }
        if (known && exceptionClassOf(known.framework)) {
          const typed = this.typedException(node);
          if (typed) return typed;
        }
        // Not a known class, or one that takes no status: the project's own class or the `senders` setting's.
        return callee.type === AST_NODE_TYPES.Identifier ? (this.senderCall(node, callee) ?? this.helperCall(node, callee)) : undefined;
      }
    }
    if (name === undefined) return undefined;
    const responseClass = withoutArguments ? undefined : responseClasses.get(name);
    if (responseClass) return this.responseConstructor(node, responseClass.framework, responseClass.constructorForm, name, false);
    const match = this.exceptionCalled(callee);
    if (!match) return callee.type === AST_NODE_TYPES.Identifier ? (this.senderCall(node, callee) ?? this.helperCall(node, callee)) : undefined;
    const { exception, impliedCode } = match;
    if (impliedCode === undefined) return this.exceptionSink(node, exception.form, exception.framework, name, callee, false);
    // A project's own subclass may give its message in its constructor: its body is not the call's to tell.
    const body = match.own ? unknownBody : (exception.subclassBody ?? unknownBody);
    const form: SinkForm = { status: { kind: 'fixed', code: impliedCode }, body, headers: exception.headers, throws: true };
    return this.exceptionSink(node, form, exception.framework, name, callee, false);
  }

  assignment(node: TSESTree.AssignmentExpression): StatusSink | undefined {
    // `res.status = (code) => …` patches the method; it sets no status.
    const right = skipTypeWrappers(node.right);
    if (isFunctionNode(right) || right.type === AST_NODE_TYPES.ClassExpression) return undefined;
    const left = node.left as TSESTree.MemberExpression;
    const property = memberName(left);
    if (property === undefined || !statusAssignmentsByName.has(property)) return undefined;
    const receiver = left.object;
    const match = this.matchSinkReceiver(receiver);
    if (!match) return undefined;
    let body: BodyPosition;
    let headers: HeaderSources;
    let framework: Framework;
    if (match.byType) {
      const assigned = statusAssignmentFor(match.type.framework, match.type.kind);
      if (assigned?.property !== property) return undefined;
      body = assigned.body;
      headers = assigned.headers;
      framework = match.type.framework;
    } else {
      const form = statusAssignmentsByName.get(property)!;
      body = form.body;
      headers = form.headers;
      framework = form.framework;
    }
    return makeSink(
      { kind: 'assignment', framework, api: property, node, status: node.right, receiver, byType: match.byType },
      () => this.bodyOf(body, node, node.right, receiver),
      headers,
      this.headerContext,
    );
  }

  returnedObject(node: TSESTree.ObjectExpression): StatusSink | undefined {
    for (const shape of returnedResponses) {
      const sink = this.returnedShape(node, shape);
      if (sink) return sink;
    }
    return undefined;
  }

  /** A package's status function called: `error(404, msg)`, `Boom.notFound(msg)`. */
  private functionSink(
    node: TSESTree.CallExpression,
    receiver: TSESTree.Node,
    framework: Framework,
    form: SinkForm,
    api: string,
  ): StatusSink | undefined {
    const found = this.statusOf(form.status, node);
    if (!found) return undefined;
    return makeSink(
      {
        kind: 'call',
        framework,
        api,
        node,
        status: found.status,
        receiver,
        byType: this.typeInfo !== undefined,
        impliedCode: found.impliedCode,
        statusMap: found.statusMap,
        throws: form.throws,
      },
      () => this.bodyOf(form.body, node, found.status, receiver),
      form.headers,
      this.headerContext,
    );
  }

  /** `Boom.notFound(msg)`: a status function on the default or namespace import of its module. */
  private namespaceCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): StatusSink | undefined {
    const object = skipTypeWrappers(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const binding = this.bindings.get(object.name);
    if (binding?.kind !== 'namespace' || !Object.hasOwn(binding.functions.sinks, method)) return undefined;
    if (this.bindingModule(object) !== binding.module) return undefined;
    if (this.typeInfo) {
      const declared = this.declaringPackage(object);
      if (declared !== undefined && !binding.functions.packages.includes(declared)) return undefined;
    }
    return this.functionSink(node, object, binding.framework, binding.functions.sinks[method]!, `${object.name}.${method}`);
  }

  /* ---------- The project's own senders ---------- */

  /** `badRequest(res, msg)`, `new ApiError(404, msg)` named in `settings['http-status'].senders`. */
  private senderCall(node: TSESTree.CallExpression | TSESTree.NewExpression, callee: TSESTree.Identifier): StatusSink | undefined {
    const sender = this.senders.size > 0 ? this.senders.get(callee.name) : undefined;
    if (!sender) return undefined;
    const summary: HelperSummary =
      sender.status === undefined
        ? { framework: projectFramework, throws: false, parameter: sender.statusArgument }
        : { framework: projectFramework, throws: false, code: sender.status };
    return this.helperSink(node, callee, summary, false);
  }

  /** A call of a function or class of this file that sends a status: what its body sends, at the call. */
  private helperCall(node: TSESTree.CallExpression | TSESTree.NewExpression, callee: TSESTree.Identifier): StatusSink | undefined {
    if (!this.topLevelNames.has(callee.name)) return this.typeInfo ? this.importedHelperCall(node, callee, this.typeInfo) : undefined;
    const declaration = this.helperDeclaration(callee, node.type === AST_NODE_TYPES.NewExpression);
    if (declaration && this.surelySendsNothing(declaration, node)) return undefined;
    const summary = declaration && this.summaryOf(declaration);
    return summary ? this.helperSink(node, callee, summary, this.typeInfo !== undefined) : undefined;
  }

  /**
   * With types, a call of a function or class that another file of the project declares and this one
   * imports: what that file's code sends, read from it without types (so one level deep), at the call.
   */
  private importedHelperCall(
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    callee: TSESTree.Identifier,
    { checker, program, services }: TypeInfo,
  ): StatusSink | undefined {
    if (!this.importedNames.has(callee.name)) return undefined;
    const ts = loadTypeScript();
    let symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(callee));
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!declaration) return undefined;
    const file = declaration.getSourceFile();
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file)) return undefined;
    const name = declaredHelperName(declaration, ts);
    // Syntax before parsing: a class that extends another, or a function whose text names something that sends.
    if (name === undefined || !helperHint.test(file.text.slice(declaration.pos, declaration.end))) return undefined;
    const declaringFile = sourceCodeOf(file);
    if (!declaringFile) return undefined;
    let finder = declaringFinders.get(declaringFile);
    if (!finder) {
      // The declaring file's settings are this one's: a config block of its own is not known here.
      const context = { sourceCode: declaringFile, settings: this.context.settings, cwd: this.context.cwd, filename: file.fileName };
      finder = new SinkFinder(context as unknown as RuleContext, new Set(), findModuleBindings(declaringFile.ast));
      declaringFinders.set(declaringFile, finder);
    }
    const summary = finder.exportedSummary(name, node.type === AST_NODE_TYPES.NewExpression);
    return summary ? this.helperSink(node, callee, summary, true) : undefined;
  }

  /** What a helper a top-level name of this file declares sends when called, for a typed file that imports it. */
  exportedSummary(name: string, constructs: boolean): HelperSummary | undefined {
    const declared = topLevelDeclaration(this.sourceCode.ast, name);
    const declaration = declared && helperOfDeclaration(declared, constructs);
    return declaration && this.summaryOf(declaration);
  }

  /**
   * Whether a function of the file surely sends nothing of its own, known without walking it: the
   * file's pass has already searched every node of it (it ends before this call, and ESLint enters
   * nodes in source order: ESTree's and TSESTree's visitor keys list children in that order), and
   * found no sink directly in it (`functionsWithSinks`), which is all `summarizeFunction` looks for.
   */
  private surelySendsNothing(declaration: HelperDeclaration, call: TSESTree.Node): boolean {
    return (
      this.searchedInOrder &&
      isFunctionNode(declaration) &&
      declaration.range[1] <= call.range[0] &&
      !this.functionsWithSinks.has(declaration) &&
      !this.helpers.has(declaration)
    );
  }

  /** What a function or class of this file sends whenever it is called or constructed, worked out once. */
  private summaryOf(declaration: HelperDeclaration): HelperSummary | undefined {
    let summary = this.helpers.get(declaration);
    if (summary === undefined) {
      // A helper that calls itself, directly or not, is summarised without that call.
      this.helpers.set(declaration, null);
      summary =
        (isFunctionNode(declaration)
          ? this.summarizeFunction(declaration)
          : declaration.type === AST_NODE_TYPES.CallExpression
            ? this.summarizeMadeClass(declaration)
            : this.summarizeClass(declaration)) ?? null;
      this.helpers.set(declaration, summary);
    }
    return summary ?? undefined;
  }

  private helperSink(
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    callee: TSESTree.Identifier,
    summary: HelperSummary,
    byType: boolean,
  ): StatusSink | undefined {
    const found =
      summary.parameter === undefined
        ? { status: callee as TSESTree.Node, impliedCode: summary.code }
        : this.statusOf(
            summary.statusMap
              ? { kind: 'mapped-key', index: summary.parameter, codes: summary.statusMap.codes, enumName: summary.statusMap.enumName }
              : { kind: 'argument', index: summary.parameter },
            node,
          );
    if (!found) return undefined;
    return makeSink(
      {
        kind: node.type === AST_NODE_TYPES.NewExpression ? 'construct' : 'call',
        framework: summary.framework,
        api: callee.name,
        node,
        status: found.status,
        receiver: callee,
        byType,
        impliedCode: found.impliedCode,
        statusMap: found.statusMap,
        throws: summary.throws || node.type === AST_NODE_TYPES.NewExpression,
        statusInHelper: summary.parameter === undefined && summary.code === undefined,
      },
      // What the helper sends besides its status, and with which headers, is its own code's to tell.
      () => ({ kind: 'unknown' }),
      { kind: 'elsewhere' },
      this.headerContext,
    );
  }

  /** The function or class of this file a callee names, once declared and never reassigned. */
  private helperDeclaration(callee: TSESTree.Identifier, constructs: boolean): HelperDeclaration | undefined {
    const variable = findVariableOf(this.sourceCode, callee);
    const [definition, ...others] = variable?.defs ?? [];
    if (!variable || !definition || others.length > 0) return undefined;
    // Asked at every call of the helper: its references are looked through once, not once per call.
    let reassigned = this.reassignedVariables.get(variable);
    if (reassigned === undefined) {
      reassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
      this.reassignedVariables.set(variable, reassigned);
    }
    if (reassigned) return undefined;
    // A parameter's definition node is its function: only declarations name a helper.
    const declared =
      definition.type === DefinitionType.ClassName || definition.type === DefinitionType.FunctionName || definition.type === DefinitionType.Variable
        ? definition.node
        : undefined;
    return declared && helperOfDeclaration(declared, constructs);
  }

  /**
   * What a function sends whenever it is called: the status of one parameter, passed into one sink of
   * its own body (`function fail(res, status) { res.status(status).json(…) }`), or the one status every
   * sink of its body sends (`function unauthorized() { return new Response(null, { status: 401 }) }`).
   * Functions nested in it do not run with the call.
   */
  private summarizeFunction(fn: FunctionNode): HelperSummary | undefined {
    const inner: StatusSink[] = [];
    const visitorKeys = this.sourceCode.visitorKeys;
    // A response handed to a call that is no sink (`return handlePost(req, res)`) may get any status there.
    let handsOnResponse = false;
    const visit = (current: TSESTree.Node): void => {
      if (isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody || inner.length > MAX_HELPER_SINKS || handsOnResponse) return;
      const sink = this.sinkOf(current);
      if (sink) inner.push(sink);
      else if (current.type === AST_NODE_TYPES.CallExpression && current.arguments.some((argument) => this.isResponseArgument(argument))) {
        handsOnResponse = true;
        return;
      }
      forEachChildNode(current, visitorKeys, visit);
    };
    forEachChildNode(fn.body, visitorKeys, visit);
    if (handsOnResponse || inner.length === 0 || inner.length > MAX_HELPER_SINKS) return undefined;
    const framework = inner[0]!.framework;
    const throws = inner.every((sink) => sink.throws);
    const parameters = inner.map((sink) => this.parameterIndex(sink.status, fn));
    if (parameters.some((index) => index !== undefined)) {
      const [index] = parameters;
      return inner.length === 1 && index !== undefined ? { framework, throws, parameter: index, statusMap: inner[0]!.statusMap } : undefined;
    }
    const code = this.onlyCode(inner);
    return code === undefined ? undefined : { framework, throws, code };
  }

  /**
   * What `new X(…)` of a class of this file sends: the parameter its constructor passes on as the
   * status of the exception it extends (`super(message, status)`) or sets as its own
   * (`this.statusCode = status` in an `Error` subclass, or a field `statusCode = 400`), the one status
   * it always has, or a status it works out (`super(codeToStatus(code))`).
   */
  private summarizeClass(ownClass: TSESTree.ClassDeclaration | TSESTree.ClassExpression): HelperSummary | undefined {
    if (!ownClass.superClass) return undefined;
    const ctor = ownClass.body.body.find(
      (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
    )?.value;
    const base = this.exceptionCalled(skipTypeWrappers(ownClass.superClass));
    const visitorKeys = this.sourceCode.visitorKeys;
    let found: (FoundStatus & { readonly framework: Framework }) | undefined;
    const visit = (current: TSESTree.Node): void => {
      if (found || isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) return;
      if (
        base &&
        base.impliedCode === undefined &&
        current.type === AST_NODE_TYPES.CallExpression &&
        current.callee.type === AST_NODE_TYPES.Super
      ) {
        const status = this.statusOf(base.exception.form.status, current);
        if (status) found = { ...status, framework: base.exception.framework };
      } else if (
        current.type === AST_NODE_TYPES.AssignmentExpression &&
        current.operator === '=' &&
        current.left.type === AST_NODE_TYPES.MemberExpression &&
        current.left.object.type === AST_NODE_TYPES.ThisExpression &&
        errorStatusProperties.has(memberName(current.left) ?? '')
      ) {
        found = { status: current.right, framework: projectFramework };
      }
      if (!found) forEachChildNode(current, visitorKeys, visit);
    };
    if (ctor?.body) forEachChildNode(ctor.body, visitorKeys, visit);
    if (!found) {
      // `statusCode = 400;` as a field of an `Error` subclass.
      const field = ownClass.body.body.find(
        (member): member is TSESTree.PropertyDefinition =>
          member.type === AST_NODE_TYPES.PropertyDefinition &&
          !member.static &&
          !member.computed &&
          member.value !== null &&
          errorStatusProperties.has(propertyDefinitionName(member) ?? ''),
      );
      if (field?.value) found = { status: field.value, framework: projectFramework };
    }
    if (!found) return undefined;
    const { status, framework, impliedCode, statusMap } = found;
    // `super(msg, Code.NotFound)`: the status the library's name means, not the expression's value.
    if (impliedCode !== undefined) return { framework, throws: true, code: impliedCode };
    const parameter = ctor?.type === AST_NODE_TYPES.FunctionExpression ? this.parameterIndex(status, ctor) : undefined;
    if (parameter !== undefined) return { framework, throws: true, parameter, statusMap };
    if (statusMap) return undefined;
    const { codes, unresolved } = this.statusResolver.resolve(status);
    const [only] = codes;
    if (only && codes.length === 1 && unresolved.length === 0) return { framework, throws: true, code: only.code };
    // A worked-out status (or one of several) only on what is an error by its base or its name, and only a
    // number or a value whose type may be one. The class's own sink checks it; each `new` only counts as a send.
    const errorLike = base !== undefined || [calleeName(ownClass.superClass), ownClass.id?.name].some((name) => name !== undefined && exceptionLikeName.test(name));
    if (!errorLike || !this.mayBeNumber(status)) return undefined;
    return { framework, throws: true };
  }

  /** Whether an expression may hold a number: not a literal of another kind, nor, with types, of a type that cannot be one. */
  private mayBeNumber(node: TSESTree.Node): boolean {
    const value = skipTypeWrappers(node);
    if (value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.TemplateLiteral) return false;
    const type = this.typeInfo && this.typeAt(value);
    return !type || isAnyLike(type) || isNumberLike(type);
  }

  /** A class made by a call that is itself a sink with one status: `createError('E', 'msg', 404)` of @fastify/error. */
  private summarizeMadeClass(call: TSESTree.CallExpression): HelperSummary | undefined {
    const sink = this.sinkOf(call);
    if (!sink?.throws) return undefined;
    const code = this.onlyCode([sink]);
    return code === undefined ? undefined : { framework: sink.framework, throws: true, code };
  }

  /** Whether a call's argument is a response a status can be sent on (`res`, `reply`, `c`), by its type or its name. */
  private isResponseArgument(argument: TSESTree.CallExpressionArgument): boolean {
    const value = argument.type === AST_NODE_TYPES.SpreadElement ? undefined : skipTypeWrappers(argument);
    return value?.type === AST_NODE_TYPES.Identifier && this.matchReceiver(value) !== undefined;
  }

  /** The index of the parameter of `fn` a status expression is, when it is one that is never reassigned. */
  private parameterIndex(status: TSESTree.Node, fn: FunctionNode): number | undefined {
    const value = skipTypeWrappers(status);
    if (value.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariableOf(this.sourceCode, value);
    const definition = variable?.defs[0];
    if (definition?.type !== DefinitionType.Parameter || definition.node !== fn) return undefined;
    if (variable!.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
    const index = fn.params.findIndex((parameter) => {
      const binding = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
      const name = binding.type === AST_NODE_TYPES.AssignmentPattern ? binding.left : binding;
      return name.type === AST_NODE_TYPES.Identifier && name.name === value.name;
    });
    return index === -1 ? undefined : index;
  }

  /** The one status every sink sends, when each resolves to it alone. */
  private onlyCode(sinks: readonly StatusSink[]): number | undefined {
    let code: number | undefined;
    for (const sink of sinks) {
      const { codes, unresolved } = resolveSinkStatus(this.statusResolver, sink);
      const [only] = codes;
      if (!only || codes.length !== 1 || unresolved.length > 0 || (code !== undefined && code !== only.code)) return undefined;
      code = only.code;
    }
    return code;
  }

  /* ---------- Particular sinks ---------- */

  private returnedShape(node: TSESTree.ObjectExpression, shape: (typeof returnedResponses)[number]): StatusSink | undefined {
    let status: TSESTree.Node | undefined;
    let bodyProperty: TSESTree.Property | undefined;
    let isResponseShape = false;
    let hasSpread = false;
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        hasSpread = true;
        continue;
      }
      const key = propertyKeyName(property);
      if (key === shape.statusKey) status = property.value;
      else if (key !== undefined && shape.responseKeys.has(key)) {
        isResponseShape = true;
        if (key === shape.bodyKey) bodyProperty = property;
      }
    }
    // `{ statusCode }` alone is a response too; anything else beside it must be a response key.
    const onlyStatus = node.properties.length === 1;
    if (!status || !(isResponseShape || onlyStatus)) return undefined;
    // The keys alone do not make a response: the function that returns it must be a handler.
    const fn = enclosingFunction(node);
    if (!fn || !isReturnedResponseHandler(fn, shape)) return undefined;
    return makeSink(
      {
        kind: 'returned-object',
        framework: shape.framework,
        api: shape.statusKey,
        node,
        status,
        receiver: undefined,
        byType: false,
      },
      () => {
        if (bodyProperty) return valueBody(bodyProperty.value, bodyProperty, 'property');
        return hasSpread ? { kind: 'unknown' } : { kind: 'absent', sender: undefined };
      },
      shape.headers,
      this.headerContext,
    );
  }

  private responseStatic(
    node: TSESTree.CallExpression,
    callee: TSESTree.MemberExpression,
    method: string,
  ): StatusSink | undefined {
    // Syntax before types: no `{ status }` (or status) where any class's form of the method has it, nor a call that names none, no sink.
    const forms = responseStaticForms.get(method)!;
    if (!forms.some(({ status }) => this.statusArgument(status, node.arguments) || (status.absent !== undefined && namesNoStatus(status, node.arguments)))) {
      return undefined;
    }
    const classNode = skipTypeWrappers(callee.object);
    const className = calleeName(classNode);
    // A class by its name: `res.json(x)` is a response's method, not a static factory, and costs no type query here.
    if (classNode.type === AST_NODE_TYPES.Identifier && !/^[A-Z]/u.test(classNode.name)) return undefined;
    let framework: Framework | undefined;
    let byType = false;
    const type = this.typeInfo && this.typeAt(classNode);
    if (type && this.typeInfo && !isAnyLike(type)) {
      // The class itself: its instances are responses of a framework with a response class.
      const known = this.instanceHttpType(type, this.typeInfo.checker);
      if (known && responseClassOf(known.framework)) framework = known.framework;
      byType = true;
    } else if (className !== undefined) {
      framework = responseClasses.get(className)?.framework;
    }
    const responseClass = framework && responseClassOf(framework);
    const form = responseClass && Object.hasOwn(responseClass.statics, method) ? responseClass.statics[method] : undefined;
    if (!framework || !responseClass || !form) return undefined;
    const found = this.statusOf(form.status, node);
    if (!found) return undefined;
    const { status, impliedCode, statusMap } = found;
    return makeSink(
      {
        kind: 'call',
        framework,
        api: `${className ?? responseClass.className}.${method}`,
        node,
        status,
        receiver: classNode,
        byType,
        impliedCode,
        statusMap,
      },
      () => this.bodyOf(form.body, node, status, classNode),
      form.headers,
      this.headerContext,
    );
  }

  private responseConstructor(
    node: TSESTree.NewExpression,
    framework: Framework,
    form: SinkForm,
    name: string,
    byType: boolean,
  ): StatusSink | undefined {
    const found = this.statusOf(form.status, node);
    if (!found || isCaughtInSameFunction(node, this.sourceCode.visitorKeys) || this.isOnlyReadFrom(node)) return undefined;
    // `await new Response(blob).arrayBuffer()` reads a body; a response that names no status is sent only when not read at once.
    if (found.impliedCode !== undefined && node.parent.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) return undefined;
    const { status, impliedCode } = found;
    return makeSink(
      { kind: 'construct', framework, api: name, node, status, receiver: node.callee, byType, impliedCode },
      () => this.bodyOf(form.body, node, status, node.callee),
      form.headers,
      this.headerContext,
    );
  }

  /**
   * `new X(…)` / `super(…)` where X is an exception class (Nest's HttpException or a subclass) by type: the
   * argument for the constructor parameter named like a status. Returns undefined
   * when types cannot tell (fall back to names), `false` when they tell it is no sink.
   */
  private typedException(node: TSESTree.NewExpression | TSESTree.CallExpression): StatusSink | false | undefined {
    if (!this.typeInfo) return undefined;
    const { checker, services } = this.typeInfo;
    const tsNode = services.esTreeNodeToTSNodeMap.get(node) as ts.CallLikeExpression | undefined;
    if (!tsNode) return undefined;
    let signature: ts.Signature | undefined;
    try {
      signature = checker.getResolvedSignature(tsNode);
    } catch {
      return undefined;
    }
    const declaration = signature?.getDeclaration();
    if (!signature || !declaration) return undefined;
    const instance = signature.getReturnType();
    if (isAnyLike(instance)) return undefined;
    const known = classifyHttpType(instance, checker);
    const exception = known && exceptionClassOf(known.framework);
    if (!known || !exception) return false;
    const isNew = node.type === AST_NODE_TYPES.NewExpression;
    const receiver = isNew ? node.callee : enclosingClass(node)?.superClass;
    const api = isNew ? (calleeName(node.callee) ?? known.name) : 'super';
    const statusIndex = signature.getParameters().findIndex((parameter) => exception.statusParameterNames.has(parameter.getName()));
    if (statusIndex < 0) {
      // `new TRPCError({ code })`: the class's own form names the status its way.
      if (exception.form.status.kind === 'mapped-key') {
        return this.exceptionSink(node, exception.form, known.framework, api, receiver ?? undefined, true) ?? false;
      }
      // `new NotFoundException()` or a class that extends it: the subclass's status; `super(…)` in one passes none.
      const subclass = isNew ? this.subclassCode(instance, exception, checker) : undefined;
      if (!subclass) return false;
      const form: SinkForm = {
        status: { kind: 'fixed', code: subclass.code },
        body: subclass.direct ? (exception.subclassBody ?? unknownBody) : unknownBody,
        headers: exception.headers,
        throws: true,
      };
      return this.exceptionSink(node, form, known.framework, api, receiver ?? undefined, true) ?? false;
    }
    const own = exception.form.status;
    const form: SinkForm =
      own.kind === 'argument' && own.index === statusIndex
        ? exception.form
        : {
            status: { kind: 'argument', index: statusIndex },
            body: { kind: 'argument', index: statusIndex === 0 ? 1 : 0 },
            headers: exception.headers,
            throws: true,
          };
    return this.exceptionSink(node, form, known.framework, api, receiver ?? undefined, true) ?? false;
  }

  private exceptionSink(
    node: TSESTree.NewExpression | TSESTree.CallExpression,
    form: SinkForm,
    framework: Framework,
    api: string,
    receiver: TSESTree.Node | undefined,
    byType: boolean,
  ): StatusSink | undefined {
    const found = this.statusOf(form.status, node);
    if (!found) return undefined;
    const { status, impliedCode, statusMap } = found;
    // `constructor(message, status) { super(message, status) }` only passes its caller's status on:
    // the callers' `new` expressions are the sinks.
    if (node.callee.type === AST_NODE_TYPES.Super && isParameterOfEnclosingFunction(status)) return undefined;
    return makeSink(
      { kind: 'construct', framework, api, node, status, receiver, byType, impliedCode, statusMap, throws: true },
      () => this.bodyOf(form.body, node, status, receiver),
      form.headers,
      this.headerContext,
    );
  }

  private decorator(node: TSESTree.CallExpression, callee: TSESTree.Identifier): StatusSink | undefined {
    const decorator = decoratorSink(callee.name);
    if (!decorator || !this.isFromPackage(callee, [decorator.package], [decorator.package])) return undefined;
    const { form } = decorator;
    const status = this.statusArgument(form.status, node.arguments);
    if (!status) return undefined;
    return makeSink(
      {
        kind: 'decorator',
        framework: decorator.framework,
        api: callee.name,
        node,
        status,
        receiver: undefined,
        byType: this.typeInfo !== undefined,
      },
      () => this.bodyOf(form.body, node, status, undefined),
      form.headers,
      this.headerContext,
    );
  }

  /** `createError[404](…)`, `new createError['418']()`: the key is the status. */
  private factoryMemberCall(
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    callee: TSESTree.MemberExpression,
  ): StatusSink | undefined {
    const object = skipTypeWrappers(callee.object);
    const factory = callee.computed && object.type === AST_NODE_TYPES.Identifier ? this.errorFactoryOf(object) : undefined;
    if (!factory || object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const key = callee.property;
    if (key.type !== AST_NODE_TYPES.Literal || !/^\d+$/u.test(String(key.value))) return undefined;
    const status = key;
    return makeSink(
      {
        kind: node.type === AST_NODE_TYPES.NewExpression ? 'construct' : 'call',
        framework: factory.framework,
        api: object.name,
        node,
        status,
        receiver: object,
        byType: this.typeInfo !== undefined,
        throws: true,
      },
      () => this.bodyOf(factory.form.body, node, status, object),
      factory.form.headers,
      this.headerContext,
    );
  }

  /* ---------- Receivers ---------- */

  private matchReceiver(receiver: TSESTree.Node): ReceiverMatch {
    if (this.typeInfo) {
      const type = this.typeAt(receiver);
      if (type && !isAnyLike(type)) {
        const known = classifyHttpType(type, this.typeInfo.checker);
        return known ? { byType: true, type: known } : undefined;
      }
    }
    const name = receiverName(receiver);
    return name !== undefined && isResponseLikeName(name, this.extraNames) ? { byType: false, name } : undefined;
  }

  /** The receiver of a status sink: as `matchReceiver`, less a response by name that the code says is the request. */
  private matchSinkReceiver(receiver: TSESTree.Node): ReceiverMatch {
    const match = this.matchReceiver(receiver);
    return match && !match.byType && this.isAliasOfRequest(receiver) ? undefined : match;
  }

  /**
   * `fallback = new Response(null, { status: 504 })` in a variable the code only reads from
   * (`fallback.ok`, `fallback.status`): a stand-in for a fetch result, never sent. Returned,
   * passed on or thrown anywhere, it may be.
   */
  private isOnlyReadFrom(node: TSESTree.NewExpression): boolean {
    const parent = node.parent;
    let target: TSESTree.Node | undefined;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) target = parent.id;
    else if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && parent.operator === '=') {
      target = parent.left;
    }
    // A module-level variable may be exported and sent elsewhere.
    if (target?.type !== AST_NODE_TYPES.Identifier || !enclosingFunction(target)) return false;
    const variable = findVariableOf(this.sourceCode, target);
    if (!variable) return false;
    return variable.references.every((reference) => {
      if (reference.isWrite()) return true;
      const use = reference.identifier.parent;
      return use?.type === AST_NODE_TYPES.MemberExpression && use.object === reference.identifier;
    });
  }

  /** `const response = req`: a response by name that the code says is the request (axios's HTTP/2 duplex stream). */
  private isAliasOfRequest(receiver: TSESTree.Node): boolean {
    const node = skipTypeWrappers(receiver);
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const [definition, ...others] = findVariableOf(this.sourceCode, node)?.defs ?? [];
    if (!definition || others.length > 0 || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
    const init = definition.node.init && skipTypeWrappers(definition.node.init);
    return init?.type === AST_NODE_TYPES.Identifier && isRequestLikeName(init.name);
  }

  /** What the instances of a class are, from the type of the class itself (its construct signatures). */
  private instanceHttpType(classType: ts.Type, checker: ts.TypeChecker): HttpObjectType | undefined {
    for (const signature of classType.getConstructSignatures()) {
      const known = classifyHttpType(signature.getReturnType(), checker);
      if (known) return known;
    }
    return undefined;
  }

  private typeAt(node: TSESTree.Node): ts.Type | undefined {
    if (!this.typeInfo) return undefined;
    const tsNode = this.typeInfo.services.esTreeNodeToTSNodeMap.get(node as never) as ts.Node | undefined;
    if (!tsNode) return undefined;
    try {
      return this.typeInfo.checker.getTypeAtLocation(tsNode);
    } catch {
      return undefined;
    }
  }

  /** The error factory an identifier calls (`createError` from http-errors), by its usual name or this file's binding. */
  private errorFactoryOf(identifier: TSESTree.Identifier): (ErrorFactory & { readonly framework: Framework }) | undefined {
    // Names first: only the usual names and those this file binds to a factory go on to the costlier checks.
    const binding = this.bindings.get(identifier.name);
    const bound = binding?.kind === 'factory' ? binding.factory : undefined;
    for (const factory of errorFactories) {
      const usualName = factory.names.has(identifier.name);
      if (!usualName && bound !== factory) continue;
      if (this.typeInfo) {
        const declared = this.declaringPackage(identifier);
        if (declared !== undefined) {
          if (factory.packages.includes(declared)) return factory;
          continue;
        }
      }
      const from = this.bindingModule(identifier);
      if (from === factory.module || (usualName && from === 'global')) return factory;
    }
    return undefined;
  }

  /**
   * The exception class `X` or `pkg.X` is, when it comes from its package (or is a global): a project's
   * own class of that name (declared here, imported from a file of its own) has its own argument order.
   * A subclass the package exports (`NotFoundException`) means its status; so does a class of this file
   * that extends one (`class UserNotFound extends NotFoundException {}`), `own`.
   */
  private exceptionCalled(callee: TSESTree.Node, depth = 0): ExceptionMatch | undefined {
    const name = calleeName(callee);
    const root = callee.type === AST_NODE_TYPES.MemberExpression ? skipTypeWrappers(callee.object) : callee;
    if (name === undefined || root.type !== AST_NODE_TYPES.Identifier) return undefined;
    for (const exception of exceptionClassesByName.get(name) ?? []) {
      const code = exception.subclasses && Object.hasOwn(exception.subclasses, name) ? exception.subclasses[name] : undefined;
      if (this.isFromPackage(root, exception.modules, exception.packages)) return { exception, impliedCode: code, own: false };
    }
    // A subclass of the file's own says `extends`: a file without the word has none to look up.
    if (depth >= MAX_SUBCLASS_DEPTH || callee.type !== AST_NODE_TYPES.Identifier || !this.mayDeclareSubclasses) return undefined;
    const ownClass = ownClassOf(classDefinitionOf(findVariableOf(this.sourceCode, callee)));
    if (!ownClass?.superClass) return undefined;
    const base = this.exceptionCalled(skipTypeWrappers(ownClass.superClass), depth + 1);
    return base?.impliedCode === undefined ? undefined : { ...base, own: true };
  }

  /** Whether an identifier names a class of this file: declared, or made by a call (`const Gone = createError(…)`). */
  private isClassOfFile(callee: TSESTree.Node): boolean {
    if (callee.type !== AST_NODE_TYPES.Identifier) return false;
    const declaration = classDefinitionOf(findVariableOf(this.sourceCode, callee));
    if (ownClassOf(declaration)) return true;
    const init = declaration?.type === AST_NODE_TYPES.VariableDeclarator && declaration.init ? skipTypeWrappers(declaration.init) : undefined;
    return init?.type === AST_NODE_TYPES.CallExpression;
  }

  /** With types: the status of the package's subclass an exception type is or extends, and whether it is that subclass itself. */
  private subclassCode(
    instance: ts.Type,
    exception: ExceptionClass,
    checker: ts.TypeChecker,
  ): { readonly code: number; readonly direct: boolean } | undefined {
    const { subclasses } = exception;
    if (!subclasses) return undefined;
    let current: ts.Type | undefined = instance;
    for (let depth = 0; current && depth <= MAX_SUBCLASS_DEPTH; depth++) {
      const symbol = current.getSymbol();
      if (!symbol) return undefined;
      const code = Object.hasOwn(subclasses, symbol.getName()) ? subclasses[symbol.getName()] : undefined;
      if (code !== undefined && isDeclaredIn(symbol, exception.packages)) return { code, direct: depth === 0 };
      const declared = checker.getDeclaredTypeOfSymbol(symbol);
      current = declared.isClassOrInterface() ? checker.getBaseTypes(declared)[0] : undefined;
    }
    return undefined;
  }

  /** The status function of a package an identifier calls, through this file's import of it. */
  private statusFunctionOf(
    identifier: TSESTree.Identifier,
  ): { readonly framework: Framework; readonly form: SinkForm; readonly name: string } | undefined {
    const binding = this.bindings.get(identifier.name);
    if (binding?.kind !== 'function') return this.autoImportedFunction(identifier) ?? this.contextFunction(identifier);
    // The import, not a local of the same name that shadows it.
    if (this.bindingModule(identifier) !== binding.module) return undefined;
    if (this.typeInfo) {
      const declared = this.declaringPackage(identifier);
      if (declared !== undefined && !binding.functions.packages.includes(declared)) return undefined;
    }
    return { framework: binding.framework, form: binding.functions.sinks[binding.imported]!, name: binding.imported };
  }

  /**
   * `({ status }) => status(404, 'x')`: a status function a handler takes from its context, destructured under its
   * own name. With types, its type must be the package's; without, the destructuring says it.
   */
  private contextFunction(
    identifier: TSESTree.Identifier,
  ): { readonly framework: Framework; readonly form: SinkForm; readonly name: string } | undefined {
    const functions = contextFunctions.get(identifier.name);
    if (!functions) return undefined;
    const definition = findVariableOf(this.sourceCode, identifier)?.defs[0];
    if (definition?.type !== DefinitionType.Parameter || definition.name.parent?.type !== AST_NODE_TYPES.Property) return undefined;
    const property = definition.name.parent;
    if (propertyKeyName(property) !== identifier.name || property.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
    // A handler passed to a route method: `app.get('/x', ({ status }) => …)`.
    const handler = definition.node;
    const registration = isFunctionNode(handler) ? handler.parent : undefined;
    if (
      registration?.type !== AST_NODE_TYPES.CallExpression ||
      registration.callee.type !== AST_NODE_TYPES.MemberExpression ||
      !registration.arguments.includes(handler as TSESTree.CallExpressionArgument)
    ) {
      return undefined;
    }
    if (this.typeInfo) {
      const type = this.typeAt(identifier);
      const symbol = type && (type.aliasSymbol ?? type.getSymbol());
      if (type && !isAnyLike(type) && !(symbol && isDeclaredIn(symbol, functions.packages))) return undefined;
    }
    return { framework: functions.framework, form: functions.sinks[identifier.name]!, name: identifier.name };
  }

  /** A status function a framework imports into the code by itself (Nuxt's `createError`), called unbound. */
  private autoImportedFunction(
    identifier: TSESTree.Identifier,
  ): { readonly framework: Framework; readonly form: SinkForm; readonly name: string } | undefined {
    const functions = autoImportedFunctions.get(identifier.name);
    if (!functions || this.bindingModule(identifier) !== 'global') return undefined;
    if (this.typeInfo) {
      const declared = this.declaringPackage(identifier);
      if (declared !== undefined && !functions.packages.includes(declared)) return undefined;
    }
    return { framework: functions.framework, form: functions.sinks[identifier.name]!, name: identifier.name };
  }

  /** Whether an identifier is imported from one of `modules` (or, with types, declared in one of `packages`). */
  private isFromPackage(identifier: TSESTree.Identifier, modules: readonly string[], packages: readonly string[]): boolean {
    if (this.typeInfo) {
      const declared = this.declaringPackage(identifier);
      if (declared !== undefined) return packages.includes(declared);
    }
    const from = this.bindingModule(identifier);
    return modules.includes(from) || from === 'global';
  }

  /** The package that declares what an identifier refers to (aliases followed), '' for the user's own code. */
  private declaringPackage(identifier: TSESTree.Identifier): string | undefined {
    if (!this.typeInfo) return undefined;
    const { checker, services } = this.typeInfo;
    const tsNode = services.esTreeNodeToTSNodeMap.get(identifier);
    let symbol: ts.Symbol | undefined;
    try {
      symbol = checker.getSymbolAtLocation(tsNode);
      if (symbol && symbol.flags & loadTypeScript().SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    } catch {
      return undefined;
    }
    const declarations = symbol?.getDeclarations();
    if (!declarations?.length) return undefined;
    for (const declaration of declarations) {
      const found = packageOfFile(declaration.getSourceFile().fileName);
      if (found !== undefined) return found;
    }
    return '';
  }

  /** Without types, the HTTP object a parameter's type annotation names by its import (`res: NextApiResponse`). */
  private annotatedHttpType(receiver: TSESTree.Node): HttpObjectType | undefined {
    const value = skipTypeWrappers(receiver);
    if (value.type !== AST_NODE_TYPES.Identifier) return undefined;
    const definition = findVariableOf(this.sourceCode, value)?.defs[0];
    if (definition?.type !== DefinitionType.Parameter || definition.name.type !== AST_NODE_TYPES.Identifier) return undefined;
    const annotation = definition.name.typeAnnotation?.typeAnnotation;
    if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
    const module = this.bindingModule(annotation.typeName);
    return module === 'local' || module === 'global' ? undefined : declaredTypeOfImport(annotation.typeName.name, module);
  }

  /** The module an identifier is imported or required from, 'global' when unbound, 'local' otherwise. */
  private bindingModule(identifier: TSESTree.Identifier): string {
    let variable: TSESLint.Scope.Variable | null;
    try {
      variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    } catch {
      return 'local';
    }
    const definition = variable?.defs[0];
    if (!definition) return 'global';
    if (definition.type === DefinitionType.ImportBinding) {
      const declaration = definition.node.parent;
      return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? declaration.source.value : 'local';
    }
    if (definition.type === DefinitionType.Variable && definition.node.init) {
      const init = definition.node.init;
      const module =
        requiredModule(init) ??
        (init.type === AST_NODE_TYPES.MemberExpression ? requiredModule(init.object) : undefined);
      if (module !== undefined) return module;
    }
    return 'local';
  }

  /* ---------- Arguments ---------- */

  private statusArgument(position: StatusPosition, args: readonly TSESTree.CallExpressionArgument[]): TSESTree.Node | undefined {
    const at = (index: number): TSESTree.Expression | undefined => {
      const argument = args[index];
      // A spread hides which argument is which.
      if (!argument || args.slice(0, index + 1).some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return undefined;
      return argument as TSESTree.Expression;
    };
    switch (position.kind) {
      case 'argument':
        if (position.minArguments !== undefined && args.length < position.minArguments) return undefined;
        return at(position.index);
      case 'status-or-init': {
        const argument = at(position.index);
        if (!argument) return undefined;
        const unwrapped = skipTypeWrappers(argument);
        if (unwrapped.type === AST_NODE_TYPES.ObjectExpression) return findPropertyValue(unwrapped, 'status');
        // `redirect(url, responseInit)`: an init built elsewhere is no status.
        return this.isStatusValue(argument) ? argument : undefined;
      }
      case 'init': {
        const argument = at(position.index);
        const unwrapped = argument && skipTypeWrappers(argument);
        if (unwrapped?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
        for (const key of position.keys ?? ['status']) {
          const value = findPropertyValue(unwrapped, key);
          if (value) return value;
        }
        return undefined;
      }
      case 'mapped-key': {
        const argument = at(position.index);
        if (position.key === undefined) return argument;
        const unwrapped = argument && skipTypeWrappers(argument);
        return unwrapped?.type === AST_NODE_TYPES.ObjectExpression ? findPropertyValue(unwrapped, position.key) : undefined;
      }
      case 'fixed':
        return undefined;
      case 'loose':
        for (let index = position.from; index < args.length; index++) {
          const argument = at(index);
          if (!argument) return undefined;
          if (this.isStatusLike(argument)) return argument;
        }
        return undefined;
      case 'redirect': {
        if (args.length < 2) return undefined;
        const [first, second] = [at(0), at(1)];
        if (!first || !second) return undefined;
        if (isUrlLike(first)) return second;
        if (isUrlLike(second)) return first;
        // Express puts the status first; Fastify, Hono and the fetch API put it after the URL.
        return position.statusFirst ? first : second;
      }
    }
  }

  /**
   * The status a sink's form names in a call: an argument, or, for a sink that means one status by itself,
   * the callee with that status (`notFound()`), or the library's own name for it mapped to its status
   * (`{ code: 'NOT_FOUND' }` → 404; only a literal name can be told).
   */
  private statusOf(
    position: StatusPosition,
    node: TSESTree.CallExpression | TSESTree.NewExpression,
  ): FoundStatus | undefined {
    if (position.kind === 'fixed') return { status: node.callee, impliedCode: position.code };
    const status = this.statusArgument(position, node.arguments);
    if (!status) {
      return position.absent !== undefined && namesNoStatus(position, node.arguments)
        ? { status: node.callee, impliedCode: position.absent }
        : undefined;
    }
    if (position.kind !== 'mapped-key') return { status };
    const name = mappedStatusName(status, position.enumName) ?? this.literalStringType(status);
    if (name !== undefined) return Object.hasOwn(position.codes, name) ? { status, impliedCode: position.codes[name] } : undefined;
    // `function fail(msg, code) { return new ConnectError(msg, code) }`: each call's code is the status, mapped the same way.
    return isParameterOfEnclosingFunction(status) ? { status, statusMap: { codes: position.codes, enumName: position.enumName } } : undefined;
  }

  /** With types, the one string an expression can be by its type (`code: 'FORBIDDEN'`). */
  private literalStringType(node: TSESTree.Node): string | undefined {
    const type = this.typeInfo && this.typeAt(node);
    return type?.isStringLiteral() ? type.value : undefined;
  }

  /** Whether an argument that may be a status or an init object is the status: a number by its type, else by its looks. */
  private isStatusValue(argument: TSESTree.Expression): boolean {
    const type = this.typeInfo && this.typeAt(argument);
    if (type && !isAnyLike(type)) return isNumberLike(type);
    return isStatusShaped(argument);
  }

  /** Whether an argument of http-errors' loose list is the status (not a message, error or properties). */
  private isStatusLike(argument: TSESTree.Expression): boolean {
    const type = this.typeInfo && this.typeAt(argument);
    if (type && !isAnyLike(type)) return isNumberLike(type);
    return !isMessageLike(argument);
  }

  /* ---------- Bodies ---------- */

  private bodyOf(
    position: BodyPosition,
    node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression,
    status: TSESTree.Node,
    receiver: TSESTree.Node | undefined,
  ): SinkBody {
    switch (position.kind) {
      case 'argument': {
        if (node.type === AST_NODE_TYPES.AssignmentExpression) return { kind: 'unknown' };
        const argument = node.arguments[position.index];
        if (!argument) return { kind: 'absent', sender: node };
        if (argument.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
        return valueBody(argument, node, 'argument');
      }
      case 'message': {
        if (node.type === AST_NODE_TYPES.AssignmentExpression) return { kind: 'unknown' };
        // `ctx.assert(condition, S, message)`: the condition is no message.
        const first = isAssertCall(node) ? 1 : 0;
        for (const argument of node.arguments.slice(first)) {
          if (argument === status) continue;
          if (argument.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
          return valueBody(argument, node, 'message');
        }
        return position.withoutOne === 'unknown' ? { kind: 'unknown' } : { kind: 'default', source: 'error-without-message' };
      }
      case 'chain':
        return receiver ? this.chainedBody(node, receiver) : { kind: 'unknown' };
      case 'assigned-body':
        return receiver ? this.assignedBody(node, receiver) : { kind: 'unknown' };
      case 'default':
        return { kind: 'default', source: position.source };
      case 'none':
        return { kind: 'absent', sender: undefined };
      case 'method-return':
        return this.methodReturnBody(node);
      case 'unknown':
        return { kind: 'unknown' };
    }
  }

  /**
   * `@HttpCode(204) create() { return user }`: the decorated method's return value is the body. A value is
   * taken as one only when it surely is: by its type (not void, undefined or null, also awaited), or,
   * without types, written out (an object, an array, a string). A method that takes the response itself
   * (`@Res()`) sends what it likes.
   */
  private methodReturnBody(node: TSESTree.Node): SinkBody {
    const method = node.parent?.type === AST_NODE_TYPES.Decorator ? node.parent.parent : undefined;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition || !method.value.body) return { kind: 'unknown' };
    const takesResponse = method.value.params.some((parameter) =>
      (parameter.decorators ?? []).some((decorator) => {
        const call = decorator.expression;
        const callee = call.type === AST_NODE_TYPES.CallExpression ? call.callee : call;
        return (
          callee.type === AST_NODE_TYPES.Identifier &&
          methodDecoratorSets.some((set) => set.responseParameterDecorators.has(callee.name))
        );
      }),
    );
    if (takesResponse) return { kind: 'unknown' };
    let value: TSESTree.ReturnStatement | undefined;
    const visitorKeys = this.sourceCode.visitorKeys;
    const visit = (current: TSESTree.Node): void => {
      if (value || isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) return;
      if (current.type === AST_NODE_TYPES.ReturnStatement && current.argument && this.isSurelyValue(current.argument)) {
        value = current;
        return;
      }
      forEachChildNode(current, visitorKeys, visit);
    };
    forEachChildNode(method.value.body, visitorKeys, visit);
    return value?.argument ? valueBody(value.argument, value, 'return') : { kind: 'unknown' };
  }

  /** Whether a returned expression surely is a value Nest sends as a body. */
  private isSurelyValue(expression: TSESTree.Expression): boolean {
    if (isEmptyValue(expression)) return false;
    const type = this.typeInfo && this.typeAt(expression);
    if (type && this.typeInfo && !isAnyLike(type)) {
      const { TypeFlags } = loadTypeScript();
      const awaited = this.typeInfo.checker.getAwaitedType(type) ?? type;
      const parts = awaited.isUnion() ? awaited.types : [awaited];
      const nothing = TypeFlags.Void | TypeFlags.Undefined | TypeFlags.Null | TypeFlags.Never | TypeFlags.Any | TypeFlags.Unknown;
      return parts.every((part) => (part.flags & nothing) === 0);
    }
    const value = skipTypeWrappers(expression);
    switch (value.type) {
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.TemplateLiteral:
        return true;
      case AST_NODE_TYPES.Literal:
        return value.value !== null;
      default:
        return false;
    }
  }

  /**
   * The body of `res.status(S).json(body)` (a chained sender) or of
   * `res.statusCode = S; … res.end(body)` (a later statement of the same block on the same receiver).
   */
  private chainedBody(node: TSESTree.Node, receiver: TSESTree.Node): SinkBody {
    let top: TSESTree.Node = node;
    for (;;) {
      const member = top.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== top) break;
      const call = member.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
      const method = memberName(member);
      if (method !== undefined && Object.hasOwn(bodySenders, method)) return senderBody(call, bodySenders[method]!);
      if (method === undefined || !chainThroughMethods.has(method)) return { kind: 'unknown' };
      top = call;
    }
    const statement = expressionStatementOf(top);
    if (!statement) return { kind: 'unknown' };
    const siblings = statementList(statement);
    if (!siblings) return { kind: 'unknown' };
    const base = this.baseText(receiver);
    for (const later of siblings.slice(siblings.indexOf(statement) + 1)) {
      if (later.type !== AST_NODE_TYPES.ExpressionStatement && later.type !== AST_NODE_TYPES.ReturnStatement) {
        // Branches and loops may or may not send: stop looking.
        if (isControlFlow(later)) return { kind: 'unknown' };
        continue;
      }
      const expression = later.type === AST_NODE_TYPES.ExpressionStatement ? later.expression : later.argument;
      const sender = expression && this.senderCallOn(expression, base);
      if (sender) return senderBody(sender.call, sender.argumentIndex);
      if (later.type === AST_NODE_TYPES.ReturnStatement) return { kind: 'unknown' };
    }
    return { kind: 'unknown' };
  }

  /** `res.end(x)` or `res.set(…).send(x)` on the receiver whose text is `base`. */
  private senderCallOn(
    expression: TSESTree.Node,
    base: string,
  ): { call: TSESTree.CallExpression; argumentIndex: number } | undefined {
    let current = unwrapExpression(expression);
    if (current.type !== AST_NODE_TYPES.CallExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const method = memberName(current.callee);
    if (method === undefined || !Object.hasOwn(bodySenders, method)) return undefined;
    const call = current;
    current = current.callee.object;
    while (
      current.type === AST_NODE_TYPES.CallExpression &&
      current.callee.type === AST_NODE_TYPES.MemberExpression &&
      chainThroughMethods.has(memberName(current.callee) ?? '')
    ) {
      current = current.callee.object;
    }
    return this.baseText(current) === base ? { call, argumentIndex: bodySenders[method]! } : undefined;
  }

  /**
   * Koa: the `ctx.body` (or `ctx.response.body`) of the status's own path in the same function.
   * A body written as a statement of a list around the status goes with it: the first one after
   * it, unless a `return` or `throw` ends the path first, else the last one before it. A body
   * nested in a branch or a callback on that path may go with it (not certain); one on another
   * branch, or after the path has ended, does not.
   */
  private assignedBody(node: TSESTree.Node, receiver: TSESTree.Node): SinkBody {
    const scope = enclosingFunctionBody(node) ?? this.sourceCode.ast;
    const bodies = this.assignedBodiesIn(scope, this.responseBaseText(receiver));
    if (!bodies) return { kind: 'absent', sender: undefined };
    const { terminators } = this.bodyAssignmentScan(scope);
    const path = statementPath(node, terminators);
    let after: TSESTree.AssignmentExpression | undefined;
    let before: TSESTree.AssignmentExpression | undefined;
    for (const { list, statement } of path.levels) {
      const direct = bodies.direct.get(list);
      if (!direct) continue;
      const next = direct[firstIndexFrom(direct, statement.range[1])];
      if (!after && next && next.range[0] < path.end) after = next;
      const previous = direct[firstIndexFrom(direct, statement.range[0]) - 1];
      before ??= previous;
    }
    const sure = after ?? before;
    if (sure) return valueBody(sure.right, sure, 'assignment', true);
    const maybe = this.assignedMaybeBody(bodies.all, node, path, terminators);
    return maybe ? valueBody(maybe.right, maybe, 'assignment', false) : { kind: 'absent', sender: undefined };
  }

  /** A body off the status's own lists that may run on its path: after it in a branch or callback, or before it on a path that went on. */
  private assignedMaybeBody(
    all: readonly TSESTree.AssignmentExpression[],
    node: TSESTree.Node,
    path: StatementPath,
    terminators: ReadonlyMap<TSESTree.Node, readonly number[]>,
  ): TSESTree.AssignmentExpression | undefined {
    const start = firstIndexFrom(all, node.range[1]);
    const candidates = [...all.slice(start, start + MAX_MAYBE_BODIES), ...all.slice(Math.max(0, start - MAX_MAYBE_BODIES), start).reverse()];
    for (const assignment of candidates) {
      if (isEmptyValue(assignment.right)) continue;
      const meeting = meetingLevel(assignment, path);
      if (!meeting) return assignment;
      const { statement, own } = meeting;
      if (own === statement) {
        // The same statement: `ctx.status = 400, ctx.body = x` goes together; another branch of the same `if` does not.
        if (statement.type === AST_NODE_TYPES.ExpressionStatement) return assignment;
        continue;
      }
      if (own.range[0] > statement.range[0]) {
        if (assignment.range[0] < path.end) return assignment;
        continue;
      }
      // Before the status: it ran on the status's path unless its own path ended inside that statement.
      if (statementPath(assignment, terminators).end >= own.range[1]) return assignment;
    }
    // Past the budget: one more is taken as maybe on the path, which reports nothing wrongly.
    return all.length > candidates.length ? all.find((assignment) => !isEmptyValue(assignment.right)) : undefined;
  }

  /** The `ctx.body` assignments of one function to one context, summed up once: linear in the function. */
  private assignedBodiesIn(scope: TSESTree.Node, base: string): AssignedBodies | undefined {
    this.assignedBodies ??= new WeakMap();
    let byBase = this.assignedBodies.get(scope);
    if (!byBase) {
      byBase = new Map();
      this.assignedBodies.set(scope, byBase);
    }
    if (byBase.has(base)) return byBase.get(base);
    let bodies: { all: TSESTree.AssignmentExpression[]; direct: Map<TSESTree.Node, TSESTree.AssignmentExpression[]> } | undefined;
    for (const assignment of this.bodyAssignmentScan(scope).assignments) {
      if (this.responseBaseText((assignment.left as TSESTree.MemberExpression).object) !== base) continue;
      bodies ??= { all: [], direct: new Map() };
      bodies.all.push(assignment);
      const statement = expressionStatementOf(assignment);
      if (!statement || !statementList(statement)) continue;
      const list = statement.parent;
      const inList = bodies.direct.get(list);
      if (inList) inList.push(assignment);
      else bodies.direct.set(list, [assignment]);
    }
    byBase.set(base, bodies);
    return bodies;
  }

  private bodyAssignmentScan(scope: TSESTree.Node): BodyAssignmentScan {
    this.bodyAssignmentScans ??= new WeakMap();
    const cached = this.bodyAssignmentScans.get(scope);
    if (cached) return cached;
    const assignments: TSESTree.AssignmentExpression[] = [];
    const terminators = new Map<TSESTree.Node, number[]>();
    const visitorKeys = this.sourceCode.visitorKeys;
    const visit = (current: TSESTree.Node, inCallback: boolean): void => {
      if (
        current.type === AST_NODE_TYPES.AssignmentExpression &&
        current.left.type === AST_NODE_TYPES.MemberExpression &&
        bodyPropertyNames.has(memberName(current.left) ?? '')
      ) {
        assignments.push(current);
      }
      if (!inCallback && (current.type === AST_NODE_TYPES.ReturnStatement || current.type === AST_NODE_TYPES.ThrowStatement)) {
        const list = statementList(current) ? current.parent : undefined;
        if (list) {
          const offsets = terminators.get(list);
          if (offsets) offsets.push(current.range[0]);
          else terminators.set(list, [current.range[0]]);
        }
      }
      const nested = inCallback || isFunctionNode(current);
      forEachChildNode(current, visitorKeys, (child) => visit(child, nested));
    };
    visit(scope, false);
    const scan = { assignments, terminators };
    this.bodyAssignmentScans.set(scope, scan);
    return scan;
  }

  private baseText(node: TSESTree.Node): string {
    let current = skipTypeWrappers(node);
    while (
      current.type === AST_NODE_TYPES.CallExpression &&
      current.callee.type === AST_NODE_TYPES.MemberExpression &&
      chainThroughMethods.has(memberName(current.callee) ?? '')
    ) {
      current = skipTypeWrappers(current.callee.object);
    }
    return this.sourceCode.getText(current);
  }

  /** `ctx` for both `ctx` and `ctx.response`. */
  private responseBaseText(node: TSESTree.Node): string {
    const current = skipTypeWrappers(node);
    if (current.type === AST_NODE_TYPES.MemberExpression && responseAliasProperties.has(memberName(current) ?? '')) {
      return this.baseText(current.object);
    }
    return this.baseText(current);
  }
}

/* ---------- Helpers ---------- */

/** What an exception class in the code is: the package's class, and the status it means by itself (its subclasses). */
interface ExceptionMatch {
  readonly exception: ExceptionClass & { readonly framework: Framework };
  readonly impliedCode: number | undefined;
  /** A class of this file that extends the package's subclass. */
  readonly own: boolean;
}

/** What calling a helper of the file sends: the status in one of its parameters, or one status. */
/**
 * What a call of a helper sends: the status of its argument `parameter`, the one status `code`, or,
 * with neither, a status its own code works out (`super(codeToStatus(code))`), which is checked
 * there and not at each call.
 */
interface HelperSummary {
  readonly framework: Framework;
  readonly throws: boolean;
  readonly parameter?: number;
  /** With `parameter`: the library's table the argument's name is read by (Connect's `Code.NotFound`). */
  readonly statusMap?: StatusNameMap | undefined;
  readonly code?: number | undefined;
}

/** A function with more sinks than this is a handler or a router, not a helper. */
const MAX_HELPER_SINKS = 8;

/** How far a chain of subclasses is followed to the package's exception. */
const MAX_SUBCLASS_DEPTH = 6;

/** The node that declares a variable as a class, or may: its only definition, when a class name or a variable. */
function classDefinitionOf(variable: TSESLint.Scope.Variable | undefined): TSESTree.Node | undefined {
  const [definition, ...others] = variable?.defs ?? [];
  if (!definition || others.length > 0) return undefined;
  return definition.type === DefinitionType.ClassName || definition.type === DefinitionType.Variable ? definition.node : undefined;
}

/** The class a definition declares: `class X {}`, `const X = class {}`. */
type HelperDeclaration = FunctionNode | TSESTree.ClassDeclaration | TSESTree.ClassExpression | TSESTree.CallExpression;

/**
 * The helper a declaration holds: for `new`, a class, or a class made by a call that carries a
 * status (`const NotFound = createError('E_NOT_FOUND', 'No %s', 404)`); for a call, a function.
 */
function helperOfDeclaration(declared: TSESTree.Node, constructs: boolean): HelperDeclaration | undefined {
  const init = declared.type === AST_NODE_TYPES.VariableDeclarator && declared.init ? skipTypeWrappers(declared.init) : undefined;
  if (constructs) return init?.type === AST_NODE_TYPES.CallExpression ? init : ownClassOf(declared);
  if (declared.type === AST_NODE_TYPES.FunctionDeclaration) return declared;
  return init?.type === AST_NODE_TYPES.ArrowFunctionExpression || init?.type === AST_NODE_TYPES.FunctionExpression ? init : undefined;
}

/** The name a declaration of another file gives its helper: `class ApiError`, `function notFound`, `const notFound = …`. */
function declaredHelperName(declaration: ts.Declaration, tsModule: typeof ts): string | undefined {
  if (tsModule.isClassDeclaration(declaration)) return declaration.heritageClauses?.length ? declaration.name?.text : undefined;
  if (tsModule.isFunctionDeclaration(declaration)) return declaration.name?.text;
  if (tsModule.isVariableDeclaration(declaration) && tsModule.isIdentifier(declaration.name)) return declaration.name.text;
  return undefined;
}

/** Words a helper's text holds when it may send a status: the analysis parses its file only then. */
const helperHint = /status|redirect|Response|Error|Exception|error|code|json|send/u;

/** The names of the exception classes that take a status, as a subclass's `extends` writes them. */
const exceptionClassNames: ReadonlySet<string> = new Set(exceptionClasses.map((exception) => exception.className));

/** The exception classes a name may be (the base class or one of its subclasses), in the order of `exceptionClasses`. */
const exceptionClassesByName: ReadonlyMap<string, readonly (typeof exceptionClasses)[number][]> = (() => {
  const byName = new Map<string, (typeof exceptionClasses)[number][]>();
  for (const exception of exceptionClasses) {
    for (const name of new Set([exception.className, ...Object.keys(exception.subclasses ?? {})])) {
      const classes = byName.get(name) ?? [];
      classes.push(exception);
      byName.set(name, classes);
    }
  }
  return byName;
})();

/** The sink search of each other file a typed file's helpers are declared in. */
const declaringFinders = new WeakMap<TSESLint.SourceCode, SinkFinder>();

function ownClassOf(declaration: TSESTree.Node | undefined): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  if (declaration?.type === AST_NODE_TYPES.ClassDeclaration) return declaration;
  if (declaration?.type === AST_NODE_TYPES.VariableDeclarator && declaration.init?.type === AST_NODE_TYPES.ClassExpression) {
    return declaration.init;
  }
  return undefined;
}

/**
 * Whether a call names no status where `position` would hold one, so that it sends the form's
 * `absent` status: the argument is missing, or is an object literal without the status's key.
 * A spread may hold it, so a call with one names an unknown status, not none.
 */
function namesNoStatus(position: StatusPosition, args: readonly TSESTree.CallExpressionArgument[]): boolean {
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  const withoutKeys = (index: number, keys: readonly string[]): boolean => {
    const argument = args[index];
    if (!argument) return true;
    const value = skipTypeWrappers(argument);
    return (
      value.type === AST_NODE_TYPES.ObjectExpression &&
      value.properties.every(
        (property) => property.type === AST_NODE_TYPES.Property && !keys.includes(propertyKeyName(property) ?? keys[0]!),
      )
    );
  };
  switch (position.kind) {
    // A redirect names its URL: `response.redirect()` with nothing is AdonisJS's builder, whose chain sets the status.
    case 'argument':
      return args.length >= 1 && (args.length <= position.index || args.length < (position.minArguments ?? 0));
    case 'redirect':
      return args.length === 1;
    case 'mapped-key':
      return position.key === undefined ? args.length <= position.index : withoutKeys(position.index, [position.key]);
    case 'status-or-init':
      return withoutKeys(position.index, ['status']);
    case 'init':
      return withoutKeys(position.index, position.keys ?? ['status']);
    default:
      return false;
  }
}

/** The library's own name for a status: a string, or the member of its enum (`Code.NotFound`). */
function mappedStatusName(node: TSESTree.Node, enumName: string | undefined): string | undefined {
  const value = skipTypeWrappers(node);
  if (
    enumName !== undefined &&
    value.type === AST_NODE_TYPES.MemberExpression &&
    !value.computed &&
    value.object.type === AST_NODE_TYPES.Identifier &&
    value.object.name === enumName &&
    value.property.type === AST_NODE_TYPES.Identifier
  ) {
    return value.property.name;
  }
  return staticString(value);
}

/** A status found in a call: its expression, the code it means by itself, or the library's table its name is read by. */
interface FoundStatus {
  readonly status: TSESTree.Node;
  readonly impliedCode?: number | undefined;
  readonly statusMap?: StatusNameMap | undefined;
}

function receiverName(node: TSESTree.Node): string | undefined {
  const current = skipTypeWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
      return current.name;
    case AST_NODE_TYPES.MemberExpression:
      return memberName(current);
    case AST_NODE_TYPES.CallExpression: {
      // Through calls that return the response: `res.set('X', 'y').status(S)`, `res.status(S).status(T)`.
      if (current.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = memberName(current.callee);
      if (method === undefined || !(chainThroughMethods.has(method) || sinkMethodNames.has(method))) return undefined;
      return receiverName(current.callee.object);
    }
    default:
      return undefined;
  }
}


function isAnyLike(type: ts.Type): boolean {
  const { TypeFlags } = loadTypeScript();
  return (type.flags & (TypeFlags.Any | TypeFlags.Unknown)) !== 0;
}

function isNumberLike(type: ts.Type): boolean {
  const { TypeFlags } = loadTypeScript();
  if (type.isUnion()) return type.types.every((part) => isNumberLike(part) || (part.flags & (TypeFlags.Null | TypeFlags.Undefined)) !== 0);
  return (type.flags & TypeFlags.NumberLike) !== 0;
}

function isStringLike(type: ts.Type): boolean {
  const { TypeFlags } = loadTypeScript();
  if (type.isUnion()) return type.types.every((part) => isStringLike(part));
  return (type.flags & TypeFlags.StringLike) !== 0;
}

type SourceCodeVisitorKeys = Readonly<TSESLint.SourceCode>['visitorKeys'];

/**
 * `throw new Response(…)` inside a `try` of the same function whose `catch` handles it: the
 * response never leaves the function, unless the catch throws or returns what it caught.
 * (A Response thrown out of a loader is sent by the framework: that is no `try` of its own.)
 */
function isCaughtInSameFunction(node: TSESTree.NewExpression, visitorKeys: SourceCodeVisitorKeys): boolean {
  const thrown = node.parent;
  if (thrown?.type !== AST_NODE_TYPES.ThrowStatement || thrown.argument !== node) return false;
  let child: TSESTree.Node = thrown;
  let current: TSESTree.Node | undefined = thrown.parent;
  while (current && !isFunctionNode(current)) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) {
      return !passesOn(current.handler, visitorKeys);
    }
    child = current;
    current = current.parent;
  }
  return false;
}

/** Whether a catch clause throws or returns the value it caught (outside nested functions). */
function passesOn(handler: TSESTree.CatchClause, visitorKeys: SourceCodeVisitorKeys): boolean {
  const name = handler.param?.type === AST_NODE_TYPES.Identifier ? handler.param.name : undefined;
  if (name === undefined) return false;
  let found = false;
  const visit = (current: TSESTree.Node): void => {
    if (found || isFunctionNode(current)) return;
    if (
      (current.type === AST_NODE_TYPES.ThrowStatement || current.type === AST_NODE_TYPES.ReturnStatement) &&
      current.argument?.type === AST_NODE_TYPES.Identifier &&
      current.argument.name === name
    ) {
      found = true;
      return;
    }
    forEachChildNode(current, visitorKeys, visit);
  };
  visit(handler.body);
  return found;
}

/**
 * Whether an expression looks like a status to a reader without types: a number, a constant
 * (`NOT_FOUND`, `HttpStatus.NOT_FOUND`), a name that says status or code, a conditional or
 * fallback of such. `map`, `res`, `data` do not. (An init's `status` is already taken out.)
 */
function isStatusShaped(node: TSESTree.Node): boolean {
  const current = skipTypeWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Literal:
      return typeof current.value === 'number';
    case AST_NODE_TYPES.UnaryExpression:
      return isStatusShaped(current.argument);
    case AST_NODE_TYPES.ConditionalExpression:
      return isStatusShaped(current.consequent) || isStatusShaped(current.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return isStatusShaped(current.left) || isStatusShaped(current.right);
    case AST_NODE_TYPES.Identifier:
      return /status|code/iu.test(current.name) || /^[A-Z][A-Z\d_]*$/u.test(current.name);
    case AST_NODE_TYPES.MemberExpression: {
      // `HttpStatus.NOT_FOUND`, `Status.Gone`, `err.statusCode`.
      const name = memberName(current);
      return name !== undefined && (/status|code/iu.test(name) || /^[A-Z]/u.test(name));
    }
    default:
      return false;
  }
}

/** A message, an error or a properties object in http-errors' loose argument list. */
function isMessageLike(node: TSESTree.Expression): boolean {
  const current = skipTypeWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Literal:
      return typeof current.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.NewExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return current.operator === '+';
    // `ctx.throw(NotFound('no such order'))`, `createError(toHttpError(e))`: a factory makes the error.
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTypeWrappers(current.callee);
      const name =
        callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
      return name !== undefined && (messageLikeName.test(name) || /^[A-Z]/u.test(name) || /error/iu.test(name));
    }
    case AST_NODE_TYPES.Identifier:
      return messageLikeName.test(current.name);
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(current);
      return name !== undefined && messageLikeName.test(name);
    }
    default:
      return false;
  }
}

function isUrlLike(node: TSESTree.Expression): boolean {
  const current = skipTypeWrappers(node);
  return (
    (current.type === AST_NODE_TYPES.Literal && typeof current.value === 'string') ||
    current.type === AST_NODE_TYPES.TemplateLiteral ||
    (current.type === AST_NODE_TYPES.NewExpression && calleeName(current.callee) === 'URL') ||
    (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+')
  );
}

function isAssertCall(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return node.callee.type === AST_NODE_TYPES.MemberExpression && memberName(node.callee) === 'assert';
}

/** Whether a value is an empty body: `undefined`, `null`, `''`, `void 0`, an empty template. */
function isEmptyValue(node: TSESTree.Node): boolean {
  const current = skipTypeWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Literal:
      return current.value === null || current.value === '';
    case AST_NODE_TYPES.Identifier:
      return current.name === 'undefined';
    case AST_NODE_TYPES.UnaryExpression:
      return current.operator === 'void';
    case AST_NODE_TYPES.TemplateLiteral:
      return current.expressions.length === 0 && current.quasis.every((quasi) => quasi.value.cooked === '');
    default:
      return false;
  }
}

function valueBody(value: TSESTree.Node, sender: TSESTree.Node, via: BodyVia, certain = true): SinkBody & { kind: 'present' | 'empty' } {
  return { kind: isEmptyValue(value) ? 'empty' : 'present', value, sender, via, certain };
}

/** The first index in `0 … length` whose value is at or after `offset`, for values sorted ascending. */
function lowerBound(length: number, valueAt: (index: number) => number, offset: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (valueAt(middle) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first node that starts at or after `offset`, in nodes sorted by position. */
function firstIndexFrom(nodes: readonly TSESTree.Node[], offset: number): number {
  return lowerBound(nodes.length, (index) => nodes[index]!.range[0], offset);
}

function firstOffsetFrom(offsets: readonly number[] | undefined, offset: number): number | undefined {
  return offsets && offsets[lowerBound(offsets.length, (index) => offsets[index]!, offset)];
}

function isStatementListOf(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return true;
    case AST_NODE_TYPES.SwitchCase:
      return parent.test !== child;
    default:
      return false;
  }
}

/** The statement lists a node sits in, up to its function, and the first `return`/`throw` its path meets. */
function statementPath(node: TSESTree.Node, terminators: ReadonlyMap<TSESTree.Node, readonly number[]>): StatementPath {
  const levels: { list: TSESTree.Node; statement: TSESTree.Node }[] = [];
  const lists = new Set<TSESTree.Node>();
  let end = Number.POSITIVE_INFINITY;
  for (let child = node, parent = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (!isStatementListOf(parent, child)) continue;
    levels.push({ list: parent, statement: child });
    lists.add(parent);
    if (end !== Number.POSITIVE_INFINITY) continue;
    if (child.type === AST_NODE_TYPES.ReturnStatement || child.type === AST_NODE_TYPES.ThrowStatement) end = child.range[1];
    else end = firstOffsetFrom(terminators.get(parent), child.range[1]) ?? end;
  }
  return { levels, lists, end };
}

/** Where another node's ancestors meet the status's lists: the status's statement there, and the other node's own. */
function meetingLevel(
  other: TSESTree.Node,
  path: StatementPath,
): { readonly statement: TSESTree.Node; readonly own: TSESTree.Node } | undefined {
  for (let child = other, parent = other.parent; parent; child = parent, parent = parent.parent) {
    if (!path.lists.has(parent)) continue;
    const level = path.levels.find((candidate) => candidate.list === parent);
    return level && { statement: level.statement, own: child };
  }
  return undefined;
}

function senderBody(call: TSESTree.CallExpression, index: number): SinkBody {
  const argument = call.arguments[index];
  if (!argument) return { kind: 'absent', sender: call };
  if (argument.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
  // `res.end(callback)`: a function is no body.
  if (argument.type === AST_NODE_TYPES.ArrowFunctionExpression || argument.type === AST_NODE_TYPES.FunctionExpression) {
    return { kind: 'absent', sender: call };
  }
  return valueBody(argument, call, 'sender');
}

function isParameterOfEnclosingFunction(node: TSESTree.Node): boolean {
  const current = skipTypeWrappers(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  for (let parent: TSESTree.Node | undefined = current.parent; parent; parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.FunctionExpression || parent.type === AST_NODE_TYPES.FunctionDeclaration) {
      return parent.params.some((param) => {
        const binding = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
        const name = binding.type === AST_NODE_TYPES.AssignmentPattern ? binding.left : binding;
        return name.type === AST_NODE_TYPES.Identifier && name.name === current.name;
      });
    }
  }
  return false;
}

function enclosingClass(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) {
      return current;
    }
  }
  return undefined;
}

/** What a top-level import binds a name to: an error factory, or a status function of a package. */
type ModuleBinding =
  | { readonly kind: 'factory'; readonly factory: ErrorFactory }
  | {
      readonly kind: 'function';
      readonly framework: Framework;
      readonly functions: StatusFunctions;
      readonly imported: string;
      readonly module: string;
    }
  | { readonly kind: 'namespace'; readonly framework: Framework; readonly functions: StatusFunctions; readonly module: string };

const autoImportedFunctions: ReadonlyMap<string, StatusFunctions & { readonly framework: Framework }> = new Map(
  statusFunctionSets.filter((functions) => functions.autoImported).flatMap((functions) => Object.keys(functions.sinks).map((name) => [name, functions] as const)),
);

const contextFunctions: ReadonlyMap<string, StatusFunctions & { readonly framework: Framework }> = new Map(
  statusFunctionSets.filter((functions) => functions.fromContext).flatMap((functions) => Object.keys(functions.sinks).map((name) => [name, functions] as const)),
);

/** Names that may be called unbound or from a context: error factories' usual names, auto-imported and context functions. */
const knownFunctionNames: ReadonlySet<string> = new Set([
  ...errorFactories.flatMap((factory) => [...factory.names]),
  ...autoImportedFunctions.keys(),
  ...contextFunctions.keys(),
]);

/** What the top level of a file declares: functions, classes, and variables (a helper or a class made by a call). */
/** The local names of the file's value imports (`import { ApiError } from './errors'`), type-only ones left out. */
function findImportedNames(program: TSESTree.Program): ReadonlySet<string> {
  const names = new Set<string>();
  for (const item of program.body) {
    if (item.type !== AST_NODE_TYPES.ImportDeclaration || item.importKind === 'type') continue;
    for (const specifier of item.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind !== 'type') names.add(specifier.local.name);
    }
  }
  return names;
}

function findTopLevelNames(program: TSESTree.Program): ReadonlySet<string> {
  const names = new Set<string>();
  for (const item of program.body) {
    const statement =
      (item.type === AST_NODE_TYPES.ExportNamedDeclaration || item.type === AST_NODE_TYPES.ExportDefaultDeclaration) && item.declaration
        ? item.declaration
        : item;
    if ((statement.type === AST_NODE_TYPES.FunctionDeclaration || statement.type === AST_NODE_TYPES.ClassDeclaration) && statement.id) {
      names.add(statement.id.name);
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init) names.add(declarator.id.name);
      }
    }
  }
  return names;
}

const functionsByModule: ReadonlyMap<string, { readonly framework: Framework; readonly functions: StatusFunctions }> = new Map(
  statusFunctionSets.flatMap((functions) => functions.modules.map((module) => [module, { framework: functions.framework, functions }] as const)),
);

/** What the default or namespace import of a status-function module binds: its default export, or the functions on it. */
function wholeModuleBinding(
  functions: { readonly framework: Framework; readonly functions: StatusFunctions },
  module: string,
): ModuleBinding | undefined {
  if (Object.hasOwn(functions.functions.sinks, 'default')) return { kind: 'function', ...functions, imported: 'default', module };
  return functions.functions.namespace ? { kind: 'namespace', ...functions, module } : undefined;
}

/**
 * Local names bound to an error factory's module (its default export or the module itself:
 * `import createError from 'http-errors'`, `const createError = require('http-errors')`) or to a
 * package's status function (`import { error as kitError } from '@sveltejs/kit'`).
 */
function findModuleBindings(program: TSESTree.Program): ReadonlyMap<string, ModuleBinding> {
  const names = new Map<string, ModuleBinding>();
  const factoryOf = (module: string): ErrorFactory | undefined => errorFactories.find((factory) => factory.module === module);
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const module = statement.source.value;
      const factory = factoryOf(module);
      const functions = functionsByModule.get(module);
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) {
          if (factory) names.set(specifier.local.name, { kind: 'factory', factory });
          else if (functions) {
            const binding = wholeModuleBinding(functions, module);
            if (binding) names.set(specifier.local.name, binding);
          }
          continue;
        }
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (functions && Object.hasOwn(functions.functions.sinks, imported)) {
          names.set(specifier.local.name, { kind: 'function', ...functions, imported, module });
        }
      }
    }
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const module = declarator.init ? requiredModule(declarator.init) : undefined;
        if (module === undefined || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
        const factory = factoryOf(module);
        const functions = functionsByModule.get(module);
        const binding = factory ? ({ kind: 'factory', factory } as const) : functions && wholeModuleBinding(functions, module);
        if (binding) names.set(declarator.id.name, binding);
      }
    }
  }
  return names;
}

/**
 * The words a file without types must hold for any of its nodes to be a status sink, by where each
 * word stands among the file's tokens (`file-candidates.ts` searches for them). Every entry of `sinkOf` asks a
 * name of these before anything else: a method of `sinkMethodNames` (`res.status(…)`), a property
 * set (`ctx.status = …`, `this.statusCode = …`, `{ statusCode: 200 }` returned), a class, decorator or
 * factory by its name, a status function of a context (`({ error }) => error(404)`), or an import of
 * one of the modules whose names bind the rest (`Boom.notFound()` of '@hapi/boom'). A helper of the
 * file sends only through one of those in its body, a class of its own through `this.status = …` or
 * its base. Without types nothing is read from another file. With types, a name's declaration
 * decides instead (an import of the project's own helper or subclass), so a typed file is not sorted out by its words.
 * The sets are made from the same tables the entries ask, so a framework added there is added here.
 */
export const sinkWords: {
  /** Names that may make a sink wherever they stand. */
  readonly anywhere: ReadonlySet<string>;
  /** Methods, only when called on something: after `.` or `?.`, before `(`. */
  readonly calledMethods: ReadonlySet<string>;
  /** Functions taken from a handler's context, only when called by their bare name. */
  readonly calledFunctions: ReadonlySet<string>;
  /** What a string may be: a module a binding comes from, or any of the names as a computed key (`res['status']`). */
  readonly strings: ReadonlySet<string>;
} = (() => {
  const anywhere = new Set([
    ...statusAssignmentsByName.keys(),
    ...errorStatusProperties,
    ...returnedResponses.map((shape) => shape.statusKey),
    ...responseClasses.keys(),
    ...exceptionClassesByName.keys(),
    ...methodDecoratorSets.flatMap((set) => Object.keys(set.sinks)),
    ...errorFactories.flatMap((factory) => [...factory.names]),
    ...autoImportedFunctions.keys(),
  ]);
  const calledMethods = new Set([...sinkMethodNames, ...responseStaticForms.keys(), ...namespaceFunctionNames]);
  const calledFunctions = new Set([...contextFunctions.keys()].filter((name) => !anywhere.has(name)));
  const modules = [
    ...errorFactories.map((factory) => factory.module),
    ...functionsByModule.keys(),
    ...exceptionClasses.flatMap((exception) => exception.modules),
    ...methodDecoratorSets.map((set) => set.package),
  ];
  return { anywhere, calledMethods, calledFunctions, strings: new Set([...anywhere, ...calledMethods, ...calledFunctions, ...modules]) };
})();
