import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';

const ruleId = 'http-status/require-status-headers';

function lint(code: string, rules: Record<string, unknown>, filePath = 'server.js'): Promise<ESLint.LintResult[]> {
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
  return eslint.lintText(code, { filePath });
}

const server = [
  "const { StatusCodes } = require('http-status-codes');",
  "app.get('/me', (req, res) => {",
  '  if (!req.user) return res.status(StatusCodes.UNAUTHORIZED).json({ message: "Log in first" });',
  "  if (req.method !== 'GET') return res.status(405).end();",
  "  res.set('Allow', 'GET');",
  '  if (req.stale) return res.status(405).end();',
  '  res.status(201).json(req.user);',
  '});',
].join('\n');

describe('require-status-headers through the ESLint class', () => {
  it('reports required headers in plain JS', async () => {
    const [result] = await lint(server, { [ruleId]: 'error' });
    expect(result!.messages.map(({ ruleId: id, line, column, message }) => ({ id, line, column, message }))).toEqual([
      {
        id: ruleId,
        line: 3,
        column: 25,
        message:
          '401 (Unauthorized) is sent without the WWW-Authenticate header, which RFC 9110 requires with it (Section 15.5.2).',
      },
      {
        id: ruleId,
        line: 4,
        column: 36,
        message: '405 (Method Not Allowed) is sent without the Allow header, which RFC 9110 requires with it (Section 15.5.6).',
      },
    ]);
  });

  it('reports recommended headers with checkRecommended', async () => {
    const [result] = await lint(server, { [ruleId]: ['error', { checkRecommended: true }] });
    expect(result!.messages.map(({ line, message }) => ({ line, message }))).toContainEqual({
      line: 7,
      message: '201 (Created) is sent without the Location header, which RFC 9110 recommends with it (Section 15.3.2).',
    });
  });

  it('turns bad options into a readable error', async () => {
    const error: unknown = await lint(server, { [ruleId]: ['error', { checkRecommended: 'yes' }] }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('should be boolean');
  });

  it('is only in the strict config', () => {
    expect(plugin.configs.strict.rules[ruleId]).toBe('error');
    expect(plugin.configs.recommended.rules[ruleId]).toBeUndefined();
    expect(plugin.configs['recommended-type-checked'].rules[ruleId]).toBeUndefined();
  });
});
