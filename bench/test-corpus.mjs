// `npm run test:corpus`: lints the whole corpus with every rule on (`strict`, no
// type information), then the TypeScript parts with types (`recommended-type-checked`
// plus `strict`), and fails if any rule throws. Parse errors of corpus files are
// the files' own business: counted and printed, never a failure. Writes the
// findings report to bench/report.md. With `--apps` it lints the application
// corpus (bench/apps.mjs) instead, without types, into bench/report-apps.md.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { appFiles, corpusApps, ensureApps } from './apps.mjs';
import {
  corpusFiles,
  corpusPackages,
  corpusSize,
  ensureCorpus,
  ensureTypedSetup,
  printTable,
  corpusRoot,
  projectRoot,
  typedPackages,
} from './corpus.mjs';
import { lintCorpusFiles } from './lint-corpus.mjs';
import {
  corpusESLint,
  loadPlugin,
  pluginRuleIds,
  pluginRules,
  typedLanguageConfigs,
  untypedLanguageConfigs,
} from './lint-setup.mjs';
import { writeReport } from './report.mjs';
import { checkFindings } from './findings-check.mjs';
import { checkSuggestions } from './suggestions.mjs';
import { statusSitesRule, typedFilesRule } from './status-sites.mjs';

const log = (line) => console.log(line);
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const started = performance.now();

const apps = process.argv.includes('--apps');
const plugin = await loadPlugin();
const ruleIds = pluginRuleIds(plugin);
const counter = { sites: 0, typedFiles: 0 };
const statusSites = {
  plugins: { corpus: { rules: { 'status-sites': statusSitesRule(counter) } } },
  rules: { 'corpus/status-sites': 'error' },
};
const runs = [];

if (apps) {
  ensureApps({ log });
  const files = appFiles();
  const { total } = corpusSize(files, corpusApps);
  log(`application corpus: ${total.files} files, ${total.lines} lines; ${ruleIds.all.length} plugin rules`);
  const start = performance.now();
  const eslint = corpusESLint([...untypedLanguageConfigs(corpusApps), pluginRules(plugin, 'strict'), statusSites]);
  const result = await lintCorpusFiles(eslint, files, { onProgress: (done, all) => log(`  apps: ${done}/${all} files`) });
  log(`apps run: ${seconds(start)}, ${result.findings.length} findings, ${counter.sites} status sites`);
  runs.push({
    name: 'apps',
    title: 'applications, untyped (`strict`)',
    result,
    files,
    packages: corpusApps,
    configs: ['strict', 'recommended'],
  });
} else {
  ensureCorpus({ log });
  ensureTypedSetup({ log });
  const files = corpusFiles();
  const { total } = corpusSize(files);
  log(`corpus: ${total.files} files, ${total.lines} lines; ${ruleIds.all.length} plugin rules`);

  // Untyped: every file, every rule that runs without types, and the status-site counter.
  const untypedStart = performance.now();
  const untypedESLint = corpusESLint([...untypedLanguageConfigs(corpusPackages), pluginRules(plugin, 'strict'), statusSites]);
  const untyped = await lintCorpusFiles(untypedESLint, files, {
    onProgress: (done, all) => log(`  untyped: ${done}/${all} files`),
  });
  log(`untyped run: ${seconds(untypedStart)}, ${untyped.findings.length} findings, ${counter.sites} status sites`);

  // Typed: the TypeScript parts, with the project service building their programs.
  const typedFiles = files.filter(({ pkg, typescript }) => typescript && pkg.typedDependencies);
  const typedStart = performance.now();
  const typedESLint = corpusESLint([
    ...typedLanguageConfigs(typedPackages),
    pluginRules(plugin, 'strict'),
    pluginRules(plugin, 'recommended-type-checked'),
    { plugins: { corpus: { rules: { 'typed-files': typedFilesRule(counter) } } }, rules: { 'corpus/typed-files': 'error' } },
  ]);
  const typed = await lintCorpusFiles(typedESLint, typedFiles, {
    onProgress: (done, all) => log(`  typed: ${done}/${all} files`),
  });
  log(`typed run: ${seconds(typedStart)} over ${typedFiles.length} files, ${typed.findings.length} findings`);
  if (counter.typedFiles !== typedFiles.length) {
    console.error(`the typed run had a TypeScript program for only ${counter.typedFiles} of ${typedFiles.length} files`);
    process.exitCode = 1;
  }
  runs.push(
    { name: 'untyped', title: 'untyped (`strict`)', result: untyped, files, packages: corpusPackages, configs: ['strict', 'recommended'] },
    {
      name: 'typed',
      title: 'typed (`strict` + `recommended-type-checked`, TypeScript parts)',
      result: typed,
      files: typedFiles,
      packages: typedPackages,
      configs: ['strict', 'recommended-type-checked'],
    },
  );
}

