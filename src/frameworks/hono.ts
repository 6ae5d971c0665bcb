/** Hono: `c.json(body, S, headers)`, `c.status(S); return c.text(body)`, `c.redirect(url, S)`, `new HTTPException(S, options)`. */
import { argument, bodyArgument, chain, headersUntilSent, nameOrMapSetter, noBody, redirectHeaders, sinkHeaders } from './forms';
import type { FrameworkModule, MethodTable, SinkForm } from './types';

const bodyMethod: SinkForm = {
  status: { kind: 'status-or-init', index: 1 },
  body: bodyArgument(0),
  headers: sinkHeaders('before', [
    { kind: 'init', index: 1 },
    { kind: 'map', index: 2 },
  ]),
};
const bodyMethods: MethodTable = { json: bodyMethod, text: bodyMethod, html: bodyMethod, body: bodyMethod, newResponse: bodyMethod };
const contextMethods: MethodTable = {
  ...bodyMethods,
  // `c.status(S); return c.json(body)`: the next body method sends with it.
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  redirect: { status: { ...argument(1), absent: 302 }, body: noBody, headers: redirectHeaders },
};

export const hono: FrameworkModule = {
  id: 'hono',
  title: 'Hono',
  packages: ['hono'],
  droppedBodyFate: "Hono's fetch Response constructor throws",
  types: [
    { kind: 'hono-context', name: 'Context', packages: ['hono'] },
    { kind: 'http-exception', name: 'HTTPException', packages: ['hono'] },
  ],
  responseNames: { names: ['c', 'context'], suffixes: ['Context'] },
  receiverMethods: { 'hono-context': contextMethods },
  untyped: {
    // By name, `json(body, S)` needs its second argument to look like a status (see the sink search).
    methods: { ...contextMethods, redirect: { status: { kind: 'redirect', statusFirst: false, absent: 302 }, body: noBody, headers: redirectHeaders } },
    claimsMethods: Object.keys(bodyMethods),
    claimsReceivers: { names: ['c', 'context'], suffixes: ['Context'] },
  },
  // After `c.status(S)`.
  bodySenders: { json: 0, text: 0, html: 0, body: 0, newResponse: 0 },
  headerSetters: { header: nameOrMapSetter },
  emptyBody: {
    senderCall: { method: 'body', argument: 'null' },
    methodArgument: { kind: 'nullable-methods', methods: ['body', 'newResponse'] },
  },
  headRoutes: { method: 'head' },
  routes: {
    methodCalls: true,
    methodFirst: 'on',
    mounts: ['route'],
    basePathMethod: 'basePath',
    // `@hono/zod-openapi`: `app.openapi(createRoute({ method, path, responses }), handler)`.
    definedRoutes: { register: 'openapi', define: 'createRoute' },
    documentationPackages: ['@hono/zod-openapi'],
  },
  // `throw new HTTPException(401, { message })`: Hono's error handler sends its response.
  exceptionClass: {
    className: 'HTTPException',
    modules: ['hono/http-exception', 'hono'],
    packages: ['hono'],
    form: { status: argument(0), body: { kind: 'unknown' }, headers: { kind: 'elsewhere' }, throws: true },
    statusParameterNames: new Set(['status']),
    headers: { kind: 'elsewhere' },
  },
};
