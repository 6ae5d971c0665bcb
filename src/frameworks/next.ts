/**
 * Next.js: route handlers' `NextResponse.json(x, { status })` and `new NextResponse(body, init)`; the
 * navigation functions that end a request with a status: `notFound()`, `redirect(url)`, `permanentRedirect(url)`.
 */
import { locationHeader, noBody, sinkHeaders } from './forms';
import { responseConstructor, responseStatics } from './fetch';
import type { FrameworkModule, SinkForm } from './types';

const rendered = { kind: 'unknown' } as const;
const navigation = (code: number): SinkForm => ({ status: { kind: 'fixed', code }, body: rendered, headers: { kind: 'elsewhere' }, throws: true });
// A route handler's or server component's `redirect(url)` answers 307 (a server action's, 303); `permanentRedirect`, 308.
const redirect = (code: number): SinkForm => ({
  status: { kind: 'fixed', code },
  body: noBody,
  headers: sinkHeaders('none', [], locationHeader),
  throws: true,
});

export const next: FrameworkModule = {
  id: 'next',
  title: 'Next.js',
  packages: ['next'],
  droppedBodyFate: 'the fetch Response constructor throws',
  types: [{ kind: 'fetch-response', name: 'NextResponse', packages: ['next'] }],
  responseClass: {
    className: 'NextResponse',
    constructorForm: responseConstructor,
    // `NextResponse.redirect(url)` answers 307, not the fetch `Response.redirect`'s 302.
    statics: { ...responseStatics, redirect: { ...responseStatics.redirect!, status: { kind: 'status-or-init', index: 1, absent: 307 } } },
  },
  emptyBody: { constructorArgument: true, methodArgument: { kind: 'construct' } },
  // The App Router: `app/users/[id]/route.ts` exports `GET`, `POST` …
  routes: { files: [{ file: /(?:^|\/)app\/(.*?)\/?route\.[cm]?[jt]sx?$/u, prefix: '' }] },
  functions: {
    modules: ['next/navigation'],
    packages: ['next'],
    sinks: {
      notFound: navigation(404),
      unauthorized: navigation(401),
      forbidden: navigation(403),
      redirect: redirect(307),
      permanentRedirect: redirect(308),
    },
  },
};
