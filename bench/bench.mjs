// `npm run bench`: one process, one run, over the corpus. ESLint's own rule timing
// (`stats: true`) gives the time of each plugin rule, of all of them together,
// of core `no-magic-numbers` and of the whole lint including parsing; every
// figure is the median of several repetitions. Then a typed run on the TypeScript
// parts (program creation included) and a scaling run over growing shares of the
// corpus. Options: --reps N (default 5), --typed-reps N (default 3),
// --skip-typed, --skip-scaling, --apps (the application corpus instead, untyped; see apps.mjs).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { clearCaches } from '@typescript-eslint/parser';
import tseslint from 'typescript-eslint';
import {
  corpusFiles,
  corpusPackages,
  corpusSize,
  ensureCorpus,
  ensureTypedSetup,
  printTable,
  typedPackages,
} from './corpus.mjs';
import {
  corpusESLint,
  loadPlugin,
  pluginRuleIds,
  pluginRules,
  typedLanguageConfigs,
  untypedLanguageConfigs,
} from './lint-setup.mjs';
import { checkerCallCounter } from './checker-calls.mjs';
import { numberOption } from './options.mjs';
import { appFiles, corpusApps, ensureApps } from './apps.mjs';

const reps = numberOption('--reps', 5);
const typedReps = numberOption('--typed-reps', 3);
const log = (line) => console.log(line);

const magicNumbers = { 'no-magic-numbers': ['error', { ignore: [0, 1, -1], ignoreArrayIndexes: true }] };

const apps = process.argv.includes('--apps');
if (apps) ensureApps({ log });
else {
  ensureCorpus({ log });
  ensureTypedSetup({ log });
}
const plugin = await loadPlugin();
const ruleIds = pluginRuleIds(plugin);
const files = apps ? appFiles() : corpusFiles();
const packages = apps ? corpusApps : corpusPackages;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One lint of `entries`, summing ESLint's per-file stats: parse, each rule, total. */
async function timedLint(eslint, entries) {
  const start = performance.now();
  const results = await eslint.lintFiles(entries.map(({ file }) => file));
  const wall = performance.now() - start;
  const rules = new Map();
  let parse = 0;
  let total = 0;
  let fatal = 0;
  for (const result of results) {
    fatal += result.fatalErrorCount;
    for (const pass of result.stats?.times.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      total += pass.total ?? 0;
      for (const [ruleId, { total: time }] of Object.entries(pass.rules ?? {})) {
        rules.set(ruleId, (rules.get(ruleId) ?? 0) + time);
      }
    }
  }
  return { wall, parse, total, rules, fatal };
}

/**
 * Medians of each measure over `count` repetitions of every variant, after a
 * warm-up of each. The variants take turns (in a rotating order) so that machine
 * noise and JIT warm-up fall on all of them alike.
 */
async function compareLints(variants, entries, count, { beforeEach = () => {}, warmUpEntries = entries } = {}) {
  const names = Object.keys(variants);
  const runs = new Map(names.map((name) => [name, []]));
  for (const name of names) {
    beforeEach();
    await timedLint(variants[name](), warmUpEntries);
  }
  for (let index = 0; index < count; index += 1) {
    const order = names.map((_, offset) => names[(index + offset) % names.length]);
    for (const name of order) {
      beforeEach();
      runs.get(name).push(await timedLint(variants[name](), entries));
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(runs.get(name))]));
}

function summarise(runs) {
  const ruleIdsSeen = new Set(runs.flatMap((run) => [...run.rules.keys()]));
  return {
    wall: median(runs.map((run) => run.wall)),
    parse: median(runs.map((run) => run.parse)),
    total: median(runs.map((run) => run.total)),
    fatal: runs[0].fatal,
    rules: new Map([...ruleIdsSeen].map((id) => [id, median(runs.map((run) => run.rules.get(id) ?? 0))])),
    /** The plugin's rules together, summed per run before the median. */
    plugin: median(runs.map((run) => ruleIds.all.reduce((sum, id) => sum + (run.rules.get(id) ?? 0), 0))),
  };
}

const ms = (value) => Math.round(value);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;

// Untyped: every plugin rule (strict) beside no-magic-numbers, and the same lint
// without the plugin, whose difference also catches selector matching, which
// ESLint's rule timing does not attribute to rules.
const size = corpusSize(files, packages).total;
// Timings on a shared machine move with its load; the load is printed beside them.
const load = () => `load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`;
log(`node ${process.version}, ${load()}`);
log(`\nuntyped: ${size.files} files, ${size.lines} lines, ${reps} repetitions (medians, ms)`);
const untypedLanguage = untypedLanguageConfigs(packages);
const { withPlugin, withoutPlugin } = await compareLints(
  {
    withPlugin: () => corpusESLint([...untypedLanguage, pluginRules(plugin, 'strict'), { rules: magicNumbers }], { stats: true }),
    withoutPlugin: () => corpusESLint([...untypedLanguage, { rules: magicNumbers }], { stats: true }),
  },
  files,
  reps,
);
const magic = withPlugin.rules.get('no-magic-numbers') ?? 0;
const untypedRows = [
  ...ruleIds.all.map((id) => [id, ms(withPlugin.rules.get(id) ?? 0), percent(withPlugin.rules.get(id) ?? 0, withPlugin.total)]),
  ['plugin rules together', ms(withPlugin.plugin), percent(withPlugin.plugin, withPlugin.total)],
  ['no-magic-numbers', ms(magic), percent(magic, withPlugin.total)],
  ['ratio plugin / no-magic-numbers', (withPlugin.plugin / magic).toFixed(2), ''],
  ['parse', ms(withPlugin.parse), percent(withPlugin.parse, withPlugin.total)],
  ['total lint, parsing included', ms(withPlugin.total), '100.0%'],
  ['wall time of lintFiles', ms(withPlugin.wall), ''],
  ['total lint without the plugin', ms(withoutPlugin.total), ''],
  ['plugin by difference of totals (noisy)', ms(withPlugin.total - withoutPlugin.total), percent(withPlugin.total - withoutPlugin.total, withPlugin.total)],
];
printTable(['measure', 'ms', 'share of total'], untypedRows);
log(`(${load()})`);
if (withPlugin.fatal) log(`(${withPlugin.fatal} corpus files do not parse; they count as parse time only)`);

