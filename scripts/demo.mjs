// `npm run demo`: lints the bundled example API with the built plugin, as a user's
// `eslint.config.mjs` would, and prints what the editor and CI would show.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const eslint = new ESLint({ cwd: examples });
const results = await eslint.lintFiles(['api/src/**/*.ts']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);

const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal));
const counts = new Map();
for (const message of results.flatMap((result) => result.messages)) {
  counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
}

console.log(`Linting examples/api with eslint-plugin-http-status (ESLint ${ESLint.version}, config examples/eslint.config.mjs)`);
console.log(output || '\nNo findings.\n');
for (const [ruleId, count] of [...counts].sort()) console.log(`  ${String(count).padStart(3)}  ${ruleId}`);
if (fatal.length > 0) {
  console.error(`${fatal.length} file(s) could not be linted.`);
  process.exitCode = 1;
}

// The drift per operation, as `npx eslint-plugin-http-status routes api/src` prints it in the example's folder.
const { buildRoutesReport, formatRoutesReport } = await import('../dist/src/routes-report.js');
const report = await buildRoutesReport(['api/src/server.ts'], examples, []);
console.log('\nPer operation (npx eslint-plugin-http-status routes api/src/server.ts, in examples/):\n');
console.log(formatRoutesReport(report, 'table'));
