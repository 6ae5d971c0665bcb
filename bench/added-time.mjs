// `node bench/added-time.mjs [--apps] [--reps N] [--total-only] [--against DIR]`: what the plugin adds to a lint,
// selector matching included, beside what core `no-magic-numbers` adds, in the same run (issue 16's
// measure 4b).
//
// ESLint's rule timing leaves out the matching of selectors and the traversal, so it cannot tell
// what a user pays. Here every file is linted N times (default 5) under configs that take turns:
// no rules, `no-magic-numbers` alone, the plugin's `strict` rules with `no-magic-numbers` listed
// after them and before them, and (unless --total-only) each plugin rule alone before it. For each
// file and config the least of the N times of (lint total − parse) is kept, which drops preemptions
// and GC pauses; the sums of those minima give what each config costs. What the plugin adds is
// (plugin + no-magic-numbers) − (no-magic-numbers alone); what no-magic-numbers adds is
// (no-magic-numbers alone) − (no rules). Printed per config: that ratio, the same ratio per
// repetition (sums of that repetition's times, min / median / max), and the ratio of ESLint's rule
// times (plugin / no-magic-numbers) per repetition. Under the shared pass one rule of a file carries
// the pass's time, so per-rule rule times are not told apart: each rule alone is. Untyped; needs
// `npm run build` first. `--against DIR` also measures the build in DIR (a checkout of another commit,
// built there, e.g. `git worktree add ../base HEAD~1`) in the same turns, both orders: a change's
// gain, told apart from the drift between runs.
import path from 'node:path';
import { appFiles, corpusApps, ensureApps } from './apps.mjs';
import { corpusFiles, corpusPackages, ensureCorpus, printTable } from './corpus.mjs';
import { corpusESLint, loadPlugin, pluginRules, untypedLanguageConfigs } from './lint-setup.mjs';
import { folderOption, numberOption } from './options.mjs';

const reps = numberOption('--reps', 5);
const apps = process.argv.includes('--apps');
const log = (line) => console.log(line);
if (apps) ensureApps({ log });
else ensureCorpus({ log });
const plugin = await loadPlugin();
const files = apps ? appFiles() : corpusFiles();
const language = untypedLanguageConfigs(apps ? corpusApps : corpusPackages);
const magicNumbers = { 'no-magic-numbers': ['error', { ignore: [0, 1, -1], ignoreArrayIndexes: true }] };
const strict = pluginRules(plugin, 'strict');

const againstRoot = folderOption('--against');
const against = againstRoot === undefined ? undefined : pluginRules(await loadPlugin(againstRoot), 'strict');

const configs = {
  'no rules': () => corpusESLint([...language], { stats: true }),
  'no-magic-numbers alone': () => corpusESLint([...language, { rules: magicNumbers }], { stats: true }),
  'plugin, then no-magic-numbers': () =>
    corpusESLint([...language, { plugins: strict.plugins, rules: { ...strict.rules, ...magicNumbers } }], { stats: true }),
  'no-magic-numbers, then plugin': () =>
    corpusESLint([...language, { plugins: strict.plugins, rules: { ...magicNumbers, ...strict.rules } }], { stats: true }),
};
const comparedNames = [];
if (against) {
  const before = `${path.basename(againstRoot)}'s build`;
  comparedNames.push(`${before}, then no-magic-numbers`, `no-magic-numbers, then ${before}`);
  configs[comparedNames[0]] = () =>
    corpusESLint([...language, { plugins: against.plugins, rules: { ...against.rules, ...magicNumbers } }], { stats: true });
  configs[comparedNames[1]] = () =>
    corpusESLint([...language, { plugins: against.plugins, rules: { ...magicNumbers, ...against.rules } }], { stats: true });
}
// Per rule (unless --total-only): each rule of `strict` on its own, listed first, beside no-magic-numbers.
const perRule = !process.argv.includes('--total-only');
const ruleConfigNames = [];
if (perRule) {
  for (const [ruleId, entry] of Object.entries(strict.rules)) {
    const name = `${ruleId} alone, then no-magic-numbers`;
    ruleConfigNames.push(name);
    configs[name] = () => corpusESLint([...language, { plugins: strict.plugins, rules: { [ruleId]: entry, ...magicNumbers } }], { stats: true });
  }
}

