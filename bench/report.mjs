// The findings report (bench/report.md, git-ignored): findings per rule per package,
// and a seeded random sample of each rule's findings with the source line, so a
// person can judge them. Judgements live in bench/verdicts.json (committed), keyed
// by run, rule and position; the report turns them into a precision per rule.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusRoot, projectRoot } from './corpus.mjs';

export const samplesPerRule = 40;
const sampleSeed = 0x5eed_2026;
export const verdictsPath = path.join(projectRoot, 'bench', 'verdicts.json');

/** mulberry32: a small seeded PRNG, so the same findings give the same sample (and a fuzz run can be replayed). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function findingKey(run, finding) {
  return `${run}|${finding.ruleId}|${finding.relative}:${finding.line}:${finding.column}`;
}

function byPosition(a, b) {
  return a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : a.line - b.line || a.column - b.column;
}

/** Up to `size` findings of one rule, the same ones for the same findings. */
export function sampleFindings(findings, size, seedText) {
  const pool = [...findings].sort(byPosition);
  let seed = sampleSeed;
  for (const char of seedText) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193);
  const random = seededRandom(seed);
  for (let index = pool.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other], pool[index]];
  }
  return pool.slice(0, size).sort(byPosition);
}

const sourceLines = new Map();
function sourceLine(finding) {
  let lines = sourceLines.get(finding.entry.file);
  if (!lines) {
    lines = readFileSync(finding.entry.file, 'utf8').split('\n');
    sourceLines.set(finding.entry.file, lines);
  }
  const line = (lines[finding.line - 1] ?? '').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

export function readVerdicts() {
  return existsSync(verdictsPath) ? JSON.parse(readFileSync(verdictsPath, 'utf8')) : {};
}

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('`', "'");

function countBy(findings, ruleIds, packages) {
  const counts = new Map(packages.map((pkg) => [pkg.slug, new Map(ruleIds.map((id) => [id, 0]))]));
  for (const finding of findings) {
    const row = counts.get(finding.entry.pkg.slug);
    row.set(finding.ruleId, (row.get(finding.ruleId) ?? 0) + 1);
  }
  return counts;
}

function findingsTable(out, findings, ruleIds, packages, files) {
  const counts = countBy(findings, ruleIds, packages);
  const short = ruleIds.map((id) => id.replace('http-status/', ''));
  out.push(`| package | files | lines | ${short.join(' | ')} | all |`);
  out.push(`|---|--:|--:|${short.map(() => '--:').join('|')}|--:|`);
  const totals = ruleIds.map(() => 0);
  for (const pkg of packages) {
    const own = files.filter((entry) => entry.pkg === pkg);
    const row = ruleIds.map((id) => counts.get(pkg.slug).get(id));
    row.forEach((count, index) => (totals[index] += count));
    const lines = own.reduce((sum, entry) => sum + entry.lines, 0);
    out.push(`| ${pkg.name} | ${own.length} | ${lines} | ${row.join(' | ')} | ${row.reduce((a, b) => a + b, 0)} |`);
  }
  const lines = files.reduce((sum, entry) => sum + entry.lines, 0);
  out.push(`| **total** | ${files.length} | ${lines} | ${totals.join(' | ')} | ${totals.reduce((a, b) => a + b, 0)} |`);
}

/**
 * The findings a config would give, out of a run with `strict`: only the config's
 * rules, and without the "could not be checked" reports that strict's
 * `reportUnresolved` adds (the one option strict changes).
 */
export function configView(findings, configName, plugin) {
  if (configName === 'strict') return findings;
  const rules = new Set(Object.keys(plugin.configs[configName].rules));
  return findings.filter((finding) => rules.has(finding.ruleId) && finding.messageId !== 'unresolvedStatus');
}

/** Strict's samples keep the seed they always had, so earlier verdicts stay on the same findings. */
function sampleSeedText(run, configName, ruleId) {
  return configName === 'strict' ? `${run}|${ruleId}` : `${run}|${configName}|${ruleId}`;
}

/** Precision per rule over the judged samples: `{ ruleId: { total, sampled, correct, wrong, unjudged, sample } }`. */
export function precisionOf(run, configName, findings, ruleIds, verdicts) {
  const result = {};
  for (const ruleId of ruleIds) {
    const own = findings.filter((finding) => finding.ruleId === ruleId);
    if (own.length === 0) continue;
    const sample = sampleFindings(own, samplesPerRule, sampleSeedText(run, configName, ruleId));
    const tally = { total: own.length, sampled: sample.length, correct: 0, wrong: 0, unjudged: 0, sample };
    for (const finding of sample) {
      const verdict = verdicts[findingKey(run, finding)]?.verdict;
      if (verdict === 'correct') tally.correct += 1;
      else if (verdict === 'wrong') tally.wrong += 1;
      else tally.unjudged += 1;
    }
    result[ruleId] = tally;
  }
  return result;
}

/**
 * @param runs `[{ name, title, result, files, packages, configs }]`: each run's
 *   findings (linted with `strict`, plus the type-checked rules when typed), the
 *   files and packages it covered, and the configs whose view is judged.
 */
export function writeReport(reportPath, { runs, ruleIds, plugin, statusSites }) {
  const verdicts = readVerdicts();
  const out = [];
  out.push('# Corpus findings', '');
  out.push('Generated by `npm run test:corpus`. Sampled findings are judged in `bench/verdicts.json`.', '');
  if (statusSites !== undefined) out.push(`Status sites (rough syntactic count): ${statusSites}.`, '');
  for (const run of runs) {
    out.push(`## Findings per rule per package: ${run.title}`, '');
    findingsTable(out, run.result.findings, ruleIds.all, run.packages, run.files);
    out.push('');
  }

  out.push('## Problems', '');
  for (const run of runs) {
    out.push(`Exceptions, ${run.name}: ${run.result.exceptions.length}.`, '');
    for (const exception of run.result.exceptions) {
      out.push(`- ${run.name} exception in \`${exception.relative}\` (${exception.ruleId ?? 'no rule'}):`, '```', exception.message, '```');
    }
    for (const error of run.result.parseErrors) {
      out.push(`- ${run.name} parse error (the corpus file's own): \`${error.relative}:${error.line}\` ${cell(error.message)}`);
    }
  }

  const precision = [];
  for (const run of runs) {
    for (const configName of run.configs) {
      const tallies = precisionOf(run.name, configName, configView(run.result.findings, configName, plugin), ruleIds.all, verdicts);
      precision.push({ run: run.name, configName, tallies });
    }
  }
  out.push('', '## Precision per rule and config (judged samples)', '');
  out.push('| run | config | rule | findings | sampled | correct | wrong | unjudged | precision |', '|---|---|---|--:|--:|--:|--:|--:|--:|');
  for (const { run, configName, tallies } of precision) {
    for (const [ruleId, tally] of Object.entries(tallies)) {
      const judged = tally.correct + tally.wrong;
      const ratio = judged ? `${((100 * tally.correct) / judged).toFixed(1)}%` : '-';
      out.push(
        `| ${run} | ${configName} | ${ruleId} | ${tally.total} | ${tally.sampled} | ${tally.correct} | ${tally.wrong} | ${tally.unjudged} | ${ratio} |`,
      );
    }
  }

  for (const { run, configName, tallies } of precision) {
    for (const [ruleId, tally] of Object.entries(tallies)) {
      out.push('', `## Sample: ${ruleId}, ${run}, ${configName} (seeded, ${tally.sample.length})`, '');
      out.push('| verdict | where | message | source line |', '|---|---|---|---|');
      for (const finding of tally.sample) {
        const verdict = verdicts[findingKey(run, finding)];
        const judged = verdict ? `${verdict.verdict}${verdict.why ? `: ${cell(verdict.why)}` : ''}` : '?';
        out.push(
          `| ${judged} | \`${finding.relative}:${finding.line}:${finding.column}\` | ${cell(finding.message)} | \`${cell(sourceLine(finding))}\` |`,
        );
      }
    }
  }
  writeFileSync(reportPath, `${out.join('\n')}\n`);

  // Every finding with its key and whether a sample holds it, for whoever judges (stays in the cache).
  const sampled = new Set(
    precision.flatMap(({ run, tallies }) => Object.values(tallies).flatMap((tally) => tally.sample.map((f) => findingKey(run, f)))),
  );
  const dump = [];
  for (const run of runs) {
    for (const finding of run.result.findings) {
      const key = findingKey(run.name, finding);
      dump.push({ key, sampled: sampled.has(key), judged: key in verdicts, message: finding.message, source: sourceLine(finding) });
    }
  }
  const dumpName = runs.some((run) => run.name === 'apps') ? 'findings-apps.json' : 'findings.json';
  writeFileSync(path.join(corpusRoot, dumpName), JSON.stringify(dump, null, 1));
  return precision;
}
