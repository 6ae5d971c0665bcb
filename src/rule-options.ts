import type { TSESLint } from '@typescript-eslint/utils';
import type noBodyOnBodilessStatus from '../rules/no-body-on-bodiless-status';
import type noHardcodedStatusComparison from '../rules/no-hardcoded-status-comparison';
import type noUndocumentedStatus from '../rules/no-undocumented-status';
import type requireErrorBody from '../rules/require-error-body';

/** The options tuple a rule module takes. */
type OptionsOf<Rule> = Rule extends TSESLint.RuleModule<string, infer Options> ? Options : never;

/**
 * Each rule's options, by rule id, for config authors who type-check their config.
 * A rule added to rules/index.ts gets its line here (the integration suite checks
 * that the published type names exactly the rules the plugin has).
 */
export interface HttpStatusRuleOptions {
  'http-status/no-body-on-bodiless-status': OptionsOf<typeof noBodyOnBodilessStatus>;
  'http-status/no-hardcoded-status-comparison': OptionsOf<typeof noHardcodedStatusComparison>;
  'http-status/no-undocumented-status': OptionsOf<typeof noUndocumentedStatus>;
  'http-status/require-error-body': OptionsOf<typeof requireErrorBody>;
}

/** A rule's severity, as ESLint accepts it. */
export type RuleSeverity = 'off' | 'warn' | 'error' | 0 | 1 | 2;

/** A rule's entry in a config's `rules`: a severity, or a severity and that rule's options. */
export type RuleEntry<Options extends readonly unknown[]> = RuleSeverity | [RuleSeverity, ...Partial<Options>];

/**
 * The plugin's rules in a config's `rules`, with each rule's options typed:
 * `rules: { 'http-status/no-hardcoded-status-comparison': ['error', { allow: [304] }] } satisfies HttpStatusRules`.
 */
export type HttpStatusRules = { [RuleId in keyof HttpStatusRuleOptions]?: RuleEntry<HttpStatusRuleOptions[RuleId]> };
