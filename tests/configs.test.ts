import { describe, expect, it } from 'vitest';
import plugin from '../src';
import { buildConfigs, configRules } from '../src/configs';
import { createRule } from '../src/create-rule';
import { rules } from '../rules';
import type { HttpStatusRule } from '../rules';

function ruleWith(docs: Partial<Parameters<typeof createRule>[0]['meta']['docs']>): HttpStatusRule {
  return createRule({
    name: 'probe',
    meta: { type: 'problem', docs: { description: 'Disallow probes', ...docs }, messages: {}, schema: [] },
    defaultOptions: [],
    create: () => ({}),
  });
}

describe('configs are derived from rule meta', () => {
  const probes = {
    plain: ruleWith({ recommended: 'recommended' }),
    typed: ruleWith({ recommended: 'recommended', requiresTypeChecking: true }),
    strictOnly: ruleWith({ recommended: 'strict', strictOptions: [{ reportUnresolved: true }] }),
    unlisted: ruleWith({}),
  };

  it('puts recommended untyped rules in recommended, and typed ones only in recommended-type-checked', () => {
    expect(configRules(probes)).toEqual({
      recommended: { 'http-status/plain': 'error' },
      'recommended-type-checked': { 'http-status/plain': 'error', 'http-status/typed': 'error' },
      strict: {
        'http-status/plain': 'error',
        'http-status/strictOnly': ['error', { reportUnresolved: true }],
        'http-status/unlisted': 'error',
      },
    });
  });

  it('gives each flat config an .eslintrc twin with the same rules', () => {
    const configs = buildConfigs(plugin, probes);
    for (const name of ['recommended', 'recommended-type-checked', 'strict'] as const) {
      expect(configs[`legacy-${name}`]).toEqual({ plugins: ['http-status'], rules: configs[name].rules });
      expect(configs[name].name).toBe(`http-status/${name}`);
      expect(configs[name].plugins['http-status']).toBe(plugin);
    }
  });
});

describe('the plugin object', () => {
  it('carries meta from package.json and every rule with a docs url', () => {
    expect(plugin.meta.name).toBe('eslint-plugin-http-status');
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.meta.docs?.url).toBe(
        `https://github.com/eslint-plugin-http-status/eslint-plugin-http-status/blob/main/docs/rules/${name}.md`,
      );
      expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) /u);
    }
  });

  it('builds its configs from its own rules', () => {
    expect(plugin.configs.recommended.rules).toEqual(configRules(rules).recommended);
    expect(plugin.configs['legacy-strict'].rules).toEqual(configRules(rules).strict);
  });
});
