import type { ESLint, Linter, Rule } from 'eslint';
import { name, version } from '../package.json';
import { rules } from '../rules';
import { buildConfigs, type ConfigName } from './configs';

/**
 * The plugin as ESLint's own types describe plugins, so that a type-checked
 * `eslint.config.ts` can pass it to `defineConfig`, `plugins` and `Linter.Config[]`.
 * (typescript-eslint's rule type is not assignable to ESLint's; the rules are type-checked
 * where they are written, this is only the published face.)
 */
export interface HttpStatusPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Readonly<Record<string, Rule.RuleModule>>;
  readonly configs: Readonly<
    Record<ConfigName, Linter.Config & { readonly name: string; readonly rules: Linter.RulesRecord }> &
      Record<`legacy-${ConfigName}`, Linter.LegacyConfig & { readonly rules: Linter.RulesRecord }>
  >;
}

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
};
// Flat configs hold the plugin object itself, so they are built once it exists.
Object.assign(plugin.configs, buildConfigs(plugin, rules));

export default plugin as unknown as HttpStatusPlugin;

export { statusEntries, statusTable } from './table/registry';
export type { HeaderRequirement, StatusClass, StatusEntry, StatusHeader } from './table/registry';
export { describeStatus, getStatusEntry, isStatusCodeNumber, statusClassOf } from './table/lookup';
export type { CodeEntry, CodesSetting } from './table/codes';
export type { DocumentedStatus, DocumentedTable } from './table/documented';
export type { HttpStatusSettings } from './settings';
export type { HttpStatusRuleOptions, HttpStatusRules, RuleEntry, RuleSeverity } from './rule-options';
export { loadCodeTable } from './table/sources';
export type { LoadCodeTableOptions } from './table/sources';
