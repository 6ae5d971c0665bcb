/**
 * The rules on the sinks and reads issue 14 added, through the real RuleTester, without types and
 * with types from the real packages (@nestjs/common, @trpc/server, hono, @sveltejs/kit, h3,
 * react-router, next, @hapi/boom, @fastify/error, elysia, @adonisjs/http-server).
 */
import type { RuleTester } from '@typescript-eslint/rule-tester';
import noBodyOnBodilessStatus from '../../rules/no-body-on-bodiless-status';
import noHardcodedStatusComparison from '../../rules/no-hardcoded-status-comparison';
import noUndocumentedStatus from '../../rules/no-undocumented-status';
import requireErrorBody from '../../rules/require-error-body';
import requireStatusHeaders from '../../rules/require-status-headers';
import { createRuleTester, createTypedRuleTester } from '../rule-tester';

type Rule = Parameters<RuleTester['run']>[1];
const asRule = (rule: unknown): Rule => rule as Rule;
const onlyOk = { 'http-status': { codes: [200] } };
const testers = [
  ['untyped', createRuleTester()],
  ['typed', createTypedRuleTester()],
] as const;

const undocumented = (status: string, line: number, column: number) => ({
  messageId: 'undocumentedStatus' as const,
  data: { status, origin: "settings['http-status'].codes" },
  line,
  column,
});

