/** Fastify: `reply.code(S).send(body)`, `reply.redirect(url, S)`. */
import { argument, chain, headersUntilSent, impliedHeaders, mapSetter, nameOrMapSetter, noBody, redirectHeaders } from './forms';
import { statusCodeAssignment } from './node-http';
import type { FrameworkModule, MethodTable } from './types';

const methods: MethodTable = {
  code: { status: argument(0), body: chain, headers: headersUntilSent },
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  redirect: { status: { ...argument(1), absent: 302 }, body: noBody, headers: redirectHeaders },
};

export const fastify: FrameworkModule = {
  id: 'fastify',
  title: 'Fastify',
  packages: ['fastify'],
  droppedBodyFate: 'Fastify drops it',
  types: [{ kind: 'server-response', name: 'FastifyReply', packages: ['fastify'] }],
  responseNames: { names: ['reply'], suffixes: ['Reply'] },
  receiverMethods: { 'server-response': methods },
  untyped: {
    methods: { ...methods, redirect: { status: { kind: 'redirect', statusFirst: false, absent: 302 }, body: noBody, headers: redirectHeaders } },
    claimsMethods: ['code'],
    claimsReceivers: { names: ['reply'], suffixes: ['Reply'] },
  },
  statusAssignment: statusCodeAssignment,
  bodySenders: { send: 0 },
  chainThroughMethods: ['header', 'headers', 'type', 'removeHeader'],
  headerSetters: {
    header: nameOrMapSetter,
    headers: mapSetter,
    type: impliedHeaders('Content-Type'),
    redirect: impliedHeaders('Location'),
  },
  emptyBody: { senderCall: { method: 'send' } },
  headRoutes: { method: 'head' },
  routes: {
    methodCalls: true,
    routeObject: { name: 'route', pathKeys: ['url', 'path'] },
    pluginPrefix: { name: 'register', key: 'prefix' },
    optionsResponses: ['schema', 'response'],
    // A plugin file that imports its schemas may not write the keys.
    documentationPackages: ['fastify'],
  },
};
