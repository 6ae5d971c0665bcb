/** Express: `res.status(S).json(body)`, `res.sendStatus(S)`, `res.redirect(S, url)`. */
import {
  argument,
  chain,
  headersBefore,
  headersUntilSent,
  impliedHeaders,
  nameOrMapSetter,
  nameSetter,
  redirectHeaders,
  redirectNote,
  statusText,
  writeHeadHeaders,
} from './forms';
import { statusCodeAssignment } from './node-http';
import type { FrameworkModule, MethodTable } from './types';

const methods: MethodTable = {
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  sendStatus: { status: argument(0), body: statusText, headers: headersBefore },
  // `res.redirect(url)` sends 302; `res.redirect(status, url)` sets it.
  redirect: { status: { ...argument(0, 2), absent: 302 }, body: redirectNote, headers: redirectHeaders },
  writeHead: { status: argument(0), body: chain, headers: writeHeadHeaders },
};

export const express: FrameworkModule = {
  id: 'express',
  title: 'Express',
  packages: ['express', '@types/express'],
  droppedBodyFate: 'Node drops it',
  types: [{ kind: 'server-response', name: 'Response', packages: ['@types/express', '@types/express-serve-static-core'] }],
  responseNames: { names: ['res', 'response'], suffixes: ['Res', 'Response'] },
  requestNames: { names: ['req', 'request'], suffixes: ['Req', 'Request'] },
  receiverMethods: { 'server-response': methods },
  untyped: {
    // Without types a redirect's status may be on either side of the URL; Express puts it first.
    // `res.redirect(url)` by name may be a Next API route's, which sends 307: the status is not told.
    methods: { ...methods, redirect: { status: { kind: 'redirect', statusFirst: true }, body: redirectNote, headers: redirectHeaders } },
    claimsMethods: ['sendStatus'],
    isDefault: true,
  },
  statusAssignment: statusCodeAssignment,
  bodySenders: { send: 0, json: 0, jsonp: 0, end: 0, write: 0, sendFile: 0, download: 0, render: 0 },
  responseEnders: ['redirect', 'sendStatus'],
  chainThroughMethods: [
    'append',
    'attachment',
    'clearCookie',
    'contentType',
    'cookie',
    'header',
    'links',
    'location',
    'removeHeader',
    'set',
    'setHeader',
    'type',
    'vary',
  ],
  headerSetters: {
    set: nameOrMapSetter,
    header: nameOrMapSetter,
    setHeader: nameSetter,
    append: nameSetter,
    location: impliedHeaders('Location'),
    redirect: impliedHeaders('Location'),
    type: impliedHeaders('Content-Type'),
    contentType: impliedHeaders('Content-Type'),
    attachment: impliedHeaders('Content-Disposition'),
    vary: impliedHeaders('Vary'),
    links: impliedHeaders('Link'),
    cookie: impliedHeaders('Set-Cookie'),
    // The file senders answer range requests themselves, with Content-Range.
    sendFile: impliedHeaders('Content-Type', 'Content-Range'),
    download: impliedHeaders('Content-Type', 'Content-Disposition', 'Content-Range'),
  },
  emptyBody: { senderCall: { method: 'end' } },
  headRoutes: { method: 'head' },
  routes: { methodCalls: true, pathThenMethod: 'route', mounts: ['use'] },
};
