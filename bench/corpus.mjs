// The real-world corpus: pinned npm tarballs of API servers and HTTP clients,
// downloaded with `npm pack` into `.corpus/` (git-ignored) and reused when present.
// Run directly (`npm run corpus`) it downloads what is missing and prints the size
// of each part; the other bench scripts import `ensureCorpus` and `corpusFiles`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const corpusRoot = path.join(projectRoot, '.corpus');
const tarballDir = path.join(corpusRoot, 'tarballs');
export const packagesDir = path.join(corpusRoot, 'packages');

/**
 * The corpus. `part` is the folder of the tarball that is linted; `skip` lists
 * folders inside it that are not ours to lint (hono's CommonJS twin and types).
 * Parts with `typedDependencies` are TypeScript sources that also get a
 * type-aware run, with those dependencies installed beside them.
 */
export const corpusPackages = [
  {
    name: '@budibase/server',
    version: '3.38.1',
    part: 'src',
    kind: 'Koa app',
    // The monorepo's own packages are not all published at 3.38.1 and some of the
    // server's dependencies no longer resolve on npm, so the typed run installs the
    // ones that shape its HTTP code: the Koa context types and Budibase's types.
    typedDependencies: [
      '@budibase/backend-core@3.38.0',
      '@budibase/shared-core@3.38.0',
      '@budibase/types@3.38.0',
      '@koa/router@15.3.0',
      '@types/koa@3.0.1',
      '@types/lodash@4.14.200',
      '@types/node-fetch@2.6.4',
      '@types/node@22.20.5',
      '@types/supertest@2.0.14',
      'joi@17.6.0',
      'koa@3.1.2',
      'lodash@4.18.1',
      'node-fetch@2.6.7',
      'supertest@6.3.4',
      'undici@6.24.0',
    ],
  },
  { name: '@medusajs/medusa', version: '2.21.2', part: 'dist', kind: 'Express API' },
  { name: 'unleash-server', version: '7.5.1', part: 'dist/lib', kind: 'Express API' },
  { name: '@actual-app/sync-server', version: '25.6.0', part: 'build', kind: 'Express API' },
  { name: 'verdaccio', version: '6.10.4', part: 'build', kind: 'Express API' },
  { name: 'hono', version: '4.13.19', part: 'dist', skip: ['dist/cjs', 'dist/types'], kind: 'framework' },
  // msw's own dependencies install cleanly: the typed run takes them as published.
  { name: 'msw', version: '2.15.0', part: 'src', kind: 'HTTP mocking', typedDependencies: 'own' },
  { name: 'axios', version: '1.21.1', part: 'lib', kind: 'client' },
  { name: 'ky', version: '1.14.3', part: 'distribution', kind: 'client' },
].map((entry) => ({ ...entry, slug: slugOf(entry.name), dir: path.join(packagesDir, slugOf(entry.name)) }));

