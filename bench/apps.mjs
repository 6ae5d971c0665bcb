// The application corpus: pinned commits of open-source API applications, their
// server code only (API routes, controllers, middleware), cut out of a git
// repository into `.corpus/apps/` (git-ignored). It measures precision on code
// people write, beside the npm corpus of libraries; it is not run in CI.
//
// `npm run test:corpus -- --apps` and `npm run bench -- --apps` use it. Each
// application comes from `git clone` of its GitHub URL, or, when
// `--mirror DIR` (or HTTP_STATUS_APP_MIRRORS=DIR) is given, from a local bare or
// normal clone at `DIR/<owner>+<name>/repo` or `DIR/<owner>+<name>`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusRoot, sourceFilesOf } from './corpus.mjs';

export const appsDir = path.join(corpusRoot, 'apps');

/** The applications, each with the commit and the folders that hold its server code. */
export const corpusApps = [
  {
    repo: 'unkeyed/unkey',
    commit: 'fc99b6b925b9f455886832261883f4086eb64d3d',
    kind: 'Next.js routes, tRPC',
    paths: ['web/apps/dashboard/app/api', 'web/apps/dashboard/lib', 'web/apps/portal/src'],
    typedProjects: { 'web/apps/dashboard': { '@/*': ['./*'] }, 'web/apps/portal': { '~/*': ['./src/*'] } },
  },
  {
    repo: 'teableio/teable',
    commit: 'c398cf4e0d79dfba72a3c8e98234e6b5d8bc17a6',
    kind: 'Nest API, Next.js API routes',
    paths: ['apps/nestjs-backend/src', 'apps/nextjs-app/src/pages/api', 'apps/nextjs-app/src/lib'],
    typedProjects: { 'apps/nestjs-backend': { '@/*': ['./src/*'] }, 'apps/nextjs-app': { '@/*': ['./src/*'] } },
  },
  {
    repo: 'mfts/papermark',
    commit: '7ff2e657ed09b56f0afcc863a5db52d0debd2e6a',
    kind: 'Next.js API routes',
    paths: ['pages/api', 'app/(ee)/api', 'ee/features', 'lib'],
    typedProjects: { '.': { '@/*': ['./*'] } },
  },
  {
    repo: 'openstatusHQ/openstatus',
    commit: '22df52eb0dbdafbad2c3fa41269f7a3a3cbf044b',
    kind: 'Hono API, Next.js routes',
    paths: [
      'apps/server/src',
      'apps/workflows/src',
      'packages/api/src',
      'apps/web/src/app/api',
      'apps/dashboard/src/app/api',
      'apps/status-page/src/app/api',
    ],
    typedProjects: Object.fromEntries(
      ['apps/server', 'apps/workflows', 'packages/api', 'apps/web', 'apps/dashboard', 'apps/status-page'].map((dir) => [dir, { '@/*': ['./src/*'] }]),
    ),
  },
  {
    repo: 'epicweb-dev/epic-stack',
    commit: 'f64d690722d8260a055bb63b042de877ab3f6a18',
    kind: 'Remix/React Router, Express',
    paths: ['app/routes', 'app/utils', 'server'],
    typedProjects: { '.': { '#app/*': ['./app/*'] } },
  },
  {
    repo: 'elk-zone/elk',
    commit: 'ae4ebf3375eb68f1f355390b4f163adb10f5026c',
    kind: 'Nuxt/h3 server',
    paths: ['server'],
    typedProjects: { '.': { '~/*': ['./*'] } },
  },
  {
    repo: 'sveltejs/realworld',
    commit: 'e80873cac4e615c96b6b95c6dcbc19699934a188',
    kind: 'SvelteKit',
    paths: ['src'],
    typedProjects: { '.': { '$lib/*': ['./src/lib/*'] } },
  },
].map((app) => {
  const slug = app.repo.replace('/', '+');
  return { ...app, name: app.repo, version: app.commit.slice(0, 10), slug, dir: path.join(appsDir, slug), sourceType: 'module' };
});

/** Tests are not server code: their status numbers are assertions. */
const testFile = /(?:\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)(?:__tests__|__mocks__|tests?|e2e)\/)/u;

function mirrorFolder(mirrorRoot, app) {
  for (const candidate of [path.join(mirrorRoot, app.slug, 'repo'), path.join(mirrorRoot, app.slug)]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`no mirror of ${app.repo} in ${mirrorRoot} (looked for ${app.slug}/repo and ${app.slug})`);
}

function mirrorOption() {
  const index = process.argv.indexOf('--mirror');
  if (index !== -1) {
    const value = process.argv[index + 1];
    if (!value || value.startsWith('--')) throw new Error('--mirror needs a folder: --mirror /path/to/mirrors');
    return path.resolve(value);
  }
  return process.env.HTTP_STATUS_APP_MIRRORS ? path.resolve(process.env.HTTP_STATUS_APP_MIRRORS) : undefined;
}

/**
 * Cuts every application's folders at its pinned commit out of a clone (a local
 * mirror, or a bare clone of its GitHub URL kept in `.corpus/apps/git/`). A part
 * is complete when its marker names the commit and the paths.
 */
export function ensureApps({ log = () => {}, mirrorRoot = mirrorOption() } = {}) {
  mkdirSync(appsDir, { recursive: true });
  for (const app of corpusApps) {
    const marker = path.join(app.dir, '.corpus-version');
    const wanted = JSON.stringify({ commit: app.commit, paths: app.paths });
    if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) continue;
    let gitDir;
    if (mirrorRoot) gitDir = mirrorFolder(mirrorRoot, app);
    else {
      gitDir = path.join(appsDir, 'git', app.slug);
      if (!existsSync(gitDir)) {
        log(`cloning ${app.repo}`);
        execFileSync('git', ['clone', '--bare', '--quiet', `https://github.com/${app.repo}.git`, gitDir], { stdio: 'inherit' });
      }
    }
    log(`extracting ${app.repo}@${app.version} ${app.paths.join(' ')}`);
    rmSync(app.dir, { recursive: true, force: true });
    mkdirSync(app.dir, { recursive: true });
    const archive = execFileSync('git', ['-C', gitDir, 'archive', '--format=tar', app.commit, '--', ...app.paths], {
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', app.dir], { input: archive });
    writeFileSync(marker, wanted);
  }
}

/**
 * For a typed lint of the applications (`count-sends --typed`): a `tsconfig.json` in each project
 * folder of each application, with the project's own path aliases. The applications' own tsconfigs
 * extend packages that are not installed, and so are their dependencies: imports of packages stay
 * unresolved (error types), while imports of the project's own files resolve, which is what the
 * cross-file helpers need.
 */
export function ensureAppTypedSetup() {
  for (const app of corpusApps) {
    for (const [project, paths] of Object.entries(app.typedProjects ?? {})) {
      const compilerOptions = {
        strict: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'preserve',
        noEmit: true,
        skipLibCheck: true,
        types: [],
        paths,
      };
      writeFileSync(path.join(app.dir, project, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, include: ['**/*'] }, null, 2)}\n`);
    }
  }
}

/** The linted files of the applications, in the shape of `corpusFiles()`, tests left out. */
export function appFiles() {
  const files = [];
  for (const app of corpusApps) {
    for (const entry of sourceFilesOf(app, app.paths)) {
      if (!testFile.test(path.relative(app.dir, entry.file).split(path.sep).join('/'))) files.push(entry);
    }
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
