import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';

const errorBody = 'http-status/require-error-body';
const bodyless = 'http-status/no-body-on-bodiless-status';

function lint(code: string, rules: Record<string, unknown>): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        plugins: { 'http-status': plugin as unknown as ESLint.Plugin },
        rules: rules as never,
      },
    ],
  });
  return eslint.lintText(code, { filePath: 'server.js' });
}

const server = [
  "const { StatusCodes } = require('http-status-codes');",
  "app.get('/users/:id', async (req, res) => {",
  '  const user = await find(req.params.id);',
  '  if (!user) return res.status(StatusCodes.NOT_FOUND).end();',
  "  if (req.get('If-None-Match') === user.etag) return res.status(304).json(user);",
  '  if (!user.active) return res.sendStatus(403);',
  "  res.status(400).json({ message: 'bad id' });",
  '});',
].join('\n');

describe('require-error-body and no-body-on-bodiless-status through the ESLint class', () => {
  it('report an error without a body and a body on 304 in plain JS', async () => {
    const [result] = await lint(server, { [errorBody]: 'error', [bodyless]: 'error' });
    expect(result!.messages.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual([
      {
        ruleId: errorBody,
        line: 4,
        column: 21,
        message: '404 (Not Found) is sent without a body: an error response should explain what went wrong.',
      },
      {
        ruleId: bodyless,
        line: 5,
        column: 75,
        message:
          '304 (Not Modified) cannot have content (RFC 9110), so this body never reaches the client: Node drops it.',
      },
      {
        ruleId: errorBody,
        line: 6,
        column: 28,
        message:
          '403 (Forbidden) is sent with only its reason phrase as the body: send a body that explains what went wrong.',
      },
    ]);
    const suggestions = result!.messages[1]!.suggestions!.map(({ desc }) => desc);
    expect(suggestions).toEqual(['Send 304 (Not Modified) without a body.', 'Send the body with 200 (OK) instead.']);
  });

  it('take their options: allowSendStatus and the problem-details preset', async () => {
    const [result] = await lint(server, {
      [errorBody]: ['error', { allowSendStatus: true, preset: 'problem-details' }],
    });
    expect(result!.messages.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 4, message: '404 (Not Found) is sent without a body: an error response should explain what went wrong.' },
      {
        line: 7,
        message:
          'The error body sent with 400 (Bad Request) is missing `type`, `title` (required by the problem-details preset, RFC 9457).',
      },
    ]);
  });

  it('turn bad options into a readable error', async () => {
    const error: unknown = await lint(server, { [errorBody]: ['error', { preset: 'rfc7807' }] }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('Value "rfc7807" should be equal to one of the allowed values.');
  });

  it('are in the recommended configs as errors', () => {
    for (const config of ['recommended', 'recommended-type-checked', 'strict'] as const) {
      expect(plugin.configs[config].rules[errorBody]).toBe('error');
      expect(plugin.configs[config].rules[bodyless]).toBe('error');
    }
  });
});
