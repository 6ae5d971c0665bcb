// The CI gate: exit codes, --max-warnings 0, SARIF for code scanning, --cache and a
// changed documented table, --concurrency. ESLint 10 in a project of its own (these
// tests edit its files), and the ESLint 9 flat project for --concurrency.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  expectedExitCode,
  expectedFindings,
  findingsOf,
  installedPlugin,
  parseJsonResults,
  PLUGIN_PREFIX,
  profileOf,
  runEslint,
  type Finding,
} from './harness/eslint';

const { projects } = inject('integration');
const projectDir = projects['ci-gate'];
const project = (file: string): string => path.join(projectDir, file);

/** Restores the files a test edits. */
const edited = new Map<string, string>();
function editFile(file: string, change: (text: string) => string): void {
  const text = readFileSync(project(file), 'utf8');
  if (!edited.has(file)) edited.set(file, text);
  const changed = change(text);
  if (changed === text) throw new Error(`editing ${file} changed nothing`);
  writeFileSync(project(file), changed);
}
afterEach(() => {
  for (const [file, text] of edited) writeFileSync(project(file), text);
  edited.clear();
});

const recommended = () => profileOf(projectDir, 'recommended');

describe('--max-warnings 0', () => {
  const args = ['src', '-c', 'eslint.warnings.config.js'];

  it('passes warnings without it, exit 0', async () => {
    const result = await runEslint(projectDir, [...args, '--format', 'json']);
    const results = parseJsonResults(result);
    expect(findingsOf(results, projectDir)).toEqual(expectedFindings(recommended()));
    expect(results.flatMap((report) => report.messages.map((message) => message.severity))).not.toContain(2);
    expect(result.exitCode, result.stderr).toBe(0);
  });

  it('fails the gate on any warning, exit 1', async () => {
    const warnings = expectedFindings(recommended()).length;
    const result = await runEslint(projectDir, [...args, '--max-warnings', '0']);
    expect(result.exitCode, result.stderr).toBe(expectedExitCode(expectedFindings(recommended())));
    if (warnings > 0) {
      expect(result.stdout).toContain(`✖ ${warnings} problem${warnings === 1 ? '' : 's'} (0 errors, ${warnings} warning`);
      expect(result.stdout + result.stderr).toContain('ESLint found too many warnings (maximum: 0).');
    } else {
      expect(result.stdout).toBe('');
    }
  });
});

interface SarifLog {
  readonly version: string;
  readonly runs: readonly {
    readonly tool: {
      readonly driver: {
        readonly name: string;
        readonly rules?: readonly { readonly id: string; readonly helpUri?: string }[];
      };
    };
    readonly results: readonly {
      readonly ruleId: string;
      readonly ruleIndex?: number;
      readonly level: string;
      readonly message: { readonly text: string };
      readonly locations: readonly {
        readonly physicalLocation: {
          readonly artifactLocation: { readonly uri: string };
          readonly region: { readonly startLine: number };
        };
      }[];
    }[];
  }[];
}

describe('SARIF for code scanning (@microsoft/eslint-formatter-sarif)', () => {
  it('gives each result its rule id and a helpUri to the rule doc', async () => {
    rmSync(project('reports'), { recursive: true, force: true });
    const result = await runEslint(projectDir, [
      'src',
      '--format',
      '@microsoft/eslint-formatter-sarif',
      '--output-file',
      'reports/eslint.sarif',
    ]);
    const expected = expectedFindings(recommended());
    expect(result.exitCode, result.stderr).toBe(expectedExitCode(expected));

    const sarif = JSON.parse(readFileSync(project('reports/eslint.sarif'), 'utf8')) as SarifLog;
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run?.tool.driver.name).toBe('ESLint');
    const results = run?.results ?? [];
    const located: Finding[] = results.map((entry) => ({
      file: path.relative(projectDir, new URL(entry.locations[0]!.physicalLocation.artifactLocation.uri).pathname),
      line: entry.locations[0]!.physicalLocation.region.startLine,
      ruleId: entry.ruleId,
    }));
    expect(located.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)).toEqual(expected);

    const plugin = installedPlugin(projectDir);
    for (const entry of results) {
      expect(entry.level).toBe('error');
      expect(entry.message.text).not.toBe('');
      const rule = run?.tool.driver.rules?.[entry.ruleIndex ?? -1];
      expect(rule?.id).toBe(entry.ruleId);
      const name = entry.ruleId.slice(PLUGIN_PREFIX.length);
      const docsUrl = (plugin.rules[name] as { meta: { docs: { url: string } } }).meta.docs.url;
      expect(rule?.helpUri).toBe(docsUrl);
      expect(docsUrl).toBe(
        `https://github.com/eslint-plugin-http-status/eslint-plugin-http-status/blob/main/docs/rules/${name}.md`,
      );
      // The doc the link names ships in the package too.
      expect(existsSync(project(`node_modules/eslint-plugin-http-status/docs/rules/${name}.md`))).toBe(true);
    }
  });
});

