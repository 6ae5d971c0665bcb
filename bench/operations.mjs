// `node bench/operations.mjs` (part of `npm run bench`): the cost of finding a route's documented
// operation as the number of operations grows. The operations of a document are compiled once into
// a tree of path segments, so a lookup should cost the same with 100 operations as with 10,000.
// Needs `npm run build` first.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot, printTable } from './corpus.mjs';

const { compileOperations } = createRequire(import.meta.url)(path.join(projectRoot, 'dist', 'src', 'table', 'operations.js'));

let seed = 15;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const word = () => `r${Math.floor(random() * 400)}`;

/** `count` operations with paths of 2 to 5 segments, a third of them parameters. */
function makeOperations(count) {
  const operations = [];
  for (let index = 0; index < count; index++) {
    const segments = Array.from({ length: 2 + Math.floor(random() * 4) }, () => (random() < 0.33 ? '{id}' : word()));
    operations.push({ method: 'get', path: `/${segments.join('/')}`, codes: new Set([200]), classes: new Set(), hasDefault: false, origin: 'bench' });
  }
  return operations;
}

const lookups = 200_000;
const rows = [];
for (const count of [100, 1_000, 10_000]) {
  const operations = makeOperations(count);
  const compileStart = performance.now();
  const index = compileOperations(operations);
  const compileMs = performance.now() - compileStart;
  // Routes as code writes them: half of them documented paths (with `:id`), half made up (which may match a parameter).
  const routes = Array.from({ length: 1_000 }, (_, at) =>
    at % 2 === 0 ? operations[at % count].path.replaceAll('{id}', ':id') : `/${word()}/${word()}/:id`,
  );
  let found = 0;
  for (let warm = 0; warm < 20_000; warm++) if (index.find('get', routes[warm % routes.length])) found++;
  found = 0;
  const start = performance.now();
  for (let at = 0; at < lookups; at++) if (index.find('get', routes[at % routes.length])) found++;
  const nanoseconds = ((performance.now() - start) * 1e6) / lookups;
  rows.push([count.toLocaleString('en'), compileMs.toFixed(1), nanoseconds.toFixed(0), `${Math.round((found / lookups) * 100)}%`]);
}
console.log(`Finding a route's operation (${lookups.toLocaleString('en')} lookups per size, node ${process.version})\n`);
printTable(['operations', 'compile (ms)', 'ns per lookup', 'found'], rows);
