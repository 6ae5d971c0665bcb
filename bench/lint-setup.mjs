// The ESLint setups the corpus is linted with, shared by `test:corpus` and `bench`:
// the built plugin (dist/) through the real `ESLint` class, without and with types.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { corpusRoot, projectRoot } from './corpus.mjs';


/** The built plugin of this checkout, or of another one (`root`: a worktree of an earlier commit, say). */
export async function loadPlugin(root = projectRoot) {
  const distEntry = path.join(root, 'dist', 'index.cjs');
  if (!existsSync(distEntry)) throw new Error(`${distEntry} is missing: run \`npm run build\` in ${root} first.`);
  const { default: plugin } = await import(distEntry);
  return plugin;
}

/** The plugin's rule ids, and those that need type information. */
export function pluginRuleIds(plugin) {
  const all = Object.keys(plugin.rules).map((name) => `http-status/${name}`);
  const typed = Object.entries(plugin.rules)
    .filter(([, rule]) => rule.meta.docs?.requiresTypeChecking)
    .map(([name]) => `http-status/${name}`);
  return { all, typed };
}

function moduleTypeOf(pkg) {
  if (pkg.sourceType) return pkg.sourceType;
  const { type } = JSON.parse(readFileSync(path.join(pkg.dir, 'package.json'), 'utf8'));
  return type === 'module' ? 'module' : 'commonjs';
}

/** The corpus files are what they are: their inline comments must not change the run. */
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' };

/** Parsers for every file of the corpus, without type information. */
export function untypedLanguageConfigs(packages) {
  return [
    { linterOptions },
    ...packages.map((pkg) => ({
      files: [`${path.relative(corpusRoot, pkg.dir)}/**/*.js`],
      languageOptions: { ecmaVersion: 'latest', sourceType: moduleTypeOf(pkg) },
    })),
    { files: ['**/*.mjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    { files: ['**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    {
      files: ['**/*.jsx'],
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, sourceType: 'module' } },
  ];
}

/** TypeScript files of the typed parts, each part with the tsconfig `ensureTypedSetup` wrote. */
export function typedLanguageConfigs(packages) {
  return [
    { linterOptions },
    ...packages.map((pkg) => ({
      files: [`${path.relative(corpusRoot, pkg.dir)}/**/*.{ts,tsx,mts,cts}`],
      languageOptions: {
        parser: tsParser,
        sourceType: 'module',
        parserOptions: { projectService: true, tsconfigRootDir: pkg.dir },
      },
    })),
  ];
}

/** An `ESLint` over the corpus with these configs and nothing from disk. */
export function corpusESLint(overrideConfig, options = {}) {
  return new ESLint({ cwd: corpusRoot, overrideConfigFile: true, overrideConfig, ...options });
}

/** The plugin's rules of a config, with the plugin registered. */
export function pluginRules(plugin, configName) {
  return { plugins: { 'http-status': plugin }, rules: { ...plugin.configs[configName].rules } };
}
