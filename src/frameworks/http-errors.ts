/** http-errors (Express and Koa error handlers send them): `createError(404, 'x')`, `new createError[404]()`. */
import { messageBody, sinkHeaders } from './forms';
import type { FrameworkModule } from './types';

const packages = ['@types/http-errors', 'http-errors'];

export const httpErrors: FrameworkModule = {
  id: 'http-errors',
  title: 'http-errors',
  packages: ['http-errors', '@types/http-errors'],
  droppedBodyFate: 'the server drops it',
  types: [{ kind: 'http-error', name: 'HttpError', packages }],
  errorFactory: {
    module: 'http-errors',
    packages,
    names: new Set(['createError', 'createHttpError', 'httpErrors']),
    form: {
      status: { kind: 'loose', from: 0 },
      body: messageBody,
      headers: sinkHeaders('error', [{ kind: 'error-properties', from: 0 }]),
    },
  },
};
