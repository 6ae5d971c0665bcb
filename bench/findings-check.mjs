// The corpus findings of a `test:corpus` run, each with its place, message, fix and suggestions,
// compared line by line with the committed list (bench/findings-<corpus>.txt): a change that
// should not change what the rules find (issue 16's speed work) shows here as a failure naming
// the lines that differ. `npm run test:corpus -- --update-findings` writes the list anew, for a
// change meant to alter findings; its diff is then what a reviewer reads.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './corpus.mjs';

/** One line per finding: run, rule, place, message id, message, and what its fix and suggestions write where. */
export function findingLines(runs) {
  const lines = [];
  for (const { name, result } of runs) {
    for (const finding of result.findings) {
      const place = `${finding.relative}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
      const edit = (fix) => (fix ? `${fix.range[0]}-${fix.range[1]}=${JSON.stringify(fix.text)}` : '');
      const suggestions = (finding.suggestions ?? []).map((suggestion) => `${suggestion.messageId}:${edit(suggestion.fix)}`);
      lines.push([name, finding.ruleId, place, finding.messageId, finding.message, `fix ${edit(finding.fix)}`, `suggest ${suggestions.join(' ')}`].join(' | '));
    }
  }
  return lines.sort();
}

/** Compares with (or with `update`, writes) the committed list; returns the differences, at most `limit` of each side. */
export function checkFindings(corpus, runs, { update = false, limit = 20 } = {}) {
  const file = path.join(projectRoot, 'bench', `findings-${corpus}.txt`);
  const lines = findingLines(runs);
  const text = `${lines.join('\n')}\n`;
  if (update) {
    writeFileSync(file, text);
    return { file, written: true, missing: [], added: [], missingCount: 0, addedCount: 0 };
  }
  if (!existsSync(file)) throw new Error(`${path.relative(projectRoot, file)} is missing: run \`npm run test:corpus -- --update-findings\` to write it.`);
  const expected = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
  const now = new Set(lines);
  const before = new Set(expected);
  const missing = expected.filter((line) => !now.has(line));
  const added = lines.filter((line) => !before.has(line));
  return { file, written: false, missing: missing.slice(0, limit), added: added.slice(0, limit), missingCount: missing.length, addedCount: added.length };
}
