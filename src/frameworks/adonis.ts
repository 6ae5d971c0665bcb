/** AdonisJS: `response.status(S).send(body)` and the methods that mean one status, `response.notFound(body)`. */
import { argument, bodyArgument, chain, fixedStatusForms, headersBefore, headersUntilSent, sinkHeaders } from './forms';
import type { FrameworkModule, MethodTable } from './types';

/** The methods of AdonisJS's `Response` that send one status with the body they take. */
const statusMethods: Readonly<Record<string, number>> = {
  ok: 200,
  created: 201,
  accepted: 202,
  nonAuthoritativeInformation: 203,
  partialContent: 206,
  multipleChoices: 300,
  movedPermanently: 301,
  movedTemporarily: 302,
  seeOther: 303,
  notModified: 304,
  useProxy: 305,
  temporaryRedirect: 307,
  badRequest: 400,
  unauthorized: 401,
  paymentRequired: 402,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  notAcceptable: 406,
  proxyAuthenticationRequired: 407,
  requestTimeout: 408,
  conflict: 409,
  gone: 410,
  lengthRequired: 411,
  preconditionFailed: 412,
  requestEntityTooLarge: 413,
  requestUriTooLong: 414,
  unsupportedMediaType: 415,
  requestedRangeNotSatisfiable: 416,
  expectationFailed: 417,
  unprocessableEntity: 422,
  tooManyRequests: 429,
  internalServerError: 500,
  notImplemented: 501,
  badGateway: 502,
  serviceUnavailable: 503,
  gatewayTimeout: 504,
  httpVersionNotSupported: 505,
};

const fixedMethods = fixedStatusForms(statusMethods, { body: bodyArgument(0), headers: headersBefore });
const methods: MethodTable = {
  ...fixedMethods,
  status: { status: argument(0), body: chain, headers: headersUntilSent },
  // No body: `response.noContent()`, `response.resetContent()`.
  noContent: { status: { kind: 'fixed', code: 204 }, body: { kind: 'none' }, headers: headersBefore },
  resetContent: { status: { kind: 'fixed', code: 205 }, body: { kind: 'none' }, headers: sinkHeaders('before') },
};

export const adonis: FrameworkModule = {
  id: 'adonis',
  title: 'AdonisJS',
  packages: ['@adonisjs/http-server', '@adonisjs/core'],
  droppedBodyFate: 'Node drops it',
  types: [{ kind: 'server-response', name: 'Response', packages: ['@adonisjs/http-server'] }],
  receiverMethods: { 'server-response': methods },
  untyped: {
    // By name only on what an HttpContext calls its response: `response.notFound(body)`, `ctx.response.notFound(body)`.
    methods: fixedMethods,
    claimsMethods: Object.keys(fixedMethods),
    onlyOn: { names: ['response'], suffixes: [] },
  },
  bodySenders: { send: 0, json: 0 },
};

export { statusMethods as adonisStatusMethods };
