/**
 * The shape of a framework module: everything the shared analysis needs to know about
 * one framework, as plain readonly data. `src/frameworks/<name>.ts` each export one
 * `FrameworkModule`; `index.ts` lists them; the engine in `src/analysis/` only
 * interprets these records and names no framework itself.
 */

export type Framework =
  | 'axios'
  | 'express'
  | 'fastify'
  | 'fetch'
  | 'hono'
  | 'http-errors'
  | 'koa'
  | 'nestjs'
  | 'next'
  | 'node-http'
  | 'h3'
  | 'react-router'
  | 'sveltekit'
  | 'trpc'
  | 'epic-invariant'
  | 'next-pages'
  | 'connect'
  | 'hapi'
  | 'fastify-error'
  | 'elysia'
  | 'adonis'
  | 'ts-rest'
  /** The project's own helpers and error classes. */
  | 'project'
  /** A serverless handler's returned `{ statusCode, body }` (AWS API Gateway style): no package, a shape. */
  | 'serverless';

/** What role an HTTP object plays. */
export type HttpObjectKind =
  /** A client-side AxiosError, whose `response` holds the status. */
  | 'axios-error'
  /** A client-side axios response (`status`). */
  | 'axios-response'
  /** The fetch/undici `Response` class (and Next.js `NextResponse`), read by clients and built by servers. */
  | 'fetch-response'
  /** Hono's `Context` (`c.json(body, status)`). */
  | 'hono-context'
  /** An error object of http-errors (`createError(404)`), which Koa and Express error handlers send. */
  | 'http-error'
  /** NestJS `HttpException` and subclasses (`getStatus()`). */
  | 'http-exception'
  /** Node `http.IncomingMessage`, a response as a client reads it (`statusCode`). */
  | 'incoming-message'
  /** Koa's `Context` (`ctx.status`, `ctx.throw`). */
  | 'koa-context'
  /** Koa's `ctx.response`. */
  | 'koa-response'
  /** A response a server is building: Express `Response`, Node `ServerResponse`, `FastifyReply`. */
  | 'server-response';

/** A declared type that is one of the framework's HTTP objects, told by its name and the package that declares it. */
export interface DeclaredHttpType {
  readonly kind: HttpObjectKind;
  readonly name: string;
  /** Packages whose declaration files may declare it; 'typescript' stands for TypeScript's own lib files. */
  readonly packages: readonly string[];
}

/** Identifier names, exact or by suffix (`res`, `apiResponse`). */
export interface NamePattern {
  readonly names: readonly string[];
  readonly suffixes: readonly string[];
}

/* ---------- Sink forms ---------- */

/** A library's own names for statuses and the HTTP status each means: tRPC's codes, Connect's `Code` enum. */
export interface StatusNameMap {
  readonly codes: Readonly<Record<string, number>>;
  /** The enum whose members are the names (`Code.NotFound`), when they are not strings. */
  readonly enumName?: string | undefined;
}

/** Where the status is among a call's arguments. */
export type StatusPosition = ArgumentPosition & {
  /**
   * The status the call sends when it names none: 302 for Express's `res.redirect(url)`, 307 for
   * `NextResponse.redirect(url)`, 500 for Connect's `new ConnectError(msg)`. A spread or an init
   * object built elsewhere is not "none": the status is then unknown, not this one.
   */
  readonly absent?: number;
};

