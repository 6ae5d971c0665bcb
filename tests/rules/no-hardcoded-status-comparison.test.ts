import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import type { RuleTester } from '@typescript-eslint/rule-tester';
import { ESLint, Linter } from 'eslint';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import noHardcodedStatusComparison from '../../rules/no-hardcoded-status-comparison';
import plugin from '../../src/index';
import { createEspreeRuleTester, createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleName = 'no-hardcoded-status-comparison';
// The rule tester bundles its own @typescript-eslint/utils (8.72, no 8.73 is published), whose
// scope types are nominally different from the 8.73 ones the rule is typed with.
const rule = noHardcodedStatusComparison as unknown as Parameters<RuleTester['run']>[1];

/* ---------- Without type information: TypeScript syntax, no program ---------- */

createRuleTester().run(ruleName, rule, {
  valid: [
    // Class checks at class boundaries.
    'if (status >= 400) {}',
    'if (status < 500) {}',
    'if (res.status >= 200 && res.status < 300) {}',
    'if (status > 499) {}',
    'if (Math.floor(status / 100) === 4) {}',
    'if (res.statusCode >= 500) retry();',
    // Named constants and enums.
    "import { StatusCodes } from 'http-status-codes'; if (res.status === StatusCodes.OK) {}",
    "import { HttpStatus } from '@nestjs/common'; if (status === HttpStatus.NOT_FOUND) {}",
    'const NOT_FOUND = 404; if (status === NOT_FOUND) {}',
    'enum Codes { Gone = 410 } if (res.status !== Codes.Gone) {}',
    // Numbers that are not status codes, and values that are not statuses.
    'if (status === 0) {}',
    'if (status === 1000) {}',
    'if (res.status === 99 || res.status === 600) {}',
    'if (res.status === 200.5) {}',
    "if (res.status === '200') {}",
    'if (res.status === 200n) {}',
    'if (items.length === 200) {}',
    'if (count !== 404) {}',
    'if (code === 404) {}',
    'if (order.total == 500) {}',
    'if (200 === 404) {}',
    'if (res[key] === 200) {}',
    'class Job { #status = 0; done() { return this.#status === 200; } }',
    // Without types a getter is not known to return a status.
    'if (exception.getStatus() === 404) {}',
    // Relational and other operators are not equality checks.
    'if (res.status <= 204) {}',
    'const next = res.status + 100;',
    // Switches and lists that do not involve a status read.
    'switch (kind) { case 200: break; }',
    'switch (res.status) { case StatusCodes.OK: break; default: }',
    'if ([200, 201].includes(count)) {}',
    'if (new Set([500, 502]).has(count)) {}',
    'if ([a, b].includes(status)) {}',
    'if ([0, 1].includes(status)) {}',
    'if ([200].includes(...args)) {}',
    'if ([200].indexOf(status) !== -1) {}',
    'if (new Map([[200, 1]]).has(status)) {}',
    'if (new WeakSet([200]).has(status)) {}',
    'if ([200, 201].includes(status, 1)) {}',
    // Codes in `allow`.
    { code: 'if (res.status === 304) {}', options: [{ allow: [304] }] },
    { code: 'if ([304].includes(status)) {}', options: [{ allow: [304] }] },
    { code: 'switch (status) { case 304: break; }', options: [{ allow: [304] }] },
  ],
  invalid: [
    // Suggestions that keep meaning: no class check where the same read is compared or bound again in
    // the condition or the if/else-if chain, or for codes whose class is no stand-in for them.
    {
      code: 'if (status >= 200 && status !== 204) {}\nconst retry = res.status === 429 || res.status === 503;',
      errors: [
        { messageId: 'hardcodedComparison', line: 1, column: 22, endColumn: 36, suggestions: [] },
        { messageId: 'hardcodedComparison', line: 2, column: 15, endColumn: 33, suggestions: [] },
        { messageId: 'hardcodedComparison', line: 2, column: 37, endColumn: 55, suggestions: [] },
      ],
    },
    {
      code: 'if (res.status === 400) a();\nelse if (ready && res.status === 401) b();\nelse c();\nconst d = res.status === 404 ? 1 : res.status === 410 ? 2 : 3;',
      errors: [
        { messageId: 'hardcodedComparison', line: 1, column: 5, suggestions: [] },
        { messageId: 'hardcodedComparison', line: 2, column: 19, suggestions: [] },
        { messageId: 'hardcodedComparison', line: 4, column: 11, suggestions: [] },
        { messageId: 'hardcodedComparison', line: 4, column: 36, suggestions: [] },
      ],
    },
    {
      code: 'if (res.status === 304) {}\nif (res.status === 101) {}\nif (res.status === 206) {}\nif (res.status !== 303) {}\nif (res.status === 308) {}',
      errors: [1, 2, 3, 4, 5].map((line) => ({ messageId: 'hardcodedProtocolComparison' as const, line, column: 5, suggestions: [] })),
    },
    // A read that is a constant of this class only: the class check would always be true.
    {
      code: 'const status = 201;\nif (status === 201) {}',
      errors: [{ messageId: 'hardcodedComparison', line: 2, column: 5, endColumn: 19, suggestions: [] }],
    },
    // Another read in the same chain, or the same read in another statement, leaves the suggestion.
    {
      code: 'if (res.status === 404) a();\nelse if (other.status === 500) b();\nif (res.status === 409) c();',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'if (res.status >= 400 && res.status < 500) a();\nelse if (other.status === 500) b();\nif (res.status === 409) c();',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 10,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'if (res.status === 404) a();\nelse if (other.status >= 500 && other.status < 600) b();\nif (res.status === 409) c();',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'if (res.status === 404) a();\nelse if (other.status === 500) b();\nif (res.status >= 400 && res.status < 500) c();',
            },
          ],
        },
      ],
    },
    {
      code: 'if (res.status === 200) {}',

      errors: [
        {
          messageId: 'hardcodedComparison',
          data: { status: '200 (OK)', statusClass: '2xx' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 23,
          suggestions: [{ messageId: 'useClassCheck', output: 'if (res.status >= 200 && res.status < 300) {}' }],
        },
      ],
    },
    {
      code: 'if (404 !== response.statusCode) {}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          data: { status: '404 (Not Found)', statusClass: '4xx' },
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'if (response.statusCode < 400 || response.statusCode >= 500) {}',
            },
          ],
        },
      ],
    },
    {
      code: 'if (status == 500) retry();\nif (503 != httpStatus) log();',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [{ messageId: 'useClassCheck', output: 'if (status >= 500 && status < 600) retry();\nif (503 != httpStatus) log();' }],
        },
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'if (status == 500) retry();\nif (httpStatus < 500 || httpStatus >= 600) log();',
            },
          ],
        },
      ],
    },
    {
      code: 'if (err.response?.status === 404) {}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'if (err.response?.status !== undefined && err.response?.status >= 400 && err.response?.status < 500) {}',
            },
          ],
        },
      ],
    },
    {
      code: 'if (err.response?.status !== 404) {}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'if (err.response?.status === undefined || err.response?.status < 400 || err.response?.status >= 500) {}',
            },
          ],
        },
      ],
    },
    {
      code: 'class Client { res: any; failed() { return this.res.statusCode === 503; } }',
      errors: [
        {
          messageId: 'hardcodedComparison',
          data: { status: '503 (Service Unavailable)', statusClass: '5xx' },
          line: 1,
          column: 44,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'class Client { res: any; failed() { return this.res.statusCode >= 500 && this.res.statusCode < 600; } }',
            },
          ],
        },
      ],
    },
    {
      code: 'async function load(url: string) {\n  const { status } = await fetch(url);\n  if (status === 200) return;\n}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'async function load(url: string) {\n  const { status } = await fetch(url);\n  if (status >= 200 && status < 300) return;\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'const a = httpStatusCode === 201;\nconst b = responseStatus !== 302;',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 11,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const a = httpStatusCode >= 200 && httpStatusCode < 300;\nconst b = responseStatus !== 302;',
            },
          ],
        },
        { messageId: 'hardcodedProtocolComparison', line: 2, column: 11, suggestions: [] },
      ],
    },
    {
      // A code the registry does not name, which the API documents, is described by its number alone.
      code: 'if (res.status === 299) {}',
      settings: { 'http-status': { codes: [200, 299] } },
      errors: [
        {
          messageId: 'hardcodedComparison',
          data: { status: '299', statusClass: '2xx' },
          line: 1,
          column: 5,
          suggestions: [{ messageId: 'useClassCheck', output: 'if (res.status >= 200 && res.status < 300) {}' }],
        },
      ],
    },
    {
      code: 'if (code === 404 || result.code === 409) {}',
      options: [{ statusNames: ['code'] }],
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'if ((code >= 400 && code < 500) || result.code === 409) {}',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 21,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'if (code === 404 || (result.code >= 400 && result.code < 500)) {}',
            },
          ],
        },
      ],
    },
    {
      code: 'switch (res.status) {\n  case 200: return;\n  case 404: throw new Error();\n  case 0: break;\n  default:\n}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          data: { status: '200 (OK)', statusClass: '2xx' },
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 11,
          suggestions: [],
        },
        {
          messageId: 'hardcodedComparison',
          data: { status: '404 (Not Found)', statusClass: '4xx' },
          line: 3,
          column: 8,
          suggestions: [],
        },
      ],
    },
    {
      code: 'switch (err.response?.status) { case 401: case 403: login(); }',
      options: [{ allow: [403] }],
      errors: [{ messageId: 'hardcodedComparison', line: 1, column: 38, suggestions: [] }],
    },
    {
      code: 'if ([200, 201].includes(res.status)) {}',
      errors: [
        {
          messageId: 'hardcodedMembership',
          data: { statuses: '200 (OK) and 201 (Created)', classes: 'the 2xx class' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 36,
          suggestions: [{ messageId: 'useClassCheck', output: 'if (res.status >= 200 && res.status < 300) {}' }],
        },
      ],
    },
    {
      code: 'const retry = !new Set([500, 502, 503]).has(status);',
      errors: [
        {
          messageId: 'hardcodedMembership',
          data: { statuses: '500 (Internal Server Error), 502 (Bad Gateway) and 503 (Service Unavailable)', classes: 'the 5xx class' },
          line: 1,
          column: 16,
          suggestions: [{ messageId: 'useClassCheck', output: 'const retry = !(status >= 500 && status < 600);' }],
        },
      ],
    },
    {
      // Codes of several classes: no single class check stands for the list.
      code: 'if ([200, 404].includes(status)) {}',
      errors: [
        {
          messageId: 'hardcodedMembership',
          data: { statuses: '200 (OK) and 404 (Not Found)', classes: 'the 2xx and 4xx classes' },
          line: 1,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // Something else in the list: a class check would change what it accepts.
      code: 'if ([0, 200].includes(status) || [OK, 201].includes(status)) {}',
      errors: [
        { messageId: 'hardcodedMembership', line: 1, column: 5, suggestions: [] },
        { messageId: 'hardcodedMembership', line: 1, column: 34, suggestions: [] },
      ],
    },
    {
      code: 'if ([200, 304].includes(status)) {}',
      options: [{ allow: [304] }],
      errors: [
        {
          messageId: 'hardcodedMembership',
          data: { statuses: '200 (OK)', classes: 'the 2xx class' },
          line: 1,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // Precedence: the class check is parenthesized where its place needs it.
    {
      code: 'const ok = !(res.status === 404);',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 14,
          suggestions: [{ messageId: 'useClassCheck', output: 'const ok = !(res.status >= 400 && res.status < 500);' }],
        },
      ],
    },
    {
      code: 'const a = ready && res.status === 404;\nconst b = ready && res.status !== 404;',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 20,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const a = ready && res.status >= 400 && res.status < 500;\nconst b = ready && res.status !== 404;',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const a = ready && res.status === 404;\nconst b = ready && (res.status < 400 || res.status >= 500);',
            },
          ],
        },
      ],
    },
    {
      code: 'const a = cached ?? res.status === 404;',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 21,
          suggestions: [
            { messageId: 'useClassCheck', output: 'const a = cached ?? (res.status >= 400 && res.status < 500);' },
          ],
        },
      ],
    },
    {
      code: 'const a = res.status === 404 === expected;',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 11,
          suggestions: [
            { messageId: 'useClassCheck', output: 'const a = (res.status >= 400 && res.status < 500) === expected;' },
          ],
        },
      ],
    },
    {
      code: 'log(res.status === 404 ? "missing" : "found", { gone: res.status !== 410 });',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'log(res.status >= 400 && res.status < 500 ? "missing" : "found", { gone: res.status !== 410 });',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 55,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'log(res.status === 404 ? "missing" : "found", { gone: res.status < 400 || res.status >= 500 });',
            },
          ],
        },
      ],
    },
    {
      code: 'const a = (res.status as number) === 404;\nconst b = res.status! === 404;',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 11,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const a = (res.status as number) >= 400 && (res.status as number) < 500;\nconst b = res.status! === 404;',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 11,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const a = (res.status as number) === 404;\nconst b = res.status! >= 400 && res.status! < 500;',
            },
          ],
        },
      ],
    },
    {
      // Repeating the read would fetch twice or call twice: no class check.
      code: 'async function f() {\n  if ((await fetch(url)).status === 404) {}\n  if (getResponse().status === 404) {}\n  if (res[next()].status === 404) {}\n}',
      errors: [
        { messageId: 'hardcodedComparison', line: 2, column: 7, suggestions: [] },
        { messageId: 'hardcodedComparison', line: 3, column: 7, suggestions: [] },
        { messageId: 'hardcodedComparison', line: 4, column: 7, suggestions: [] },
      ],
    },
    // Named constants the file already imports.
    {
      code: "import { StatusCodes } from 'http-status-codes';\nif (res.status === 404) {}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "import { StatusCodes } from 'http-status-codes';\nif (res.status >= 400 && res.status < 500) {}",
            },
            {
              messageId: 'useConstant',
              data: { constant: 'StatusCodes.NOT_FOUND', plural: '' },
              output: "import { StatusCodes } from 'http-status-codes';\nif (res.status === StatusCodes.NOT_FOUND) {}",
            },
          ],
        },
      ],
    },
    {
      code: "import { HttpStatus } from '@nestjs/common';\nswitch (status) { case 413: break; }",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: 'useConstant',
              output: "import { HttpStatus } from '@nestjs/common';\nswitch (status) { case HttpStatus.PAYLOAD_TOO_LARGE: break; }",
            },
          ],
        },
      ],
    },
    {
      code: "import httpStatus from 'http-status';\nif (410 === res.status) {}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "import httpStatus from 'http-status';\nif (res.status >= 400 && res.status < 500) {}",
            },
            { messageId: 'useConstant', output: "import httpStatus from 'http-status';\nif (httpStatus.GONE === res.status) {}" },
          ],
        },
      ],
    },
    {
      code: "import * as http2 from 'node:http2';\nif (res.status !== 418) {}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "import * as http2 from 'node:http2';\nif (res.status < 400 || res.status >= 500) {}",
            },
            {
              messageId: 'useConstant',
              output: "import * as http2 from 'node:http2';\nif (res.status !== http2.constants.HTTP_STATUS_TEAPOT) {}",
            },
          ],
        },
      ],
    },
    {
      code: "import { StatusCodes as Codes } from 'http-status-codes';\nconst done = [200, 201, 204].includes(status);",
      errors: [
        {
          messageId: 'hardcodedMembership',
          line: 2,
          column: 14,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "import { StatusCodes as Codes } from 'http-status-codes';\nconst done = status >= 200 && status < 300;",
            },
            {
              messageId: 'useConstant',
              data: { constant: 'Codes.OK`, `Codes.CREATED`, `Codes.NO_CONTENT', plural: 's' },
              output:
                "import { StatusCodes as Codes } from 'http-status-codes';\nconst done = [Codes.OK, Codes.CREATED, Codes.NO_CONTENT].includes(status);",
            },
          ],
        },
      ],
    },
    {
      // A local `status` shadows http-status's `status` where the comparison is.
      code: "import { status } from 'http-status';\nasync function f() {\n  const { status } = await fetch(url);\n  return status === 404;\n}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import { status } from 'http-status';\nasync function f() {\n  const { status } = await fetch(url);\n  return status >= 400 && status < 500;\n}",
            },
          ],
        },
      ],
    },
    {
      // A type-only import brings no value; a library without a name for the code offers none.
      code: "import type { StatusCodes } from 'http-status-codes';\nimport { HttpStatus } from '@nestjs/common';\nif (res.status === 226) {}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import type { StatusCodes } from 'http-status-codes';\nimport { HttpStatus } from '@nestjs/common';\nif (res.status >= 200 && res.status < 300) {}",
            },
          ],
        },
      ],
    },
    // `constantsFrom`: the suggestion adds the import.
    {
      code: "import express from 'express';\n\nif (res.status === 404) {}",
      options: [{ constantsFrom: 'http-status-codes' }],
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "import express from 'express';\n\nif (res.status >= 400 && res.status < 500) {}",
            },
            {
              messageId: 'useConstantWithImport',
              data: { constant: 'StatusCodes.NOT_FOUND', plural: '', module: 'http-status-codes' },
              output:
                "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n\nif (res.status === StatusCodes.NOT_FOUND) {}",
            },
          ],
        },
      ],
    },
    {
      code: "import { Controller, Get } from '@nestjs/common';\nswitch (status) { case 404: break; }",
      options: [{ constantsFrom: '@nestjs/common' }],
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: 'useConstantWithImport',
              output:
                "import { Controller, Get, HttpStatus } from '@nestjs/common';\nswitch (status) { case HttpStatus.NOT_FOUND: break; }",
            },
          ],
        },
      ],
    },
    {
      code: "'use client';\n// Status handling.\nexport const missing = (res: Response) => res.status === 404;",
      options: [{ constantsFrom: 'node:http2' }],
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 43,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "'use client';\n// Status handling.\nexport const missing = (res: Response) => res.status >= 400 && res.status < 500;",
            },
            {
              messageId: 'useConstantWithImport',
              output:
                "'use client';\n// Status handling.\nimport { constants as http2Constants } from 'node:http2';\nexport const missing = (res: Response) => res.status === http2Constants.HTTP_STATUS_NOT_FOUND;",
            },
          ],
        },
      ],
    },
    {
      code: 'const gone = [410, 404].includes(status);',
      options: [{ constantsFrom: 'http-status-codes' }],
      errors: [
        {
          messageId: 'hardcodedMembership',
          line: 1,
          column: 14,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const gone = status >= 400 && status < 500;',
            },
            {
              messageId: 'useConstantWithImport',
              output:
                "import { StatusCodes } from 'http-status-codes';\nconst gone = [StatusCodes.GONE, StatusCodes.NOT_FOUND].includes(status);",
            },
          ],
        },
      ],
    },
    {
      // http-status's constants have literal types: in TypeScript the list would stop accepting a number.
      code: 'const gone = [410, 404].includes(status);',
      options: [{ constantsFrom: 'http-status' }],
      errors: [
        {
          messageId: 'hardcodedMembership',
          line: 1,
          column: 14,
          suggestions: [{ messageId: 'useClassCheck', output: 'const gone = status >= 400 && status < 500;' }],
        },
      ],
    },
    {
      // The local name the import would take is in use.
      code: 'const StatusCodes = {};\nif (res.status === 404) {}',
      options: [{ constantsFrom: 'http-status-codes' }],
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 5,
          suggestions: [
            { messageId: 'useClassCheck', output: 'const StatusCodes = {};\nif (res.status >= 400 && res.status < 500) {}' },
          ],
        },
      ],
    },
  ],
});

