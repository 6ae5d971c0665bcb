import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { SuggestionFinding } from '../bench/suggestions.mjs' with { 'resolution-mode': 'import' };

/** The corpus check of suggestions, on findings made up to be right and wrong. */
describe('bench/suggestions.mjs: applying every corpus suggestion', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'http-status-suggestions-'));
  const file = path.join(folder, 'client.js');
  const source =
    'if (res.status === 404) retry();\nif (res.status !== 500) done();\nconst ok = r.status >= 200 && r.status < 300;\nif (err.response?.status !== 401) skip();\n';
  writeFileSync(file, source);
  const linter = new Linter();
  const parse = (text: string): Promise<string | undefined> =>
    Promise.resolve(linter.verify(text, { languageOptions: { ecmaVersion: 'latest' } }).find((message) => message.fatal)?.message);
  const at = (text: string) => [source.indexOf(text), source.indexOf(text) + text.length];
  const finding = (
    ruleId: string,
    edits: { desc: string; range: number[]; text: string }[],
    fix?: { range: number[]; text: string },
  ): SuggestionFinding => ({
    ruleId,
    entry: { file },
    relative: 'client.js',
    line: 1,
    column: 1,
    fix,
    suggestions: edits.map(({ desc, range, text }) => ({ desc, fix: { range, text } })),
  });
  const run = async (findings: SuggestionFinding[]) => {
    // The bench script is an ES module; this test file is CommonJS.
    const { checkSuggestions } = await import('../bench/suggestions.mjs');
    return checkSuggestions([{ name: 'unit', result: { findings }, parse }]);
  };

  it('passes class checks, their negations, res.ok and named constants', async () => {
    const tally = await run([
      finding('http-status/no-hardcoded-status-comparison', [
        { desc: 'class', range: at('res.status === 404'), text: 'res.status >= 400 && res.status < 500' },
        { desc: 'constant', range: at('404'), text: 'StatusCodes.NOT_FOUND' },
      ]),
      finding('http-status/no-hardcoded-status-comparison', [
        { desc: 'negated', range: at('res.status !== 500'), text: 'res.status < 500 || res.status >= 600' },
      ]),
      finding('http-status/prefer-response-ok', [], { range: at('r.status >= 200 && r.status < 300'), text: 'r.ok' }),
    ]);
    expect(tally).toMatchObject({ applied: 4, parsed: 4, comparisons: 3, evaluated: 3, constants: 1, failures: [] });
  });

  it('fails a rewrite that accepts statuses of another class, a wrong constant, and one that does not parse', async () => {
    const tally = await run([
      finding('http-status/no-hardcoded-status-comparison', [
        { desc: 'too wide', range: at('res.status === 404'), text: 'res.status >= 400' },
        { desc: 'wrong constant', range: at('404'), text: 'StatusCodes.GONE' },
        { desc: 'broken', range: at('res.status === 404'), text: 'res.status >= && 400' },
        {
          desc: 'unguarded',
          range: at('err.response?.status !== 401'),
          text: 'err.response?.status < 400 || err.response?.status >= 500',
        },
      ]),
    ]);
    expect(tally.applied).toBe(4);
    expect(tally.failures).toEqual([
      expect.stringMatching(/^unit client\.js:1:1 \(too wide\): .* changes what it accepts beyond the class: 500, 501, 502/u),
      'unit client.js:1:1 (wrong constant): StatusCodes.GONE is not 404',
      expect.stringMatching(/^unit client\.js:1:1 \(broken\): does not parse: /u),
      expect.stringMatching(/\(unguarded\): .* beyond the class: undefined$/u),
    ]);
  });
});
