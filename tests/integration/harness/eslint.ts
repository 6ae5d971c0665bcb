import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { run, type ProcessResult } from './process';
import { fixturesDir } from './projects';

export const PLUGIN_PREFIX = 'http-status/';

export interface EslintRun extends ProcessResult {
  /** The command as a user would type it, for failure messages. */
  readonly command: string;
}

/** Runs the project's own `eslint` CLI, the way `npx eslint ...` would. */
export async function runEslint(
  projectDir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<EslintRun> {
  const bin = path.join(projectDir, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const result = await run(process.execPath, [bin, ...args], { cwd: projectDir, env });
  const prefix = Object.entries(env)
    .map(([key, value]) => `${key}=${value} `)
    .join('');
  return { ...result, command: `${prefix}eslint ${args.join(' ')}` };
}

/** One message of `--format json`, reduced to what the tests compare. */
export interface Finding {
  /** Path relative to the project, with `/`. */
  readonly file: string;
  readonly line: number;
  /** The rule id; `null` for a parse error (which then shows in a failing comparison). */
  readonly ruleId: string | null;
}

export interface JsonMessage {
  readonly ruleId: string | null;
  readonly severity: number;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly fatal?: boolean;
  readonly suggestions?: readonly { readonly desc: string }[];
}

export interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly JsonMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Parses `--format json` output, with the command's stderr in the error when it is not JSON. */
export function parseJsonResults(result: EslintRun): JsonResult[] {
  try {
    return JSON.parse(result.stdout) as JsonResult[];
  } catch {
    throw new Error(
      `${result.command} did not print JSON (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || String(a.ruleId).localeCompare(String(b.ruleId));
}

/** Every message of a JSON report as sorted findings. */
export function findingsOf(results: readonly JsonResult[], projectDir: string): Finding[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: path.relative(projectDir, result.filePath).split(path.sep).join('/'),
        line: message.line,
        ruleId: message.ruleId,
      })),
    )
    .sort(compareFindings);
}

/** What a config is, for deciding which markers apply. */
export interface ConfigProfile {
  /** The rules the config enables, as full ids (`http-status/...`). */
  readonly rules: readonly string[];
  readonly typed: boolean;
  readonly strict: boolean;
}

export type ConfigName = 'recommended' | 'recommended-type-checked' | 'strict';
export type LegacyConfigName = `legacy-${ConfigName}`;

interface InstalledPlugin {
  readonly rules: Readonly<Record<string, unknown>>;
  readonly configs: Readonly<Record<ConfigName | LegacyConfigName, { readonly rules: Readonly<Record<string, unknown>> }>>;
}

/** The plugin as the project installed it from the tarball. */
export function installedPlugin(projectDir: string): InstalledPlugin {
  const requireFromProject = createRequire(path.join(projectDir, 'package.json'));
  return requireFromProject('eslint-plugin-http-status') as InstalledPlugin;
}

export function profileOf(projectDir: string, config: ConfigName | LegacyConfigName): ConfigProfile {
  const { rules } = installedPlugin(projectDir).configs[config];
  const base = config.replace(/^legacy-/u, '');
  return {
    rules: Object.keys(rules).sort(),
    typed: base === 'recommended-type-checked',
    strict: base === 'strict',
  };
}

interface Marker {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly only?: 'typed' | 'untyped' | 'strict';
}

const MARKER = /\/\/ expect: (.+)$/u;
const MARKED_RULE = /^([a-z-]+)(?:\((typed|untyped|strict)\))?$/u;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(entryPath);
    return /\.[cm]?[jt]sx?$/u.test(entry.name) ? [entryPath] : [];
  });
}

/** Every source file of the API fixture (relative, with `/`): what `eslint src` must lint. */
export function apiSourceFiles(): string[] {
  const apiDir = path.join(fixturesDir, 'api');
  return filesUnder(path.join(apiDir, 'src'))
    .map((file) => path.relative(apiDir, file).split(path.sep).join('/'))
    .sort();
}

/** The files a JSON report covers (relative, with `/`). */
export function lintedFiles(results: readonly JsonResult[], projectDir: string): string[] {
  return results.map((result) => path.relative(projectDir, result.filePath).split(path.sep).join('/')).sort();
}

/** The expectation markers of the API fixture (`// expect: rule, rule(typed)`, see its README). */
export function readMarkers(): Marker[] {
  const apiDir = path.join(fixturesDir, 'api');
  const markers: Marker[] = [];
  for (const file of filesUnder(path.join(apiDir, 'src'))) {
    const relative = path.relative(apiDir, file).split(path.sep).join('/');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const marker = MARKER.exec(text)?.[1];
        if (marker === undefined) return;
        for (const item of marker.split(',')) {
          const parsed = MARKED_RULE.exec(item.trim());
          if (!parsed?.[1]) throw new Error(`${relative}:${index + 1}: bad expectation marker "${item.trim()}"`);
          const only = parsed[2] as Marker['only'];
          markers.push({ file: relative, line: index + 1, rule: `${PLUGIN_PREFIX}${parsed[1]}`, ...(only && { only }) });
        }
      });
  }
  return markers;
}

/** The findings a config must produce on the API fixture: the markers of the rules it enables. */
export function expectedFindings(profile: ConfigProfile, files?: (file: string) => boolean): Finding[] {
  const applies = (marker: Marker): boolean => {
    if (!profile.rules.includes(marker.rule)) return false;
    if (files && !files(marker.file)) return false;
    switch (marker.only) {
      case 'typed':
        return profile.typed;
      case 'untyped':
        return !profile.typed;
      case 'strict':
        return profile.strict;
      default:
        return true;
    }
  };
  return readMarkers()
    .filter(applies)
    .map((marker) => ({ file: marker.file, line: marker.line, ruleId: marker.rule }))
    .sort(compareFindings);
}

/** The exit code ESLint must give: 1 when there is an error, else 0. */
export function expectedExitCode(findings: readonly Finding[]): number {
  return findings.length > 0 ? 1 : 0;
}
