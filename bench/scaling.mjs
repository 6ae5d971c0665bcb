// `npm run bench` (also alone: `node bench/scaling.mjs`): how the plugin's time grows with
// the size of one function and of one file, on generated code with the shapes that make a
// careless rule quadratic. For each shape and N = 500 … 4,000 it prints two figures per N:
// - the CPU time of the whole lint with only the plugin's rules on (`process.cpuUsage` around
//   `Linter.verify`, fastest of --reps, each after a garbage collection), which the growth bar
//   is on: on a shared 2-core machine it moves a few percent between runs, where the
//   per-listener rule timing below moves up to ×2;
// - the plugin's rule time from ESLint's own stats (fastest of --reps), for information.
// Growth per doubling of N (2 is linear; the bar is 2.2), each step and fitted over all sizes.
// Each shape runs in a process of its own, so that one shape's heap does not slow the next.
// A quadratic part of the plugin shows in the whole lint: at N = 4,000 the plugin is a third
// or more of it, and a part that doubles twice as fast lifts a doubling well over 2.2.
// Then the Markdown reader on adversarial 6 kB pages.
// Options: --reps N (default 5), --max N (default 4000), --check (exit 1 over the bars).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint, Linter } from 'eslint';
import { loadPlugin } from './lint-setup.mjs';
import { projectRoot } from './corpus.mjs';
import { numberOption } from './options.mjs';

const reps = numberOption('--reps', 5);
const max = numberOption('--max', 4000);
const check = process.argv.includes('--check');
const GROWTH_BAR = 2.2;
const MARKDOWN_BAR_MS = 50;

const repeat = (n, line) => Array.from({ length: n }, (_, index) => line(index)).join('\n');

/** Generated programs: N sends in one function, or N handlers in one file. */
const shapes = {
  'express: N guarded sends in one function': (n) =>
    `app.get('/a', (req, res) => {\n${repeat(n, (i) => `  if (req.query.k${i}) res.status(401).json({ error: 'e${i}' });`)}\n});\n`,
  'express: N sends, a header set in each branch': (n) =>
    `app.get('/a', (req, res) => {\n${repeat(n, (i) => `  if (req.query.k${i}) { res.setHeader('X-Try', '${i}'); res.status(401).json({ error: 'e${i}' }); }`)}\n});\n`,
  'koa: N status and body pairs in one middleware': (n) =>
    `app.use(async (ctx) => {\n${repeat(n, (i) => `  if (ctx.query.k${i}) { ctx.status = 404; ctx.body = { error: 'e${i}' }; }`)}\n});\n`,
  'koa: N statuses, then one body': (n) =>
    `app.use(async (ctx) => {\n${repeat(n, (i) => `  if (ctx.query.k${i}) ctx.status = 409;`)}\n  ctx.body = { error: 'conflict' };\n});\n`,
  'express: N handlers in one file': (n) =>
    repeat(n, (i) => `app.get('/r${i}', (req, res) => { if (req.query.k) return res.status(401).json({ error: 'e' }); res.json({ i: ${i} }); });`),
  'client: N comparisons, constantsFrom': (n) =>
    `async function f(res) {\n${repeat(n, (i) => `  if (res.status === ${[200, 404, 500][i % 3]}) g${i}();`)}\n}\n`,
};

const sizes = [];
for (let n = 500; n <= max; n *= 2) sizes.push(n);
const childShape = process.argv.includes('--child') ? process.argv[process.argv.indexOf('--child') + 1] : undefined;

if (childShape !== undefined) {
  // One shape, in a process of its own: print its figures as JSON for the parent.
  const plugin = await loadPlugin();
  const ruleEntries = Object.fromEntries(
    Object.entries(plugin.rules)
      .filter(([, rule]) => !rule.meta.docs?.requiresTypeChecking)
      .map(([name]) => [`http-status/${name}`, name === 'no-hardcoded-status-comparison' ? ['error', { constantsFrom: 'http-status-codes' }] : 'error']),
  );
  const config = [{ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, plugins: { 'http-status': plugin }, rules: ruleEntries }];
  const linter = new Linter();
  const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: true, stats: true, overrideConfig: config });
  const filePath = path.join(projectRoot, 'scaling.js');

  /** CPU milliseconds of one whole lint of `code`, after a collection. */
  const lintCpu = (code) => {
    globalThis.gc?.();
    const before = process.cpuUsage();
    const messages = linter.verify(code, config, { filename: filePath });
    const used = process.cpuUsage(before);
    const fatal = messages.find((message) => message.fatal);
    if (fatal) throw new Error(`generated code does not parse: ${fatal.message}`);
    return (used.user + used.system) / 1000;
  };
  /** The plugin's rule time (ms) for one lint of `code`, from ESLint's own stats. */
  const ruleTime = async (code) => {
    globalThis.gc?.();
    const [result] = await eslint.lintText(code, { filePath });
    let total = 0;
    for (const pass of result.stats.times.passes) for (const rule of Object.values(pass.rules ?? {})) total += rule.total;
    return total;
  };
  const codes = sizes.map((n) => shapes[childShape](n));
  // Warm the JIT at every size first.
  for (const code of codes) lintCpu(code);
  // All CPU lints first, the stats lints after them: the ESLint class's work does not fall between them.
  const cpu = [];
  for (const code of codes) {
    let best = Infinity;
    for (let run = 0; run < reps; run += 1) best = Math.min(best, lintCpu(code));
    cpu.push(best);
  }
  const rules = [];
  for (const code of codes) {
    let best = Infinity;
    for (let run = 0; run < reps; run += 1) best = Math.min(best, await ruleTime(code));
    rules.push(best);
  }
  console.log(JSON.stringify({ cpu, rules }));
  process.exit(0);
}

