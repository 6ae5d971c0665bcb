import { ESLintUtils } from '@typescript-eslint/utils';
import { repository } from '../package.json';

/** The `meta.docs` every rule of this plugin carries. */
export interface HttpStatusRuleDocs {
  description: string;
  /** The smallest config that turns the rule on. */
  recommended?: 'recommended' | 'strict';
  /** The rule cannot run without type information (it then belongs only to `recommended-type-checked`). */
  requiresTypeChecking?: boolean;
  /** Options the `strict` config passes instead of the defaults. */
  strictOptions?: readonly unknown[];
}

const repositoryUrl = repository.url.replace(/^git\+/u, '').replace(/\.git$/u, '');

export function ruleDocsUrl(name: string): string {
  return `${repositoryUrl}/blob/main/docs/rules/${name}.md`;
}

export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(ruleDocsUrl);
