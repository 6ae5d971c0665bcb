import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** The folders copied into the throw-away projects. */
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'integration');

export type ProjectName = 'eslint8-eslintrc' | 'eslint9-eslintrc' | 'eslint9-flat' | 'eslint10-flat' | 'ci-gate';

export interface ProjectSpec {
  readonly name: ProjectName;
  /** npm install specs, besides the plugin tarball. */
  readonly dependencies: readonly string[];
  /** Fixture folders copied into the project, in order. */
  readonly templates: readonly string[];
}

interface RootPackageJson {
  readonly devDependencies: Readonly<Record<string, string>>;
}
const rootPackage = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as RootPackageJson;

/**
 * `name@range` with the range this repository develops against, so the throw-away
 * projects test the same versions as the unit tests (`eslint-v8` is `npm:eslint@^8.57.1`).
 */
function sameAsHere(name: string, devDependency = name): string {
  const range = rootPackage.devDependencies[devDependency];
  if (range === undefined) throw new Error(`package.json has no devDependency ${devDependency}`);
  return `${name}@${range.replace(/^npm:[^@]+@/u, '')}`;
}

const typescript = sameAsHere('typescript');
/** What the framework files import, so that typed configs see the real declarations. */
const frameworks = [
  'express',
  '@types/express',
  '@types/node',
  'fastify',
  'koa',
  '@types/koa',
  'hono',
  '@nestjs/common',
  'reflect-metadata',
  'rxjs',
  'axios',
].map((name) => sameAsHere(name));

export const projectSpecs: readonly ProjectSpec[] = [
  {
    name: 'eslint8-eslintrc',
    // Untyped only: the TypeScript files go through the parser without a program.
    dependencies: [sameAsHere('eslint', 'eslint-v8'), sameAsHere('@typescript-eslint/parser'), typescript],
    templates: ['api', 'eslintrc'],
  },
  {
    name: 'eslint9-eslintrc',
    dependencies: [sameAsHere('eslint', 'eslint-v9'), sameAsHere('@typescript-eslint/parser'), typescript, ...frameworks],
    templates: ['api', 'eslintrc'],
  },
  {
    name: 'eslint9-flat',
    dependencies: [sameAsHere('eslint', 'eslint-v9'), sameAsHere('typescript-eslint'), typescript, ...frameworks],
    templates: ['api', 'flat'],
  },
  {
    name: 'eslint10-flat',
    // jiti: how ESLint loads an eslint.config.ts on Node versions without type stripping.
    dependencies: [sameAsHere('eslint'), sameAsHere('typescript-eslint'), typescript, 'jiti@^2.6.1', ...frameworks],
    templates: ['api', 'flat', 'config-types'],
  },
  {
    // The CI gate edits its files (cache, documented table): it gets a project of its own.
    name: 'ci-gate',
    dependencies: [
      sameAsHere('eslint'),
      sameAsHere('typescript-eslint'),
      typescript,
      '@microsoft/eslint-formatter-sarif@^3.1.0',
    ],
    templates: ['api', 'flat', 'ci-gate'],
  },
];
