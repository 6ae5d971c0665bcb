// `npm run fuzz`: lints random and mutated programs with every rule, without type information
// (espree for JavaScript, typescript-eslint's parser for TypeScript) and with it (one TypeScript
// program in five, through the project service), for a bounded time. It fails on any exception
// from the plugin, and on any untyped program whose plugin rule time is over a budget for its
// size (a rule that is quadratic somewhere). Programs come from three sources:
// - eslump's random programs (any syntax ESLint can parse);
// - templates of every way the plugin knows a status is sent or read, filled with odd values
//   (undefined, NaN, 1e3, '404', 404n, deep conditionals, recursive constants …);
// - the fixture APIs of the repository, mutated: tokens deleted, arguments swapped, numbers replaced.
// Options: --seconds N (default 60), --seed N (default: the time), --typed-share N (default 0.2).
// A failing program is written to .tmp/fuzz-failures/ with the seed, so it can be replayed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import { generateRandomJS } from 'eslump';
import tsParser from '@typescript-eslint/parser';
import { projectRoot } from './corpus.mjs';
import { loadPlugin } from './lint-setup.mjs';
import { numberOption } from './options.mjs';
import { seededRandom } from './report.mjs';

const seconds = numberOption('--seconds', 60);
const seed = numberOption('--seed', Date.now() % 2 ** 31);
const typedShare = numberOption('--typed-share', 0.2);
/** The most a program may cost the plugin: generous for noise, far below any quadratic blow-up. */
const budgetMs = (text) => 250 + text.length * 0.02;

const random = seededRandom(seed);
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (share) => random() < share;

/* ---------- Programs ---------- */

const oddValues = [
  '404', '200', '204', '304', '401', '405', '418', '441', '2000', '99', '0', '-1', '404.5', '1e3', '0x194', '404n',
  "'404'", '`${code}`', 'undefined', 'null', 'NaN', 'Infinity', 'true', '{}', '[]', '() => 404', 'code', 'err.status',
  'err.status ?? 500', 'ok ? 200 : 404', 'a ? b ? 401 : 403 : c ? 404 : 500', 'HttpStatus.NOT_FOUND', 'StatusCodes.GONE',
  'Status.Missing', 'status', 'this.status', '(await fetch(u)).status', 'res.status', 'void 0', 'new Number(404)',
];
const oddBodies = ["{ error: 'x' }", "''", 'null', 'undefined', '{}', '...rest', "'Not Found'", 'body', '[]', "Buffer.from('x')"];

const templates = [
  (s, b) => `app.get('/a', (req, res) => { res.status(${s}).json(${b}); });`,
  (s, b) => `app.get('/a', (req, res) => { res.statusCode = ${s}; res.end(${b}); });`,
  (s, b) => `app.get('/a', (req, res) => { res.writeHead(${s}, { 'Content-Type': 'text/plain' }); res.end(${b}); });`,
  (s) => `app.get('/a', (req, res) => res.sendStatus(${s}));`,
  (s, b) => `app.use(async (ctx) => { if (!ctx.user) { ctx.status = ${s}; return; } ctx.body = ${b}; });`,
  (s, b) => `app.use(async (ctx) => { ctx.throw(${s}, ${b}); });`,
  (s, b) => `fastify.get('/a', async (request, reply) => reply.code(${s}).send(${b}));`,
  (s, b) => `app.get('/a', (c) => c.json(${b}, ${s}));`,
  (s, b) => `export async function GET() { return new Response(${b}, { status: ${s} }); }`,
  (s, b) => `export async function GET() { return Response.json(${b}, { status: ${s} }); }`,
  (s, b) => `export const handler = async (event) => ({ statusCode: ${s}, body: JSON.stringify(${b}) });`,
  (s, b) => `class C { @HttpCode(${s}) @Get() find() { throw new HttpException(${b}, ${s}); } }`,
  (s, b) => `throw createError(${s}, ${b});`,
  (s) => `if (res.status === ${s}) retry();`,
  (s) => `switch (response.status) { case ${s}: break; case 404: break; default: }`,
  (s) => `if ([${s}, 503].includes(err.response?.status)) wait();`,
  (s) => `const ok = res.status >= 200 && res.status < ${s};`,
  (s) => `const { status } = await fetch(url); if (status !== ${s}) throw new Error();`,
  (s, b) => `res.set('Allow', 'GET').status(${s}).send(${b});`,
  (s, b) => `res.status(${s}); helper(res); res.json(${b});`,
];

const preludes = [
  '',
  "import { HttpStatus, HttpException, HttpCode, Get } from '@nestjs/common';",
  "import { StatusCodes } from 'http-status-codes';",
  "const createError = require('http-errors');",
  'const a = b; const b = a;',
  'const code = 404; let other = 200; other = code;',
  'enum Status { Missing = 441, Gone = 410 }',
  'const Status = { Missing: 441, Gone: 410 } as const;',
  Array.from({ length: 20 }, (_, index) => `const c${index + 1} = c${index};`).join(' ').replace('c0;', '418;'),
];

function templateProgram() {
  const lines = [pick(preludes)];
  const count = 1 + Math.floor(random() * 12);
  for (let index = 0; index < count; index += 1) lines.push(pick(templates)(pick(oddValues), pick(oddBodies)));
  return lines.join('\n');
}

/** The repository's fixture APIs and example, to mutate. */
function fixturePrograms() {
  const roots = ['tests/fixtures/integration/api/src', 'examples/api/src'];
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.[cm]?[jt]sx?$/u.test(entry.name)) files.push(full);
    }
  };
  for (const root of roots) walk(path.join(projectRoot, root));
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}
const fixtures = fixturePrograms();

