// `node bench/sample-sends.mjs --mirror DIR`: a seeded sample of 60 of the sends issue 14 taught the
// analysis to see (new frameworks, statuses a call means by itself, the files' own helpers) on the
// application corpus, untyped, one per line for a person to judge. The judged copy is
// bench/sends-sample.md. Needs `npm run build` first.
import { createRequire } from 'node:module';
import path from 'node:path';
import { appFiles, corpusApps, ensureApps } from './apps.mjs';
import { projectRoot } from './corpus.mjs';
import { lintCorpusFiles } from './lint-corpus.mjs';
import { corpusESLint, loadPlugin, untypedLanguageConfigs } from './lint-setup.mjs';
await loadPlugin();
const req = createRequire(import.meta.url);
const { createSinkListener, resolveSinkStatus } = req(path.join(projectRoot, 'dist', 'src', 'analysis', 'sinks.js'));
const { getStatusResolver } = req(path.join(projectRoot, 'dist', 'src', 'analysis', 'resolve.js'));
ensureApps({ log: () => {} });
// Only what issue 14 added: frameworks the analysis did not know, and statuses not written as a number.
const files = appFiles();
const out = [];
const knownBefore = new Set(['express','fastify','koa','hono','fetch','next','nestjs','http-errors','serverless','node-http']);
const rule = { meta: { type: 'problem', schema: [] }, create(context) {
  const resolver = getStatusResolver(context);
  return createSinkListener(context, {}, (sink) => {
    const isNew = !knownBefore.has(sink.framework) || sink.impliedCode !== undefined;
    const codes = resolveSinkStatus(resolver, sink).codes.map((c) => c.code).join('|');
    const line = context.sourceCode.lines[sink.node.loc.start.line - 1].trim().slice(0, 150);
    out.push({ isNew, where: `${path.relative(projectRoot, context.filename)}:${sink.node.loc.start.line}`, fw: sink.framework, api: sink.api, codes, line });
  });
} };
const eslint = corpusESLint([...untypedLanguageConfigs(corpusApps), { plugins: { c: { rules: { s: rule } } }, rules: { 'c/s': 'error' } }]);
await lintCorpusFiles(eslint, files);
const fresh = out.filter((entry) => entry.isNew).sort((a, b) => a.where.localeCompare(b.where));
let seed = 14; const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const picked = new Set(); while (picked.size < Math.min(60, fresh.length)) picked.add(Math.floor(rand() * fresh.length));
console.log(`new-kind sends: ${fresh.length} of ${out.length}`);
const byFw = {}; for (const e of fresh) byFw[e.fw] = (byFw[e.fw] ?? 0) + 1; console.log(JSON.stringify(byFw));
for (const i of [...picked].sort((a, b) => a - b)) { const e = fresh[i]; console.log(`${e.where}\t${e.fw} ${e.api} [${e.codes}]\t${e.line}`); }
