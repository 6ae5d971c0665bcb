// `node bench/count-sends.mjs`: how many status sends the plugin sees in each application of
// the application corpus (bench/apps.mjs), untyped: every sink the shared analysis finds,
// whatever its status. The measure of issue 14 ("the count of sends the plugin sees").
// Needs `npm run build` first; takes --mirror DIR like test:corpus --apps.
import { createRequire } from 'node:module';
import path from 'node:path';
import { appFiles, corpusApps, ensureApps } from './apps.mjs';
import { printTable, projectRoot } from './corpus.mjs';
import { lintCorpusFiles } from './lint-corpus.mjs';
import { corpusESLint, loadPlugin, untypedLanguageConfigs } from './lint-setup.mjs';

await loadPlugin();
const { createSinkListener } = createRequire(import.meta.url)(path.join(projectRoot, 'dist', 'src', 'analysis', 'sinks.js'));
ensureApps({ log: (line) => console.log(line) });
const files = appFiles();
const sends = new Map(corpusApps.map((app) => [app.dir, 0]));
const appOf = (filename) => corpusApps.find((app) => filename.startsWith(app.dir + path.sep))?.dir;
const countRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const app = appOf(context.filename);
    return createSinkListener(context, {}, () => sends.set(app, (sends.get(app) ?? 0) + 1));
  },
};
const eslint = corpusESLint([
  ...untypedLanguageConfigs(corpusApps),
  { plugins: { count: { rules: { sends: countRule } } }, rules: { 'count/sends': 'error' } },
]);
const { exceptions } = await lintCorpusFiles(eslint, files);
if (exceptions.length > 0) throw new Error(`${exceptions.length} exceptions while counting; the first: ${exceptions[0].message}`);
const rows = corpusApps.map((app) => [`${app.repo}@${app.version}`, files.filter((entry) => entry.pkg === app).length, sends.get(app.dir)]);
rows.push(['total', files.length, [...sends.values()].reduce((sum, count) => sum + count, 0)]);
printTable(['application', 'files', 'sends seen'], rows);
