// Writes, from the built plugin's configs, which rules each config turns on and with which
// options: one table in README.md and one in each docs/rules/<rule>.md, between markers.
// `--check` writes nothing and exits 1 when a copy is stale (npm run docs:check).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const plugin = createRequire(root)('./dist/index.cjs');
const check = process.argv.includes('--check');

const BEGIN = '<!-- begin config table (scripts/config-table.mjs) -->';
const END = '<!-- end config table -->';
const configNames = ['recommended', 'recommended-type-checked', 'strict'];
const ruleNames = Object.keys(plugin.rules).sort();

/** A config's entry for a rule as a table cell: `error`, or `error` and its options as JSON. */
function cell(entry) {
  if (entry === undefined) return '—';
  const [severity, ...options] = Array.isArray(entry) ? entry : [entry];
  return [severity, ...options.map((option) => `\`${JSON.stringify(option)}\``)].join(', ');
}

const entryOf = (config, rule) => plugin.configs[config].rules[`http-status/${rule}`];

function readmeTable() {
  const header = `| rule | ${configNames.map((name) => `\`${name}\``).join(' | ')} |`;
  const rows = ruleNames.map(
    (rule) => `| [${rule}](docs/rules/${rule}.md) | ${configNames.map((config) => cell(entryOf(config, rule))).join(' | ')} |`,
  );
  return [header, `| --- |${configNames.map(() => ' --- |').join('')}`, ...rows].join('\n');
}

function ruleTable(rule) {
  const rows = configNames.map((config) => `| \`${config}\` (\`legacy-${config}\`) | ${cell(entryOf(config, rule))} |`);
  return ['| config | turns it on with |', '| --- | --- |', ...rows].join('\n');
}

/** `text` with the block between the markers replaced (appended under `heading` when absent). */
function withTable(text, table, heading) {
  const block = `${BEGIN}\n\n${table}\n\n${END}`;
  const start = text.indexOf(BEGIN);
  if (start === -1) return `${text.trimEnd()}\n\n${heading}\n\n${block}\n`;
  const end = text.indexOf(END, start);
  if (end === -1) throw new Error(`config-table: ${BEGIN} without ${END}`);
  return text.slice(0, start) + block + text.slice(end + END.length);
}

const targets = [
  ['README.md', readmeTable(), '### What each config turns on'],
  ...ruleNames.map((rule) => [`docs/rules/${rule}.md`, ruleTable(rule), '## Turned on by']),
];
const stale = [];
for (const [file, table, heading] of targets) {
  const text = readFileSync(`${root}${file}`, 'utf8');
  const updated = withTable(text, table, heading);
  if (updated === text) continue;
  stale.push(file);
  if (!check) writeFileSync(`${root}${file}`, updated);
}
if (check && stale.length > 0) {
  console.error(`config-table: stale in ${stale.join(', ')}; run npm run docs.`);
  process.exitCode = 1;
}