type ArgumentPosition =
  /** Argument `index`, when the call has at least `minArguments` arguments. */
  | { readonly kind: 'argument'; readonly index: number; readonly minArguments?: number }
  /** Argument `index` is the status itself or an init object `{ status }` (Hono, `NextResponse.redirect`). */
  | { readonly kind: 'status-or-init'; readonly index: number }
  /**
   * Argument `index` is an init object `{ status }` (fetch `Response`, `Response.json`); `keys` name the
   * property that holds the status when it is not `status`, first match first (h3's `{ statusCode }`).
   */
  | { readonly kind: 'init'; readonly index: number; readonly keys?: readonly string[] }
  /**
   * The status in the library's own terms, which `codes` maps to the HTTP status: property `key` of
   * object argument `index` (tRPC's `new TRPCError({ code: 'NOT_FOUND' })`), or, without `key`, argument
   * `index` itself, a string or a member of the library's enum (Connect's `new ConnectError(msg, Code.NotFound)`).
   */
  | {
      readonly kind: 'mapped-key';
      readonly index: number;
      readonly key?: string;
      readonly codes: Readonly<Record<string, number>>;
      /** With `key` absent, the enum whose members name the codes (`Code`). */
      readonly enumName?: string;
    }
  /** The call itself means one status, whatever its arguments: Next's `notFound()`, Nest's `new NotFoundException()`. */
  | { readonly kind: 'fixed'; readonly code: number }
  /**
   * http-errors' loose order: from argument `from` on, the first argument that is not a
   * message, an error or a properties object (`createError(404, 'x')`, `ctx.throw('x', 404)`).
   */
  | { readonly kind: 'loose'; readonly from: number }
  /**
   * A redirect whose status comes before or after the URL: whichever argument is not the URL;
   * when neither looks like one, the first (`statusFirst`) or the second.
   */
  | { readonly kind: 'redirect'; readonly statusFirst: boolean };

/** Where the body sent with the status is. */
export type BodyPosition =
  /** Argument `index` (missing means no body). */
  | { readonly kind: 'argument'; readonly index: number }
  /** The call returns the response: a chained call (`.json(body)`, `.end()`) or a later statement on the same receiver sends the body. */
  | { readonly kind: 'chain' }
  /** The assignments to the receiver's body property in the same function (Koa's `ctx.body = x`; see `FrameworkModule.bodyProperty`). */
  | { readonly kind: 'assigned-body' }
  /**
   * http-errors and `ctx.throw`: the message or error argument; without one the framework sends the reason
   * phrase, or, `withoutOne: 'unknown'`, a text of its own (SvelteKit's `Error: 404`, its error page).
   */
  | { readonly kind: 'message'; readonly withoutOne?: 'unknown' }
  /** The framework writes its own text: the reason phrase (`sendStatus`) or a redirect note (Express `redirect`). */
  | { readonly kind: 'default'; readonly source: DefaultBodySource }
  /** No body at all (fetch `Response.redirect`, Hono `c.redirect`). */
  | { readonly kind: 'none' }
  /** What the decorated method returns: Nest sends a handler's return value as the body (`@HttpCode(204)`). */
  | { readonly kind: 'method-return' }
  /** The sink does not say (`c.status(S)`, `setResponseStatus(event, S)`). */
  | { readonly kind: 'unknown' };

/** What a framework writes as the body when the code gives none. */
export type DefaultBodySource =
  /** `res.sendStatus(S)`: the reason phrase is the whole body. */
  | 'status-text'
  /** `ctx.throw(S)`, `createError(S)`: an error whose message defaults to the reason phrase. */
  | 'error-without-message'
  /** Express `res.redirect(S, url)`: a short note that links to the URL. */
  | 'redirect-note';

/** Where the headers sent with a status are set. */
export type HeaderSources =
  /** Somewhere the sink does not show: NestJS exceptions get their headers from exception filters, guards or interceptors. */
  | { readonly kind: 'elsewhere' }
  | {
      readonly kind: 'sink';
      /** Arguments of the sink that carry headers. */
      readonly arguments: readonly HeaderArgument[];
      /** Headers the framework sets itself with this sink: a redirect's Location. */
      readonly implied: readonly string[];
      /** Which header-setting calls on the response count. */
      readonly response: ResponseHeaderScope;
    };

