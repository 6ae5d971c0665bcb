/**
 * Where each framework SENDS a status: which methods, properties, constructors and
 * decorators take one, in which argument, and where the body sent with it is.
 * Plain data beside `frameworks.ts` (which knows the types); `sinks.ts` matches code
 * against it. Rules never name a framework method themselves.
 */
import type { Framework, HttpObjectKind } from './frameworks';

/** Where the status is among a call's arguments. */
export type StatusPosition =
  /** Argument `index`, when the call has at least `minArguments` arguments. */
  | { readonly kind: 'argument'; readonly index: number; readonly minArguments?: number }
  /** Argument `index` is the status itself or an init object `{ status }` (Hono, `NextResponse.redirect`). */
  | { readonly kind: 'status-or-init'; readonly index: number }
  /** Argument `index` is an init object `{ status }` (fetch `Response`, `Response.json`). */
  | { readonly kind: 'init'; readonly index: number }
  /**
   * http-errors' loose order: from argument `from` on, the first argument that is not a
   * message, an error or a properties object (`createError(404, 'x')`, `ctx.throw('x', 404)`).
   */
  | { readonly kind: 'loose'; readonly from: number }
  /** A redirect whose status comes before or after the URL: whichever argument is not the URL. */
  | { readonly kind: 'redirect' };

/** Where the body sent with the status is. */
export type BodyPosition =
  /** Argument `index` (missing means no body). */
  | { readonly kind: 'argument'; readonly index: number }
  /** The call returns the response: a chained call (`.json(body)`, `.end()`) or a later statement on the same receiver sends the body. */
  | { readonly kind: 'chain' }
  /** Koa: the `ctx.body` assignments of the same function. */
  | { readonly kind: 'koa-body' }
  /** http-errors and `ctx.throw`: the message or error argument; without one the framework sends the reason phrase. */
  | { readonly kind: 'message' }
  /** The framework writes its own text: the reason phrase (`sendStatus`) or a redirect note (Express `redirect`). */
  | { readonly kind: 'default'; readonly source: DefaultBodySource }
  /** No body at all (fetch `Response.redirect`, Hono `c.redirect`). */
  | { readonly kind: 'none' }
  /** The sink does not say (`@HttpCode`, `c.status(S)`). */
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
  /** NestJS: `@Header(name, value)` decorators of the same method; a `@Res()` parameter may set any header. */
  | { readonly kind: 'nest-method' };

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
}

export interface FrameworkSinkForm extends SinkForm {
  readonly framework: Framework;
}

const argument = (index: number, minArguments?: number): StatusPosition =>
  minArguments === undefined ? { kind: 'argument', index } : { kind: 'argument', index, minArguments };
const bodyArgument = (index: number): BodyPosition => ({ kind: 'argument', index });
const chain: BodyPosition = { kind: 'chain' };
const statusText: BodyPosition = { kind: 'default', source: 'status-text' };
const redirectNote: BodyPosition = { kind: 'default', source: 'redirect-note' };
const noBody: BodyPosition = { kind: 'none' };
const unknownBody: BodyPosition = { kind: 'unknown' };
const messageBody: BodyPosition = { kind: 'message' };

const sinkHeaders = (
  response: ResponseHeaderScope,
  args: readonly HeaderArgument[] = [],
  implied: readonly string[] = [],
): HeaderSources => ({ kind: 'sink', arguments: args, implied, response });
const headersBefore = sinkHeaders('before');
const headersUntilSent = sinkHeaders('until-sent');
const locationHeader = ['Location'];
const redirectHeaders = sinkHeaders('before', [], locationHeader);
const writeHeadHeaders = sinkHeaders('before', [{ kind: 'map-after-message', from: 1 }]);
const errorPropertyHeaders = (from: number): HeaderSources => sinkHeaders('none', [{ kind: 'error-properties', from }]);
/** Nest's exceptions: headers come from filters, guards or interceptors the code of the sink does not show. */
export const nestExceptionHeaders: HeaderSources = { kind: 'elsewhere' };

type MethodTable = Readonly<Record<string, SinkForm>>;

const expressMethods: MethodTable = {
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  sendStatus: { status: argument(0), body: statusText, headers: headersBefore },
  // `res.redirect(url)` keeps 302; `res.redirect(status, url)` sets it.
  redirect: { status: argument(0, 2), body: redirectNote, headers: redirectHeaders },
  // Headers are final once written: later `setHeader` calls throw.
  writeHead: { status: argument(0), body: chain, headers: writeHeadHeaders },
};

const nodeHttpMethods: MethodTable = {
  writeHead: { status: argument(0), body: chain, headers: writeHeadHeaders },
};

