import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';

const ruleId = 'http-status/no-undocumented-status';

function lint(code: string, settings?: unknown): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        plugins: { 'http-status': plugin as unknown as ESLint.Plugin },
        rules: { [ruleId]: 'error' },
        ...(settings === undefined ? {} : { settings: { 'http-status': settings } }),
      },
    ],
  });
  return eslint.lintText(code, { filePath: 'server.js' });
}

describe('no-undocumented-status through the ESLint class', () => {
  it('reports undocumented and invalid codes in plain JS with the Ving table', async () => {
    const code = [
      "const { StatusCodes } = require('http-status-codes');",
      'app.get("/x", (req, res) => {',
      '  if (!req.query.id) return res.status(441).json({ error: "missing" });',
      '  if (teapot) return res.status(StatusCodes.IM_A_TEAPOT).end();',
      '  res.sendStatus(2000);',
      '});',
    ].join('\n');
    const [result] = await lint(code, { codes: [200, 404, 441, 442] });
    expect(result!.messages.map(({ ruleId: id, line, column, message }) => ({ id, line, column, message }))).toEqual([
      {
        id: ruleId,
        line: 4,
        column: 33,
        message:
          "418 is registered as unused (RFC 9110, Section 15.5.19) and is not a documented status of this API (settings['http-status'].codes).",
      },
      {
        id: ruleId,
        line: 5,
        column: 18,
        message: '2000 is not an HTTP status code: a status is an integer from 100 to 599.',
      },
    ]);
  });

  it('names the default table when nothing is configured', async () => {
    const [result] = await lint('res.status(441).end();');
    expect(result!.messages.map((message) => message.message)).toEqual([
      "441 is not a registered HTTP status code (the IANA registry, by default); if the API documents it, list it in settings['http-status'].",
    ]);
  });

  it('turns bad settings into one readable error', async () => {
    const error: unknown = await lint('res.status(404);', { codes: [200, 2000] }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    const { message, stack } = error as Error;
    expect(message).toContain(
      "settings['http-status'].codes[1] must be an integer status code from 100 to 599; got 2000.",
    );
    // No frames from inside the plugin: the printed stack is the message.
    expect(stack).not.toMatch(/\n\s+at /u);
  });

  it('is in the configs: recommended as error, strict with reportUnresolved and reportUnknownRoutes', () => {
    expect(plugin.configs.recommended.rules[ruleId]).toBe('error');
    expect(plugin.configs['recommended-type-checked'].rules[ruleId]).toBe('error');
    expect(plugin.configs.strict.rules[ruleId]).toEqual(['error', { reportUnresolved: true, reportUnknownRoutes: true }]);
  });
});