// Every suggestion and fix, applied one at a time: the file still parses, and a comparison accepts nothing beyond the code's class.
const parseOnly = corpusESLint(untypedLanguageConfigs(apps ? corpusApps : corpusPackages));
const parse = async (text, file) => {
  const [result] = await parseOnly.lintText(text, { filePath: file });
  return result?.messages.find((message) => message.fatal)?.message;
};
const suggestions = await checkSuggestions(runs.map((run) => ({ ...run, parse })));
log(
  `suggestions and fixes: ${suggestions.applied} applied, ${suggestions.parsed} parse; ${suggestions.comparisons} rewrite a comparison ` +
    `(${suggestions.evaluated} evaluated for every status), ${suggestions.constants} name a constant; ${suggestions.failures.length} failures`,
);
for (const failure of suggestions.failures) console.error(`  suggestion FAILED: ${failure}`);
writeFileSync(path.join(corpusRoot, apps ? 'suggestions-apps.json' : 'suggestions.json'), JSON.stringify(suggestions.rewrites, null, 1));
if (suggestions.failures.length > 0) process.exitCode = 1;

// The findings themselves, against the committed list: a change meant to keep them keeps them.
const findings = checkFindings(apps ? 'apps' : 'npm', runs, { update: process.argv.includes('--update-findings') });
const findingsFile = path.relative(projectRoot, findings.file);
if (findings.written) log(`findings: wrote ${findingsFile}`);
else if (findings.missingCount + findings.addedCount === 0) log(`findings: identical to ${findingsFile}`);
else {
  console.error(`findings FAILED: ${findings.missingCount} of ${findingsFile} are gone and ${findings.addedCount} are new`);
  for (const line of findings.missing) console.error(`  - ${line}`);
  for (const line of findings.added) console.error(`  + ${line}`);
  console.error('  (a change meant to alter findings: `npm run test:corpus -- --update-findings`, then read the diff)');
  process.exitCode = 1;
}

const reportPath = path.join(projectRoot, 'bench', apps ? 'report-apps.md' : 'report.md');
writeReport(reportPath, { runs, ruleIds, plugin, statusSites: counter.sites });
log(`report: ${path.relative(projectRoot, reportPath)}`);

printTable(
  ['run', 'files', 'findings', 'parse errors', 'other messages', 'exceptions'],
  runs.map(({ name, files, result }) => [
    name,
    files.length,
    result.findings.length,
    result.parseErrors.length,
    result.otherMessages.length,
    result.exceptions.length,
  ]),
);
for (const { name, result: run } of runs) {
  for (const error of run.parseErrors) log(`  ${name} parse error (not a plugin failure): ${error.relative}:${error.line} ${error.message}`);
  for (const message of run.otherMessages.slice(0, 20)) log(`  ${name} message: ${message.relative}:${message.line} ${message.message}`);
}
const exceptions = runs.flatMap(({ name, result }) => result.exceptions.map((exception) => ({ name, ...exception })));
for (const { name, relative, ruleId, message } of exceptions) {
  console.error(`\n${name} EXCEPTION in ${relative} (rule ${ruleId ?? 'unknown'}):\n${message}`);
}
log(`test:corpus took ${seconds(started)}`);
if (exceptions.length > 0) {
  console.error(`\ntest:corpus FAILED: ${exceptions.length} exception(s) while linting the corpus.`);
  process.exitCode = 1;
} else if (process.exitCode) {
  console.error('\ntest:corpus FAILED: see the messages above.');
} else {
  log('test:corpus passed: no exceptions, every suggestion parses and keeps its meaning.');
}