const fastifyMethods: MethodTable = {
  code: { status: argument(0), body: chain, headers: headersUntilSent },
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  redirect: { status: argument(1), body: noBody, headers: redirectHeaders },
};

const koaContextMethods: MethodTable = {
  // Koa's error handler removes every header set before the throw and sets the error's `headers`.
  throw: { status: { kind: 'loose', from: 0 }, body: messageBody, headers: errorPropertyHeaders(0) },
  assert: { status: { kind: 'loose', from: 1 }, body: messageBody, headers: errorPropertyHeaders(1) },
};

const honoBodyMethod: SinkForm = {
  status: { kind: 'status-or-init', index: 1 },
  body: bodyArgument(0),
  headers: sinkHeaders('before', [
    { kind: 'init', index: 1 },
    { kind: 'map', index: 2 },
  ]),
};
const honoContextMethods: MethodTable = {
  json: honoBodyMethod,
  text: honoBodyMethod,
  html: honoBodyMethod,
  body: honoBodyMethod,
  newResponse: honoBodyMethod,
  // `c.status(S); return c.json(body)`: the next body method sends with it.
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  redirect: { status: argument(1), body: noBody, headers: redirectHeaders },
};

/** Methods of a receiver whose declared type is known, by its framework and kind. */
export function methodsOfReceiver(framework: Framework, kind: HttpObjectKind): MethodTable | undefined {
  switch (kind) {
    case 'server-response':
      if (framework === 'express') return expressMethods;
      if (framework === 'fastify') return fastifyMethods;
      return nodeHttpMethods;
    case 'koa-context':
      return koaContextMethods;
    case 'hono-context':
      return honoContextMethods;
    default:
      return undefined;
  }
}

/**
 * Without types: every method a response-like name may send a status with. Where
 * frameworks disagree on a name, the form that fits them all: `redirect` takes its
 * status before or after the URL; `json(body, S)` needs two arguments.
 */
export const methodsByName: MethodTable = {
  ...expressMethods,
  ...fastifyMethods,
  ...koaContextMethods,
  json: { ...honoBodyMethod },
  text: honoBodyMethod,
  html: honoBodyMethod,
  body: honoBodyMethod,
  newResponse: honoBodyMethod,
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  redirect: { status: { kind: 'redirect' }, body: redirectNote, headers: redirectHeaders },
};

/** The form of a name-matched call, once its framework is guessed: only Express's redirect writes a body. */
export function methodFormByName(method: string, framework: Framework): SinkForm | undefined {
  const form = Object.hasOwn(methodsByName, method) ? methodsByName[method] : undefined;
  if (form && method === 'redirect' && framework !== 'express') return { ...form, body: noBody };
  return form;
}

/** Every method name any framework sends a status with: the cheap first filter. */
export const sinkMethodNames: ReadonlySet<string> = new Set([
  ...Object.keys(methodsByName),
  ...Object.keys(expressMethods),
  ...Object.keys(fastifyMethods),
  ...Object.keys(honoContextMethods),
  ...Object.keys(koaContextMethods),
]);

/** The fewest arguments a call needs for this position to hold a status. */
export function minimumStatusArguments(position: StatusPosition): number {
  switch (position.kind) {
    case 'argument':
      return Math.max(position.index + 1, position.minArguments ?? 0);
    case 'status-or-init':
    case 'init':
      return position.index + 1;
    case 'loose':
      return position.from + 1;
    case 'redirect':
      return 2;
  }
}

/**
 * Per method name, the fewest arguments any framework's form of it needs to hold a
 * status: `response.json()` and `res.text(body)` hold none, whatever the receiver is,
 * so they never cost a type query.
 */
export const statusArgumentsByMethod: ReadonlyMap<string, number> = (() => {
  const fewest = new Map<string, number>();
  for (const table of [methodsByName, expressMethods, nodeHttpMethods, fastifyMethods, koaContextMethods, honoContextMethods]) {
    for (const [method, form] of Object.entries(table)) {
      const needed = minimumStatusArguments(form.status);
      fewest.set(method, Math.min(needed, fewest.get(method) ?? needed));
    }
  }
  return fewest;
})();

/** The framework a name-matched call most likely belongs to, for messages and the next rules. */
export function guessFramework(method: string, receiverName: string | undefined): Framework {
  switch (method) {
    case 'sendStatus':
      return 'express';
    case 'writeHead':
      return 'node-http';
    case 'code':
      return 'fastify';
    case 'throw':
    case 'assert':
      return 'koa';
    case 'json':
    case 'text':
    case 'html':
    case 'body':
    case 'newResponse':
      return 'hono';
    default: {
      const name = receiverName ?? '';
      if (name === 'reply' || name.endsWith('Reply')) return 'fastify';
      if (name === 'c' || name === 'context' || name.endsWith('Context')) return 'hono';
      return 'express';
    }
  }
}

