/** h3 (Nuxt, Nitro): `throw createError({ statusCode })`, `setResponseStatus(event, S)`, `sendRedirect(event, url, S)`. */
import { argument, locationHeader, noBody, sinkHeaders } from './forms';
import type { FrameworkModule } from './types';

export const h3: FrameworkModule = {
  id: 'h3',
  title: 'h3 (Nuxt, Nitro)',
  packages: ['h3'],
  droppedBodyFate: 'Node drops it',
  functions: {
    modules: ['h3'],
    packages: ['h3'],
    // Nuxt and Nitro import h3's utilities into server code by themselves.
    autoImported: true,
    sinks: {
      // h3 always answers an error with a JSON body of its own (`statusMessage`, `message`, `data`).
      createError: {
        status: { kind: 'init', index: 0, keys: ['statusCode', 'status'] },
        body: { kind: 'unknown' },
        headers: { kind: 'elsewhere' },
        throws: true,
      },
      setResponseStatus: { status: argument(1), body: { kind: 'unknown' }, headers: { kind: 'elsewhere' } },
      sendRedirect: { status: { ...argument(2), absent: 302 }, body: noBody, headers: sinkHeaders('none', [], locationHeader) },
    },
  },
};
