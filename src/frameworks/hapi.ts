/** hapi and Boom: `h.response(x).code(S)`, `throw Boom.notFound(msg)`. */
import { argument, fixedStatusForms, headersUntilSent, messageBody } from './forms';
import type { FrameworkModule } from './types';

/**
 * Boom's error makers and the status each answers with (tests/frameworks/hapi.test.ts checks the
 * list against the installed @hapi/boom). Without a message Boom's payload holds only the reason phrase.
 */
const boomStatuses: Readonly<Record<string, number>> = {
  badRequest: 400,
  unauthorized: 401,
  paymentRequired: 402,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  notAcceptable: 406,
  proxyAuthRequired: 407,
  clientTimeout: 408,
  conflict: 409,
  resourceGone: 410,
  lengthRequired: 411,
  preconditionFailed: 412,
  entityTooLarge: 413,
  uriTooLong: 414,
  unsupportedMediaType: 415,
  rangeNotSatisfiable: 416,
  expectationFailed: 417,
  teapot: 418,
  badData: 422,
  locked: 423,
  failedDependency: 424,
  tooEarly: 425,
  preconditionRequired: 428,
  tooManyRequests: 429,
  illegal: 451,
  internal: 500,
  badImplementation: 500,
  notImplemented: 501,
  badGateway: 502,
  serverUnavailable: 503,
  gatewayTimeout: 504,
};

// `Boom.unauthorized(msg, scheme)` sets WWW-Authenticate itself: the headers are Boom's to tell.
const boomSinks = fixedStatusForms(boomStatuses, { body: messageBody, headers: { kind: 'elsewhere' }, throws: true });

export const hapi: FrameworkModule = {
  id: 'hapi',
  title: 'hapi and Boom',
  packages: ['@hapi/hapi', '@hapi/boom'],
  droppedBodyFate: 'Node drops it',
  types: [{ kind: 'server-response', name: 'ResponseObject', packages: ['@hapi/hapi'] }],
  // `h.response(x).code(S)`: the body was given to `h.response`.
  receiverMethods: { 'server-response': { code: { status: argument(0), body: { kind: 'unknown' }, headers: headersUntilSent } } },
  functions: { modules: ['@hapi/boom'], packages: ['@hapi/boom'], sinks: boomSinks, namespace: true },
};

export { boomStatuses };