function slugOf(name) {
  return name.replace(/^@/u, '').replace(/\//gu, '-');
}

const sourceExtension = /\.(?:[cm]?[jt]sx?)$/u;
const excludedName = /(?:\.d\.[cm]?ts|\.map|[.-]min\.[cm]?js|\.bundle\.[cm]?js)$/u;
/** Minified or bundled output is not code people wrote; lines this long only come from tools. */
const minifiedLineLength = 1000;

/**
 * Downloads and extracts every package that is not in the cache yet. A part is
 * complete when its marker file names the pinned version, so a half-extracted
 * folder from an interrupted run is redone.
 */
export function ensureCorpus({ log = () => {} } = {}) {
  mkdirSync(tarballDir, { recursive: true });
  for (const pkg of corpusPackages) {
    const marker = path.join(pkg.dir, '.corpus-version');
    if (existsSync(marker) && readFileSync(marker, 'utf8') === pkg.version) continue;
    const tarball = path.join(tarballDir, `${pkg.slug}-${pkg.version}.tgz`);
    if (!existsSync(tarball)) {
      log(`downloading ${pkg.name}@${pkg.version}`);
      const output = execFileSync(
        'npm',
        ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', tarballDir, '--json', '--silent'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const [{ filename }] = JSON.parse(output);
      const packed = path.join(tarballDir, path.basename(filename));
      if (packed !== tarball) renameSync(packed, tarball);
    }
    log(`extracting ${pkg.name}@${pkg.version} ${pkg.part}/`);
    rmSync(pkg.dir, { recursive: true, force: true });
    mkdirSync(pkg.dir, { recursive: true });
    // npm tarballs keep everything under `package/`; take the part and the manifest only.
    execFileSync('tar', [
      '-xzf',
      tarball,
      '-C',
      pkg.dir,
      '--strip-components=1',
      '--exclude=*.d.ts',
      '--exclude=*.d.mts',
      '--exclude=*.d.cts',
      '--exclude=*.map',
      'package/package.json',
      `package/${pkg.part}`,
    ]);
    writeFileSync(marker, pkg.version);
  }
}

export const typedPackages = corpusPackages.filter((pkg) => pkg.typedDependencies);

/**
 * Prepares the TypeScript parts for a type-aware run: installs their dependencies
 * (no install scripts) into the part's own `node_modules`, and writes the
 * `tsconfig.json` the project service finds for every file of the part. Imports
 * that stay unresolved become error types, which the rules must cope with.
 */
export function ensureTypedSetup({ log = () => {} } = {}) {
  for (const pkg of typedPackages) {
    const manifestPath = path.join(pkg.dir, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const specs =
      pkg.typedDependencies === 'own'
        ? Object.entries({ ...manifest.dependencies, '@types/node': '22.20.5' }).map(([name, range]) => `${name}@${range}`)
        : pkg.typedDependencies;
    const marker = path.join(pkg.dir, '.corpus-dependencies');
    const wanted = JSON.stringify(specs);
    if (!(existsSync(marker) && readFileSync(marker, 'utf8') === wanted)) {
      log(`installing ${specs.length} dependencies of ${pkg.name} for the typed run`);
      // The manifest keeps what module resolution reads (`type`, `imports`) and
      // loses the monorepo's dependency list, which does not install from npm.
      const { name, type, imports } = manifest;
      writeFileSync(manifestPath, JSON.stringify({ name, private: true, type, imports }, null, 2));
      execFileSync(
        'npm',
        ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', '--no-package-lock', ...specs],
        { cwd: pkg.dir, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      writeFileSync(marker, wanted);
    }
    writeFileSync(path.join(pkg.dir, 'tsconfig.json'), JSON.stringify(typedTsconfig(pkg), null, 2));
  }
}

function typedTsconfig(pkg) {
  return {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      // The sources import without extensions, as their bundlers allow.
      module: 'preserve',
      moduleResolution: 'bundler',
      types: ['node'],
      strict: true,
      esModuleInterop: true,
      resolveJsonModule: true,
      allowArbitraryExtensions: true,
      experimentalDecorators: true,
      jsx: 'preserve',
      skipLibCheck: true,
      noEmit: true,
    },
    include: [`${pkg.part}/**/*.ts`, `${pkg.part}/**/*.tsx`],
  };
}

/**
 * The files of the corpus that are linted, as absolute paths with their package,
 * line count and whether they are TypeScript. Sorted, so runs are comparable.
 */
export function corpusFiles() {
  const files = corpusPackages.flatMap((pkg) => sourceFilesOf(pkg, [pkg.part], pkg.skip ?? []));
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The source files under `parts` of one corpus entry (a package or an application),
 * without declarations, maps and minified output, as `{ file, pkg, lines, typescript }`.
 */
export function sourceFilesOf(pkg, parts, skipFolders = []) {
  const files = [];
  const skip = skipFolders.map((folder) => path.join(pkg.dir, folder));
  for (const part of parts) {
    for (const file of walk(path.join(pkg.dir, part))) {
      if (skip.some((folder) => file.startsWith(folder + path.sep))) continue;
      if (!sourceExtension.test(file) || excludedName.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      if (lines.some((line) => line.length > minifiedLineLength)) continue;
      files.push({ file, pkg, lines: lines.length, typescript: /\.[cm]?tsx?$/u.test(file) });
    }
  }
  return files;
}

function* walk(folder) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* walk(full);
    } else if (entry.isFile()) yield full;
  }
}

/** `{ files, lines }` per package slug and in total. */
export function corpusSize(files, packages = corpusPackages) {
  const byPackage = new Map(packages.map((pkg) => [pkg.slug, { pkg, files: 0, lines: 0 }]));
  for (const { pkg, lines } of files) {
    const size = byPackage.get(pkg.slug);
    size.files += 1;
    size.lines += lines;
  }
  const total = { files: files.length, lines: files.reduce((sum, { lines }) => sum + lines, 0) };
  return { byPackage: [...byPackage.values()], total };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureCorpus({ log: (line) => console.log(line) });
  if (!process.argv.includes('--untyped')) ensureTypedSetup({ log: (line) => console.log(line) });
  const { byPackage, total } = corpusSize(corpusFiles());
  const rows = byPackage.map(({ pkg, files, lines }) => [`${pkg.name}@${pkg.version}`, `${pkg.part}/`, files, lines]);
  rows.push(['total', '', total.files, total.lines]);
  printTable(['package', 'part', 'files', 'lines'], rows);
}

export function printTable(header, rows, write = console.log) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] === 'number' || row[column] === ''));
  const format = (row) =>
    row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  write(format(cells[0]));
  write(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) write(format(row));
}
