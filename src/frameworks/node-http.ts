/** Node's own `http` module: `res.writeHead(S, headers)`, `res.statusCode = S`, `res.end(body)`. */
import { argument, chain, headersUntilSent, nameSetter, mapSetter, writeHeadHeaders } from './forms';
import type { FrameworkModule, MethodTable, StatusAssignment } from './types';

const methods: MethodTable = {
  // Headers are final once written: later `setHeader` calls throw.
  writeHead: { status: argument(0), body: chain, headers: writeHeadHeaders },
};

/** `res.statusCode = S` on any server response (Express's and Fastify's have it too); the body follows on the same response. */
export const statusCodeAssignment: StatusAssignment = {
  kinds: ['server-response'],
  property: 'statusCode',
  body: chain,
  headers: headersUntilSent,
};

export const nodeHttp: FrameworkModule = {
  id: 'node-http',
  title: 'Node `http`',
  packages: ['@types/node'],
  droppedBodyFate: 'Node drops it',
  types: [
    { kind: 'server-response', name: 'ServerResponse', packages: ['@types/node'] },
    { kind: 'server-response', name: 'OutgoingMessage', packages: ['@types/node'] },
    { kind: 'incoming-message', name: 'IncomingMessage', packages: ['@types/node'] },
  ],
  nonHttpStatusTypes: [{ name: 'SpawnSyncReturns', packages: ['@types/node'] }],
  responseNames: { names: ['res', 'response'], suffixes: ['Res', 'Response'] },
  receiverMethods: { 'server-response': methods },
  untyped: { methods, claimsMethods: ['writeHead'] },
  // Without types, `x.statusCode = S` is Node's.
  statusAssignment: { ...statusCodeAssignment, byName: true },
  bodySenders: { end: 0, write: 0 },
  chainThroughMethods: ['setHeader', 'removeHeader'],
  headerSetters: { setHeader: nameSetter, appendHeader: nameSetter, setHeaders: mapSetter },
  emptyBody: { senderCall: { method: 'end' } },
};