/** An argument of a sink that carries headers. */
export type HeaderArgument =
  /** A header map at `index`: `c.json(body, S, headers)`. */
  | { readonly kind: 'map'; readonly index: number }
  /** The first argument from `from` on that is not a string (the status message): `res.writeHead(S, [message,] headers)`. */
  | { readonly kind: 'map-after-message'; readonly from: number }
  /**
   * The `headers` of an init object at `index`: `new Response(body, { status, headers })`, `c.json(body, { status, headers })`;
   * `implied` names init keys with which the runtime writes headers itself.
   */
  | { readonly kind: 'init'; readonly index: number; readonly implied?: Readonly<Record<string, readonly string[]>> }
  /** The `headers` of http-errors' properties object, from argument `from` on: `createError(401, msg, { headers })`. */
  | { readonly kind: 'error-properties'; readonly from: number }
  /** The sink is an object literal whose own properties `keys` hold header maps: `{ statusCode, headers, multiValueHeaders }`. */
  | { readonly kind: 'own-properties'; readonly keys: readonly string[] }
  /** The header decorators of the same method (`@Header(name, value)`, see `MethodDecorators`); a response parameter may set any header. */
  | { readonly kind: 'method-decorators' };

/**
 * Which header-setting calls on the response the sink is sent on count (`res.set(…)`, `ctx.set(…)`, `c.header(…)`):
 * - `before`: calls chained before the sink and statements before it in the same function (the sink sends at once);
 * - `until-sent`: those, plus calls chained after it and later statements of its block up to the call that sends
 *   (`res.status(S)`, `res.statusCode = S`); when no such call is seen, the headers are unknown;
 * - `function`: any statement of the function (Koa sends `ctx` when the middleware returns);
 * - `built`: none, but the sink builds an object (a fetch `Response`, an http error) that later code may add
 *   headers to when it is stored in a variable;
 * - `error`: as `built`, plus calls on any response before it (Express's final handler keeps the headers set
 *   before an error is passed on);
 * - `none`: only the sink's own arguments (Koa's `ctx.throw` clears every header set before it).
 */
export type ResponseHeaderScope = 'before' | 'until-sent' | 'function' | 'built' | 'error' | 'none';

export interface SinkForm {
  readonly status: StatusPosition;
  readonly body: BodyPosition;
  readonly headers: HeaderSources;
  /** The sink makes an error that is thrown (`error(404)`, `createError({ statusCode })`), not a response: its status is meant to be an error's. */
  readonly throws?: boolean;
}

export type MethodTable = Readonly<Record<string, SinkForm>>;

/** How a method sets headers on the response it is called on. */
export type HeaderSetter =
  /** The header name is argument 0: `res.setHeader(name, value)`, `res.append(name, value)`, `c.header(name, value)`. */
  | { readonly kind: 'name' }
  /** A name and a value, or one map of them: `res.set(name, value)`, `res.set({ name: value })`, `ctx.set(…)`. */
  | { readonly kind: 'name-or-map' }
  /** One map: `reply.headers({ name: value })`, `res.setHeaders(new Headers(…))`. */
  | { readonly kind: 'map' }
  /** The method sets these itself: `res.location(url)` and every redirect set Location, `res.type(t)` Content-Type. */
  | { readonly kind: 'implied'; readonly names: readonly string[] };

/* ---------- The module ---------- */

/** Without types: how a call on a response-like name is taken as this framework's. */
export interface UntypedMethods {
  /** The forms of its methods when a call is taken as this framework's. */
  readonly methods: MethodTable;
  /** Methods no other framework has: `res.sendStatus(…)` is Express's whatever the receiver's name. */
  readonly claimsMethods?: readonly string[];
  /** Receiver names that mean this framework for the other methods (`reply.redirect(…)` is Fastify's). */
  readonly claimsReceivers?: NamePattern;
  /** The framework a call is taken as when nothing else tells. */
  readonly isDefault?: boolean;
  /**
   * When set, these methods are taken by name only on these receivers, whatever other framework has a method
   * of the name (`response.notFound(body)` is AdonisJS's; Hono's `c.notFound()` calls the app's own handler).
   */
  readonly onlyOn?: NamePattern;
}

