/** NestJS: `new HttpException(body, S)` and its subclasses, `@HttpCode(S)`, `@Redirect(url, S)`, `@Header(name, value)`. */
import { argument, bodyArgument, locationHeader, noBody, sinkHeaders, unknownBody } from './forms';
import type { FrameworkModule, HeaderSources } from './types';

const nestPackage = '@nestjs/common';
/** Nest's exceptions: headers come from filters, guards or interceptors the code of the sink does not show. */
const exceptionHeaders: HeaderSources = { kind: 'elsewhere' };

export const nestjs: FrameworkModule = {
  id: 'nestjs',
  title: 'NestJS',
  packages: [nestPackage],
  droppedBodyFate: 'the server drops it',
  types: [{ kind: 'http-exception', name: 'HttpException', packages: [nestPackage] }],
  statusGetters: { 'http-exception': ['getStatus'] },
  exceptionClass: {
    // The base class names its status parameter `status`.
    className: 'HttpException',
    package: nestPackage,
    form: { status: argument(1), body: bodyArgument(0), headers: exceptionHeaders },
    statusParameterNames: new Set(['status', 'statusCode', 'httpStatus', 'httpStatusCode']),
    headers: exceptionHeaders,
  },
  methodDecorators: {
    package: nestPackage,
    sinks: {
      HttpCode: { status: argument(0), body: unknownBody, headers: sinkHeaders('none', [{ kind: 'method-decorators' }]) },
      Redirect: { status: argument(1), body: noBody, headers: sinkHeaders('none', [], locationHeader) },
    },
    headerDecorator: 'Header',
    responseParameterDecorators: new Set(['Res', 'Response', 'Next']),
  },
  headRoutes: { decorator: 'Head' },
};
