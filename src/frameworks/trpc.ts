/** tRPC: `throw new TRPCError({ code: 'NOT_FOUND' })`, sent with the HTTP status tRPC maps the code to. */
import type { FrameworkModule } from './types';

/**
 * tRPC's own table from an error code to the HTTP status it answers with (`getStatusCodeFromKey`
 * of @trpc/server; tests/frameworks/trpc.test.ts checks it against the installed package).
 */
const httpStatusOfCode: Readonly<Record<string, number>> = {
  PARSE_ERROR: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  TIMEOUT: 408,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_CONTENT: 422,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  CLIENT_CLOSED_REQUEST: 499,
  INTERNAL_SERVER_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
};

export const trpc: FrameworkModule = {
  id: 'trpc',
  title: 'tRPC',
  packages: ['@trpc/server'],
  droppedBodyFate: 'the server drops it',
  types: [{ kind: 'http-exception', name: 'TRPCError', packages: ['@trpc/server'] }],
  exceptionClass: {
    className: 'TRPCError',
    modules: ['@trpc/server'],
    packages: ['@trpc/server'],
    // tRPC answers every error with its JSON envelope, whose message defaults to the code.
    form: {
      status: { kind: 'mapped-key', index: 0, key: 'code', codes: httpStatusOfCode },
      body: { kind: 'unknown' },
      headers: { kind: 'elsewhere' },
      throws: true,
    },
    statusParameterNames: new Set(),
    headers: { kind: 'elsewhere' },
  },
};

export { httpStatusOfCode as trpcHttpStatusOfCode };
