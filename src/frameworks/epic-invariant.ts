/** @epic-web/invariant: `invariantResponse(condition, message, { status })` throws a fetch `Response` (400 by default). */
import { bodyArgument, sinkHeaders } from './forms';
import type { FrameworkModule } from './types';

export const epicInvariant: FrameworkModule = {
  id: 'epic-invariant',
  title: '@epic-web/invariant',
  packages: ['@epic-web/invariant'],
  droppedBodyFate: 'the fetch Response constructor throws',
  functions: {
    modules: ['@epic-web/invariant'],
    packages: ['@epic-web/invariant'],
    sinks: {
      // `new Response(message, { status: 400, ...responseInit })` when the condition fails.
      invariantResponse: {
        status: { kind: 'init', index: 2, absent: 400 },
        body: bodyArgument(1),
        headers: sinkHeaders('built', [{ kind: 'init', index: 2 }]),
        throws: true,
      },
    },
  },
};
