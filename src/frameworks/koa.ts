/** Koa: `ctx.status = S` with `ctx.body = x` anywhere on its path, `ctx.throw(S, msg)`, `ctx.assert(cond, S, msg)`. */
import { errorPropertyHeaders, impliedHeaders, messageBody, nameOrMapSetter, nameSetter, sinkHeaders } from './forms';
import type { FrameworkModule, MethodTable } from './types';

const contextMethods: MethodTable = {
  // Koa's error handler removes every header set before the throw and sets the error's `headers`.
  throw: { status: { kind: 'loose', from: 0 }, body: messageBody, headers: errorPropertyHeaders(0) },
  assert: { status: { kind: 'loose', from: 1 }, body: messageBody, headers: errorPropertyHeaders(1) },
};

export const koa: FrameworkModule = {
  id: 'koa',
  title: 'Koa',
  packages: ['koa', '@types/koa'],
  droppedBodyFate: 'Koa drops it',
  types: [
    { kind: 'koa-context', name: 'Context', packages: ['@types/koa'] },
    { kind: 'koa-context', name: 'ParameterizedContext', packages: ['@types/koa'] },
    { kind: 'koa-context', name: 'ExtendableContext', packages: ['@types/koa'] },
    { kind: 'koa-context', name: 'BaseContext', packages: ['@types/koa'] },
    { kind: 'koa-context', name: 'DefaultContext', packages: ['@types/koa'] },
    { kind: 'koa-response', name: 'Response', packages: ['@types/koa'] },
    { kind: 'koa-response', name: 'BaseResponse', packages: ['@types/koa'] },
  ],
  responseNames: { names: ['ctx', 'context'], suffixes: ['Ctx', 'Context'] },
  receiverMethods: { 'koa-context': contextMethods },
  untyped: { methods: contextMethods, claimsMethods: ['throw', 'assert'] },
  // Koa sends the context when the middleware returns: a header set anywhere in the function goes out with the status.
  statusAssignment: {
    kinds: ['koa-context', 'koa-response'],
    property: 'status',
    body: { kind: 'assigned-body' },
    headers: sinkHeaders('function'),
    byName: true,
  },
  // `ctx.response` has the same `status` and `body`.
  bodyProperty: { property: 'body', responseAliases: ['response'] },
  headerSetters: {
    set: nameOrMapSetter,
    append: nameSetter,
    redirect: impliedHeaders('Location'),
    type: impliedHeaders('Content-Type'),
    attachment: impliedHeaders('Content-Disposition'),
    vary: impliedHeaders('Vary'),
  },
  headRoutes: { method: 'head' },
  // @koa/router: `router.get('/x', handler)`, `new Router({ prefix: '/api' })`.
  routes: { methodCalls: true, constructorPrefix: { className: 'Router', key: 'prefix' } },
};