/** A status set by assigning a property of the response: `res.statusCode = S`, `ctx.status = S`. */
export interface StatusAssignment {
  /** The receiver kinds this holds for, with types. */
  readonly kinds: readonly HttpObjectKind[];
  readonly property: string;
  readonly body: BodyPosition;
  readonly headers: HeaderSources;
  /** Whether, without types, an assignment to this property on a response-like name is taken as this framework's. */
  readonly byName?: boolean;
}

/** A response the body property of which is assigned (`ctx.body = x`), and properties that stand for the response itself (`ctx.response`). */
export interface BodyProperty {
  readonly property: string;
  readonly responseAliases: readonly string[];
}

/** A class whose instances are responses: `new Response(body, { status })` and its static factories. */
export interface ResponseClass {
  /** The class's name, for code without types. */
  readonly className: string;
  readonly constructorForm: SinkForm;
  readonly statics: MethodTable;
}

/**
 * An exception class that carries a status: Nest's `new HttpException(body, S)` and its subclasses,
 * Hono's `new HTTPException(S, options)`, tRPC's `new TRPCError({ code })`.
 */
export interface ExceptionClass {
  readonly className: string;
  /** The modules it is imported from. */
  readonly modules: readonly string[];
  /** The packages that declare it, with types. */
  readonly packages: readonly string[];
  /** The form of the class's own constructor. */
  readonly form: SinkForm;
  /** With types, a subclass's constructor parameter named like this takes the status. */
  readonly statusParameterNames: ReadonlySet<string>;
  /** Where an exception's headers come from. */
  readonly headers: HeaderSources;
  /** Subclasses the package exports, each with the one status it sends: Nest's `NotFoundException` is 404. */
  readonly subclasses?: Readonly<Record<string, number>>;
  /** Where a subclass's body is: its first argument, a message or an object; without one, the reason phrase. */
  readonly subclassBody?: BodyPosition;
}

/** Functions a package exports that send or throw a status: SvelteKit's `error(404, msg)`, h3's `setResponseStatus(event, S)`. */
export interface StatusFunctions {
  /** The modules they are imported from. */
  readonly modules: readonly string[];
  /** The packages that declare them, with types. */
  readonly packages: readonly string[];
  /** Each function by its exported name. */
  readonly sinks: MethodTable;
  /** Whether a framework imports them into the code by itself, so that they are also called unbound (Nuxt, Nitro). */
  readonly autoImported?: boolean;
  /** Whether they are also called on the module's default or namespace import: `Boom.notFound()`. */
  readonly namespace?: boolean;
  /** Whether handlers also get them in their context, destructured under the same name: Elysia's `({ status }) => status(404)`. */
  readonly fromContext?: boolean;
}

/** Method decorators that set a status and headers: Nest's `@HttpCode(S)`, `@Redirect(url, S)`, `@Header(name, value)`. */
export interface MethodDecorators {
  readonly package: string;
  readonly sinks: MethodTable;
  /** The decorator that sets a response header. */
  readonly headerDecorator: string;
  /** Parameter decorators that hand the method the response itself, which may then set any header. */
  readonly responseParameterDecorators: ReadonlySet<string>;
}

/** A function that makes an error carrying a status: http-errors' `createError(404, 'x')`, `createError[404]()`. */
export interface ErrorFactory {
  /** The module it is imported or required from. */
  readonly module: string;
  /** The packages that declare it, with types. */
  readonly packages: readonly string[];
  /** The names it is usually imported as, for code where the import is not visible. */
  readonly names: ReadonlySet<string>;
  readonly form: SinkForm;
}

/** A response returned as a plain object from a handler: `{ statusCode, body, headers }`. */
export interface ReturnedResponse {
  readonly statusKey: string;
  readonly bodyKey: string;
  /** Keys that, beside the status key, make an object literal such a response. */
  readonly responseKeys: ReadonlySet<string>;
  readonly headers: HeaderSources;
  /** Which functions' returned objects are responses. */
  readonly handler: ReturnedResponseHandler;
}

