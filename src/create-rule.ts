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

const ruleCreator = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(ruleDocsUrl);

/**
 * `RuleCreator` with the docs URL, except that the options are merged with their
 * defaults once per distinct options value, not once per file: ESLint hands every
 * file a fresh copy of the same options, and `applyDefault`'s deep clone for each
 * file and rule was a large share of the plugin's time on real code bases. The
 * merged options are shared between files, so they are frozen.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, HttpStatusRuleDocs>>,
): ESLintUtils.RuleModule<MessageIds, Options, HttpStatusRuleDocs> {
  const created = ruleCreator(rule);
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  // ESLint copies the options array for each file, but not the objects in it: those
  // are the config's own, so they are the quickest key.
  const mergedByObject = new WeakMap<object, Options>();
  const mergedOptions = (options: Options): Options => {
    const [first] = options;
    const byObject = options.length === 1 && typeof first === 'object' && first !== null;
    const key = byObject ? '' : JSON.stringify(options);
    let result = byObject ? mergedByObject.get(first) : merged.get(key);
    if (result === undefined) {
      result = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, options));
      if (byObject) mergedByObject.set(first, result);
      else merged.set(key, result);
    }
    return result;
  };
  return {
    ...created,
    create(context) {
      return rule.create(context, mergedOptions(context.options));
    },
  };
}

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}
