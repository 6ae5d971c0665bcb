/** SvelteKit: `error(404, msg)` and `redirect(303, url)` thrown from load functions and actions, `json(x, { status })`. */
import { argument, bodyArgument, locationHeader, noBody, sinkHeaders } from './forms';
import type { FrameworkModule, SinkForm } from './types';

const initHeaders = sinkHeaders('built', [{ kind: 'init', index: 1 }]);
const bodyWithInit: SinkForm = { status: { kind: 'init', index: 1 }, body: bodyArgument(0), headers: initHeaders };

export const sveltekit: FrameworkModule = {
  id: 'sveltekit',
  title: 'SvelteKit',
  packages: ['@sveltejs/kit'],
  droppedBodyFate: 'the fetch Response constructor throws',
  // `src/routes/users/[id]/+server.ts` exports `GET`, `POST` …
  routes: { files: [{ file: /(?:^|\/)src\/routes\/(.*?)\/?\+server\.[cm]?[jt]s$/u, prefix: '' }] },
  functions: {
    modules: ['@sveltejs/kit'],
    packages: ['@sveltejs/kit'],
    sinks: {
      // Without a body SvelteKit sends `{ message: 'Error: 404' }`, or renders its error page with it.
      error: { status: argument(0), body: { kind: 'message', withoutOne: 'unknown' }, headers: sinkHeaders('none'), throws: true },
      redirect: { status: argument(0), body: noBody, headers: sinkHeaders('none', [], locationHeader), throws: true },
      json: bodyWithInit,
      text: bodyWithInit,
    },
  },
};
