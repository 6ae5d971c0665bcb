/**
 * NestJS: `new HttpException(body, S)`, its built-in subclasses (`new NotFoundException()`) and a project's own,
 * `@HttpCode(S)`, `@Redirect(url, S)`, `@Header(name, value)`.
 */
import { argument, bodyArgument, locationHeader, messageBody, noBody, sinkHeaders } from './forms';
import type { FrameworkModule, HeaderSources } from './types';

const nestPackage = '@nestjs/common';
/** Nest's exceptions: headers come from filters, guards or interceptors the code of the sink does not show. */
const exceptionHeaders: HeaderSources = { kind: 'elsewhere' };

/** The `@nestjs/swagger` decorators that each document one response of an operation, with its status. */
const apiResponseDecorators: Readonly<Record<string, number | 'default'>> = {
  ApiContinueResponse: 100,
  ApiSwitchingProtocolsResponse: 101,
  ApiProcessingResponse: 102,
  ApiEarlyhintsResponse: 103,
  ApiOkResponse: 200,
  ApiCreatedResponse: 201,
  ApiAcceptedResponse: 202,
  ApiNonAuthoritativeInformationResponse: 203,
  ApiNoContentResponse: 204,
  ApiResetContentResponse: 205,
  ApiPartialContentResponse: 206,
  ApiAmbiguousResponse: 300,
  ApiMovedPermanentlyResponse: 301,
  ApiFoundResponse: 302,
  ApiSeeOtherResponse: 303,
  ApiNotModifiedResponse: 304,
  ApiTemporaryRedirectResponse: 307,
  ApiPermanentRedirectResponse: 308,
  ApiBadRequestResponse: 400,
  ApiUnauthorizedResponse: 401,
  ApiPaymentRequiredResponse: 402,
  ApiForbiddenResponse: 403,
  ApiNotFoundResponse: 404,
  ApiMethodNotAllowedResponse: 405,
  ApiNotAcceptableResponse: 406,
  ApiProxyAuthenticationRequiredResponse: 407,
  ApiRequestTimeoutResponse: 408,
  ApiConflictResponse: 409,
  ApiGoneResponse: 410,
  ApiLengthRequiredResponse: 411,
  ApiPreconditionFailedResponse: 412,
  ApiPayloadTooLargeResponse: 413,
  ApiUriTooLongResponse: 414,
  ApiUnsupportedMediaTypeResponse: 415,
  ApiRequestedRangeNotSatisfiableResponse: 416,
  ApiExpectationFailedResponse: 417,
  ApiIAmATeapotResponse: 418,
  ApiMisdirectedResponse: 421,
  ApiUnprocessableEntityResponse: 422,
  ApiFailedDependencyResponse: 424,
  ApiPreconditionRequiredResponse: 428,
  ApiTooManyRequestsResponse: 429,
  ApiInternalServerErrorResponse: 500,
  ApiNotImplementedResponse: 501,
  ApiBadGatewayResponse: 502,
  ApiServiceUnavailableResponse: 503,
  ApiGatewayTimeoutResponse: 504,
  ApiHttpVersionNotSupportedResponse: 505,
  ApiDefaultResponse: 'default',
};

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
  routes: {
    decorators: {
      package: '@nestjs/common',
      controller: 'Controller',
      methods: { Get: 'get', Post: 'post', Put: 'put', Delete: 'delete', Patch: 'patch', Options: 'options', Head: 'head', All: 'all' },
      // tests/frameworks/packages.test.ts checks these against the installed @nestjs/swagger.
      responses: { package: '@nestjs/swagger', byName: apiResponseDecorators, withStatus: 'ApiResponse' },
    },
  },
};

export { apiResponseDecorators };
