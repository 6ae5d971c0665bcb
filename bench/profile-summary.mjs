// Summarises a V8 CPU profile (`node --cpu-prof`): self time per area (the
// plugin, ESLint, esquery, the parsers, TypeScript, GC) and the plugin's
// hottest functions. Usage:
//   node --cpu-prof --cpu-prof-dir=.corpus/profiles bench/bench.mjs --reps 1 --skip-scaling
//   node bench/profile-summary.mjs .corpus/profiles/<file>.cpuprofile
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printTable, projectRoot } from './corpus.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <profile.cpuprofile>');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));

const areas = [
  ['plugin', (url) => url.startsWith(`file://${path.join(projectRoot, 'dist')}${path.sep}`)],
  ['@typescript-eslint/utils (rule creator)', (url) => url.includes('/@typescript-eslint/utils/')],
  ['esquery (selectors)', (url) => url.includes('/esquery/')],
  ['typescript', (url) => url.includes('/typescript/lib/')],
  ['typescript-eslint', (url) => url.includes('/@typescript-eslint/')],
  ['espree/acorn', (url) => url.includes('/espree/') || url.includes('/acorn')],
  ['eslint-scope', (url) => url.includes('/eslint-scope/')],
  ['eslint', (url) => url.includes('/eslint/')],
  ['other code', (url) => url !== ''],
];

// Self time of a node = its hit count times the sampling interval.
const interval =
  profile.timeDeltas.length > 0 ? (profile.endTime - profile.startTime) / profile.timeDeltas.length / 1000 : 0;
const byArea = new Map();
const byFunction = new Map();
let total = 0;
for (const node of profile.nodes) {
  const time = (node.hitCount ?? 0) * interval;
  if (!time) continue;
  total += time;
  const { url, functionName, lineNumber } = node.callFrame;
  const area =
    url === ''
      ? functionName.startsWith('(') && functionName !== '(program)'
        ? functionName.replace(/^\(\((.*)\)\)$/u, '($1)')
        : '(native and runtime)'
      : (areas.find(([, test]) => test(url))?.[0] ?? 'other');
  byArea.set(area, (byArea.get(area) ?? 0) + time);
  if (area === 'plugin') {
    const key = `${functionName || '(anonymous)'} ${path.relative(projectRoot, url.replace('file://', ''))}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  }
}

// Time spent under each plugin function, down to the next plugin function: what
// the plugin makes others (the type checker, scope analysis) do on its behalf.
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
const isPlugin = (node) => areas[0][1](node.callFrame.url);
const nameOf = (node) =>
  `${node.callFrame.functionName || '(anonymous)'} ${path.relative(projectRoot, node.callFrame.url.replace('file://', ''))}:${node.callFrame.lineNumber + 1}`;
const underPlugin = new Map();
for (const node of profile.nodes) {
  const time = (node.hitCount ?? 0) * interval;
  if (!time) continue;
  let current = node;
  while (current && !isPlugin(current)) current = parentOf.get(current.id);
  if (current) underPlugin.set(nameOf(current), (underPlugin.get(nameOf(current)) ?? 0) + time);
}

const rows = [...byArea].sort((a, b) => b[1] - a[1]).map(([area, time]) => [area, Math.round(time), `${((100 * time) / total).toFixed(1)}%`]);
printTable(['area', 'self ms', 'share'], rows);
console.log('');
const hot = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25);
printTable(['plugin function', 'self ms'], hot.map(([name, time]) => [name, Math.round(time)]));
console.log('');
const heavy = [...underPlugin].sort((a, b) => b[1] - a[1]).slice(0, 25);
const allUnder = [...underPlugin.values()].reduce((sum, time) => sum + time, 0);
console.log(`time under plugin functions, callees included: ${Math.round(allUnder)} ms`);
printTable(['plugin function (with what it calls)', 'ms'], heavy.map(([name, time]) => [name, Math.round(time)]));
