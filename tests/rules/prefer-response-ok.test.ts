import { afterEach, describe, expect, it, vi } from 'vitest';
import { ESLint } from 'eslint';
import preferResponseOk, { type MessageIds, type Options } from '../../rules/prefer-response-ok';
import plugin from '../../src';
import { resetTypeWarning } from '../../src/analysis/type-warning';
import { createEspreeRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester';

const typedRuleTester = createTypedRuleTester();
const ruleTester = createRuleTester();
const espreeRuleTester = createEspreeRuleTester();

// The rule tester's own copy of @typescript-eslint/utils' types does not match the rule's nominally.
const rule = preferResponseOk as unknown as Parameters<typeof typedRuleTester.run<MessageIds, Options>>[1];

const fetched = 'declare const res: Response;\n';

function preferOk(column: number, written: string, replacement: string, line = 2) {
  return { messageId: 'preferOk' as const, line, column, endLine: line, endColumn: column + written.length, data: { written, replacement } };
}

typedRuleTester.run('prefer-response-ok (typed)', rule, {
  valid: [
    // Not the whole 2xx range, or not a range at all.
    `${fetched}export const a = res.status >= 200 && res.status < 400;`,
    `${fetched}export const a = res.status > 200 && res.status < 300;`,
    `${fetched}export const a = res.status >= 200 || res.status < 300;`,
    `${fetched}export const a = res.status < 200 && res.status >= 300;`,
    `${fetched}export const a = res.status >= 300 && res.status < 400;`,
    `${fetched}export const a = res.status >= 200;`,
    `${fetched}export const a = Math.floor(res.status / 100) === 4;`,
    `${fetched}export const a = Math.round(res.status / 100) === 2;`,
    `${fetched}export const a = Math.floor(res.status / 10) === 2;`,
    // Two different reads.
    'declare const a: Response, b: Response;\nexport const x = a.status >= 200 && b.status < 300;',
    // Not a fetch Response: axios, Node's IncomingMessage, a user's own type, a plain number.
    "import type { AxiosResponse } from 'axios';\ndeclare const res: AxiosResponse;\nexport const a = res.status >= 200 && res.status < 300;",
    "import type { IncomingMessage } from 'node:http';\ndeclare const res: IncomingMessage & { status: number };\nexport const a = res.status >= 200 && res.status < 300;",
    'interface Reply { status: number; ok: boolean }\ndeclare const res: Reply;\nexport const a = res.status >= 200 && res.status < 300;',
    'declare const status: number;\nexport const a = status >= 200 && status < 300;',
    // Reading twice from a call is two responses; an optional chain's `ok` would be undefined, not false.
    'export const a = async () => (await fetch("/")).status >= 200 && (await fetch("/")).status < 300;',
    'declare const res: Response | undefined;\nexport const a = res?.status >= 200 && res?.status < 300;',
    // Something between the two bounds: the pair is not one piece of text.
    `${fetched}declare const x: boolean;\nexport const a = (res.status >= 200 && x) && res.status < 300;`,
  ],
  invalid: [
    {
      code: `${fetched}export const a = res.status >= 200 && res.status < 300;`,
      output: `${fetched}export const a = res.ok;`,
      errors: [preferOk(18, 'res.status >= 200 && res.status < 300', 'res.ok')],
    },
    {
      // Either order, either side, `<=`/`>` bounds.
      code: `${fetched}export const a = 299 >= res.status && 199 < res.status;`,
      output: `${fetched}export const a = res.ok;`,
      errors: [preferOk(18, '299 >= res.status && 199 < res.status', 'res.ok')],
    },
    {
      code: `${fetched}if (res.status < 200 || res.status >= 300) throw new Error(String(res.status));`,
      output: `${fetched}if (!res.ok) throw new Error(String(res.status));`,
      errors: [preferOk(5, 'res.status < 200 || res.status >= 300', '!res.ok')],
    },
    {
      // Inside a longer chain: only the two adjacent bounds are replaced.
      code: `${fetched}declare const cached: boolean;\nexport const a = cached && res.status >= 200 && res.status <= 299 && res.bodyUsed;`,
      output: `${fetched}declare const cached: boolean;\nexport const a = cached && res.ok && res.bodyUsed;`,
      errors: [preferOk(28, 'res.status >= 200 && res.status <= 299', 'res.ok', 3)],
    },
    {
      code: `${fetched}export const a = Math.floor(res.status / 100) === 2;\nexport const b = 2 !== Math.trunc(res.status / 100);`,
      output: `${fetched}export const a = res.ok;\nexport const b = !res.ok;`,
      errors: [
        preferOk(18, 'Math.floor(res.status / 100) === 2', 'res.ok'),
        preferOk(18, '2 !== Math.trunc(res.status / 100)', '!res.ok', 3),
      ],
    },
    {
      // A member chain owner, the global fetch's result, and a parenthesized check.
      code: 'export async function load(this: { last: Response }, url: string) {\n  const response = await fetch(url);\n  if (!(response.status >= 200 && response.status < 300)) return this.last.status >= 200 && this.last.status < 300;\n}',
      output:
        'export async function load(this: { last: Response }, url: string) {\n  const response = await fetch(url);\n  if (!(response.ok)) return this.last.ok;\n}',
      errors: [
        preferOk(9, 'response.status >= 200 && response.status < 300', 'response.ok', 3),
        preferOk(66, 'this.last.status >= 200 && this.last.status < 300', 'this.last.ok', 3),
      ],
    },
    {
      // Hono's c.res is a fetch Response too.
      code: "import type { Context } from 'hono';\nexport const logged = (c: Context) => c.res.status >= 200 && c.res.status < 300;",
      output: "import type { Context } from 'hono';\nexport const logged = (c: Context) => c.res.ok;",
      errors: [preferOk(39, 'c.res.status >= 200 && c.res.status < 300', 'c.res.ok')],
    },
  ],
});

describe('prefer-response-ok without type information', () => {
  const untyped = {
    valid: [
      'const a = res.status >= 200 && res.status < 300;',
      'const a = Math.floor(res.status / 100) === 2;',
    ],
    invalid: [],
  };
  ruleTester.run('prefer-response-ok (typescript-eslint parser, no program)', rule, untyped);
  espreeRuleTester.run('prefer-response-ok (espree)', rule, untyped);

  afterEach(() => {
    vi.restoreAllMocks();
    resetTypeWarning();
  });

  it('skips the file and warns once per run, naming the rule, the file and the fix', async () => {
    resetTypeWarning();
    const emitted = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{ plugins: { 'http-status': plugin }, rules: { 'http-status/prefer-response-ok': 'error' } }],
    });
    const code = 'export const a = (res) => res.status >= 200 && res.status < 300;\n';
    const [first] = await eslint.lintText(code, { filePath: 'src/client.js' });
    await eslint.lintText(code, { filePath: 'src/other.js' });
    expect(first?.messages).toEqual([]);
    expect(emitted.mock.calls).toEqual([
      [
        "eslint-plugin-http-status: the rule http-status/prefer-response-ok needs type information, and src/client.js has none, so the rule skips it (and any other such file in this run). Give these files a TypeScript program (parserOptions.projectService) or lint them with configs.recommended instead of configs['recommended-type-checked'].",
        { type: 'HttpStatusWarning', code: 'HTTP_STATUS_NO_TYPES' },
      ],
    ]);
  });
});
