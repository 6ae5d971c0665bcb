// The project's own lint: typescript-eslint (type-checked) and eslint-plugin-eslint-plugin.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/', '.corpus/', '.tmp/', 'tests/fixtures/', 'examples/', '**/*.md']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'bench/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['rules/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) ' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/no-property-in-node': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/meta-property-ordering': 'error',
      'eslint-plugin/require-meta-docs-url': 'off',
      // RuleCreator takes `defaultOptions` beside `meta` and merges them into the options itself.
      'eslint-plugin/require-meta-default-options': 'off',
    },
  },
  {
    files: ['tests/**/*.test.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    rules: {
      'eslint-plugin/consistent-output': 'error',
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/no-only-tests': 'error',
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
