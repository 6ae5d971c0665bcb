/** Elysia: `return status(404, 'Not found')`, with `status` imported from elysia or taken from the handler's context. */
import { argument, bodyArgument } from './forms';
import type { FrameworkModule, SinkForm } from './types';

const statusWithBody: SinkForm = { status: argument(0), body: bodyArgument(1), headers: { kind: 'elsewhere' } };

export const elysia: FrameworkModule = {
  id: 'elysia',
  title: 'Elysia',
  packages: ['elysia'],
  droppedBodyFate: 'the fetch Response constructor throws',
  // `error` is the name Elysia 1.x gave `status` before 1.3.
  functions: { modules: ['elysia'], packages: ['elysia'], sinks: { status: statusWithBody, error: statusWithBody }, fromContext: true },
};
