/**
 * The plugin's one pass over a file, shared by all of its rules.
 *
 * ESLint calls every rule's `create` for every file, and every listener a rule returns for every node
 * of its type. Most files send and compare no status at all, so what the plugin costs is mostly what
 * it does before it has anything to look at. Here:
 * - the first plugin rule of a file gets the pass's listeners: a few plain node types, built once per
 *   process for that rule; every later rule of the file joins the pass and returns no listener;
 * - a rule's listeners (`PassListeners`) are built once per rule and options value, not per file;
 *   each tests the node's syntax first and only then asks for the file's checks, which the rule makes
 *   on that first need (`RuleFile.checks`);
 * - the status sinks are searched once for every rule that asks (`SinkSearch`);
 * - a file without types is listened to only for what its text and tokens say it may hold (`findFileCandidates`):
 *   most files have no word a sink needs and no status literal, and get no listener but the last.
 * Reports still go through each rule's own context, so inline disables and severities stay per rule.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findFileCandidates } from './file-candidates';
import { SinkSearch, type SinkOptions, type StatusSink } from './sinks';
import { SETTINGS_KEY } from '../settings';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * What a rule is told of in the pass. The node listeners look for status literals: a file without
 * types is listened to for them only when its tokens hold a number in a status's range.
 */
export interface PassListeners {
  readonly CallExpression?: (node: TSESTree.CallExpression) => void;
  readonly BinaryExpression?: (node: TSESTree.BinaryExpression) => void;
  readonly SwitchStatement?: (node: TSESTree.SwitchStatement) => void;
  /** Asked only of files with type information: no rule without types needs it. */
  readonly LogicalExpression?: (node: TSESTree.LogicalExpression) => void;
  readonly 'Program:exit'?: () => void;
  /** Every status sink of the file, found once for all rules with the same receiver names. */
  readonly sinks?: { readonly options: SinkOptions; readonly onSink: (sink: StatusSink) => void };
}

type NodeListenerKey = 'CallExpression' | 'BinaryExpression' | 'SwitchStatement' | 'LogicalExpression' | 'Program:exit';

/** A rule's part in the pass: its listeners and the context of the file it reports in. */
export interface PassMember {
  readonly listeners: PassListeners;
  /** The rule's context for the file being linted. */
  context(): RuleContext;
  /**
   * Whether the member is made once and used for many files (a rule of `createRule`): only then is
   * the pass's plan with it kept for the next file.
   */
  readonly lasting: boolean;
}

interface PlannedSearch {
  readonly receiverNames: readonly string[];
  readonly key: string;
  /** Whose context the search works with: the first rule that asked. */
  readonly member: PassMember;
  readonly subscribers: readonly ((sink: StatusSink) => void)[];
}

/**
 * Who is told of what in a file's pass, for one sequence of rules joining it. Files linted with the
 * same config join the same rules in the same order, so a plan is made once and the next file's
 * pass follows the same links: joining a pass costs one map lookup per rule, nothing is copied.
 */
class PassPlan {
  readonly ruleIds: ReadonlySet<string>;
  readonly CallExpression: readonly ((node: TSESTree.CallExpression) => void)[];
  readonly BinaryExpression: readonly ((node: TSESTree.BinaryExpression) => void)[];
  readonly SwitchStatement: readonly ((node: TSESTree.SwitchStatement) => void)[];
  readonly LogicalExpression: readonly ((node: TSESTree.LogicalExpression) => void)[];
  readonly 'Program:exit': readonly (() => void)[];
  /** The sink searches, one per distinct receiver names. */
  readonly searches: readonly PlannedSearch[];
  // Weak: a member made for one file (`joinPassPerFile`) or options that are gone take their plans with them.
  private readonly next = new WeakMap<PassMember, PassPlan>();

