/** Serverless handlers (AWS API Gateway, Lambda function URLs, Netlify): a returned `{ statusCode, body, headers }`. */
import { sinkHeaders } from './forms';
import type { FrameworkModule } from './types';

export const serverless: FrameworkModule = {
  id: 'serverless',
  title: 'Serverless handlers (`{ statusCode, body }`)',
  packages: ['@types/aws-lambda'],
  droppedBodyFate: 'the HTTP layer drops it',
  returnedResponse: {
    statusKey: 'statusCode',
    bodyKey: 'body',
    responseKeys: new Set(['body', 'headers', 'multiValueHeaders', 'isBase64Encoded', 'cookies']),
    // The returned object's own header maps; nothing else can add to them once it is returned.
    headers: sinkHeaders('none', [{ kind: 'own-properties', keys: ['headers', 'multiValueHeaders'] }]),
    handler: {
      kind: 'lambda-handler',
      // Type names of `@types/aws-lambda` that make a function a handler: its type, or its result's.
      handlerTypeNames: /^(?:Handler|\w+Handler(?:V2)?|APIGatewayProxy(?:Structured)?Result(?:V2)?|ALBResult|LambdaFunctionURLResult)$/u,
      eventParameter: /^_?(?:event|evt)$/u,
      contextParameter: /^_?(?:context|ctx)$/u,
    },
  },
};