/* ---------- Plain JavaScript through espree ---------- */

createEspreeRuleTester().run(`${ruleName} (espree)`, rule, {
  valid: [
    'if (res.status >= 400 && res.status < 500) {}',
    'if (res.status === StatusCodes.OK) {}',
    'if (items.length === 200) {}',
    'const { status } = job; if (status === "done") {}',
    { code: 'if (res.statusCode === 304) {}', options: [{ allow: [304] }] },
  ],
  invalid: [
    {
      code: 'if (res.status === 200) {}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [{ messageId: 'useClassCheck', output: 'if (res.status >= 200 && res.status < 300) {}' }],
        },
      ],
    },
    {
      code: 'if (404 !== err.response?.status) {}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'if (err.response?.status === undefined || err.response?.status < 400 || err.response?.status >= 500) {}',
            },
          ],
        },
      ],
    },
    {
      code: 'async function f(url) {\n  const { status } = await fetch(url);\n  switch (status) { case 401: break; }\n}',
      errors: [{ messageId: 'hardcodedComparison', line: 3, column: 26, suggestions: [] }],
    },
    {
      code: 'const retry = new Set([502, 503]).has(res.statusCode);',
      errors: [
        {
          messageId: 'hardcodedMembership',
          line: 1,
          column: 15,
          suggestions: [
            { messageId: 'useClassCheck', output: 'const retry = res.statusCode >= 500 && res.statusCode < 600;' },
          ],
        },
      ],
    },
    {
      code: "const { StatusCodes } = require('http-status-codes');\nif (res.status == 201) {}",
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 5,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "const { StatusCodes } = require('http-status-codes');\nif (res.status >= 200 && res.status < 300) {}",
            },
            {
              messageId: 'useConstant',
              output: "const { StatusCodes } = require('http-status-codes');\nif (res.status == StatusCodes.CREATED) {}",
            },
          ],
        },
      ],
    },
    {
      code: "'use strict';\nconst ok = [200, 201].includes(status);",
      options: [{ constantsFrom: 'http-status' }],
      filename: 'file.js',
      languageOptions: { parserOptions: { sourceType: 'script' } },
      errors: [
        {
          messageId: 'hardcodedMembership',
          line: 2,
          column: 12,
          suggestions: [
            { messageId: 'useClassCheck', output: "'use strict';\nconst ok = status >= 200 && status < 300;" },
            {
              messageId: 'useConstantWithImport',
              output:
                "'use strict';\nconst { status: httpStatus } = require('http-status');\nconst ok = [httpStatus.OK, httpStatus.CREATED].includes(status);",
            },
          ],
        },
      ],
    },
    {
      code: 'if (code === 404) {}',
      options: [{ statusNames: ['code'], constantsFrom: '@nestjs/common' }],
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [
            { messageId: 'useClassCheck', output: 'if (code >= 400 && code < 500) {}' },
            {
              messageId: 'useConstantWithImport',
              output: "import { HttpStatus } from '@nestjs/common';\nif (code === HttpStatus.NOT_FOUND) {}",
            },
          ],
        },
      ],
    },
  ],
});

