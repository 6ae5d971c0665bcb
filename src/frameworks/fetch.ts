/** The fetch API's `Response`: `new Response(body, { status, headers })`, `Response.json(x, init)`, `Response.redirect(url, S)`. */
import { bodyArgument, locationHeader, noBody, sinkHeaders } from './forms';
import type { FrameworkModule, MethodTable, SinkForm } from './types';

const initHeaders = sinkHeaders('built', [{ kind: 'init', index: 1 }]);

// Without an init's `status`, a response is sent with 200.
export const responseConstructor: SinkForm = {
  status: { kind: 'init', index: 1, absent: 200 },
  body: bodyArgument(0),
  // Cloudflare Workers: `new Response(null, { status: 101, webSocket })` hands the socket
  // to the runtime, which writes the switch with its Upgrade header.
  headers: sinkHeaders('built', [{ kind: 'init', index: 1, implied: { webSocket: ['Upgrade'] } }]),
};

/** Static methods of the fetch `Response` class (and of classes that extend it, such as `NextResponse`). */
export const responseStatics: MethodTable = {
  json: { status: { kind: 'init', index: 1, absent: 200 }, body: bodyArgument(0), headers: initHeaders },
  // `Response.redirect(url)` answers 302.
  redirect: {
    status: { kind: 'status-or-init', index: 1, absent: 302 },
    body: noBody,
    headers: sinkHeaders('built', [{ kind: 'init', index: 1 }], locationHeader),
  },
};

export const fetchApi: FrameworkModule = {
  id: 'fetch',
  title: 'fetch `Response` (Workers, Bun, Deno, undici)',
  packages: ['typescript (lib.dom)', '@types/node', 'undici-types', 'bun-types', '@cloudflare/workers-types'],
  droppedBodyFate: 'the fetch Response constructor throws',
  types: [
    {
      kind: 'fetch-response',
      name: 'Response',
      packages: ['typescript', '@types/node', 'undici-types', 'undici', 'bun-types', '@cloudflare/workers-types'],
    },
  ],
  responseClass: { className: 'Response', constructorForm: responseConstructor, statics: responseStatics },
  headerMapClasses: ['Headers'],
  // A static factory always writes its body: `Response.json(x, init)` becomes `new Response(null, init)`.
  emptyBody: { constructorArgument: true, methodArgument: { kind: 'construct' } },
};
