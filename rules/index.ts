import type { TSESLint } from '@typescript-eslint/utils';
import type { HttpStatusRuleDocs } from '../src/create-rule';
import noBodyOnBodilessStatus from './no-body-on-bodiless-status';
import noHardcodedStatusComparison from './no-hardcoded-status-comparison';
import noUndocumentedStatus from './no-undocumented-status';
import preferResponseOk from './prefer-response-ok';
import requireErrorBody from './require-error-body';
import requireStatusHeaders from './require-status-headers';

/** A rule of this plugin, as `createRule` makes it. */
export type HttpStatusRule = TSESLint.RuleModule<string, readonly unknown[], HttpStatusRuleDocs>;

/** Every rule, by name, sorted. The names stay literal: the published option types are derived from them. */
export const rules = {
  'no-body-on-bodiless-status': noBodyOnBodilessStatus,
  'no-hardcoded-status-comparison': noHardcodedStatusComparison,
  'no-undocumented-status': noUndocumentedStatus,
  'prefer-response-ok': preferResponseOk,
  'require-error-body': requireErrorBody,
  'require-status-headers': requireStatusHeaders,
} as const satisfies Readonly<Record<string, HttpStatusRule>>;
