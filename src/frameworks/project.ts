/**
 * The project's own senders: its helpers and error classes (`badRequest(res, msg)`, `new ApiError(404, msg)`),
 * seen in the file that declares them, or named in `settings['http-status'].senders`.
 */
import type { FrameworkModule } from './types';

export const project: FrameworkModule = {
  id: 'project',
  title: 'The project’s own helpers and error classes',
  packages: [],
  droppedBodyFate: 'the server drops it',
  // Express, Koa and Fastify error handlers send an error's `status` or `statusCode`.
  errorStatusProperties: ['status', 'statusCode'],
};
