import { describe, expect, inject, it } from 'vitest';
import {
  apiSourceFiles,
  expectedExitCode,
  expectedFindings,
  findingsOf,
  lintedFiles,
  parseJsonResults,
  profileOf,
  runEslint,
  type ConfigName,
  type LegacyConfigName,
} from './eslint';
import type { ProjectName } from './projects';

export interface ConfigCase {
  /** What the user wrote, for the test title. */
  readonly title: string;
  /** Extra CLI arguments that select the config (`-c file`), if not the default lookup. */
  readonly configArgs: readonly string[];
  /** The plugin config the file uses, to know which rules must report. */
  readonly config: ConfigName | LegacyConfigName;
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * For each config of a project: the `eslint` CLI over the API reports exactly the
 * marked findings (rule ids and lines) and exits 1 when there are errors; the clean
 * file passes with exit 0.
 */
export function describeConfigMatrix(
  project: ProjectName,
  eslintMajor: number,
  cases: readonly ConfigCase[],
  sharedEnv: Readonly<Record<string, string>> = {},
): void {
  const dir = inject('integration').projects[project];

  describe(`${project}: the project's own eslint`, () => {
    it(`is ESLint ${eslintMajor}`, async () => {
      const result = await runEslint(dir, ['--version']);
      expect(result.stdout.trim()).toMatch(new RegExp(`^v${eslintMajor}\\.`, 'u'));
    });
  });

  describe.each(cases)(`${project}: $title`, ({ configArgs, config, env }) => {
    const runEnv = { ...sharedEnv, ...env };

    it('reports the marked problems of the API with their rule ids and lines, exit 1 when any', async () => {
      const result = await runEslint(dir, ['src', ...configArgs, '--format', 'json'], runEnv);
      const results = parseJsonResults(result);
      const expected = expectedFindings(profileOf(dir, config));
      // Every .js and .ts file, so a config that silently skips TypeScript fails here.
      expect(lintedFiles(results, dir)).toEqual(apiSourceFiles());
      expect(findingsOf(results, dir), result.stderr).toEqual(expected);
      expect(result.exitCode, `${result.command}\n${result.stderr}`).toBe(expectedExitCode(expected));
    });

    it('passes the clean file with exit 0', async () => {
      const result = await runEslint(dir, ['src/clean.js', ...configArgs, '--format', 'json'], runEnv);
      const [report] = parseJsonResults(result);
      expect(report?.messages, result.stderr).toEqual([]);
      expect(result.exitCode, `${result.command}\n${result.stderr}`).toBe(0);
    });
  });
}
