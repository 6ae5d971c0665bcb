/** Next.js pages router API routes: `res.status(S).json(body)`, `res.redirect(url)` on a `NextApiResponse`. */
import { argument, chain, headersUntilSent, nameSetter, noBody, redirectHeaders, writeHeadHeaders } from './forms';
import { statusCodeAssignment } from './node-http';
import type { FrameworkModule, MethodTable } from './types';

/** Node's `ServerResponse` with Express-like helpers; `res.redirect(url)` answers 307, not Express's 302. */
const methods: MethodTable = {
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  redirect: { status: { ...argument(0, 2), absent: 307 }, body: noBody, headers: redirectHeaders },
  writeHead: { status: argument(0), body: chain, headers: writeHeadHeaders },
};

export const nextPages: FrameworkModule = {
  id: 'next-pages',
  title: 'Next.js API routes (pages router)',
  packages: ['next'],
  droppedBodyFate: 'Node drops it',
  // `NextApiResponse` is `ServerResponse & { status, json, … }`: the alias decides, not Node's part of it.
  types: [{ kind: 'server-response', name: 'NextApiResponse', packages: ['next'] }],
  receiverMethods: { 'server-response': methods },
  statusAssignment: statusCodeAssignment,
  bodySenders: { send: 0, json: 0, end: 0, write: 0 },
  responseEnders: ['redirect'],
  chainThroughMethods: ['setHeader', 'removeHeader'],
  headerSetters: { setHeader: nameSetter, appendHeader: nameSetter },
  emptyBody: { senderCall: { method: 'end' } },
  // `pages/api/users/[id].ts`: its default export serves every method.
  routes: { files: [{ file: /(?:^|\/)pages\/(api(?:\/.*?)?)(?:\/index)?\.[cm]?[jt]sx?$/u, prefix: '', defaultExport: true }] },
};