/* ---------- With type information, against the real declaration packages ---------- */

createTypedRuleTester().run(`${ruleName} (typed)`, rule, {
  valid: [
    {
      // Express's `res.status` is the method that sets the status, not a read.
      code: "import type { Response } from 'express';\nexport function handler(res: Response) {\n  if (res.statusCode >= 400) return;\n  return res.status === 200;\n}",
    },
    {
      // A string-union `status` is an order's state, not an HTTP status.
      code: "type Order = { status: 'open' | 'paid' };\ndeclare const order: Order;\nconst { status } = order;\nexport const a = order.status === 200, b = status === 404;",
    },
    {
      // lib.dom's global `status` is a string.
      code: 'export const shown = status === 200;',
    },
    {
      // An object `statusCode`, and a getter on a type no framework declares.
      code: 'declare const job: { statusCode: { value: number }; getStatus(): number };\nexport const a = job.statusCode === 200, b = job.getStatus() === 404;',
    },
    {
      // A `let` copy may change before the comparison: not followed.
      code: 'export async function f(url: string) {\n  let code = (await fetch(url)).status;\n  code = 0;\n  return code === 404;\n}',
    },
    {
      code: "import { StatusCodes } from 'http-status-codes';\nexport async function f(url: string) {\n  const res = await fetch(url);\n  return res.status === StatusCodes.OK || res.status >= 500;\n}",
    },
    {
      code: 'declare const res: Response;\nexport const a = res.status === 304;',
      options: [{ allow: [304] }],
    },
  ],
  invalid: [
    // A type that is only this class makes the class check always true: no such suggestion.
    {
      code: 'export function f(res: { status: 200 | 201 }, other: { status: 200 | 404 }) {\n  return res.status === 200 || other.status === 201;\n}',
      errors: [
        { messageId: 'hardcodedComparison', line: 2, column: 10, suggestions: [] },
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 32,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'export function f(res: { status: 200 | 201 }, other: { status: 200 | 404 }) {\n  return res.status === 200 || (other.status >= 200 && other.status < 300);\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'export async function load(url: string) {\n  const res = await fetch(url);\n  if (res.status === 200) return res.json();\n  if (res.status !== 200) throw new Error();\n  if (res.status === 404) return null;\n}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'useOk',
              data: { replacement: 'res.ok' },
              output:
                'export async function load(url: string) {\n  const res = await fetch(url);\n  if (res.ok) return res.json();\n  if (res.status !== 200) throw new Error();\n  if (res.status === 404) return null;\n}',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 4,
          column: 7,
          suggestions: [
            {
              messageId: 'useOk',
              data: { replacement: '!res.ok' },
              output:
                'export async function load(url: string) {\n  const res = await fetch(url);\n  if (res.status === 200) return res.json();\n  if (!res.ok) throw new Error();\n  if (res.status === 404) return null;\n}',
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'export async function load(url: string) {\n  const res = await fetch(url);\n  if (res.status === 200) return res.json();\n  if (res.status !== 200) throw new Error();\n  if (res.status >= 400 && res.status < 500) return null;\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'declare const res: Response | undefined;\nexport const created = res?.status === 201;\nexport const retry = new Set([200, 204]).has((await fetch("/")).status);',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: 'useOk',
              output:
                'declare const res: Response | undefined;\nexport const created = res?.ok;\nexport const retry = new Set([200, 204]).has((await fetch("/")).status);',
            },
          ],
        },
        {
          messageId: 'hardcodedMembership',
          line: 3,
          column: 22,
          suggestions: [
            {
              messageId: 'useOk',
              output:
                'declare const res: Response | undefined;\nexport const created = res?.status === 201;\nexport const retry = (await fetch("/")).ok;',
            },
          ],
        },
      ],
    },
    {
      code: "import type { IncomingMessage, ServerResponse } from 'node:http';\nexport function onResponse(message: IncomingMessage, res: ServerResponse) {\n  if (message.statusCode === 404) return;\n  return res.statusCode !== 304;\n}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import type { IncomingMessage, ServerResponse } from 'node:http';\nexport function onResponse(message: IncomingMessage, res: ServerResponse) {\n  if (message.statusCode !== undefined && message.statusCode >= 400 && message.statusCode < 500) return;\n  return res.statusCode !== 304;\n}",
            },
          ],
        },
        // 304 has a meaning of its own: a constant, not the 3xx class.
        { messageId: 'hardcodedProtocolComparison', line: 4, column: 10, suggestions: [] },
      ],
    },
    {
      code: "import axios, { isAxiosError, type AxiosResponse } from 'axios';\nexport async function f(url: string) {\n  try {\n    const response: AxiosResponse = await axios.get(url);\n    return response.status === 201;\n  } catch (error) {\n    if (isAxiosError(error) && error.response?.status === 404) return false;\n    if (isAxiosError(error) && error.status === 500) throw error;\n  }\n}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 5,
          column: 12,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import axios, { isAxiosError, type AxiosResponse } from 'axios';\nexport async function f(url: string) {\n  try {\n    const response: AxiosResponse = await axios.get(url);\n    return response.status >= 200 && response.status < 300;\n  } catch (error) {\n    if (isAxiosError(error) && error.response?.status === 404) return false;\n    if (isAxiosError(error) && error.status === 500) throw error;\n  }\n}",
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 7,
          column: 32,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import axios, { isAxiosError, type AxiosResponse } from 'axios';\nexport async function f(url: string) {\n  try {\n    const response: AxiosResponse = await axios.get(url);\n    return response.status === 201;\n  } catch (error) {\n    if (isAxiosError(error) && error.response?.status !== undefined && error.response?.status >= 400 && error.response?.status < 500) return false;\n    if (isAxiosError(error) && error.status === 500) throw error;\n  }\n}",
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 8,
          column: 32,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import axios, { isAxiosError, type AxiosResponse } from 'axios';\nexport async function f(url: string) {\n  try {\n    const response: AxiosResponse = await axios.get(url);\n    return response.status === 201;\n  } catch (error) {\n    if (isAxiosError(error) && error.response?.status === 404) return false;\n    if (isAxiosError(error) && error.status !== undefined && error.status >= 500 && error.status < 600) throw error;\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      code: "import type { Response } from 'express';\nimport type { FastifyReply } from 'fastify';\nexport const sent = (res: Response) => res.statusCode === 200;\nexport const missing = (reply: FastifyReply) => reply.statusCode === 404;",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 40,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import type { Response } from 'express';\nimport type { FastifyReply } from 'fastify';\nexport const sent = (res: Response) => res.statusCode >= 200 && res.statusCode < 300;\nexport const missing = (reply: FastifyReply) => reply.statusCode === 404;",
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 4,
          column: 49,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import type { Response } from 'express';\nimport type { FastifyReply } from 'fastify';\nexport const sent = (res: Response) => res.statusCode === 200;\nexport const missing = (reply: FastifyReply) => reply.statusCode >= 400 && reply.statusCode < 500;",
            },
          ],
        },
      ],
    },
    {
      code: "import type { Context as KoaContext } from 'koa';\nimport type { Context as HonoContext } from 'hono';\nexport const a = (ctx: KoaContext) => ctx.status === 404 || ctx.response.status === 204;\nexport const b = (c: HonoContext) => c.res.status === 200;",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 39,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import type { Context as KoaContext } from 'koa';\nimport type { Context as HonoContext } from 'hono';\nexport const a = (ctx: KoaContext) => (ctx.status >= 400 && ctx.status < 500) || ctx.response.status === 204;\nexport const b = (c: HonoContext) => c.res.status === 200;",
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 61,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import type { Context as KoaContext } from 'koa';\nimport type { Context as HonoContext } from 'hono';\nexport const a = (ctx: KoaContext) => ctx.status === 404 || (ctx.response.status >= 200 && ctx.response.status < 300);\nexport const b = (c: HonoContext) => c.res.status === 200;",
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 4,
          column: 38,
          suggestions: [
            {
              messageId: 'useOk',
              output:
                "import type { Context as KoaContext } from 'koa';\nimport type { Context as HonoContext } from 'hono';\nexport const a = (ctx: KoaContext) => ctx.status === 404 || ctx.response.status === 204;\nexport const b = (c: HonoContext) => c.res.ok;",
            },
          ],
        },
      ],
    },
    {
      code: "import { HttpException, HttpStatus } from '@nestjs/common';\nexport function handle(exception: HttpException) {\n  if (exception.getStatus() === 404) return;\n  switch (exception.getStatus()) {\n    case 401: break;\n  }\n}",
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                "import { HttpException, HttpStatus } from '@nestjs/common';\nexport function handle(exception: HttpException) {\n  if (exception.getStatus() >= 400 && exception.getStatus() < 500) return;\n  switch (exception.getStatus()) {\n    case 401: break;\n  }\n}",
            },
            {
              messageId: 'useConstant',
              output:
                "import { HttpException, HttpStatus } from '@nestjs/common';\nexport function handle(exception: HttpException) {\n  if (exception.getStatus() === HttpStatus.NOT_FOUND) return;\n  switch (exception.getStatus()) {\n    case 401: break;\n  }\n}",
            },
          ],
        },
        {
          messageId: 'hardcodedComparison',
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'useConstant',
              output:
                "import { HttpException, HttpStatus } from '@nestjs/common';\nexport function handle(exception: HttpException) {\n  if (exception.getStatus() === 404) return;\n  switch (exception.getStatus()) {\n    case HttpStatus.UNAUTHORIZED: break;\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      // However it is named: copies and renamed destructurings of a status.
      code: 'export async function f(url: string) {\n  const { status: code } = await fetch(url);\n  const copy = code;\n  return copy === 503;\n}',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'export async function f(url: string) {\n  const { status: code } = await fetch(url);\n  const copy = code;\n  return copy >= 500 && copy < 600;\n}',
            },
          ],
        },
      ],
    },
    {
      // An untyped value falls back to the names.
      code: 'declare const anything: any;\nexport const a = anything.status === 404;',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 18,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'declare const anything: any;\nexport const a = anything.status >= 400 && anything.status < 500;',
            },
          ],
        },
      ],
    },
    {
      code: 'declare const res: Response;\nexport const a = res.status === 200;',
      filename: path.join(typedFixtureDir, 'file.tsx'),
      options: [{ constantsFrom: 'http-status-codes' }],
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 2,
          column: 18,
          suggestions: [
            { messageId: 'useOk', output: 'declare const res: Response;\nexport const a = res.ok;' },
            {
              messageId: 'useConstantWithImport',
              output:
                "import { StatusCodes } from 'http-status-codes';\ndeclare const res: Response;\nexport const a = res.status === StatusCodes.OK;",
            },
          ],
        },
      ],
    },
  ],
});

