/** Next.js route handlers: `NextResponse.json(x, { status })`, `new NextResponse(body, init)`. */
import { responseConstructor, responseStatics } from './fetch';
import type { FrameworkModule } from './types';

export const next: FrameworkModule = {
  id: 'next',
  title: 'Next.js',
  packages: ['next'],
  droppedBodyFate: 'the fetch Response constructor throws',
  types: [{ kind: 'fetch-response', name: 'NextResponse', packages: ['next'] }],
  responseClass: { className: 'NextResponse', constructorForm: responseConstructor, statics: responseStatics },
  emptyBody: { constructorArgument: true, methodArgument: { kind: 'construct' } },
};
