/** React Router 7 and Remix loaders and actions: `data(x, { status })`, `json(x, S)`, `redirect(url, S)`. */
import { bodyArgument, locationHeader, noBody, sinkHeaders } from './forms';
import type { FrameworkModule, SinkForm } from './types';

const initHeaders = sinkHeaders('built', [{ kind: 'init', index: 1 }]);
const withBody: SinkForm = { status: { kind: 'status-or-init', index: 1 }, body: bodyArgument(0), headers: initHeaders };
// `redirect(url)` and `redirect(url, { headers })` answer 302.
const redirect: SinkForm = {
  status: { kind: 'status-or-init', index: 1, absent: 302 },
  body: noBody,
  headers: sinkHeaders('built', [{ kind: 'init', index: 1 }], locationHeader),
};

export const reactRouter: FrameworkModule = {
  id: 'react-router',
  title: 'React Router / Remix',
  packages: ['react-router', '@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime'],
  droppedBodyFate: 'the fetch Response constructor throws',
  functions: {
    modules: ['react-router', '@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime'],
    packages: ['react-router', '@remix-run/server-runtime', '@remix-run/router'],
    sinks: { data: withBody, json: withBody, redirect, redirectDocument: redirect, replace: redirect },
  },
};