// Scaling: a seeded shuffle of the files, cut at a quarter, half and all of the lines.
// Before the typed run, whose programs leave the heap larger for whatever follows.
if (!process.argv.includes('--skip-scaling')) {
  const shuffled = [...files];
  let state = 20260801;
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const other = state % (index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  const scalingReps = Math.max(3, Math.ceil(reps / 2));
  log(`\nscaling (untyped, plugin + no-magic-numbers, ${scalingReps} repetitions, medians)`);
  const rows = [];
  for (const share of [0.25, 0.5, 1]) {
    const wanted = size.lines * share;
    const part = [];
    let lines = 0;
    for (const entry of shuffled) {
      if (lines >= wanted) break;
      part.push(entry);
      lines += entry.lines;
    }
    const { run } = await compareLints(
      { run: () => corpusESLint([...untypedLanguage, pluginRules(plugin, 'strict'), { rules: magicNumbers }], { stats: true }) },
      part,
      scalingReps,
    );
    const kloc = lines / 1000;
    rows.push([
      `${share * 100}%`,
      part.length,
      lines,
      ms(run.plugin),
      (run.plugin / kloc).toFixed(2),
      ms(run.total),
      (run.total / kloc).toFixed(2),
    ]);
  }
  printTable(['share', 'files', 'lines', 'plugin ms', 'plugin ms/kloc', 'total ms', 'total ms/kloc'], rows);
  log(`(${load()})`);
}

// Typed: the TypeScript parts with the project service; the caches are cleared
// before each repetition so every one builds its programs again. Two settings:
// the plugin alone (it pays for all the type checking it asks for: the worst
// case), and beside typescript-eslint's recommended-type-checked, the type-aware
// lint a project that turns on typed linting already runs.
// The applications have no typed setup: their monorepos do not install from npm alone.
if (!apps && !process.argv.includes('--skip-typed')) {
  const typedFiles = files.filter(({ pkg, typescript }) => typescript && pkg.typedDependencies);
  const typedSize = corpusSize(typedFiles).total;
  log(`\ntyped: ${typedSize.files} files, ${typedSize.lines} lines, ${typedReps} repetitions (medians, ms; programs built each time)`);
  const typedLanguage = typedLanguageConfigs(typedPackages);
  const typedRules = [pluginRules(plugin, 'strict'), pluginRules(plugin, 'recommended-type-checked')];
  const tsEslint = {
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: Object.assign({}, ...tseslint.configs.recommendedTypeChecked.map((config) => config.rules ?? {})),
  };
  // The warm-up on the smaller part compiles TypeScript's own code once.
  const warmUpEntries = typedFiles.filter(({ pkg }) => pkg.name === 'msw');
  const runs = await compareLints(
    {
      alone: () => corpusESLint([...typedLanguage, ...typedRules], { stats: true }),
      aloneBaseline: () => corpusESLint(typedLanguage, { stats: true }),
      beside: () => corpusESLint([...typedLanguage, tsEslint, ...typedRules], { stats: true }),
      besideBaseline: () => corpusESLint([...typedLanguage, tsEslint], { stats: true }),
    },
    typedFiles,
    typedReps,
    { beforeEach: clearCaches, warmUpEntries },
  );
  const column = (run, baseline) => {
    const rest = run.total - run.plugin;
    return [
      ...ruleIds.all.map((id) => ms(run.rules.get(id) ?? 0)),
      ms(run.plugin),
      ms(run.parse),
      ms(run.total),
      percent(run.plugin, rest),
      ms(baseline.total),
      percent(run.total - baseline.total, baseline.total),
    ];
  };
  const labels = [
    ...ruleIds.all.map((id) => `${id}${ruleIds.typed.includes(id) ? ' (typed)' : ''}`),
    'plugin rules together',
    'parse, programs included',
    'total type-aware lint',
    'plugin added to the rest (rule timing)',
    'total lint without the plugin',
    'plugin added, by difference of totals (noisy)',
  ];
  const alone = column(runs.alone, runs.aloneBaseline);
  const beside = column(runs.beside, runs.besideBaseline);
  printTable(
    ['measure', 'plugin alone', 'beside typescript-eslint'],
    labels.map((label, index) => [label, String(alone[index]), String(beside[index])]),
  );
  log(`(${load()})`);
  clearCaches();

  // What the plugin asks the checker: one more lint, untimed, with only its rules.
  const counter = checkerCallCounter();
  await corpusESLint([...typedLanguage, counter.config, ...typedRules]).lintFiles(typedFiles.map(({ file }) => file));
  const perKloc = (count) => (count / (typedSize.lines / 1000)).toFixed(1);
  log(`\nchecker calls of the plugin (typed run, ${typedSize.lines} lines): ${counter.total()}, ${perKloc(counter.total())} per 1,000 lines`);
  printTable(['checker method', 'calls', 'per 1,000 lines'], counter.counts().slice(0, 12).map(([name, count]) => [name, String(count), perKloc(count)]));
  clearCaches();
}