/* ---------- Odd syntax: reported where it should be, never a crash ---------- */

const oddValid = [
  '',
  '// only a comment',
  'export {};',
  'const url = import.meta.url; if (import.meta.env?.status === undefined) {}',
  'const f = (...args: number[]) => [200].includes(...args);',
  'if (res?.[key] === 200) {}',
  'if (res[`${name}`] === 404) {}',
  'if (`${res.status}` === "200") {}',
  'class A extends B { #status = 200; static status = 0; check() { return this.#status === 404 || A.status === 0; } }',
  'for (const status of [200, 404]) { if (status >= 400) break; }',
  'label: switch (true) { case res.status >= 500: break label; }',
  'switch (res.status) {}',
  'const { status = 200 } = res;',
  'if ((0, res).status === 99) {}',
  'new Set().has(status); [].includes(status);',
  'if ([, 200].length) {}',
  'async function* g() { yield res.status >= 400; for await (const r of stream) { if (r.status > 499) break; } }',
];

const oddInvalid = (line: number, column: number) => ({ messageId: 'hardcodedComparison', line, column });

describe('odd syntax', () => {
  it('is covered in every parser mode below', () => {
    expect(oddValid.length).toBeGreaterThan(10);
  });
});

createRuleTester().run(`${ruleName} (odd TypeScript syntax)`, rule, {
  valid: [
    ...oddValid,
    '@Controller() class C { @Get() find(@Res() res: any) { return res.status >= 400; } }',
    'abstract class Base { abstract status: number; declare code: number; }',
    'const x = <T,>(value: T) => value satisfies unknown;',
    'enum E { A = 200 } namespace N { export const status = E.A; }',
    { code: 'const el = <div hidden={res.status >= 400}>{`${res.status}`}</div>;', filename: 'file.tsx' },
  ],
  invalid: [
    {
      code: 'class Api extends Base { failed = super.status === 500; check() { return this.res?.statusCode === 404; } }',
      errors: [
        {
          ...oddInvalid(1, 35),
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'class Api extends Base { failed = super.status >= 500 && super.status < 600; check() { return this.res?.statusCode === 404; } }',
            },
          ],
        },
        {
          ...oddInvalid(1, 74),
          suggestions: [
            {
              messageId: 'useClassCheck',
              output:
                'class Api extends Base { failed = super.status === 500; check() { return this.res?.statusCode !== undefined && this.res?.statusCode >= 400 && this.res?.statusCode < 500; } }',
            },
          ],
        },
      ],
    },
    {
      code: 'const el = <Banner hidden={res.status === 404} label={`${res.status !== 200}`} />;',
      filename: 'file.tsx',
      errors: [
        {
          ...oddInvalid(1, 28),
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const el = <Banner hidden={res.status >= 400 && res.status < 500} label={`${res.status !== 200}`} />;',
            },
          ],
        },
        {
          ...oddInvalid(1, 58),
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: 'const el = <Banner hidden={res.status === 404} label={`${res.status < 200 || res.status >= 300}`} />;',
            },
          ],
        },
      ],
    },
    {
      code: "if (res['statusCode'] === 502 || [503].includes?.(res.status)) {}",
      errors: [
        {
          ...oddInvalid(1, 5),
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "if ((res['statusCode'] >= 500 && res['statusCode'] < 600) || [503].includes?.(res.status)) {}",
            },
          ],
        },
        {
          messageId: 'hardcodedMembership',
          line: 1,
          column: 34,
          suggestions: [
            {
              messageId: 'useClassCheck',
              output: "if (res['statusCode'] === 502 || (res.status >= 500 && res.status < 600)) {}",
            },
          ],
        },
      ],
    },
  ],
});

