/** ts-rest: a router implementation's handlers return `{ status, body }`, sent as that HTTP status. */
import { sinkHeaders } from './forms';
import type { FrameworkModule } from './types';

const packages = ['@ts-rest/core', '@ts-rest/express', '@ts-rest/fastify', '@ts-rest/nest', '@ts-rest/next', '@ts-rest/serverless'];

export const tsRest: FrameworkModule = {
  id: 'ts-rest',
  title: 'ts-rest',
  packages,
  droppedBodyFate: 'the server drops it',
  returnedResponse: {
    statusKey: 'status',
    bodyKey: 'body',
    responseKeys: new Set(['body', 'headers']),
    headers: sinkHeaders('none', [{ kind: 'own-properties', keys: ['headers'] }]),
    // `s.router(contract, { getPost: async () => ({ status: 200, body }) })`, `tsr.router(…)`, nested routers too.
    handler: { kind: 'router-implementation', routerMethods: ['router'] },
  },
  // The contract documents each handler's responses: `c.router({ getPost: { method, path, responses } })`.
  routes: {
    contracts: { routerMethods: ['router'], pathPrefixKey: 'pathPrefix', commonResponsesKey: 'commonResponses' },
    documentationPackages: packages,
  },
};
