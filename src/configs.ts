import type { TSESLint } from '@typescript-eslint/utils';
import type { HttpStatusRule } from '../rules';

export const PLUGIN_PREFIX = 'http-status';

export type ConfigName = 'recommended' | 'recommended-type-checked' | 'strict';
export type RulesRecord = Readonly<Record<string, TSESLint.SharedConfig.RuleEntry>>;

/**
 * The rule list of each config, derived from the rules' `meta.docs`:
 * - `recommended`: rules marked recommended that run without type information;
 * - `recommended-type-checked`: those plus recommended rules that need types;
 * - `strict`: every rule that runs without types, with its `strictOptions`.
 */
export function configRules(rules: Readonly<Record<string, HttpStatusRule>>): Record<ConfigName, RulesRecord> {
  const recommended: Record<string, TSESLint.SharedConfig.RuleEntry> = {};
  const typeChecked: Record<string, TSESLint.SharedConfig.RuleEntry> = {};
  const strict: Record<string, TSESLint.SharedConfig.RuleEntry> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    const id = `${PLUGIN_PREFIX}/${name}`;
    if (docs?.recommended === 'recommended') {
      if (!docs.requiresTypeChecking) recommended[id] = 'error';
      typeChecked[id] = 'error';
    }
    if (!docs?.requiresTypeChecking) {
      strict[id] = docs?.strictOptions?.length ? ['error', ...docs.strictOptions] : 'error';
    }
  }
  return { recommended, 'recommended-type-checked': typeChecked, strict };
}

export interface FlatConfig {
  readonly name: string;
  readonly plugins: Readonly<Record<string, unknown>>;
  readonly rules: RulesRecord;
}

export interface LegacyConfig {
  readonly plugins: readonly string[];
  readonly rules: RulesRecord;
}

/** Flat configs and their `.eslintrc` twins (`legacy-*`), from one rule list each. */
export function buildConfigs(
  plugin: object,
  rules: Readonly<Record<string, HttpStatusRule>>,
): Record<ConfigName, FlatConfig> & Record<`legacy-${ConfigName}`, LegacyConfig> {
  const lists = configRules(rules);
  const flat = (name: ConfigName): FlatConfig => ({
    name: `${PLUGIN_PREFIX}/${name}`,
    plugins: { [PLUGIN_PREFIX]: plugin },
    rules: lists[name],
  });
  const legacy = (name: ConfigName): LegacyConfig => ({ plugins: [PLUGIN_PREFIX], rules: lists[name] });
  return {
    recommended: flat('recommended'),
    'recommended-type-checked': flat('recommended-type-checked'),
    strict: flat('strict'),
    'legacy-recommended': legacy('recommended'),
    'legacy-recommended-type-checked': legacy('recommended-type-checked'),
    'legacy-strict': legacy('strict'),
  };
}