describe('--cache', () => {
  const cacheArgs = ['--cache', '--cache-location', '.eslintcache', '--format', 'json'];
  const skipped = (stderr: string): string[] =>
    [...stderr.matchAll(/Skipping file since it hasn't changed: (.+)$/gmu)].map((match) =>
      path.relative(projectDir, match[1]!.trim()),
    );

  it('reuses the results of unchanged files on the second run', async () => {
    rmSync(project('.eslintcache'), { force: true });
    const first = await runEslint(projectDir, ['src', ...cacheArgs]);
    const firstFindings = findingsOf(parseJsonResults(first), projectDir);
    expect(firstFindings).toEqual(expectedFindings(recommended()));
    expect(existsSync(project('.eslintcache'))).toBe(true);

    const second = await runEslint(projectDir, ['src', ...cacheArgs, '--debug']);
    const results = parseJsonResults(second);
    expect(findingsOf(results, projectDir)).toEqual(firstFindings);
    expect(second.exitCode).toBe(first.exitCode);
    // Every file came from the cache: none was linted again.
    expect(skipped(second.stderr).sort()).toEqual(
      results.map((report) => path.relative(projectDir, report.filePath)).sort(),
    );
  });

  it('lints again, with the new table, after the inline documented table changes', async () => {
    const file = 'src/server.js';
    rmSync(project('.eslintcache'), { force: true });
    const before = await runEslint(projectDir, [file, ...cacheArgs]);
    const isServer = (marked: string): boolean => marked === file;
    expect(findingsOf(parseJsonResults(before), projectDir)).toEqual(expectedFindings(recommended(), isServer));

    // The API now documents 418: the table in the config changes, and with it ESLint's cache key.
    editFile('documented-codes.js', (text) => text.replace('[200,', '[200, 418,'));
    const after = await runEslint(projectDir, [file, ...cacheArgs, '--debug']);
    expect(skipped(after.stderr)).toEqual([]);
    expect(after.stderr).toContain(`Cache entry not found or no longer valid: ${project(file)}`);
    const teapotLine =
      readFileSync(project(file), 'utf8')
        .split('\n')
        .findIndex((line) => line.includes('res.status(418)')) + 1;
    expect(findingsOf(parseJsonResults(after), projectDir)).toEqual(
      expectedFindings(recommended(), isServer).filter(
        (finding) => !(finding.line === teapotLine && finding.ruleId === `${PLUGIN_PREFIX}no-undocumented-status`),
      ),
    );
  });
});

describe.each([
  ['ESLint 10', projectDir],
  ['ESLint 9', projects['eslint9-flat']],
])('--concurrency 2 on %s', (_title, dir) => {
  it('gives the same findings as a single thread', async () => {
    const help = await runEslint(dir, ['--help']);
    expect(help.stdout).toContain('--concurrency');

    const single = await runEslint(dir, ['src', '--concurrency', 'off', '--format', 'json', '--debug']);
    const parallel = await runEslint(dir, ['src', '--concurrency', '2', '--format', 'json', '--debug']);
    expect(single.stderr).toContain('Linting in single-thread mode.');
    expect(parallel.stderr).toContain('Linting using 2 worker thread(s).');
    const findings = findingsOf(parseJsonResults(single), dir);
    expect(findingsOf(parseJsonResults(parallel), dir)).toEqual(findings);
    expect(parallel.exitCode).toBe(single.exitCode);
    expect(findings).toEqual(expectedFindings(profileOf(dir, 'recommended')));
  });
});