/** Per file: the least (total − parse) seen, in ms; and the plugin's and no-magic-numbers' rule time of that lint. */
const minima = new Map(Object.keys(configs).map((name) => [name, new Map()]));
const ruleTimes = new Map(Object.keys(configs).map((name) => [name, { plugin: [], magic: [] }]));
/** Per config, per repetition: the sum over files of (lint total − parse), for min / median / max of what is added. */
const repetitionSums = new Map(Object.keys(configs).map((name) => [name, []]));
const names = Object.keys(configs);
const paths = files.map(({ file }) => file);
log(`${files.length} files, ${reps} repetitions of ${names.length} configs taking turns`);
for (let rep = -1; rep < reps; rep += 1) {
  // Repetition -1 warms every config up and is not counted.
  const order = names.map((_, offset) => names[(Math.max(rep, 0) + offset) % names.length]);
  for (const name of order) {
    const results = await configs[name]().lintFiles(paths);
    if (rep < 0) continue;
    let plugin = 0;
    let magic = 0;
    let repetitionSum = 0;
    for (const result of results) {
      let added = 0;
      for (const pass of result.stats?.times.passes ?? []) {
        added += (pass.total ?? 0) - (pass.parse?.total ?? 0);
        for (const [ruleId, { total }] of Object.entries(pass.rules ?? {})) {
          if (ruleId.startsWith('http-status/')) plugin += total;
          else if (ruleId === 'no-magic-numbers') magic += total;
        }
      }
      repetitionSum += added;
      const seen = minima.get(name).get(result.filePath);
      if (seen === undefined || added < seen) minima.get(name).set(result.filePath, added);
    }
    repetitionSums.get(name).push(repetitionSum);
    ruleTimes.get(name).plugin.push(plugin);
    ruleTimes.get(name).magic.push(magic);
  }
}

const sum = (name) => [...minima.get(name).values()].reduce((total, value) => total + value, 0);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const none = sum('no rules');
const magicAlone = sum('no-magic-numbers alone');
const magicAdded = magicAlone - none;
const rows = [
  ['no rules', Math.round(none), '', '', '', ''],
  ['no-magic-numbers alone', Math.round(magicAlone), Math.round(magicAdded), '1.00', '', ''],
];
const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0].toFixed(2)} / ${median(sorted).toFixed(2)} / ${sorted.at(-1).toFixed(2)}`;
};
const noneRuns = repetitionSums.get('no rules');
const magicRuns = repetitionSums.get('no-magic-numbers alone');
for (const name of ['plugin, then no-magic-numbers', 'no-magic-numbers, then plugin', ...comparedNames, ...ruleConfigNames]) {
  const added = sum(name) - magicAlone;
  const { plugin: pluginRuns, magic: magicRuleRuns } = ruleTimes.get(name);
  // Per repetition: what the config adds over no-magic-numbers alone, over what that adds to no rules.
  const addedRatios = repetitionSums.get(name).map((total, index) => (total - magicRuns[index]) / (magicRuns[index] - noneRuns[index]));
  rows.push([
    name,
    Math.round(sum(name)),
    `${Math.round(added)} (plugin)`,
    `${(added / magicAdded).toFixed(2)}`,
    spread(addedRatios),
    spread(pluginRuns.map((time, index) => time / magicRuleRuns[index])),
  ]);
}
log(`\n${apps ? 'application' : 'npm'} corpus, untyped: sums over files of the per-file least (lint − parse), ms`);
printTable(
  ['config', 'Σ min (lint − parse)', 'added', 'added / no-magic-numbers', 'per repetition: min / median / max', 'rule time / no-magic-numbers: min / median / max'],
  rows,
);
