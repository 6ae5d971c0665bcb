// `node bench/count-sends.mjs`: how many status sends the plugin sees in each application of
// the application corpus (bench/apps.mjs): every sink the shared analysis finds, whatever its
// status, and how many of them have a status the analysis can tell. The measure of issue 14
// ("the count of sends the plugin sees"). `--typed` adds a typed lint of the TypeScript files
// (each application's projects with a tsconfig of their own path aliases, dependencies not
// installed), which also sees the helpers other files of the project declare.
// Needs `npm run build` first; takes --mirror DIR like test:corpus --apps.
import { createRequire } from 'node:module';
import path from 'node:path';
import { appFiles, corpusApps, ensureApps, ensureAppTypedSetup } from './apps.mjs';
import { printTable, projectRoot } from './corpus.mjs';
import { lintCorpusFiles } from './lint-corpus.mjs';
import { corpusESLint, loadPlugin, typedLanguageConfigs, untypedLanguageConfigs } from './lint-setup.mjs';

await loadPlugin();
const require = createRequire(import.meta.url);
const { createSinkListener, resolveSinkStatus } = require(path.join(projectRoot, 'dist', 'src', 'analysis', 'sinks.js'));
const { getStatusResolver } = require(path.join(projectRoot, 'dist', 'src', 'analysis', 'resolve.js'));
const typed = process.argv.includes('--typed');
ensureApps({ log: (line) => console.log(line) });
if (typed) ensureAppTypedSetup();
const files = appFiles();
const appOf = (filename) => corpusApps.find((app) => filename.startsWith(app.dir + path.sep))?.dir;

/** Sends per application, and those whose status resolves to at least one code. */
async function countSends(languageConfigs) {
  const counts = new Map(corpusApps.map((app) => [app.dir, { sends: 0, known: 0 }]));
  const countRule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const count = counts.get(appOf(context.filename));
      const resolver = getStatusResolver(context);
      return createSinkListener(context, {}, (sink) => {
        count.sends += 1;
        if (resolveSinkStatus(resolver, sink).codes.length > 0) count.known += 1;
      });
    },
  };
  const eslint = corpusESLint([...languageConfigs, { plugins: { count: { rules: { sends: countRule } } }, rules: { 'count/sends': 'error' } }]);
  const { exceptions } = await lintCorpusFiles(eslint, files);
  if (exceptions.length > 0) throw new Error(`${exceptions.length} exceptions while counting; the first: ${exceptions[0].message}`);
  return counts;
}

const runs = [['untyped', await countSends(untypedLanguageConfigs(corpusApps))]];
if (typed) runs.push(['typed', await countSends([...untypedLanguageConfigs(corpusApps), ...typedLanguageConfigs(corpusApps)])]);
const sum = (counts, key) => [...counts.values()].reduce((total, count) => total + count[key], 0);
const rows = corpusApps.map((app) => [
  `${app.repo}@${app.version}`,
  files.filter((entry) => entry.pkg === app).length,
  ...runs.flatMap(([, counts]) => [counts.get(app.dir).sends, counts.get(app.dir).known]),
]);
rows.push(['total', files.length, ...runs.flatMap(([, counts]) => [sum(counts, 'sends'), sum(counts, 'known')])]);
printTable(['application', 'files', ...runs.flatMap(([name]) => [`sends seen (${name})`, `status known (${name})`])], rows);
