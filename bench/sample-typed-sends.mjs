// `node bench/sample-typed-sends.mjs --mirror DIR`: the sends a typed lint of the application corpus
// sees that the untyped lint does not (declared types, helpers of other files of the project), a
// seeded sample of 40, one per line for a person to judge. The judged copy is bench/sends-sample.md.
// Needs `npm run build` first.
import { createRequire } from 'node:module';
import path from 'node:path';
import { appFiles, corpusApps, ensureApps, ensureAppTypedSetup } from './apps.mjs';
import { projectRoot } from './corpus.mjs';
import { lintCorpusFiles } from './lint-corpus.mjs';
import { corpusESLint, loadPlugin, typedLanguageConfigs, untypedLanguageConfigs } from './lint-setup.mjs';

await loadPlugin();
const require = createRequire(import.meta.url);
const { createSinkListener, resolveSinkStatus } = require(path.join(projectRoot, 'dist', 'src', 'analysis', 'sinks.js'));
const { getStatusResolver } = require(path.join(projectRoot, 'dist', 'src', 'analysis', 'resolve.js'));
ensureApps({ log: () => {} });
ensureAppTypedSetup();
const files = appFiles().filter((entry) => entry.typescript);

async function sends(languageConfigs) {
  const found = new Map();
  const rule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const resolver = getStatusResolver(context);
      return createSinkListener(context, {}, (sink) => {
        const { line, column } = sink.node.loc.start;
        const where = `${path.relative(projectRoot, context.filename)}:${line}:${column + 1}`;
        const codes = resolveSinkStatus(resolver, sink).codes.map(({ code }) => code).join('|') || '?';
        const text = context.sourceCode.lines[line - 1].trim().slice(0, 140);
        found.set(where, `${where}\t${sink.framework} ${sink.api} [${codes}]\t${text}`);
      });
    },
  };
  const eslint = corpusESLint([...languageConfigs, { plugins: { s: { rules: { s: rule } } }, rules: { 's/s': 'error' } }]);
  await lintCorpusFiles(eslint, files);
  return found;
}

const untyped = await sends(untypedLanguageConfigs(corpusApps));
const typed = await sends([...untypedLanguageConfigs(corpusApps), ...typedLanguageConfigs(corpusApps)]);
const added = [...typed.keys()].filter((key) => !untyped.has(key)).sort();
const lost = [...untyped.keys()].filter((key) => !typed.has(key)).sort();
let seed = 16;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const picked = new Set();
while (picked.size < Math.min(40, added.length)) picked.add(Math.floor(random() * added.length));
console.log(`typed only: ${added.length}; untyped only: ${lost.length}`);
for (const index of [...picked].sort((a, b) => a - b)) console.log(typed.get(added[index]));
console.log('\nuntyped only:');
for (const key of lost) console.log(untyped.get(key));
