/** Connect (connectrpc): `throw new ConnectError(msg, Code.NotFound)`, answered with the HTTP status the Connect protocol maps the code to. */
import type { FrameworkModule } from './types';

/**
 * The Connect protocol's table from an error code to its HTTP status (`codeToHttpStatus` of
 * @connectrpc/connect/protocol-connect; tests/frameworks/packages.test.ts checks it against the installed package).
 * gRPC and gRPC-web answer 200 and carry the code in a trailer; Connect's own protocol, which a
 * browser or `curl` speaks, answers with these.
 */
const httpStatusOfCode: Readonly<Record<string, number>> = {
  Canceled: 499,
  Unknown: 500,
  InvalidArgument: 400,
  DeadlineExceeded: 504,
  NotFound: 404,
  AlreadyExists: 409,
  PermissionDenied: 403,
  ResourceExhausted: 429,
  FailedPrecondition: 400,
  Aborted: 409,
  OutOfRange: 400,
  Unimplemented: 501,
  Internal: 500,
  Unavailable: 503,
  DataLoss: 500,
  Unauthenticated: 401,
};

export const connect: FrameworkModule = {
  id: 'connect',
  title: 'Connect (connectrpc)',
  packages: ['@connectrpc/connect'],
  droppedBodyFate: 'the server drops it',
  types: [{ kind: 'http-exception', name: 'ConnectError', packages: ['@connectrpc/connect'] }],
  exceptionClass: {
    className: 'ConnectError',
    modules: ['@connectrpc/connect'],
    packages: ['@connectrpc/connect'],
    // Connect answers every error with its JSON envelope `{ code, message, details }`.
    form: {
      // Without a code, `Code.Unknown`.
      status: { kind: 'mapped-key', index: 1, enumName: 'Code', codes: httpStatusOfCode, absent: 500 },
      body: { kind: 'unknown' },
      headers: { kind: 'elsewhere' },
      throws: true,
    },
    statusParameterNames: new Set(),
    headers: { kind: 'elsewhere' },
  },
};

export { httpStatusOfCode as connectHttpStatusOfCode };