createEspreeRuleTester().run(`${ruleName} (odd JavaScript syntax)`, rule, {
  valid: [
    ...oddValid.filter((code) => !code.includes(': number') && !code.includes('...args')),
    'const f = (...args) => [200].includes(...args);',
    'const el = <div hidden={res.status >= 400}>{`${res.status}`}</div>;',
  ],
  invalid: [
    {
      code: 'const el = <p>{res.status === 404 && "missing"}</p>;',
      errors: [
        {
          ...oddInvalid(1, 16),
          suggestions: [
            { messageId: 'useClassCheck', output: 'const el = <p>{res.status >= 400 && res.status < 500 && "missing"}</p>;' },
          ],
        },
      ],
    },
  ],
});

createTypedRuleTester().run(`${ruleName} (odd typed syntax)`, rule, {
  valid: [
    ...oddValid.map((code) => `declare const res: any, key: string, name: string, stream: any, B: any;\n${code}`),
    {
      code: "import type { Response } from 'express';\nexport const el = (res: Response) => <div hidden={res.statusCode >= 400} />;",
      filename: path.join(typedFixtureDir, 'file.tsx'),
    },
  ],
  invalid: [
    {
      code: 'declare const res: Response;\nexport const el = <div hidden={res.status !== 200} />;',
      filename: path.join(typedFixtureDir, 'file.tsx'),
      errors: [
        {
          ...oddInvalid(2, 32),
          suggestions: [
            { messageId: 'useOk', output: 'declare const res: Response;\nexport const el = <div hidden={!res.ok} />;' },
          ],
        },
      ],
    },
  ],
});