  constructor(previous: PassPlan | undefined, ruleId: string, member: PassMember) {
    const { listeners } = member;
    this.ruleIds = new Set([...(previous?.ruleIds ?? []), ruleId]);
    const withListener = <Key extends NodeListenerKey>(key: Key): PassPlan[Key] => {
      const earlier = previous?.[key] ?? [];
      const listener = listeners[key];
      return (listener ? [...earlier, listener] : earlier) as PassPlan[Key];
    };
    this.CallExpression = withListener('CallExpression');
    this.BinaryExpression = withListener('BinaryExpression');
    this.SwitchStatement = withListener('SwitchStatement');
    this.LogicalExpression = withListener('LogicalExpression');
    this['Program:exit'] = withListener('Program:exit');
    const searches = previous?.searches ?? [];
    const { sinks } = listeners;
    if (!sinks) {
      this.searches = searches;
      return;
    }
    const receiverNames = sinks.options.receiverNames ?? [];
    const key = receiverNames.length === 0 ? '' : receiverNames.join('\n');
    const joined = searches.find((search) => search.key === key);
    this.searches = joined
      ? searches.map((search) => (search === joined ? { ...search, subscribers: [...search.subscribers, sinks.onSink] } : search))
      : [...searches, { receiverNames, key, member, subscribers: [sinks.onSink] }];
  }

  static first(ruleId: string, member: PassMember): PassPlan {
    return member.lasting ? cachedPlan(firstPlans, undefined, ruleId, member) : new PassPlan(undefined, ruleId, member);
  }

  with(ruleId: string, member: PassMember): PassPlan {
    return member.lasting ? cachedPlan(this.next, this, ruleId, member) : new PassPlan(this, ruleId, member);
  }
}

const firstPlans = new WeakMap<PassMember, PassPlan>();

function cachedPlan(plans: WeakMap<PassMember, PassPlan>, previous: PassPlan | undefined, ruleId: string, member: PassMember): PassPlan {
  let plan = plans.get(member);
  if (!plan) {
    plan = new PassPlan(previous, ruleId, member);
    plans.set(member, plan);
  }
  return plan;
}

/** One file's pass: its plan, and its sink searches once a candidate node asks for them. */
class FilePass {
  private sinkSearches: readonly SinkSearch[] | undefined;

  constructor(
    readonly sourceCode: object,
    public plan: PassPlan,
  ) {}

  get searches(): readonly SinkSearch[] {
    this.sinkSearches ??= this.plan.searches.map(
      (search) => new SinkSearch(search.member.context(), search.receiverNames, search.subscribers),
    );
    return this.sinkSearches;
  }
}

/** The pass of the file being linted: files are linted one at a time, `create` before the traversal. */
let current: FilePass | undefined;

/**
 * Joins a rule to the pass of its file: the listeners to return from `create`. The first rule of a
 * file starts the pass and gets `owner.listeners`; a rule asking again for a file it joined is a new
 * lint of the same source, which starts a new pass. The context's id and source code come read by the
 * caller: each read of a rule's context goes up to its file's context, a slow lookup, so once each.
 */
export function joinFilePass(
  context: RuleContext,
  { id, sourceCode }: Pick<RuleContext, 'id' | 'sourceCode'>,
  member: PassMember,
  owner: PassOwner,
): TSESLint.RuleListener {
  const pass = current;
  if (pass !== undefined && pass.sourceCode === sourceCode && !pass.plan.ruleIds.has(id)) {
    pass.plan = pass.plan.with(id, member);
    return noListeners;
  }
  current = new FilePass(sourceCode, PassPlan.first(id, member));
  // A file with a TypeScript program (the property `getTypeInfo` reads first) gets the typed listeners.
  const services = sourceCode.parserServices as { program?: unknown } | undefined;
  if (services?.program != null) return owner.listeners(TYPED | SINKS | STATUS_LITERALS);
  const tokens = (sourceCode.ast as { tokens?: readonly TSESTree.Token[] }).tokens;
  if (!tokens || !readsAllTokens(context) || namesSenders(context.settings)) return owner.listeners(SINKS | STATUS_LITERALS);
  const candidates = findFileCandidates(sourceCode.text, tokens);
  return owner.listeners((candidates.sinks ? SINKS : 0) | (candidates.statusLiterals ? STATUS_LITERALS : 0));
}

/** What the listeners of a file's pass listen for. */
const SINKS = 1;
const STATUS_LITERALS = 2;
/** A file with types: its sinks are not told by its words (another file's helper or subclass), and `LogicalExpression` too. */
const TYPED = 4;

const ruleTesterParser = Symbol.for('eslint.RuleTester.parser');

/**
 * Whether the file's tokens are all of its code: espree's and typescript-eslint's are. Another parser
 * (a template language's) may keep some code's tokens elsewhere: its files are listened to for everything.
 */
