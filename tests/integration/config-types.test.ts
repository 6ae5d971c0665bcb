// Types for config authors: eslint.config.ts and the `// @ts-check` JS configs type-check
// with `tsc --noEmit` against the .d.ts files in the installed tarball.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { installedPlugin, PLUGIN_PREFIX, runEslint } from './harness/eslint';
import { run } from './harness/process';

const projectDir = inject('integration').projects['eslint10-flat'];
const tsc = (project: string) =>
  run(process.execPath, [path.join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {
    cwd: projectDir,
  });

/** `file(line,column): error TScode` of each error tsc printed. */
const tscErrors = (stdout: string): string[] =>
  [...stdout.matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+)/gmu)].map((match) => `${match[1]}:${match[2]} ${match[3]}`);

/** The line of a fixture file that contains `text`, counted from 1. */
const lineOf = (file: string, text: string): number =>
  readFileSync(path.join(projectDir, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

describe('types for config authors', () => {
  it('type-checks eslint.config.ts and every @ts-check JS config, with lib checks on', async () => {
    const result = await tsc('tsconfig.config.json');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('rejects settings and rule options of the wrong shape before ESLint runs', async () => {
    const result = await tsc('tsconfig.bad.json');
    expect(result.exitCode).toBe(2);
    const at = (text: string): string => `bad.config.ts:${lineOf('bad.config.ts', text)}`;
    expect(tscErrors(result.stdout)).toEqual([
      `${at('codesAsText')} TS2322`,
      `${at('misspelledKey')} TS2561`,
      `${at('allowAsText')} TS2322`,
      `${at('unknownOption')} TS2561`,
      `${at('unknownRule')} TS2353`,
    ]);
  });

  it('types the options of exactly the rules the plugin has', async () => {
    const ids = Object.keys(installedPlugin(projectDir).rules).map((name) => `'${PLUGIN_PREFIX}${name}'`);
    writeFileSync(
      `${projectDir}/rule-ids.check.ts`,
      `import type { HttpStatusRuleOptions } from 'eslint-plugin-http-status';
type PluginRuleIds = ${ids.join(' | ')};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const typedRulesArePluginRules: Same<keyof HttpStatusRuleOptions, PluginRuleIds> = true;
`,
    );
    writeFileSync(
      `${projectDir}/tsconfig.rule-ids.json`,
      JSON.stringify({ extends: './tsconfig.config.json', files: ['rule-ids.check.ts'] }),
    );
    const result = await tsc('tsconfig.rule-ids.json');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('runs: eslint -c eslint.config.ts passes the clean file', async () => {
    const result = await runEslint(projectDir, ['-c', 'eslint.config.ts', 'src/clean.js', '--format', 'json']);
    expect(result.exitCode, result.stderr).toBe(0);
  });
});
