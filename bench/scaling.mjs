// `npm run bench` (also alone: `node bench/scaling.mjs`): how the plugin's time grows with
// the size of one function and of one file, on generated code with the shapes that make a
// careless rule quadratic. For each shape and N = 500 … 4,000 it prints the plugin's rule time
// (ESLint's own stats) and the growth factor when N doubles (2 is linear; the bar is 2.2), each
// step and fitted over all sizes. Each figure is the fastest of --reps lints, each after a
// garbage collection (run with --expose-gc, as `npm run bench` does), so that collector pauses
// and JIT warm-up do not pass for growth. Then the Markdown reader on adversarial 6 kB pages.
// Options: --reps N (default 5), --max N (default 4000), --check (exit 1 over the bars).
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
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

const plugin = await loadPlugin();
const ruleEntries = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([, rule]) => !rule.meta.docs?.requiresTypeChecking)
    .map(([name]) => [`http-status/${name}`, name === 'no-hardcoded-status-comparison' ? ['error', { constantsFrom: 'http-status-codes' }] : 'error']),
);
const eslint = new ESLint({
  cwd: projectRoot,
  overrideConfigFile: true,
  stats: true,
  overrideConfig: [{ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, plugins: { 'http-status': plugin }, rules: ruleEntries }],
});

/** The plugin's rule time (ms) for one lint of `code`, from ESLint's own stats, after a collection. */
async function ruleTime(code) {
  globalThis.gc?.();
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, 'scaling.js') });
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`generated code does not parse: ${fatal.message}`);
  let total = 0;
  for (const pass of result.stats.times.passes) for (const rule of Object.values(pass.rules ?? {})) total += rule.total;
  return total;
}

/** The fastest of `runs` lints: the least disturbed by anything else on the machine. */
async function pluginTime(code, runs = 1) {
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) best = Math.min(best, await ruleTime(code));
  return best;
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

const sizes = [];
for (let n = 500; n <= max; n *= 2) sizes.push(n);
let failed = false;
if (!globalThis.gc) console.log('(run with node --expose-gc for steadier figures)');
console.log(`Plugin rule time by N (ESLint's stats, fastest of ${reps} lints; growth per doubling, linear is 2, bar ${GROWTH_BAR})\n`);
console.log(['shape', ...sizes.map((n) => `N=${n}`), 'each doubling', 'growth (fit)'].join(' | '));
for (const [name, make] of Object.entries(shapes)) {
  // Warm the JIT for this shape at every size first.
  for (const n of sizes) await pluginTime(make(n));
  const times = [];
  for (const n of sizes) times.push(await pluginTime(make(n), reps));
  const steps = times.slice(1).map((time, index) => (time / Math.max(times[index], 0.01)).toFixed(2));
  const fitted = fittedGrowth(sizes, times);
  if (fitted > GROWTH_BAR) failed = true;
  console.log([name, ...times.map((time) => `${time.toFixed(1)} ms`), steps.join(', '), fitted.toFixed(2)].join(' | '));
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
