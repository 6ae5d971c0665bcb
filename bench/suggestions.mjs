// Applies every suggestion and fix the corpus run produced, one at a time, and checks two
// things: the file still parses (with the parser it was linted with), and a rewritten
// status comparison accepts no status beyond the one code's class. A comparison is
// evaluated for every integer from 100 to 599 and for `undefined` and `null`, before and
// after, with the read (`res.status`, `err.response?.status`) standing for the value and
// `x.ok` for "the read is 2xx" (`undefined` and `null` only where the read may be missing).
// A named constant must spell the literal it replaces.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from './corpus.mjs';

const comparisonRules = new Set(['http-status/no-hardcoded-status-comparison', 'http-status/prefer-response-ok']);
const values = [undefined, null, ...Array.from({ length: 500 }, (_, index) => 100 + index)];

/** The values a constant the suggestions may write (`StatusCodes.NOT_FOUND`) has in the libraries the plugin knows. */
async function loadConstantValues() {
  const { constantValue, constantSources } = await import(path.join(projectRoot, 'dist', 'src', 'table', 'constant-names.js'));
  return (text) => {
    const member = text.split('.').at(-1);
    return new Set(constantSources.map((source) => constantValue(source, member)).filter((value) => value !== undefined));
  };
}

/** Every distinct read in a comparison fragment: the operand of a comparison with a number, or of `.includes()`/`.has()`. */
function readsIn(fragment) {
  const reads = new Set();
  const operand = String.raw`([A-Za-z_$][\w$]*(?:\s*(?:\?\.|\.)\s*[A-Za-z_$][\w$]*|\[\s*['"][^'"]*['"]\s*\]|\(\s*\))*)`;
  for (const match of fragment.matchAll(new RegExp(`${operand}\\s*(?:[!=]==?|[<>]=?)\\s*-?\\d`, 'gu'))) reads.add(match[1].trim());
  for (const match of fragment.matchAll(new RegExp(`-?\\d+\\s*(?:[!=]==?|[<>]=?)\\s*${operand}`, 'gu'))) reads.add(match[1].trim());
  for (const match of fragment.matchAll(new RegExp(`\\.(?:includes|has)\\(\\s*${operand}\\s*\\)`, 'gu'))) reads.add(match[1].trim());
  return [...reads];
}

/** The set of values a boolean fragment accepts, with each read replaced by the value; undefined when it cannot be evaluated. */
function acceptedBy(fragment, reads, okOwners) {
  let code = fragment;
  for (const owner of okOwners) code = code.split(`${owner}.ok`).join('(__s >= 200 && __s < 300)').split(`${owner}?.ok`).join('(__s >= 200 && __s < 300)');
  for (const read of [...reads].sort((a, b) => b.length - a.length)) code = code.split(read).join('__s');
  let test;
  try {
    test = new Function('__s', `return (${code});`);
  } catch {
    return undefined;
  }
  const accepted = new Set();
  for (const value of values) {
    let result;
    try {
      result = test(value);
    } catch {
      return undefined;
    }
    if (result) accepted.add(value);
  }
  return accepted;
}

/** A TypeScript expression as the JavaScript it compiles to, without the trailing semicolon. */
function toJavaScript(expression) {
  const { outputText } = ts.transpileModule(`(${expression});`, {
    compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, alwaysStrict: false },
  });
  return outputText.replace(/^"use strict";/u, '').trim().replace(/;$/u, '');
}

function classOf(code) {
  return Math.floor(code / 100);
}

/**
 * @param runs `[{ name, result, parse }]`: each run's findings (ESLint messages with their
 *   `suggestions` and `fix`) and `parse(text, file)`, which resolves to the fatal parse message or undefined.
 */
export async function checkSuggestions(runs) {
  const constantValuesOf = await loadConstantValues();
  const tally = { applied: 0, parsed: 0, comparisons: 0, evaluated: 0, constants: 0, failures: [], rewrites: [] };
  const sources = new Map();
  for (const { name, result, parse } of runs) {
    for (const finding of result.findings) {
      const edits = [...(finding.suggestions ?? []).map((suggestion) => ({ label: suggestion.desc, fix: suggestion.fix }))];
      if (finding.fix) edits.push({ label: 'autofix', fix: finding.fix });
      if (edits.length === 0) continue;
      let source = sources.get(finding.entry.file);
      if (source === undefined) {
        source = readFileSync(finding.entry.file, 'utf8');
        sources.set(finding.entry.file, source);
      }
      const where = `${name} ${finding.relative}:${finding.line}:${finding.column}`;
      for (const { label, fix } of edits) {
        tally.applied += 1;
        const output = source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
        const fatal = await parse(output, finding.entry.file);
        if (fatal) {
          tally.failures.push(`${where} (${label}): does not parse: ${fatal}`);
          continue;
        }
        tally.parsed += 1;
        if (!comparisonRules.has(finding.ruleId)) continue;
        const before = source.slice(fix.range[0], fix.range[1]);
        const after = fix.text;
        tally.rewrites.push({ where, label, before, after });
        if (/^[\w$.]+$/u.test(after) && /^\d+$/u.test(before.trim())) {
          // A named constant in place of a literal.
          tally.constants += 1;
          if (!constantValuesOf(after).has(Number(before))) tally.failures.push(`${where} (${label}): ${after} is not ${before}`);
          continue;
        }
        tally.comparisons += 1;
        // Types and `!` go first (`(error as { status: number }).status!`): what is left is the JavaScript that runs.
        const [beforeJs, afterJs] = [before, after].map(toJavaScript);
        const reads = readsIn(`${beforeJs} ${afterJs}`);
        const okOwners = [...afterJs.matchAll(/([\w$.]+?)\??\.ok\b/gu)].map((match) => match[1]);
        const original = acceptedBy(beforeJs, reads, okOwners);
        const rewritten = acceptedBy(afterJs, reads, okOwners);
        if (!original || !rewritten || reads.length === 0) {
          tally.failures.push(`${where} (${label}): could not evaluate \`${before}\` → \`${after}\``);
          continue;
        }
        tally.evaluated += 1;
        // What changes may only be statuses of the classes of the codes the original names.
        const classes = new Set([...before.matchAll(/\b[1-5]\d\d\b/gu)].map((match) => classOf(Number(match[0]))));
        // `undefined` and `null` count where the read can be missing: an optional chain, or a guard the rule wrote for its type.
        const mayBeMissing = /\?\.|\bundefined\b|\bnull\b/u.test(`${beforeJs} ${afterJs}`);
        const changed = values.filter(
          (value) => (typeof value === 'number' || mayBeMissing) && original.has(value) !== rewritten.has(value),
        );
        const beyond = changed.filter((value) => typeof value !== 'number' || !classes.has(classOf(value)));
        if (beyond.length > 0) {
          tally.failures.push(
            `${where} (${label}): \`${before}\` → \`${after}\` changes what it accepts beyond the class: ${beyond.slice(0, 5).map(String).join(', ')}`,
          );
        }
      }
    }
  }
  return tally;
}
