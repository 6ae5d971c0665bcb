import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { joinFilePass, PassOwner, type PassListeners, type PassMember } from './analysis/file-pass';
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

type Context<MessageIds extends string, Options extends readonly unknown[]> = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** A rule of the plugin: listeners made once per options value, checks made per file at their first need. */
export interface PassRule<Options extends readonly unknown[], MessageIds extends string, Checks> {
  readonly name: string;
  readonly meta: ESLintUtils.NamedCreateRuleMeta<MessageIds, HttpStatusRuleDocs, Options>;
  readonly defaultOptions?: Options;
  /** The rule's checks for one file (its context, options and per-file state), made when its listeners first ask. */
  checks(context: Context<MessageIds, Options>, options: Options): Checks;
  /**
   * What the rule listens to in the plugin's pass (`file-pass.ts`), once per options value. Each
   * listener tests the node's syntax first and hands a candidate to `file.checks`, this file's.
   */
  listen(options: Options, file: RuleFile<Context<MessageIds, Options>, Checks>): PassListeners;
  /** Run in every file's `create`, so only what costs next to nothing (a warning given once). */
  start?(context: Context<MessageIds, Options>): void;
}

/** The file a rule's listeners work on: its context, and its checks made on first use. */
export class RuleFile<FileContext, Checks> {
  private currentContext: FileContext | undefined;
  private made = false;
  private madeChecks: Checks | undefined;

  constructor(private readonly make: (context: FileContext) => Checks) {}

  get context(): FileContext {
    return this.currentContext!;
  }

  get checks(): Checks {
    if (!this.made) {
      this.madeChecks = this.make(this.currentContext!);
      this.made = true;
    }
    return this.madeChecks as Checks;
  }

  /** A new file: its context, and no checks yet. */
  start(context: FileContext): void {
    this.currentContext = context;
    this.made = false;
    this.madeChecks = undefined;
  }
}

/**
 * `RuleCreator` with the docs URL, for a rule in the plugin's shared pass. Per file, `create` only
 * points the rule's file at the new context and joins the pass: the options are merged with their
 * defaults, and the listeners built, once per distinct options value (ESLint hands every file a
 * fresh copy of the same options; a deep clone and new closures for each file and rule were most
 * of the plugin's time on code bases with little HTTP code). The merged options are shared between
 * files, so they are frozen.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string, Checks>(
  rule: PassRule<Options, MessageIds, Checks>,
): ESLintUtils.RuleModule<MessageIds, Options, HttpStatusRuleDocs>;
/** A rule with its own `create` (a probe of the tests): its options are still merged once per value. */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, HttpStatusRuleDocs>>,
): ESLintUtils.RuleModule<MessageIds, Options, HttpStatusRuleDocs>;
export function createRule<Options extends readonly unknown[], MessageIds extends string, Checks>(
  rule: PassRule<Options, MessageIds, Checks> | Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, HttpStatusRuleDocs>>,
): ESLintUtils.RuleModule<MessageIds, Options, HttpStatusRuleDocs> {
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  const merge = (options: Options): Options => deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, options));
  if ('create' in rule) {
    const created = ruleCreator(rule);
    const mergedByOptions = new BuiltByOptions(merge);
    return { ...created, create: (context) => rule.create(context, mergedByOptions.get(context.options)) };
  }
  return createPassRule(rule, merge);
}

function createPassRule<Options extends readonly unknown[], MessageIds extends string, Checks>(
  rule: PassRule<Options, MessageIds, Checks>,
  merge: (options: Options) => Options,
): ESLintUtils.RuleModule<MessageIds, Options, HttpStatusRuleDocs> {
  const created = ruleCreator<Options, MessageIds>({ name: rule.name, meta: rule.meta, defaultOptions: rule.defaultOptions ?? ([] as unknown as Options), create: () => ({}) });
  type Built = { readonly file: RuleFile<Context<MessageIds, Options>, Checks>; readonly member: PassMember };
  const build = (options: Options): Built => {
    const merged = merge(options);
    const file = new RuleFile<Context<MessageIds, Options>, Checks>((context) => rule.checks(context, merged));
    return { file, member: { listeners: rule.listen(merged, file), context: () => file.context, lasting: true } };
  };
  // Per rule id (a plugin registered under two names is two rules to ESLint, and ESLint keys a
  // listener by its function): what is built per options value, and the listeners of a pass's owner.
  const byRuleId = new Map<string, { readonly built: BuiltByOptions<Built>; readonly owner: PassOwner }>();
  return {
    ...created,
    create(context) {
      // A rule's context for a file has that file's context as its prototype: every read of one is a slow lookup, so once each.
      const { id, options, sourceCode } = context;
      let entry = byRuleId.get(id);
      if (!entry) {
        entry = { built: new BuiltByOptions(build), owner: new PassOwner() };
        byRuleId.set(id, entry);
      }
      const { file, member } = entry.built.get(options);
      file.start(context);
      rule.start?.(context);
      return joinFilePass(context, { id, sourceCode }, member, entry.owner);
    },
  };
}

/** What is built per options value. ESLint copies the options array for each file but not the objects in it: those are the config's own, and the quickest key. */
class BuiltByOptions<Built> {
  private withoutOptions: Built | undefined;
  private readonly byObject = new WeakMap<object, Built>();
  private readonly byText = new Map<string, Built>();

  constructor(private readonly build: (options: never) => Built) {}

  get(options: readonly unknown[]): Built {
    if (options.length === 0) return (this.withoutOptions ??= this.build(options as never));
    const [first] = options;
    const byObject = options.length === 1 && typeof first === 'object' && first !== null;
    if (byObject) {
      const built = this.byObject.get(first);
      if (built) return built;
    }
    // New objects of the same value (a `Linter` given its config array anew for each file) share
    // what was built for it: built once per value, and no more of them than there are values.
    const key = JSON.stringify(options);
    let built = this.byText.get(key);
    if (!built) {
      built = this.build(options as never);
      this.byText.set(key, built);
    }
    if (byObject) this.byObject.set(first, built);
    return built;
  }
}
function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}
