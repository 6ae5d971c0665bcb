/**
 * NestJS: `new HttpException(body, S)`, its built-in subclasses (`new NotFoundException()`) and a project's own,
 * `@HttpCode(S)`, `@Redirect(url, S)`, `@Header(name, value)`.
 */
import { argument, bodyArgument, locationHeader, messageBody, noBody, sinkHeaders } from './forms';
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
    modules: [nestPackage],
    packages: [nestPackage],
    form: { status: argument(1), body: bodyArgument(0), headers: exceptionHeaders, throws: true },
    statusParameterNames: new Set(['status', 'statusCode', 'httpStatus', 'httpStatusCode']),
    headers: exceptionHeaders,
    // Every built-in exception of @nestjs/common (tests/frameworks/nestjs.test.ts checks the list against the package).
    subclasses: {
      BadRequestException: 400,
      UnauthorizedException: 401,
      ForbiddenException: 403,
      NotFoundException: 404,
      MethodNotAllowedException: 405,
      NotAcceptableException: 406,
      RequestTimeoutException: 408,
      ConflictException: 409,
      GoneException: 410,
      PreconditionFailedException: 412,
      PayloadTooLargeException: 413,
      UnsupportedMediaTypeException: 415,
      ImATeapotException: 418,
      MisdirectedException: 421,
      UnprocessableEntityException: 422,
      InternalServerErrorException: 500,
      NotImplementedException: 501,
      BadGatewayException: 502,
      ServiceUnavailableException: 503,
      GatewayTimeoutException: 504,
      HttpVersionNotSupportedException: 505,
    },
    // `new NotFoundException('No such user')`, `new BadRequestException({ errors })`; without one Nest sends the reason phrase.
    subclassBody: messageBody,
  },
  methodDecorators: {
    package: nestPackage,
    sinks: {
      // The method's return value is the body, unless it takes the response itself (`@Res()`).
      HttpCode: { status: argument(0), body: { kind: 'method-return' }, headers: sinkHeaders('none', [{ kind: 'method-decorators' }]) },
      Redirect: { status: argument(1), body: noBody, headers: sinkHeaders('none', [], locationHeader) },
    },
    headerDecorator: 'Header',
    responseParameterDecorators: new Set(['Res', 'Response', 'Next']),
  },
  headRoutes: { decorator: 'Head' },
};