export type ReturnedResponseHandler =
  | {
      /** Serverless handlers: exported, named `handler`, `(event, context)`, or typed with one of `handlerTypeNames`. */
      readonly kind: 'lambda-handler';
      /** By their declared type or their result's. */
      readonly handlerTypeNames: RegExp;
      /** A handler's `(event, context)` parameters. */
      readonly eventParameter: RegExp;
      readonly contextParameter: RegExp;
    }
  | {
      /** The functions of the object passed to `x.router(contract, implementation)` (nested routers too). */
      readonly kind: 'router-implementation';
      readonly routerMethods: readonly string[];
    };

/** How to send the status with no body, for the "drop the body" fixes. */
export interface EmptyBody {
  /** The call that ends the response with no body, in place of a body sender: `res.status(204).end()`. */
  readonly senderCall?: { readonly method: string; readonly argument?: string };
  /** `new X(body, init)` takes `null` as its body. */
  readonly constructorArgument?: boolean;
  /**
   * A body argument of a sink call: the methods that take `null` (a body method becomes the first of them,
   * `c.json(x, 204)` → `c.body(null, 204)`), or `construct`: a static factory becomes the class's constructor.
   */
  readonly methodArgument?: { readonly kind: 'nullable-methods'; readonly methods: readonly string[] } | { readonly kind: 'construct' };
}

export interface FrameworkModule {
  readonly id: Framework;
  /** How the README's framework table names it. */
  readonly title: string;
  /** The npm packages it is (or that declare its types), for the README; none for a shape. */
  readonly packages: readonly string[];
  /** What becomes of a body sent with a status that cannot have one (204, 205, 304, 1xx), for messages. */
  readonly droppedBodyFate: string;
  /** Declared types that are its HTTP objects. */
  readonly types?: readonly DeclaredHttpType[];
  /** Declared types whose `status` is no HTTP status (`spawnSync(…).status`). */
  readonly nonHttpStatusTypes?: readonly { readonly name: string; readonly packages: readonly string[] }[];
  /** Methods that return the status an object of a kind carries (`exception.getStatus()`). */
  readonly statusGetters?: Partial<Readonly<Record<HttpObjectKind, readonly string[]>>>;
  /** Without types: names that stand for its responses, replies or contexts, and for its requests. */
  readonly responseNames?: NamePattern;
  readonly requestNames?: NamePattern;
  /** With types: the status-sending methods of a receiver, by its kind. */
  readonly receiverMethods?: Partial<Readonly<Record<HttpObjectKind, MethodTable>>>;
  readonly untyped?: UntypedMethods;
  readonly statusAssignment?: StatusAssignment;
  readonly bodyProperty?: BodyProperty;
  /** Methods that send the body on a response whose status was just set, with the argument that holds it. */
  readonly bodySenders?: Readonly<Record<string, number>>;
  /** Methods that send the response without being a body sender, after which no header can be set. */
  readonly responseEnders?: readonly string[];
  /** Methods that set headers and return the response, so a chain goes on through them. */
  readonly chainThroughMethods?: readonly string[];
  readonly headerSetters?: Readonly<Record<string, HeaderSetter>>;
  /** Classes whose constructor takes a header map: `new Headers({ … })`. */
  readonly headerMapClasses?: readonly string[];
  readonly responseClass?: ResponseClass;
  readonly exceptionClass?: ExceptionClass;
  readonly methodDecorators?: MethodDecorators;
  readonly errorFactory?: ErrorFactory;
  readonly functions?: StatusFunctions;
  readonly returnedResponse?: ReturnedResponse;
  readonly emptyBody?: EmptyBody;
  /** Properties of a project's error class that its constructor sets the status in (`this.statusCode = status`). */
  readonly errorStatusProperties?: readonly string[];
  /** Route registration: the method that registers a HEAD route (`app.head(…)`), the decorator that marks one (`@Head()`). */
  readonly headRoutes?: { readonly method?: string; readonly decorator?: string };
  /** How the code says which operation (method and path) a handler serves. */
  readonly routes?: RouteForms;
}

