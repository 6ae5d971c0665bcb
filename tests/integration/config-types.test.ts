// Types for config authors: eslint.config.ts and the `// @ts-check` JS configs type-check
// with `tsc --noEmit` against the .d.ts files in the installed tarball.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runEslint } from './harness/eslint';
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

  it('rejects settings of the wrong shape before ESLint runs', async () => {
    const result = await tsc('tsconfig.bad.json');
    expect(result.exitCode).toBe(2);
    expect(tscErrors(result.stdout)).toEqual([
      `bad-settings.config.ts:${lineOf('bad-settings.config.ts', 'codesAsText')} TS2322`,
      `bad-settings.config.ts:${lineOf('bad-settings.config.ts', 'misspelledKey')} TS2561`,
    ]);
  });

  it('runs: eslint -c eslint.config.ts passes the clean file', async () => {
    const result = await runEslint(projectDir, ['-c', 'eslint.config.ts', 'src/clean.js', '--format', 'json']);
    expect(result.exitCode, result.stderr).toBe(0);
  });
});