for (const [mode, tester] of testers) {
  tester.run(`no-undocumented-status: the sends of issue 14 (${mode})`, asRule(noUndocumentedStatus), {
    valid: [
      // The same names from elsewhere send nothing.
      { code: "import { NotFoundException } from './errors';\nthrow new NotFoundException();", settings: onlyOk },
      { code: 'function notFound() { return 1; }\nnotFound();', settings: onlyOk },
      // Without types a code in a variable cannot be told (with types its literal type is: see below).
      ...(mode === 'untyped'
        ? [{ code: "import { TRPCError } from '@trpc/server';\ndeclare const code: 'NOT_FOUND';\nthrow new TRPCError({ code });", settings: onlyOk }]
        : []),
    ],
    invalid: [
      {
        code: "import { NotFoundException } from '@nestjs/common';\nthrow new NotFoundException('No such order');",
        settings: onlyOk,
        errors: [undocumented('404 (Not Found)', 2, 11)],
      },
      {
        code: "import { ConflictException } from '@nestjs/common';\nclass Taken extends ConflictException {}\nthrow new Taken();",
        settings: onlyOk,
        errors: [undocumented('409 (Conflict)', 3, 11)],
      },
      {
        code: "import { TRPCError } from '@trpc/server';\nthrow new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in' });",
        settings: onlyOk,
        errors: [undocumented('401 (Unauthorized)', 2, 29)],
      },
      {
        code: "import { HTTPException } from 'hono/http-exception';\nthrow new HTTPException(429, { message: 'slow down' });",
        settings: onlyOk,
        errors: [undocumented('429 (Too Many Requests)', 2, 25)],
      },
      {
        code: "import { error } from '@sveltejs/kit';\nerror(404, 'Not found');",
        settings: onlyOk,
        errors: [undocumented('404 (Not Found)', 2, 7)],
      },
      {
        code: "import { createError } from 'h3';\nthrow createError({ statusCode: 422, statusMessage: 'bad' });",
        settings: onlyOk,
        errors: [undocumented('422 (Unprocessable Content)', 2, 33)],
      },
      {
        code: "import { data } from 'react-router';\nexport const action = () => data({ errors: [] }, { status: 400 });",
        settings: onlyOk,
        errors: [undocumented('400 (Bad Request)', 2, 60)],
      },
      {
        code: "import { notFound } from 'next/navigation';\nexport default function Page() { notFound(); }",
        settings: onlyOk,
        errors: [undocumented('404 (Not Found)', 2, 34)],
      },
      {
        code: "import Boom from '@hapi/boom';\nthrow Boom.conflict('taken');",
        settings: onlyOk,
        errors: [undocumented('409 (Conflict)', 2, 7)],
      },
      {
        code: "import createError from '@fastify/error';\nconst Gone = createError('E_GONE', 'gone', 410);\nthrow new Gone();",
        settings: onlyOk,
        errors: [undocumented('410 (Gone)', 2, 44), undocumented('410 (Gone)', 3, 11)],
      },
      {
        code: "import { status } from 'elysia';\nexport const get = () => status(451, 'not here');",
        settings: onlyOk,
        errors: [undocumented('451 (Unavailable For Legal Reasons)', 2, 33)],
      },
      {
        code: 'declare const response: any;\nresponse.notFound({ message: \'no\' });',
        settings: onlyOk,
        errors: [undocumented('404 (Not Found)', 2, 1)],
      },
      {
        code: "declare const s: any;\nexport const r = s.router({}, { get: async () => ({ status: 404, body: { message: 'no' } }) });",
        settings: onlyOk,
        errors: [undocumented('404 (Not Found)', 2, 61)],
      },
      // The file's own helpers, reported where they are called.
      {
        code: "function unauthorized() {\n  return new Response('Sign in', { status: 200 });\n}\nexport const fail = (res: any, status: number) => res.status(status).json({});\nfail({}, 503);\nunauthorized();",
        settings: onlyOk,
        errors: [undocumented('503 (Service Unavailable)', 5, 10)],
      },
      {
        code: "class ApiError extends Error {\n  constructor(public statusCode: number, message: string) { super(message); this.statusCode = statusCode; }\n}\nthrow new ApiError(402, 'pay first');",
        settings: onlyOk,
        errors: [undocumented('402 (Payment Required)', 4, 20)],
      },
      // Under reportUnresolved, a helper's status parameter is checked at its calls, not left "unchecked";
      // a helper the file never calls stays unchecked.
      {
        code: "const fail = (res: any, status: number) => res.status(status).json({});\nfail({}, 404);\nexport const other = (res: any, code: number) => res.status(code).end();",
        settings: onlyOk,
        options: [{ reportUnresolved: true }],
        errors: [
          undocumented('404 (Not Found)', 2, 10),
          {
            messageId: 'unresolvedStatus' as const,
            line: 3,
            column: 61,
          },
        ],
      },
      // Helpers out of sight, named in the settings.
      {
        code: "import { badRequest } from './http';\nbadRequest({}, 'missing id');",
        settings: { 'http-status': { codes: [200], senders: [{ name: 'badRequest', status: 400 }] } },
        errors: [undocumented('400 (Bad Request)', 2, 1)],
      },
    ],
  });

  tester.run(`no-undocumented-status: statuses sent without being written, Connect, invariantResponse (${mode})`, asRule(noUndocumentedStatus), {
    valid: [
      // A redirect whose init is built elsewhere may carry any status.
      { code: "import { redirect } from 'react-router';\ndeclare const init: ResponseInit;\nexport const loader = () => redirect('/login', init);", settings: onlyOk },
      // A response read at once is no send: `await new Response(blob).text()`.
      { code: 'export const read = async (blob: Blob) => new Response(blob).text();', settings: { 'http-status': { codes: [201] } } },
    ],
    invalid: [
      // A class that works its status out is checked at its own `super` call, not at each `new`.
      {
        code: "import { HTTPException } from 'hono/http-exception';\ndeclare const statusOf: Record<string, any>;\nclass ApiError extends HTTPException {\n  constructor(code: string) { super(statusOf[code]); }\n}\nthrow new ApiError('NOT_FOUND');",
        settings: onlyOk,
        options: [{ reportUnresolved: true }],
        errors: [{ messageId: 'unresolvedStatus' as const, line: 4, column: 37 }],
      },
      {
        code: "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/old', (c) => c.redirect('/new'));",
        settings: onlyOk,
        errors: [undocumented('302 (Found)', 3, 24)],
      },
      {
        code: "import { NextResponse } from 'next/server';\nexport const GET = () => NextResponse.redirect(new URL('/new', 'https://x'));",
        settings: onlyOk,
        errors: [undocumented('307 (Temporary Redirect)', 2, 26)],
      },
      {
        code: 'export const GET = () => Response.json({ ok: true });',
        settings: { 'http-status': { codes: [201] } },
        errors: [undocumented('200 (OK)', 1, 26)],
      },
      {
        code: "import type { NextApiRequest, NextApiResponse } from 'next';\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  return res.redirect('/login');\n}",
        settings: onlyOk,
        errors: [undocumented('307 (Temporary Redirect)', 3, 10)],
      },
      {
        code: "import { Code, ConnectError } from '@connectrpc/connect';\nthrow new ConnectError('no such monitor', Code.NotFound);",
        settings: onlyOk,
        errors: [undocumented('404 (Not Found)', 2, 43)],
      },
      {
        code: "import { Code, ConnectError } from '@connectrpc/connect';\nfunction failure(message: string, code: Code) {\n  return new ConnectError(message, code);\n}\nthrow failure('taken', Code.AlreadyExists);",
        settings: onlyOk,
        options: [{ reportUnresolved: true }],
        errors: [undocumented('409 (Conflict)', 5, 24)],
      },
      {
        code: "import { invariantResponse } from '@epic-web/invariant';\nexport function loader(id: unknown) {\n  invariantResponse(id, 'id is required');\n}",
        settings: onlyOk,
        errors: [undocumented('400 (Bad Request)', 3, 3)],
      },
      {
        code: 'class TeamError extends Error {\n  statusCode = 403;\n}\nthrow new TeamError();',
        settings: onlyOk,
        errors: [undocumented('403 (Forbidden)', 4, 11)],
      },
    ],
  });

  tester.run(`require-error-body: the sends of issue 14 (${mode})`, asRule(requireErrorBody), {
    valid: [
      "import { NotFoundException } from '@nestjs/common';\nthrow new NotFoundException('No such order');",
      // SvelteKit answers `{ message: 'Error: 404' }` (or its error page): not the bare reason phrase.
      "import { error } from '@sveltejs/kit';\nerror(404);",
      // What a helper or a project's class sends besides its status is its own code's to tell.
      "class ApiError extends Error {\n  constructor(public status: number) { super(); this.status = status; }\n}\nthrow new ApiError(404);",
    ],
    invalid: [
      {
        code: "import { UnauthorizedException } from '@nestjs/common';\nthrow new UnauthorizedException();",
        errors: [{ messageId: 'errorWithoutMessage', data: { status: '401 (Unauthorized)' }, line: 2, column: 7 }],
      },
      {
        code: "import Boom from '@hapi/boom';\nthrow Boom.notFound();",
        errors: [{ messageId: 'errorWithoutMessage', data: { status: '404 (Not Found)' }, line: 2, column: 7 }],
      },
    ],
  });

  tester.run(`require-status-headers: the sends of issue 14 (${mode})`, asRule(requireStatusHeaders), {
    valid: [
      // Redirects set Location themselves.
      "import { redirect } from '@sveltejs/kit';\nredirect(301, '/new');",
      "import { sendRedirect } from 'h3';\ndeclare const event: any;\nsendRedirect(event, '/new', 308);",
      "import { permanentRedirect } from 'next/navigation';\npermanentRedirect('/new');",
      // Nest's filters and guards, Boom and tRPC set headers the code of the send does not show.
      "import { UnauthorizedException } from '@nestjs/common';\nthrow new UnauthorizedException('sign in');",
      "import Boom from '@hapi/boom';\nthrow Boom.unauthorized('sign in', 'Bearer');",
    ],
    invalid: [
      {
        code: "import type { Response } from '@adonisjs/http-server';\nexport function show(response: Response) {\n  return response.unauthorized({ message: 'sign in' });\n}",
        errors: [
          {
            messageId: 'missingRequiredHeader',
            data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', document: 'RFC 9110', section: ' (Section 15.5.2)' },
            line: 3,
            column: 10,
          },
        ],
      },
    ],
  });

  tester.run(`no-body-on-bodiless-status: @HttpCode and the returned value (${mode})`, asRule(noBodyOnBodilessStatus), {
    valid: [
      "import { HttpCode } from '@nestjs/common';\nexport class C {\n  @HttpCode(204) remove() { return; }\n}",
      "import { HttpCode, Res } from '@nestjs/common';\nexport class C {\n  @HttpCode(204) raw(@Res() res: unknown) { return { id: 1 }; }\n}",
    ],
    invalid: [
      {
        code: "import { HttpCode } from '@nestjs/common';\nexport class C {\n  @HttpCode(204) create() { return { id: 1 }; }\n}",
        errors: [
          {
            messageId: 'bodyOnBodilessStatus',
            data: { status: '204 (No Content)', fate: 'the server drops it' },
            line: 3,
            column: 36,
            suggestions: [
              {
                messageId: 'sendOk',
                data: { ok: '200 (OK)' },
                output: "import { HttpCode } from '@nestjs/common';\nexport class C {\n  @HttpCode(200) create() { return { id: 1 }; }\n}",
              },
            ],
          },
        ],
      },
    ],
  });

  tester.run(`no-hardcoded-status-comparison: getters, names and assertions (${mode})`, asRule(noHardcodedStatusComparison), {
    valid: [
      // Assertions pin exact codes on purpose unless asked.
      "declare const expect: any;\ndeclare const res: { status: number };\nexpect(res.status).toBe(200);",
      // An exit status is no HTTP status.
      'declare const exitStatus: number;\nif (exitStatus === 130) {}',
    ],
    invalid: [
      {
        code: 'declare const response: { status(): number };\nif (response.status() === 404) {}',
        errors: [
          {
            messageId: 'hardcodedComparison',
            line: 2,
            column: 5,
            suggestions: [
              {
                messageId: 'useClassCheck',
                data: { statusClass: '4xx', replacement: 'response.status() >= 400 && response.status() < 500' },
                output: 'declare const response: { status(): number };\nif (response.status() >= 400 && response.status() < 500) {}',
              },
            ],
          },
        ],
      },
      {
        code: 'declare const expectedStatus: number;\nif (expectedStatus === 409) {}',
        errors: [
          {
            messageId: 'hardcodedComparison',
            line: 2,
            column: 5,
            suggestions: [
              {
                messageId: 'useClassCheck',
                data: { statusClass: '4xx', replacement: 'expectedStatus >= 400 && expectedStatus < 500' },
                output: 'declare const expectedStatus: number;\nif (expectedStatus >= 400 && expectedStatus < 500) {}',
              },
            ],
          },
        ],
      },
      {
        code: "declare const expect: any;\ndeclare const res: { status: number };\nexpect(res.status).toBe(201);\nexpect(res.status).not.toEqual(500);",
        options: [{ assertions: true }],
        errors: [
          { messageId: 'hardcodedAssertion', data: { status: '201 (Created)', statusClass: '2xx' }, line: 3, column: 25, suggestions: [] },
          { messageId: 'hardcodedAssertion', data: { status: '500 (Internal Server Error)', statusClass: '5xx' }, line: 4, column: 32, suggestions: [] },
        ],
      },
      {
        code: "import assert from 'node:assert';\ndeclare const res: { statusCode: number };\nassert.equal(res.statusCode, 404);",
        options: [{ assertions: true }],
        errors: [{ messageId: 'hardcodedAssertion', data: { status: '404 (Not Found)', statusClass: '4xx' }, line: 3, column: 30, suggestions: [] }],
      },
    ],
  });
}