/**
 * The growth per doubling of N that best fits all sizes: 2 to the slope of log(time) over
 * log(N), by least squares. One doubling's ratio swings with a few milliseconds of noise;
 * the fit over the whole range does not.
 */
function fittedGrowth(ns, times) {
  const xs = ns.map((n) => Math.log2(n));
  const ys = times.map((time) => Math.log2(Math.max(time, 0.01)));
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  const slope =
    xs.reduce((sum, x, index) => sum + (x - mx) * ((ys[index] ?? 0) - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return 2 ** slope;
}

const steps = (times) => times.slice(1).map((time, index) => (time / Math.max(times[index], 0.01)).toFixed(2));
let failed = false;
console.log(
  `Lint CPU time with the plugin's rules by N (fastest of ${reps}; growth per doubling, linear is 2, bar ${GROWTH_BAR}), and the plugin's rule time from ESLint's stats\n`,
);
console.log(['shape', ...sizes.map((n) => `N=${n}`), 'each doubling', 'growth (fit)', 'rule ms by N (stats)'].join(' | '));
for (const name of Object.keys(shapes)) {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-semi-space-size=128', fileURLToPath(import.meta.url), '--child', name, '--reps', String(reps), '--max', String(max)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const { cpu, rules } = JSON.parse(output.trim().split('\n').at(-1));
  const fitted = fittedGrowth(sizes, cpu);
  if (fitted > GROWTH_BAR) failed = true;
  console.log(
    [name, ...cpu.map((time) => `${time.toFixed(0)} ms`), steps(cpu).join(', '), fitted.toFixed(2), rules.map((time) => time.toFixed(0)).join(', ')].join(
      ' | ',
    ),
  );
}

// The Markdown reader on pages built to make a regular-expression reader backtrack.
const { readTextPage } = createRequire(import.meta.url)(path.join(projectRoot, 'dist', 'src', 'table', 'sources', 'markdown.js'));
const size = 6000;
const pages = {
  'table delimiter row': '| a |\n|' + '-|'.repeat(size / 2),
  'rows of pipes and dashes': ('| ' + '- | '.repeat(50) + '\n').repeat(size / 200),
  'unclosed brackets': `404: Not Found ${'['.repeat(size)}`,
  'link openers': `404: Not Found ${'[a]('.repeat(size / 4)}`,
  'emphasis markers': `404: Not Found ${'*_'.repeat(size / 2)}`,
  'long heading': `### 404 ${' a'.repeat(size / 2)} #`,
  'unclosed ReadMe blocks': `${'[block:parameters]'.repeat(size / 18)}\n404: ok`,
  'nested list markers': `${'- '.repeat(size / 2)}404`,
};
console.log(`\nMarkdown reader on adversarial ${size / 1000} kB pages (best of 5; bar ${MARKDOWN_BAR_MS} ms)\n`);
for (const [name, text] of Object.entries(pages)) {
  const runs = [];
  for (let rep = 0; rep < 5; rep += 1) {
    const start = performance.now();
    try {
      readTextPage(text, 'page.md', 'Markdown page');
    } catch {
      // A page with no codes is an error; the time is what counts here.
    }
    runs.push(performance.now() - start);
  }
  const best = Math.min(...runs);
  if (best > MARKDOWN_BAR_MS) failed = true;
  console.log(`${name.padEnd(28)} ${best.toFixed(1)} ms`);
}
if (check && failed) {
  console.error('\nOver a bar: see above.');
  process.exitCode = 1;
}