/* ---------- Assignments: `res.statusCode = S`, `ctx.status = S` ---------- */

/** Koa sends the context when the middleware returns: a header set anywhere in the function goes out with the status. */
const koaHeaders = sinkHeaders('function');

/** Status properties a server assigns, by receiver kind (typed). */
export function assignedStatusProperty(
  kind: HttpObjectKind,
): { property: string; body: BodyPosition; headers: HeaderSources } | undefined {
  switch (kind) {
    case 'server-response':
      return { property: 'statusCode', body: chain, headers: headersUntilSent };
    case 'koa-context':
    case 'koa-response':
      return { property: 'status', body: { kind: 'koa-body' }, headers: koaHeaders };
    default:
      return undefined;
  }
}

/** Without types: `x.statusCode = S` is Node's, `x.status = S` is Koa's. */
export const assignedStatusByName: Readonly<Record<string, FrameworkSinkForm>> = {
  statusCode: { framework: 'node-http', status: argument(0), body: chain, headers: headersUntilSent },
  status: { framework: 'koa', status: argument(0), body: { kind: 'koa-body' }, headers: koaHeaders },
};

/** Koa sends whatever was assigned to `ctx.body` (or `ctx.response.body`). */
export const koaBodyProperty = 'body';
/** Koa's `ctx.response`, which has the same `status` and `body`. */
export const koaResponseProperty = 'response';

/* ---------- Chained and later calls that send the body ---------- */

/**
 * Methods that send the body on a response whose status was just set, with the
 * argument that holds it: `res.status(S).json(body)`, `reply.code(S).send(body)`,
 * `res.writeHead(S); res.end(body)`, `c.status(S); return c.text(body)`.
 */
export const bodySenders: Readonly<Record<string, number>> = {
  send: 0,
  json: 0,
  jsonp: 0,
  end: 0,
  write: 0,
  sendFile: 0,
  download: 0,
  render: 0,
  // Hono, after `c.status(S)`.
  text: 0,
  html: 0,
  body: 0,
  newResponse: 0,
};

/* ---------- Sending no body ---------- */

/**
 * How each framework ends a response with no body once its status is set, in
 * place of a body sender: `res.status(204).end()`, `reply.code(204).send()`,
 * `c.status(204); return c.body(null)`.
 */
export const emptyBodyCalls: Readonly<Partial<Record<Framework, { readonly method: string; readonly argument?: string }>>> = {
  express: { method: 'end' },
  'node-http': { method: 'end' },
  fastify: { method: 'send' },
  hono: { method: 'body', argument: 'null' },
};

/** The body value that means "no body" for a body argument or assignment: `new Response(null, init)`, `c.body(null, S)`, `ctx.body = null`. */
export const emptyBodyValue = 'null';

/** Hono body methods that take `null`; another body method (`c.json(x, S)`) becomes the first of these. */
export const nullableBodyMethods: readonly string[] = ['body', 'newResponse'];

/** Methods that set headers and return the response, so a chain goes on through them. */
export const chainThroughMethods: ReadonlySet<string> = new Set([
  'append',
  'attachment',
  'clearCookie',
  'contentType',
  'cookie',
  'header',
  'headers',
  'links',
  'location',
  'removeHeader',
  'set',
  'setHeader',
  'type',
  'vary',
]);

/* ---------- Constructors and static factories ---------- */

/** `new Response(body, { status })`, `new NextResponse(…)`. */
const fetchInitHeaders = sinkHeaders('built', [{ kind: 'init', index: 1 }]);
export const fetchResponseConstructor: SinkForm = {
  status: { kind: 'init', index: 1 },
  body: bodyArgument(0),
  // Cloudflare Workers: `new Response(null, { status: 101, webSocket })` hands the socket
  // to the runtime, which writes the switch with its Upgrade header.
  headers: sinkHeaders('built', [{ kind: 'init', index: 1, implied: { webSocket: ['Upgrade'] } }]),
};

/** Static methods of the fetch `Response` class (and `NextResponse`). */
export const fetchResponseStatics: MethodTable = {
  json: { status: { kind: 'init', index: 1 }, body: bodyArgument(0), headers: fetchInitHeaders },
  redirect: {
    status: { kind: 'status-or-init', index: 1 },
    body: noBody,
    headers: sinkHeaders('built', [{ kind: 'init', index: 1 }], locationHeader),
  },
};

