// `node bench/operation-findings.mjs --mirror DIR`: the per-operation findings of
// `no-undocumented-status` on the application corpus (bench/apps.mjs), typed and untyped: the
// sends a route's own documentation (Nest swagger decorators, Fastify `schema.response`,
// `@hono/zod-openapi` routes, ts-rest contracts) does not list. For judging them by hand
// (bench/operations-sample.md). Needs `npm run build` first.
import { createRequire } from 'node:module';
import path from 'node:path';
import { appFiles, corpusApps, ensureApps, ensureAppTypedSetup } from './apps.mjs';
import { lintCorpusFiles } from './lint-corpus.mjs';
import { projectRoot } from './corpus.mjs';
import { corpusESLint, loadPlugin, typedLanguageConfigs, untypedLanguageConfigs } from './lint-setup.mjs';

const require = createRequire(import.meta.url);
const { getFileRoutes, mayDocumentRoutesInCode } = require(path.join(projectRoot, 'dist', 'src', 'analysis', 'routes.js'));
const { getTypeInfo } = require(path.join(projectRoot, 'dist', 'src', 'analysis', 'type-info.js'));

const plugin = await loadPlugin();
ensureApps({ log: (line) => console.error(line) });
ensureAppTypedSetup();
const files = appFiles();
const perOperation = new Set(['undocumentedForOperation', 'undocumentedImplicitStatus']);
/** Routes found, and those their own code documents, per application: what the check had to go on. */
let routeCounts;
const countRoutes = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    if (!mayDocumentRoutesInCode(context.sourceCode)) return {};
    const count = routeCounts.get(context.filename.split(path.sep).find((part) => part.includes('+')));
    for (const { routes } of getFileRoutes(context.sourceCode, context.filename, getTypeInfo(context)).handlers) {
      count.routes += routes.length;
      count.documented += routes.filter((route) => route.documented).length;
    }
    return {};
  },
};
const rules = {
  plugins: { 'http-status': plugin, count: { rules: { routes: countRoutes } } },
  rules: { 'http-status/no-undocumented-status': ['error', { allow: [] }], 'count/routes': 'error' },
};

for (const [mode, languageConfigs] of [
  ['untyped', untypedLanguageConfigs(corpusApps)],
  ['typed', [...untypedLanguageConfigs(corpusApps), ...typedLanguageConfigs(corpusApps)]],
]) {
  routeCounts = new Map(corpusApps.map((app) => [app.slug, { routes: 0, documented: 0 }]));
  const { findings, exceptions } = await lintCorpusFiles(corpusESLint([...languageConfigs, rules]), files);
  if (exceptions.length > 0) throw new Error(`${exceptions.length} exceptions; the first: ${exceptions[0].message}`);
  const operations = findings.filter((finding) => perOperation.has(finding.messageId));
  console.log(`## ${mode}: ${operations.length} per-operation findings\n`);
  for (const app of corpusApps) {
    const { routes, documented } = routeCounts.get(app.slug);
    console.log(`- ${app.repo}: ${routes} routes in files that may document them, ${documented} documented in the code`);
  }
  console.log('');
  for (const finding of operations) {
    const { pkg, file } = finding.entry;
    console.log(`- ${pkg.repo} ${path.relative(pkg.dir, file)}:${finding.line}:${finding.column} ${finding.message}`);
  }
  console.log('');
}
