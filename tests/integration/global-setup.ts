import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { run, runOrThrow } from './harness/process';
import { fixturesDir, projectSpecs, repoRoot, type ProjectName, type ProjectSpec } from './harness/projects';

export interface IntegrationContext {
  /** The temp folder holding the tarball and every project. */
  readonly root: string;
  readonly tarball: string;
  readonly projects: Readonly<Record<ProjectName, string>>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    integration: IntegrationContext;
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npmFlags = ['--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestMtime(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

/** Builds dist/ when it is missing or older than what it is built from. */
async function ensureBuilt(): Promise<void> {
  const builtAt = await stat(path.join(repoRoot, 'dist', 'index.cjs')).then(
    (info) => info.mtimeMs,
    () => 0,
  );
  const inputs = ['src', 'rules', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/write-entries.mjs'];
  const sourcesAt = Math.max(...(await Promise.all(inputs.map((input) => newestMtime(path.join(repoRoot, input))))));
  if (builtAt >= sourcesAt) return;
  await runOrThrow(npm, ['run', 'build'], { cwd: repoRoot, timeoutMs: 300_000 });
}

async function packPlugin(root: string): Promise<string> {
  const stdout = await runOrThrow(npm, ['pack', '--json', '--pack-destination', root, '--loglevel=error'], {
    cwd: repoRoot,
  });
  const [packed] = JSON.parse(stdout) as [{ filename: string }];
  return path.join(root, packed.filename);
}

async function copyTemplates(dir: string, spec: ProjectSpec): Promise<void> {
  for (const template of spec.templates) {
    await cp(path.join(fixturesDir, template), dir, { recursive: true });
  }
}

async function createProject(root: string, spec: ProjectSpec, tarball: string): Promise<string> {
  const dir = path.join(root, spec.name);
  await copyTemplates(dir, spec);
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: `it-${spec.name}`, private: true, type: 'module' }, null, 2)}\n`,
  );
  // One install per project, with the tarball exactly as a user would get it from the registry.
  const result = await run(npm, ['install', ...npmFlags, tarball, ...spec.dependencies], {
    cwd: dir,
    timeoutMs: 540_000,
  });
  if (result.exitCode !== 0) {
    throw new Error(`npm install in ${spec.name} failed (${result.exitCode}):\n${result.stderr}`);
  }
  return dir;
}

/**
 * While working on the suite: HTTP_STATUS_KEEP_PROJECTS=1 keeps the projects after the
 * run, and HTTP_STATUS_REUSE_PROJECTS=<that folder> reuses them (fixtures copied again,
 * the freshly packed plugin installed, nothing else reinstalled).
 */
async function reuseProjects(root: string): Promise<IntegrationContext> {
  const tarball = await packPlugin(root);
  await Promise.all(
    projectSpecs.map(async (spec) => {
      const dir = path.join(root, spec.name);
      await copyTemplates(dir, spec);
      await runOrThrow(npm, ['install', ...npmFlags, '--no-save', tarball], { cwd: dir, timeoutMs: 300_000 });
    }),
  );
  const projects = Object.fromEntries(projectSpecs.map((spec) => [spec.name, path.join(root, spec.name)]));
  return { root, tarball, projects: projects as Record<ProjectName, string> };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureBuilt();
  const reuse = process.env.HTTP_STATUS_REUSE_PROJECTS;
  if (reuse) {
    project.provide('integration', await reuseProjects(reuse));
    return () => Promise.resolve();
  }
  const root = await mkdtemp(path.join(tmpdir(), 'eslint-plugin-http-status-it-'));
  const keep = Boolean(process.env.HTTP_STATUS_KEEP_PROJECTS);
  const cleanUp = async (): Promise<void> => {
    if (keep) console.log(`integration projects kept in ${root}`);
    else await rm(root, { recursive: true, force: true });
  };
  try {
    const tarball = await packPlugin(root);
    const dirs = await Promise.all(projectSpecs.map((spec) => createProject(root, spec, tarball)));
    const projects = Object.fromEntries(projectSpecs.map((spec, index) => [spec.name, dirs[index]]));
    project.provide('integration', { root, tarball, projects: projects as Record<ProjectName, string> });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}