/** The fetch `Response` classes as names, for code without types. */
export const fetchResponseClassNames: Readonly<Record<string, Framework>> = {
  Response: 'fetch',
  NextResponse: 'next',
};

/** `new HttpException(body, status)`: Nest's base class names its status parameter `status`. */
export const httpExceptionClassName = 'HttpException';
export const httpExceptionForm: SinkForm = { status: argument(1), body: bodyArgument(0), headers: nestExceptionHeaders };
/** Constructor parameter names that take a status (typed subclasses of HttpException). */
export const statusParameterNames: ReadonlySet<string> = new Set(['status', 'statusCode', 'httpStatus', 'httpStatusCode']);

/** NestJS method decorators that set the status, from @nestjs/common. */
export const nestDecorators: Readonly<Record<string, SinkForm>> = {
  HttpCode: { status: argument(0), body: unknownBody, headers: sinkHeaders('none', [{ kind: 'nest-method' }]) },
  Redirect: { status: argument(1), body: noBody, headers: sinkHeaders('none', [], locationHeader) },
};
export const nestPackage = '@nestjs/common';
/** The NestJS method decorator that sets a response header: `@Header('WWW-Authenticate', 'Bearer')`. */
export const nestHeaderDecorator = 'Header';
/** NestJS parameter decorators that hand the method the response itself, which may then set any header. */
export const nestResponseParameterDecorators: ReadonlySet<string> = new Set(['Res', 'Response', 'Next']);

/** http-errors: `createError(404, 'x')`, `new createError[404]()`. */
export const httpErrorsModule = 'http-errors';
export const httpErrorsPackages: readonly string[] = ['@types/http-errors', 'http-errors'];
export const httpErrorsForm: SinkForm = {
  status: { kind: 'loose', from: 0 },
  body: messageBody,
  headers: sinkHeaders('error', [{ kind: 'error-properties', from: 0 }]),
};
/** The names http-errors is usually imported as, for code where the import is not visible. */
export const httpErrorsNames: ReadonlySet<string> = new Set(['createError', 'createHttpError', 'httpErrors']);

/* ---------- Serverless: a returned `{ statusCode, body }` ---------- */

export const serverlessStatusKey = 'statusCode';
/** The returned object's own header maps; nothing else can add to them once it is returned. */
export const serverlessHeaders: HeaderSources = sinkHeaders('none', [
  { kind: 'own-properties', keys: ['headers', 'multiValueHeaders'] },
]);
export const serverlessBodyKey = 'body';
/** Keys that, beside `statusCode`, make an object literal an API Gateway style response. */
export const serverlessResponseKeys: ReadonlySet<string> = new Set([
  'body',
  'headers',
  'multiValueHeaders',
  'isBase64Encoded',
  'cookies',
]);

/* ---------- Calls that set headers on a response ---------- */

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

const nameSetter: HeaderSetter = { kind: 'name' };
const nameOrMapSetter: HeaderSetter = { kind: 'name-or-map' };
const implied = (...names: string[]): HeaderSetter => ({ kind: 'implied', names });

/**
 * Header-setting methods of Express, Node `http`, Fastify, Koa (`ctx` and `ctx.response`) and Hono,
 * matched on the response a status is sent on.
 */
export const headerSetters: Readonly<Record<string, HeaderSetter>> = {
  set: nameOrMapSetter,
  header: nameOrMapSetter,
  setHeader: nameSetter,
  appendHeader: nameSetter,
  append: nameSetter,
  headers: { kind: 'map' },
  setHeaders: { kind: 'map' },
  location: implied('Location'),
  redirect: implied('Location'),
  type: implied('Content-Type'),
  contentType: implied('Content-Type'),
  attachment: implied('Content-Disposition'),
  vary: implied('Vary'),
  links: implied('Link'),
  cookie: implied('Set-Cookie'),
  // Express's file senders answer range requests themselves, with Content-Range.
  sendFile: implied('Content-Type', 'Content-Range'),
  download: implied('Content-Type', 'Content-Disposition', 'Content-Range'),
};

/** Methods that send the response, after which no header can be set: the body senders, redirects and `sendStatus`. */
export const responseEnders: ReadonlySet<string> = new Set([...Object.keys(bodySenders), 'redirect', 'sendStatus']);

/** Classes whose constructor takes a header map or a list of pairs: `new Headers({ … })`, `new Map([[name, value]])`. */
export const headerMapClassNames: ReadonlySet<string> = new Set(['Headers', 'Map']);

/** The key of an init or properties object that holds the header map: `{ status, headers }`. */
export const headersKey = 'headers';