/** One mutation: a token deleted, two arguments swapped, a number replaced, a statement doubled. */
function mutate(text) {
  const choice = Math.floor(random() * 5);
  if (choice === 0) {
    const tokens = [...text.matchAll(/[A-Za-z_$][\w$]*|\d+|[()[\]{},;.]/gu)];
    const token = pick(tokens);
    return token ? text.slice(0, token.index) + text.slice(token.index + token[0].length) : text;
  }
  if (choice === 1) return text.replace(/\(([^(),]+), ([^(),]+)\)/u, '($2, $1)');
  if (choice === 2) {
    const numbers = [...text.matchAll(/\b\d{3}\b/gu)];
    const number = pick(numbers);
    return number ? text.slice(0, number.index) + pick(oddValues) + text.slice(number.index + 3) : text;
  }
  if (choice === 3) {
    const lines = text.split('\n');
    const at = Math.floor(random() * lines.length);
    lines.splice(at, 0, lines[at] ?? '');
    return lines.join('\n');
  }
  return text.replace(/\bres\b/u, pick(['response', 'reply', 'ctx', 'c', 'out', 'this.res']));
}

function fixtureProgram() {
  const { file, text } = pick(fixtures);
  let mutated = text;
  const times = 1 + Math.floor(random() * 4);
  for (let index = 0; index < times; index += 1) mutated = mutate(mutated);
  return { text: mutated, typescript: /\.tsx?$/u.test(file) };
}

function randomProgram() {
  return generateRandomJS({ sourceType: chance(0.5) ? 'module' : 'script', maxDepth: 6, comments: false, whitespace: false });
}

/* ---------- Linting ---------- */

const plugin = await loadPlugin();
const allRules = Object.fromEntries(
  Object.entries(plugin.configs.strict.rules).concat([['http-status/prefer-response-ok', 'error']]),
);
const typedDir = path.join(projectRoot, 'tests', 'fixtures', 'typed');
const linterOptions = { reportUnusedDisableDirectives: 'off' };
const eslint = new ESLint({
  cwd: projectRoot,
  overrideConfigFile: true,
  stats: true,
  overrideConfig: [
    { linterOptions },
    { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['fuzz/**/*.ts'], languageOptions: { parser: tsParser, sourceType: 'module' } },
    {
      files: ['tests/fixtures/typed/**/*.ts'],
      languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { projectService: true, tsconfigRootDir: typedDir } },
    },
    { plugins: { 'http-status': plugin }, rules: allRules },
  ],
});
// Plain `.js` through espree must not warn about missing types on every file.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.code !== 'HTTP_STATUS_NO_TYPES') console.warn(warning.message);
});

const failures = [];
const counts = { programs: 0, parsed: 0, typed: 0, lines: 0 };
let slowest = { ms: 0, perKb: 0 };

async function lintOne(text, filePath, source) {
  counts.programs += 1;
  let result;
  try {
    [result] = await eslint.lintText(text, { filePath });
  } catch (error) {
    failures.push({ text, filePath, source, why: `exception: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  if (result.messages.some((message) => message.fatal)) return;
  counts.parsed += 1;
  counts.lines += text.split('\n').length;
  if (filePath.includes('typed')) counts.typed += 1;
  let ms = 0;
  for (const pass of result.stats?.times.passes ?? []) for (const rule of Object.values(pass.rules ?? {})) ms += rule.total;
  if (!filePath.includes('typed') && ms > slowest.ms) slowest = { ms, perKb: ms / Math.max(text.length / 1000, 0.001) };
  // With types, the checker's work on the changed program is charged to the first rule that asks
  // for a type: that is TypeScript's time, not the plugin's growth, so only untyped lints are timed.
  if (!filePath.includes('typed') && ms > budgetMs(text)) {
    failures.push({ text, filePath, source, why: `plugin time ${ms.toFixed(0)} ms for ${text.length} characters, over ${budgetMs(text).toFixed(0)} ms` });
  }
}

console.log(`fuzz: ${seconds} s, seed ${seed} (replay with --seed ${seed})`);
const deadline = performance.now() + seconds * 1000;
while (performance.now() < deadline) {
  const kind = pick(['random', 'template', 'template', 'fixture', 'fixture']);
  let text;
  let typescript;
  if (kind === 'random') {
    text = randomProgram();
    typescript = false;
  } else if (kind === 'template') {
    text = templateProgram();
    typescript = chance(0.5);
  } else {
    ({ text, typescript } = fixtureProgram());
  }
  const filePath = typescript
    ? chance(typedShare) ? path.join(typedDir, 'file.ts') : path.join(projectRoot, 'fuzz', 'program.ts')
    : path.join(projectRoot, 'fuzz', 'program.js');
  await lintOne(text, filePath, kind);
  if (failures.length >= 5) break;
}

console.log(
  `fuzz: ${counts.programs} programs (${counts.parsed} parsed, ${counts.typed} with types, ${counts.lines} lines); ` +
    `slowest untyped ${slowest.ms.toFixed(1)} ms; ${failures.length} failures`,
);
if (failures.length > 0) {
  const dir = path.join(projectRoot, '.tmp', 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  failures.forEach((failure, index) => {
    const file = path.join(dir, `${seed}-${index}${path.extname(failure.filePath)}`);
    writeFileSync(file, `// ${failure.why}\n// source: ${failure.source}, seed ${seed}\n${failure.text}`);
    console.error(`FAIL ${failure.why}\n  program: ${path.relative(projectRoot, file)}`);
  });
  process.exitCode = 1;
}
