import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { ESLint, type Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { loadCodeTable } from '../src';
import { getPluginSettings } from '../src/settings';
import { isStatusCodeNumber } from '../src/table/lookup';

/**
 * A stand-in for `no-undocumented-status` (built on another branch): it reports every
 * number literal that is a status code the documented table lacks. It reads the table
 * exactly as the plugin's rules do, through getPluginSettings.
 */
const documentedOnly: Rule.RuleModule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { undocumented: '{{code}} is not documented in {{origin}}.' },
  },
  create(context) {
    const { table } = getPluginSettings(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>);
    return {
      Literal(node) {
        if (isStatusCodeNumber(node.value) && !table.has(node.value)) {
          context.report({ node, messageId: 'undocumented', data: { code: String(node.value), origin: table.origin } });
        }
      },
    };
  },
};

const CODE = 'res.status(404).end();\nres.status(409).end();\n';

function project(): { dir: string; document: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'http-status-eslint-'));
  const document = path.join(dir, 'openapi.yaml');
  copyFileSync(path.join(__dirname, 'fixtures', 'openapi', 'petstore-swagger-2.0.yaml'), document);
  writeFileSync(path.join(dir, 'app.js'), CODE);
  return { dir, document };
}

/** Adds 409 to the document's DELETE /pets/{petId}, with a later mtime, as a save would. */
function document409(document: string): void {
  const text = readFileSync(document, 'utf8');
  writeFileSync(document, text.replace("        '441':\n", "        '409':\n          description: The pet is being adopted.\n        '441':\n"));
  const later = new Date(Date.now() + 5000);
  utimesSync(document, later, later);
}

function eslintFor(dir: string, settings: object, cache: boolean): ESLint {
  const config: Linter.Config[] = [
    {
      files: ['**/*.js'],
      plugins: { test: { rules: { 'documented-only': documentedOnly } } },
      rules: { 'test/documented-only': 'error' },
      settings: { 'http-status': settings },
    },
  ];
  return new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: config,
    cache,
    cacheLocation: path.join(dir, '.eslintcache'),
  });
}

async function messagesOf(eslint: ESLint): Promise<Pick<Linter.LintMessage, 'line' | 'column' | 'message'>[]> {
  const [result] = await eslint.lintFiles(['app.js']);
  return (result?.messages ?? []).map(({ line, column, message }) => ({ line, column, message }));
}

const UNDOCUMENTED_409 = [{ line: 2, column: 12, message: '409 is not documented in openapi.yaml.' }];

describe("settings['http-status'].source through the ESLint API", () => {
  it('reports a code the document lacks and accepts one it lists', async () => {
    const { dir } = project();
    expect(await messagesOf(eslintFor(dir, { source: 'openapi.yaml' }, false))).toEqual(UNDOCUMENTED_409);
  });

  it('sees a changed document in the same process (an editor server) when not caching', async () => {
    const { dir, document } = project();
    const eslint = eslintFor(dir, { source: 'openapi.yaml' }, false);
    expect(await messagesOf(eslint)).toEqual(UNDOCUMENTED_409);
    document409(document);
    expect(await messagesOf(eslint)).toEqual([]);
  });

  it('with --cache, a changed source document does NOT invalidate cached results: the config is unchanged', async () => {
    const { dir, document } = project();
    expect(await messagesOf(eslintFor(dir, { source: 'openapi.yaml' }, true))).toEqual(UNDOCUMENTED_409);
    document409(document);
    // A new run: ESLint finds app.js and the config unchanged and returns the cached result.
    expect(await messagesOf(eslintFor(dir, { source: 'openapi.yaml' }, true))).toEqual(UNDOCUMENTED_409);
    // The document does document 409 now; only the cache kept the old answer.
    expect(await messagesOf(eslintFor(dir, { source: 'openapi.yaml' }, false))).toEqual([]);
  });

  it('with loadCodeTable, a changed document is a changed config, so --cache lints again', async () => {
    const { dir, document } = project();
    // What eslint.config.js does on each run: `codes: loadCodeTable('./openapi.yaml')`.
    const settingsNow = (): object => ({ codes: loadCodeTable('openapi.yaml', { cwd: dir }) });
    expect(await messagesOf(eslintFor(dir, settingsNow(), true))).toEqual([
      { ...UNDOCUMENTED_409[0], message: "409 is not documented in settings['http-status'].codes." },
    ]);
    document409(document);
    expect(await messagesOf(eslintFor(dir, settingsNow(), true))).toEqual([]);
  });
});