/**
 * The forms that bind a handler to a method and a literal path, for the per-operation check.
 * The handler is the last function argument (or a function of the same file it names); the
 * middleware before it is not taken for the route's.
 */
export interface RouteForms {
  /** `app.get('/users/:id', handler)`: HTTP methods as method names (a Koa router's name may come before the path). */
  readonly methodCalls?: boolean;
  /** `app.on('GET', '/users/:id', handler)`: a method named so that takes the HTTP method (or a list of them) first. */
  readonly methodFirst?: string;
  /** `app.route({ method: 'GET', url: '/users/:id', handler })`: the method, and the keys of the object's path. */
  readonly routeObject?: { readonly name: string; readonly pathKeys: readonly string[] };
  /** `app.route('/users/:id').get(handler)`: the method that takes the path, whose result has the HTTP methods. */
  readonly pathThenMethod?: string;
  /** `app.use('/api', router)`, `app.route('/api', sub)`: the routes of the router mounted get the path before theirs. */
  readonly mounts?: readonly string[];
  /** `fastify.register(plugin, { prefix: '/api' })`: the routes the plugin function registers get the prefix. */
  readonly pluginPrefix?: { readonly name: string; readonly key: string };
  /** `new Router({ prefix: '/api' })` (@koa/router): a constructor option, by class name. */
  readonly constructorPrefix?: { readonly className: string; readonly key: string };
  /** `new Hono().basePath('/api')`: a method whose result registers routes under the path. */
  readonly basePathMethod?: string;
  /** Nest: `@Controller('users')` on the class, `@Get(':id')` on the method, from this package. */
  readonly decorators?: {
    readonly package: string;
    readonly controller: string;
    /** Decorator name → HTTP method; 'all' for `@All()`. */
    readonly methods: Readonly<Record<string, string>>;
    /**
     * The decorators that document an operation's responses in the code (`@nestjs/swagger`), on the
     * method or the whole class: each named one means its status (`@ApiNotFoundResponse()` → 404,
     * `'default'` for `@ApiDefaultResponse()`); `withStatus` takes it from its options (`@ApiResponse({ status: 404 })`).
     */
    readonly responses?: {
      readonly package: string;
      readonly byName: Readonly<Record<string, number | 'default'>>;
      readonly withStatus: string;
    };
  };
  /**
   * Documentation in a route's own options: the keys of the object at this key path document its
   * statuses (Fastify's `{ schema: { response: { 200: …, '4xx': … } } }`, in `app.get(path, options, handler)`
   * or `app.route({ …, schema })`).
   */
  readonly optionsResponses?: readonly string[];
  /**
   * Route definitions that carry their method, path and `responses`, registered with a handler:
   * `app.openapi(createRoute({ method, path, responses }), handler)` (`@hono/zod-openapi`).
   */
  readonly definedRoutes?: { readonly register: string; readonly define: string };
  /**
   * Contracts whose entries carry method, path and `responses`, implemented by an object of handlers
   * keyed as the contract is: `s.router(contract, { getPost: handler })`, with the contract
   * `c.router({ getPost: { method, path, responses } }, { pathPrefix, commonResponses })` (ts-rest).
   */
  readonly contracts?: { readonly routerMethods: readonly string[]; readonly pathPrefixKey: string; readonly commonResponsesKey: string };
  /** The packages whose import says the file may document its routes' responses in the code. */
  readonly documentationPackages?: readonly string[];
  /**
   * File-system routes: a file whose path matches `file` (its capture the route's path, with `[id]`
   * parameters and `(group)` folders), whose exports named for HTTP methods are the handlers; with
   * `defaultExport`, the default export is a handler of every method (Next.js API routes).
   */
  readonly files?: readonly { readonly file: RegExp; readonly prefix: string; readonly defaultExport?: boolean }[];
}