// With types, the helpers another file of the project declares (tests/fixtures/typed/project-errors.ts).
createTypedRuleTester().run('no-undocumented-status: helpers of other files, with types', asRule(noUndocumentedStatus), {
  valid: [
    // A helper that sends nothing, and one whose class works its status out (checked in its own file).
    {
      code: "import { ApiError, increment } from './project-errors.js';\nincrement(1);\nthrow new ApiError({ code: 'NOT_FOUND', message: 'x' });",
      settings: onlyOk,
      options: [{ reportUnresolved: true }],
    },
  ],
  invalid: [
    {
      code: "import { StatusError, TeamError, unauthorized } from './project-errors.js';\nexport function handler(flag: boolean) {\n  if (flag) throw new StatusError(409, 'conflict');\n  if (!flag) throw new TeamError('no team');\n  return unauthorized();\n}",
      settings: onlyOk,
      errors: [undocumented('409 (Conflict)', 3, 35), undocumented('400 (Bad Request)', 4, 24), undocumented('401 (Unauthorized)', 5, 10)],
    },
  ],
});

{
  // Without types the same calls are out of sight: only `senders` names them.
  createRuleTester().run('no-undocumented-status: helpers of other files, without types', asRule(noUndocumentedStatus), {
    valid: [
      {
        code: "import { StatusError, unauthorized } from './project-errors.js';\nthrow new StatusError(409, 'conflict');\nunauthorized();",
        settings: onlyOk,
      },
    ],
    invalid: [],
  });
}
