// `eslint.config.*` users: ESLint 9 and 10, ESM and CommonJS configs, every flat config.
import { describeConfigMatrix, type ConfigCase } from './harness/matrix';

const flatCases: readonly ConfigCase[] = [
  { title: 'eslint.config.js (ESM) with configs.recommended', configArgs: [], config: 'recommended' },
  {
    title: 'eslint.config.cjs (require) with configs.recommended',
    configArgs: ['-c', 'eslint.config.cjs'],
    config: 'recommended',
  },
  {
    title: "configs['recommended-type-checked'] with typescript-eslint projectService",
    configArgs: ['-c', 'eslint.type-checked.config.js'],
    config: 'recommended-type-checked',
  },
  { title: 'configs.strict', configArgs: ['-c', 'eslint.strict.config.js'], config: 'strict' },
  {
    title: "defineConfig({ extends: ['http-status/recommended'] }) from eslint/config",
    configArgs: ['-c', 'eslint.define-config.config.js'],
    config: 'recommended',
  },
];

describeConfigMatrix('eslint9-flat', 9, flatCases);
describeConfigMatrix('eslint10-flat', 10, flatCases);