/* ---------- Every suggestion of a typed fixture still type-checks ---------- */

/** A TypeScript program over one in-memory file of the typed fixture; library files are parsed once. */
function createFixtureCompiler(): (source: string) => string[] {
  const fileName = path.join(typedFixtureDir, 'suggestion-probe.ts');
  const configFile = ts.readConfigFile(path.join(typedFixtureDir, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, typedFixtureDir);
  const host = ts.createCompilerHost(options);
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  let probeText = '';
  host.getSourceFile = (file, languageVersion, onError) => {
    if (path.resolve(file) === fileName) return ts.createSourceFile(file, probeText, languageVersion, true);
    if (!parsed.has(file)) parsed.set(file, getSourceFile(file, languageVersion, onError));
    return parsed.get(file);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === fileName || fileExists(file);
  let previous: ts.Program | undefined;
  return (source) => {
    probeText = source;
    const program = ts.createProgram([fileName], options, host, previous);
    previous = program;
    const sourceFile = program.getSourceFile(fileName)!;
    return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)].map(
      (diagnostic) =>
        `${sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    );
  };
}

/** Every suggestion the rule offers on `source`, applied one at a time. */
function suggestedSources(source: string, options: Record<string, unknown> = {}): { label: string; output: string }[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tsParser,
          parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir },
        },
        plugins: { 'http-status': plugin },
        rules: { [`http-status/${ruleName}`]: ['error', options] },
      },
    ] as never,
    path.join(typedFixtureDir, 'file.ts'),
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.flatMap((message) =>
    (message.suggestions ?? []).map((suggestion) => ({
      label: `${message.line}:${message.column} ${suggestion.desc}`,
      output: source.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + source.slice(suggestion.fix.range[1]),
    })),
  );
}

const typedClientSource = `import type { Response as ExpressResponse } from 'express';
import type { FastifyReply } from 'fastify';
import type { Context as KoaContext } from 'koa';
import type { Context as HonoContext } from 'hono';
import axios, { isAxiosError, type AxiosResponse } from 'axios';
import { HttpException } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';

export async function json(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.status === 200) return res.json();
  return null;
}
export async function failIfNotOk(url: string): Promise<void> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(res.statusText);
}
export const created = (res: Response | undefined): boolean | undefined => res?.status === 201;
export const accepted = (res: Response): boolean => [200, 201, 204].includes(res.status);
export const retry = (res: Response): boolean => !new Set([500, 502, 503]).has(res.status);
export const missing = (res: Response): boolean => {
  const { status: code } = res;
  return code !== 404;
};
export function conflict(res: Response): string {
  switch (res.status) {
    case 409:
      return 'conflict';
    default:
      return 'other';
  }
}
export async function axiosCall(url: string): Promise<unknown> {
  try {
    const response: AxiosResponse = await axios.get(url);
    if (response.status === 201) return response.data;
  } catch (error) {
    if (isAxiosError(error) && error.response?.status === 404) return null;
    if (isAxiosError(error) && error.status !== 500) throw error;
  }
  return undefined;
}
export const incoming = (message: IncomingMessage): boolean => message.statusCode === 404;
export const incomingNot = (message: IncomingMessage): boolean => message.statusCode !== 410;
export const server = (res: ServerResponse): boolean => res.statusCode !== 304;
export const express = (res: ExpressResponse): boolean => res.statusCode === 201;
export const fastify = (reply: FastifyReply): boolean => !(reply.statusCode === 404);
export const koa = (ctx: KoaContext): boolean => ctx.status === 404 || ctx.response.status !== 204;
export const hono = (c: HonoContext): boolean => c.res.status === 200;
export function nest(exception: HttpException): number {
  if (exception.getStatus() === 404) return 1;
  switch (exception.getStatus()) {
    case 401:
      return 2;
  }
  return 0;
}
export const nullable = (value: { status: number | null }): boolean => value.status === 429;
`;

describe('suggestions type-check', () => {
  const compile = createFixtureCompiler();

  it('on a typed client and server fixture, adding an import where asked', () => {
    expect(compile(typedClientSource)).toEqual([]);
    const checked: string[] = [];
    for (const options of [{}, { constantsFrom: 'http-status-codes' }, { constantsFrom: '@nestjs/common' }]) {
      for (const { label, output } of suggestedSources(typedClientSource, options)) {
        expect(compile(output), `${JSON.stringify(options)} ${label}\n${output}`).toEqual([]);
        checked.push(label);
      }
    }
    expect(checked.filter((label) => label.includes('`res.ok`')).length).toBeGreaterThan(0);
    expect(checked.filter((label) => label.includes("imported from 'http-status-codes'")).length).toBeGreaterThan(10);
    expect(checked.filter((label) => label.includes("imported from '@nestjs/common'")).length).toBeGreaterThan(10);
    expect(checked.length).toBeGreaterThan(60);
  });

  it('with constants the file already imports', () => {
    const source = `import { StatusCodes } from 'http-status-codes';
import { HttpStatus } from '@nestjs/common';
import { constants } from 'node:http2';
export const a = (res: Response): boolean => res.status === 404;
export const a2 = (res: Response): boolean => [200, 201].includes(res.status);
export const b = (exception: { getStatus(): number; status: number }): boolean => exception.status !== 503;
export { StatusCodes, HttpStatus, constants };
`;
    expect(compile(source)).toEqual([]);
    const suggestions = suggestedSources(source);
    expect(suggestions.map(({ label }) => label.replace(/^\S+ /u, ''))).toEqual([
      'Check the 4xx class: `res.status >= 400 && res.status < 500`.',
      'Use the named constant `StatusCodes.NOT_FOUND`.',
      'Check the 2xx class with `res.ok`.',
      'Use the named constants `StatusCodes.OK`, `StatusCodes.CREATED`.',
      'Check the 5xx class: `exception.status < 500 || exception.status >= 600`.',
      'Use the named constant `StatusCodes.SERVICE_UNAVAILABLE`.',
    ]);
    for (const { label, output } of suggestions) expect(compile(output), label).toEqual([]);
  });
});

/* ---------- Through the real ESLint class ---------- */

describe('through the ESLint class API', () => {
  it('reports in the recommended config on plain JavaScript, with suggestions and no fix', async () => {
    const eslint = new ESLint({
      cwd: typedFixtureDir,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended],
    });
    const [result] = await eslint.lintText('const { status } = await fetch(url);\nif (status === 404) {}\n', {
      filePath: path.join(typedFixtureDir, 'client.js'),
    });
    expect(result?.messages).toEqual([
      expect.objectContaining({
        ruleId: `http-status/${ruleName}`,
        messageId: 'hardcodedComparison',
        message: 'Comparing with 404 (Not Found) hardcodes one status; check the 4xx class or use a named constant.',
        line: 2,
        column: 5,
        severity: 2,
        suggestions: [expect.objectContaining({ messageId: 'useClassCheck', fix: { range: [41, 55], text: 'status >= 400 && status < 500' } })],
      }),
    ]);
    expect(result?.output).toBeUndefined();
  });

  it('is type-aware in recommended-type-checked', async () => {
    const eslint = new ESLint({
      cwd: typedFixtureDir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: {
            parser: tsParser,
            parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir },
          },
        },
        plugin.configs['recommended-type-checked'],
      ],
    });
    const [result] = await eslint.lintText(
      "type Order = { status: 'open' | 'paid' };\ndeclare const order: Order, res: Response;\nexport const a = order.status === 'paid' || res.status === 200;\n",
      { filePath: path.join(typedFixtureDir, 'file.ts') },
    );
    expect(result?.messages.map(({ line, column, messageId, suggestions }) => ({ line, column, messageId, suggestions: suggestions?.map((s) => s.desc) }))).toEqual([
      { line: 3, column: 45, messageId: 'hardcodedComparison', suggestions: ['Check the 2xx class with `res.ok`.'] },
    ]);
  });
});

/* ---------- The documentation's examples ---------- */

describe('options', () => {
  const verify = (options: unknown) =>
    new Linter({ configType: 'flat' }).verify(
      'if (res.status === 200) {}',
      [{ plugins: { 'http-status': plugin }, rules: { [`http-status/${ruleName}`]: ['error', options] } }] as never,
      'file.js',
    );

  it('rejects values the schema does not allow, naming them', () => {
    expect(() => verify({ allow: [99] })).toThrow(/Value 99 should be >= 100/u);
    expect(() => verify({ allow: [200.5] })).toThrow(/Value 200.5 should be integer/u);
    expect(() => verify({ statusNames: [''] })).toThrow(/Value "" should NOT be shorter than 1 characters/u);
    expect(() => verify({ constantsFrom: 'axios' })).toThrow(/Value "axios" should be equal to one of the allowed values/u);
    expect(() => verify({ statuses: [] })).toThrow(/Unexpected property "statuses"/u);
  });

  it('accepts every documented constantsFrom module', () => {
    for (const constantsFrom of ['http-status-codes', '@nestjs/common', 'http-status', 'node:http2']) {
      expect(verify({ constantsFrom })).toHaveLength(1);
    }
  });
});

// A child process's `status` is an exit code (issue 12): without types only codes the registry or
// the API's table knows count; with types the owner's type decides.
createEspreeRuleTester().run(`${ruleName}: exit codes are no statuses`, rule, {
  valid: [
    "const run = spawnSync('git', ['fetch']);\nif (run.status === 128) retry();",
    'if (result.status === 130 || result.status === 137) killed();',
  ],
  invalid: [
    {
      code: 'if (res.status === 404) missing();',
      errors: [
        {
          messageId: 'hardcodedComparison',
          line: 1,
          column: 5,
          suggestions: [{ messageId: 'useClassCheck', output: 'if (res.status >= 400 && res.status < 500) missing();' }],
        },
      ],
    },
  ],
});

createTypedRuleTester().run(`${ruleName}: exit codes are no statuses (typed)`, rule, {
  valid: [
    "import { spawnSync } from 'node:child_process';\nconst run = spawnSync('git', ['fetch']);\nexport const failed = run.status === 404;",
  ],
  invalid: [],
});
