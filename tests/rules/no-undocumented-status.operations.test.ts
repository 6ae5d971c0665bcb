/**
 * no-undocumented-status per operation: each handler may send only what its operation documents
 * (tests/fixtures/openapi/operations.yaml, served under /v1), through the real RuleTester, with
 * and without types.
 */
import path from 'node:path';
import type { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-undocumented-status';
import { createEspreeRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester';

type Rule = Parameters<RuleTester['run']>[1];
// Absolute: the typed tester runs from the typed fixture's folder.
const source = path.join(__dirname, '..', 'fixtures', 'openapi', 'operations.yaml');
const nestSource = path.join(__dirname, '..', 'fixtures', 'openapi', 'nest-operations.yaml');
const settings = { 'http-status': { source } };
const origin = source;

const forOperation = (status: string, operation: string, documented: string, line: number, column: number) => ({
  messageId: 'undocumentedForOperation' as const,
  data: { status, operation, origin, documents: 'documents', documented },
  line,
  column,
});

const testers = [
  ['untyped', createRuleTester()],
  ['typed', createTypedRuleTester()],
] as const;

for (const [mode, tester] of testers) {
  tester.run(`no-undocumented-status: per operation (${mode})`, rule as unknown as Rule, {
    valid: [
      // What the operation documents, its class (4XX) and its default response.
      {
        code: "import express from 'express';\nconst app = express();\napp.get('/v1/users/:id', (req, res) => res.status(404).json({ error: 'x' }));\napp.delete('/v1/users/:id', (req, res) => res.status(418).json({ error: 'x' }));\napp.post('/v1/events', (req, res) => res.status(503).json({ error: 'x' }));",
        settings,
      },
      // Outside a handler of a documented route, the API-wide table applies (201 is documented by POST /users).
      { code: "export function created(res: any) {\n  return res.status(201).json({});\n}", settings },
      // A route the documents lack is left to the API-wide table unless reportUnknownRoutes.
      { code: "import express from 'express';\nconst app = express();\napp.get('/health', (req, res) => res.status(200).end());", settings },
      // Nest: @HttpCode() sets the status its handler answers.
      {
        code: "import { Controller, HttpCode, Post } from '@nestjs/common';\n@Controller('v1/users')\nexport class Users {\n  @Post() @HttpCode(409) create() { return { error: 'taken' }; }\n}",
        settings,
      },
    ],
    invalid: [
      // Express: an inline handler, a named handler of the same file, a router mounted with a prefix.
      {
        code: "import express from 'express';\nconst app = express();\nconst router = express.Router();\napp.use('/v1', router);\nrouter.get('/users/:id', (req, res) => res.status(409).json({ error: 'x' }));\nrouter.post('/users', createUser);\nfunction createUser(req: any, res: any) {\n  res.status(404).json({ error: 'x' });\n}",
        settings,
        errors: [
          forOperation('409 (Conflict)', 'GET /v1/users/{id}', '200, 404', 5, 51),
          forOperation('404 (Not Found)', 'POST /v1/users', '201, 409', 8, 14),
        ],
      },
      // Express: app.route(path).get(handler); functions defined in the handler are its.
      {
        code: "import express from 'express';\nconst app = express();\napp.route('/v1/users/me').get((req, res) => {\n  const deny = () => res.status(403).json({ error: 'x' });\n  return deny();\n});",
        settings,
        errors: [forOperation('403 (Forbidden)', 'GET /v1/users/me', '200, 401', 4, 33)],
      },
      // Fastify: the route object, and a plugin registered with a prefix.
      {
        code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.route({ method: 'GET', url: '/v1/users', handler: async (req, reply) => reply.code(500).send({ error: 'x' }) });\napp.register(plugin, { prefix: '/v1' });\nasync function plugin(fastify: any) {\n  fastify.delete('/users/:id', async (req: any, reply: any) => reply.code(500).send({ error: 'x' }));\n}",
        settings,
        errors: [
          forOperation('500 (Internal Server Error)', 'GET /v1/users', '200', 3, 88),
          forOperation('500 (Internal Server Error)', 'DELETE /v1/users/{id}', '204, 4XX', 6, 75),
        ],
      },
      // Hono: app.on, and basePath.
      {
        code: "import { Hono } from 'hono';\nconst app = new Hono().basePath('/v1');\napp.on('GET', '/users/:id', (c) => c.json({ error: 'x' }, 410));\napp.post('/users', (c) => c.json({ ok: true }, 200));",
        settings,
        errors: [
          forOperation('410 (Gone)', 'GET /v1/users/{id}', '200, 404', 3, 59),
          forOperation('200 (OK)', 'POST /v1/users', '201, 409', 4, 48),
        ],
      },
      // @koa/router with a prefix.
      {
        code: "import Router from '@koa/router';\nconst router = new Router({ prefix: '/v1' });\nrouter.get('/users', (ctx) => {\n  ctx.status = 503;\n  ctx.body = { error: 'x' };\n});",
        settings,
        errors: [forOperation('503 (Service Unavailable)', 'GET /v1/users', '200', 4, 16)],
      },
      // Nest: a thrown exception of a handler, and the 201 Nest answers @Post() with.
      {
        code: "import { ConflictException, Controller, Get, Post } from '@nestjs/common';\n@Controller('v1/users')\nexport class Users {\n  @Get(':id') find() { throw new ConflictException('x'); }\n  @Post('../events') create() { return { ok: true }; }\n}",
        settings,
        errors: [forOperation('409 (Conflict)', 'GET /v1/users/{id}', '200, 404', 4, 34)],
      },
    ],
  });
}

// File-system routes (the typed fixture project holds a file at each of these paths), reportUnknownRoutes, basePath, Nest's implicit status.
for (const [mode, tester] of testers) tester.run(`no-undocumented-status: per operation, file routes and options (${mode})`, rule as unknown as Rule, {
  valid: [
    {
      code: 'export async function GET() {\n  return Response.json({ id: 1 });\n}',
      filename: 'src/app/v1/users/[id]/route.ts',
      settings,
    },
  ],
  invalid: [
    {
      code: "export async function GET() {\n  return Response.json({ error: 'x' }, { status: 410 });\n}",
      filename: 'src/app/v1/(api)/users/[id]/route.ts',
      settings,
      errors: [forOperation('410 (Gone)', 'GET /v1/users/{id}', '200, 404', 2, 50)],
    },
    {
      // A pages API route serves every method: documented by any operation of its path.
      code: "export default function handler(req: any, res: any) {\n  if (req.method === 'DELETE') return res.status(204).end();\n  return res.status(500).json({ error: 'x' });\n}",
      filename: 'pages/api/users/[id].ts',
      settings: { 'http-status': { source, basePath: '/v1' } },
      errors: [forOperation('500 (Internal Server Error)', 'GET /v1/api/users/{id}', '200, 404', 3, 21)],
    },
    {
      code: "export const POST = async () => new Response(null, { status: 500 });",
      filename: 'src/routes/v1/users/+server.ts',
      settings,
      errors: [forOperation('500 (Internal Server Error)', 'POST /v1/users', '201, 409', 1, 62)],
    },
    {
      code: "import express from 'express';\nconst app = express();\napp.get('/users/:id', (req, res) => res.status(409).json({ error: 'x' }));",
      settings: { 'http-status': { source, basePath: '/v1' } },
      errors: [forOperation('409 (Conflict)', 'GET /v1/users/{id}', '200, 404', 3, 48)],
    },
    {
      code: "import express from 'express';\nconst app = express();\napp.get('/health', (req, res) => res.status(200).end());",
      settings,
      options: [{ reportUnknownRoutes: true }],
      errors: [{ messageId: 'unknownRoute', data: { route: 'GET /health', origin }, line: 3, column: 1 }],
    },
    {
      code: "import { Controller, Post } from '@nestjs/common';\n@Controller({ path: 'v1/users/:id' })\nexport class Users {\n  @Post() create() { return { id: 1 }; }\n}",
      settings: { 'http-status': { source: nestSource } },
      errors: [
        {
          messageId: 'undocumentedImplicitStatus',
          data: { operation: 'POST /v1/users/{id}', status: '201 (Created)', origin: nestSource, documents: 'documents', documented: '200' },
          line: 4,
          column: 3,
        },
      ],
    },
  ],
});

// Nest's @nestjs/swagger decorators document each operation in the code, on the method and on the class; no document needed.
for (const [mode, tester] of testers) {
  tester.run(`no-undocumented-status: operations documented by the Nest swagger decorators (${mode})`, rule as unknown as Rule, {
    valid: [
      {
        code: "import { Controller, Get, NotFoundException } from '@nestjs/common';\nimport { ApiNotFoundResponse, ApiOkResponse } from '@nestjs/swagger';\n@Controller('users')\nexport class Users {\n  @Get(':id') @ApiOkResponse() @ApiNotFoundResponse()\n  find() { throw new NotFoundException('no such user'); }\n}",
      },
      // @ApiOperation() and @ApiTags() document no response: the route is not documented in the code (novu's controllers).
      {
        code: "import { Controller, Get, Post } from '@nestjs/common';\nimport { ApiOperation, ApiTags } from '@nestjs/swagger';\n@ApiTags('users')\n@Controller('users')\nexport class Users {\n  @Get() @ApiOperation({ summary: 'List users' })\n  list() { return []; }\n  @Post() @ApiOperation({ summary: 'Create a user' })\n  create() { return { id: 1 }; }\n}",
      },
      // A response decorator of the project's own may document anything: the swagger ones beside it are not the whole list.
      {
        code: "import { BadRequestException, Controller, Get } from '@nestjs/common';\nimport { ApiOkResponse } from '@nestjs/swagger';\nimport { ApiCommonResponses } from './api-responses';\n@ApiCommonResponses()\n@Controller('users')\nexport class Users {\n  @Get() @ApiOkResponse()\n  list() { throw new BadRequestException('x'); }\n}",
      },
      // A status the decorators compute cannot be told: anything may be documented.
      {
        code: "import { BadRequestException, Controller, Get } from '@nestjs/common';\nimport { ApiResponse } from '@nestjs/swagger';\ndeclare const status: number;\n@Controller('users')\nexport class Users {\n  @Get() @ApiResponse({ status })\n  list() { throw new BadRequestException('x'); }\n}",
      },
    ],
    invalid: [
      {
        // A class-level response documents every method; a BadRequestException is in none of them.
        code: "import { BadRequestException, Controller, Get, HttpStatus } from '@nestjs/common';\nimport { ApiConflictResponse, ApiOkResponse, ApiResponse } from '@nestjs/swagger';\n@ApiConflictResponse()\n@Controller('users')\nexport class Users {\n  @Get(':id') @ApiOkResponse() @ApiResponse({ status: HttpStatus.NOT_FOUND })\n  find() { throw new BadRequestException('id is required'); }\n}",
        errors: [
          {
            messageId: 'undocumentedForOperation',
            data: {
              status: '400 (Bad Request)',
              operation: 'GET /users/:id',
              origin: 'the @nestjs/swagger decorators of Users.find',
              documents: 'document',
              documented: '200, 404, 409',
            },
            line: 7,
            column: 22,
          },
        ],
      },
      {
        // Documented 200, answered 201 by Nest; and a 204 that returns a body is another rule's.
        code: "import { Controller, Post } from '@nestjs/common';\nimport { ApiOkResponse } from '@nestjs/swagger';\n@Controller('users')\nexport class Users {\n  @Post() @ApiOkResponse()\n  create() { return { id: 1 }; }\n}",
        errors: [
          {
            messageId: 'undocumentedImplicitStatus',
            data: {
              operation: 'POST /users',
              status: '201 (Created)',
              origin: 'the @nestjs/swagger decorators of Users.create',
              documents: 'document',
              documented: '200',
            },
            line: 5,
            column: 3,
          },
        ],
      },
    ],
  });
}

/** A finding of a route that its own code documents (no document needed). */
const documentedInCode = (status: string, operation: string, origin: string, documents: string, documented: string, line: number, column: number) => ({
  messageId: 'undocumentedForOperation' as const,
  data: { status, operation, origin, documents, documented },
  line,
  column,
});

// Fastify's schema.response, @hono/zod-openapi's createRoute and ts-rest's contract document each route in the code.
for (const [mode, tester] of testers) {
  tester.run(`no-undocumented-status: operations documented by route schemas and contracts (${mode})`, rule as unknown as Rule, {
    valid: [
      // A class of statuses ('4xx') and a code of the schema.
      {
        code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/users/:id', { schema: { response: { 200: {}, '4xx': {} } } }, async (req, reply) => reply.code(404).send({ error: 'x' }));",
      },
      // Keys that cannot be read (untyped), or a type with an index signature (typed), document any status.
      {
        code: "import Fastify from 'fastify';\nconst app = Fastify();\nconst status: number = 200;\napp.get('/users/:id', { schema: { response: { [status]: {} } } }, async (req, reply) => reply.code(409).send({ error: 'x' }));",
      },
      // A route without a response schema documents nothing in the code: the API-wide table applies.
      {
        code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/users/:id', { schema: { params: {} } }, async (req, reply) => reply.code(409).send({ error: 'x' }));",
      },
      // Responses spread from this file's constant.
      {
        code: "import { OpenAPIHono, createRoute } from '@hono/zod-openapi';\nconst app = new OpenAPIHono();\nconst errors = { 404: { description: 'missing' } };\nconst getUser = createRoute({ method: 'get', path: '/users/{id}', responses: { 200: { description: 'ok' }, ...errors } });\napp.openapi(getUser, (c) => c.json({ error: 'x' }, 404));",
      },
      // ts-rest: the contract's entry documents the handler's status, nested contracts too.
      {
        code: "import { initContract } from '@ts-rest/core';\nimport { initServer } from '@ts-rest/express';\nconst c = initContract();\nconst contract = c.router({ posts: c.router({ getPost: { method: 'GET', path: '/posts/:id', responses: { 200: c.type<{ id: string }>(), 404: c.type<{ message: string }>() } } }) });\nconst s = initServer();\nexport const router = s.router(contract, { posts: { getPost: async () => ({ status: 404, body: { message: 'x' } }) } });",
      },
    ],
    invalid: [
      {
        // Inline options of app.get, and route options read from this file's constant.
        code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/users/:id', { schema: { response: { 200: {}, 404: {} } } }, async (req, reply) => reply.code(409).send({ error: 'x' }));\nconst schema = { response: { 201: {} } };\napp.route({ method: 'POST', url: '/users', schema, handler: async (req, reply) => reply.code(200).send({}) });",
        errors: [
          documentedInCode('409 (Conflict)', 'GET /users/:id', "the route's schema.response", 'documents', '200, 404', 3, 104),
          documentedInCode('200 (OK)', 'POST /users', "the route's schema.response", 'documents', '201', 5, 94),
        ],
      },
      {
        // createRoute's responses, with the prefix of the route's mount.
        code: "import { OpenAPIHono, createRoute } from '@hono/zod-openapi';\nconst api = new OpenAPIHono();\nconst app = new OpenAPIHono();\napp.route('/v2', api);\nconst getUser = createRoute({ method: 'get', path: '/users/{id}', responses: { 200: { description: 'ok' }, 404: { description: 'missing' } } });\napi.openapi(getUser, (c) => c.json({ error: 'x' }, 409));",
        errors: [documentedInCode('409 (Conflict)', 'GET /v2/users/{id}', 'the responses of getUser', 'document', '200, 404', 6, 52)],
      },
      {
        // A ts-rest contract with a path prefix and common responses.
        code: "import { initContract } from '@ts-rest/core';\nimport { initServer } from '@ts-rest/express';\nconst c = initContract();\nconst contract = c.router({ getPost: { method: 'GET', path: '/posts/:id', responses: { 200: c.type<{ id: string }>() } } }, { pathPrefix: '/v1', commonResponses: { 500: c.type<{ message: string }>() } });\nconst s = initServer();\nexport const router = s.router(contract, {\n  getPost: async () => ({ status: 404, body: { message: 'x' } }),\n});",
        errors: [documentedInCode('404 (Not Found)', 'GET /v1/posts/:id', 'the responses of contract.getPost', 'document', '200, 500', 7, 35)],
      },
    ],
  });
}

// Definitions of another file: read from their types, and out of reach without them.
createRuleTester().run('no-undocumented-status: route definitions of another file (untyped)', rule as unknown as Rule, {
  valid: [
    {
      code: "import { OpenAPIHono } from '@hono/zod-openapi';\nimport { getUserRoute } from './route-definitions.js';\nconst app = new OpenAPIHono();\napp.openapi(getUserRoute, (c) => c.json({ error: 'x' }, 409));",
    },
  ],
  invalid: [
    {
      // Responses spread from another module cannot be read: the route is still one of the code, checked against the document.
      code: "import { OpenAPIHono, createRoute } from '@hono/zod-openapi';\nimport { errorResponses } from './route-definitions.js';\nconst app = new OpenAPIHono();\nconst getUser = createRoute({ method: 'get', path: '/v1/users/{id}', responses: { 200: { description: 'ok' }, ...errorResponses } });\napp.openapi(getUser, (c) => c.json({ error: 'x' }, 409));",
      settings,
      errors: [forOperation('409 (Conflict)', 'GET /v1/users/{id}', '200, 404', 5, 52)],
    },
  ],
});
createTypedRuleTester().run('no-undocumented-status: route definitions of another file (typed)', rule as unknown as Rule, {
  valid: [
    // 401 is documented by the responses spread from the other file.
    {
      code: "import { OpenAPIHono } from '@hono/zod-openapi';\nimport { getUserRoute } from './route-definitions.js';\nconst app = new OpenAPIHono();\napp.openapi(getUserRoute, (c) => c.json({ error: 'x' }, 401));",
    },
  ],
  invalid: [
    {
      code: "import { OpenAPIHono } from '@hono/zod-openapi';\nimport { getUserRoute } from './route-definitions.js';\nconst app = new OpenAPIHono();\napp.openapi(getUserRoute, (c) => c.json({ error: 'x' }, 409));",
      errors: [documentedInCode('409 (Conflict)', 'GET /users/{id}', 'the responses of getUserRoute', 'document', '200, 400, 401', 4, 57)],
    },
    {
      code: "import { initServer } from '@ts-rest/express';\nimport { postsContract } from './route-definitions.js';\nconst s = initServer();\nexport const router = s.router(postsContract, {\n  getPost: async () => ({ status: 403, body: { message: 'x' } }),\n});",
      errors: [documentedInCode('403 (Forbidden)', 'GET /v1/posts/:id', 'the responses of postsContract.getPost', 'document', '200, 404', 5, 35)],
    },
    {
      code: "import Fastify from 'fastify';\nimport { userSchema } from './route-definitions.js';\nconst app = Fastify();\napp.get('/users/:id', { schema: userSchema }, async (req, reply) => reply.code(500).send({ error: 'x' }));",
      errors: [documentedInCode('500 (Internal Server Error)', 'GET /users/:id', "the route's schema.response", 'documents', '200, 4XX', 4, 80)],
    },
  ],
});

// Plain JavaScript through espree, whose classes have no `decorators`: a Fastify controller of classes (unleash's, compiled).
createEspreeRuleTester().run('no-undocumented-status: routes of plain JavaScript (espree)', rule as unknown as Rule, {
  valid: [],
  invalid: [
    {
      code: "class Controller {\n  register(app) {\n    app.get('/users/:id', { schema: { response: { 200: {} } } }, async (req, reply) => reply.code(404).send({ error: 'x' }));\n  }\n}",
      errors: [documentedInCode('404 (Not Found)', 'GET /users/:id', "the route's schema.response", 'documents', '200', 3, 99)],
    },
  ],
});
