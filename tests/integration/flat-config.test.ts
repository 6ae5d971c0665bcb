// `eslint.config.*` users: ESLint 9 and 10, ESM and CommonJS configs, every flat config.
import { describe, expect, inject, it } from 'vitest';
import { installedPlugin, PLUGIN_PREFIX, readMarkers } from './harness/eslint';
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

describe('the API fixture', () => {
  it('marks findings of every rule the plugin has, so no rule goes untested here', () => {
    const marked = new Set(readMarkers().map((marker) => marker.rule));
    const ruleIds = Object.keys(installedPlugin(inject('integration').projects['eslint10-flat']).rules).map(
      (name) => `${PLUGIN_PREFIX}${name}`,
    );
    expect(ruleIds.filter((ruleId) => !marked.has(ruleId))).toEqual([]);
  });
});
