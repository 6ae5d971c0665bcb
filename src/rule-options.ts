import type { TSESLint } from '@typescript-eslint/utils';
import type { rules } from '../rules';

/** The options tuple a rule module takes. */
type OptionsOf<Rule> = Rule extends TSESLint.RuleModule<string, infer Options> ? Options : never;

/**
 * Each rule's options, by rule id, for config authors who type-check their config.
 * Derived from the rule map, so a new rule is typed the moment it is added.
 */
export type HttpStatusRuleOptions = {
  [Name in keyof typeof rules as `http-status/${Name}`]: OptionsOf<(typeof rules)[Name]>;
};

/** A rule's severity, as ESLint accepts it. */
export type RuleSeverity = 'off' | 'warn' | 'error' | 0 | 1 | 2;

/** A rule's entry in a config's `rules`: a severity, or a severity and that rule's options. */
export type RuleEntry<Options extends readonly unknown[]> = RuleSeverity | [RuleSeverity, ...Partial<Options>];

/**
 * The plugin's rules in a config's `rules`, with each rule's options typed:
 * `rules: { 'http-status/no-hardcoded-status-comparison': ['error', { allow: [304] }] } satisfies HttpStatusRules`.
 */
export type HttpStatusRules = { [RuleId in keyof HttpStatusRuleOptions]?: RuleEntry<HttpStatusRuleOptions[RuleId]> };