function readsAllTokens(context: RuleContext): boolean {
  const languageOptions = (context as { languageOptions?: { parser?: unknown } }).languageOptions;
  let parser = languageOptions?.parser as { name?: unknown; meta?: { name?: unknown }; [ruleTesterParser]?: unknown } | undefined;
  parser = (parser?.[ruleTesterParser] as typeof parser) ?? parser;
  const name = parser?.meta?.name ?? parser?.name;
  return name === 'espree' || name === 'typescript-eslint/parser';
}

/** Whether the settings name senders of the project's own: any call of a name may be one. */
function namesSenders(settings: Readonly<Record<string, unknown>> | undefined): boolean {
  const own = settings?.[SETTINGS_KEY] as { senders?: unknown } | undefined;
  return own?.senders !== undefined;
}

const noListeners: TSESLint.RuleListener = Object.freeze({});

/** The listeners a rule returns when it starts a file's pass, one set per kind of file, made on first need. */
export class PassOwner {
  private readonly byKind: (TSESLint.RuleListener | undefined)[] = [];

  listeners(kind: number): TSESLint.RuleListener {
    return (this.byKind[kind] ??= createPassListeners(kind));
  }
}

/**
 * The listeners of the rule that starts a file's pass: they hand each node to the pass of the file
 * being linted. Made once per rule (ESLint keys a listener by its function, so each rule has its
 * own) and kind of file: the sink search's node types only where a sink may be, the rules' where a
 * status literal may be, `LogicalExpression` only with types, and always the end of the file.
 */
function createPassListeners(kind: number): TSESLint.RuleListener {
  const sinks = (kind & SINKS) !== 0;
  const statusLiterals = (kind & STATUS_LITERALS) !== 0;
  const listeners: TSESLint.RuleListener = {
    'Program:exit'() {
      const { plan } = current!;
      // The pass is over: the next file (or a new lint of this one) starts its own.
      current = undefined;
      for (const listener of plan['Program:exit']) listener();
    },
  };
  if (sinks && statusLiterals) {
    listeners.CallExpression = (node) => {
      const pass = current!;
      for (const listener of pass.plan.CallExpression) listener(node);
      if (pass.plan.searches.length > 0) for (const search of pass.searches) search.node(node);
    };
  } else if (sinks) {
    listeners.CallExpression = (node) => {
      const pass = current!;
      if (pass.plan.searches.length > 0) for (const search of pass.searches) search.node(node);
    };
  } else if (statusLiterals) {
    listeners.CallExpression = (node) => {
      for (const listener of current!.plan.CallExpression) listener(node);
    };
  }
  if (sinks) {
    listeners.NewExpression = (node) => {
      const pass = current!;
      if (pass.plan.searches.length > 0) for (const search of pass.searches) search.node(node);
    };
    listeners.AssignmentExpression = (node) => {
      const pass = current!;
      if (pass.plan.searches.length > 0) for (const search of pass.searches) search.node(node);
    };
    listeners.ReturnStatement = (node) => {
      const pass = current!;
      if (node.argument && pass.plan.searches.length > 0) for (const search of pass.searches) search.returned(node.argument);
    };
    listeners.ArrowFunctionExpression = (node) => {
      const pass = current!;
      if (node.expression && pass.plan.searches.length > 0) for (const search of pass.searches) search.returned(node.body);
    };
  }
  if (statusLiterals) {
    listeners.BinaryExpression = (node) => {
      for (const listener of current!.plan.BinaryExpression) listener(node);
    };
    listeners.SwitchStatement = (node) => {
      for (const listener of current!.plan.SwitchStatement) listener(node);
    };
  }
  if (kind & TYPED) {
    listeners.LogicalExpression = (node) => {
      for (const listener of current!.plan.LogicalExpression) listener(node);
    };
  }
  return listeners;
}

/**
 * For a rule not made by `createRule` (the routes report, tests): its listeners, joined to the pass
 * of its file. Its owner listeners are made anew for each file, which such a rule can afford.
 */
export function joinPassPerFile(context: RuleContext, listeners: PassListeners): TSESLint.RuleListener {
  return joinFilePass(context, context, { listeners, context: () => context, lasting: false }, new PassOwner());
}

/** `joinPassPerFile` for a rule that only needs the sinks. */
export function createSinkListener(context: RuleContext, options: SinkOptions, onSink: (sink: StatusSink) => void): TSESLint.RuleListener {
  return joinPassPerFile(context, { sinks: { options, onSink } });
}

