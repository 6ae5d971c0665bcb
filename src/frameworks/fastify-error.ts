/** @fastify/error: `const NotFound = createError('E_NOT_FOUND', 'No %s', 404)`, then `throw new NotFound(id)`. */
import { argument } from './forms';
import type { FrameworkModule } from './types';

export const fastifyError: FrameworkModule = {
  id: 'fastify-error',
  title: '@fastify/error',
  packages: ['@fastify/error'],
  droppedBodyFate: 'Fastify drops it',
  functions: {
    modules: ['@fastify/error'],
    packages: ['@fastify/error'],
    // The default export makes an error class with that status; each `new` of the class sends it (500 when left out).
    sinks: { default: { status: argument(2), body: { kind: 'unknown' }, headers: { kind: 'elsewhere' }, throws: true } },
  },
};
