// Writes, from the built framework modules (src/frameworks/), the README's table of the
// frameworks the plugin knows and how it sees each one send a status, between markers.
// `--check` writes nothing and exits 1 when the copy is stale (npm run docs:check).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { frameworkModules } = createRequire(root)('./dist/src/frameworks/index.js');
const check = process.argv.includes('--check');

const BEGIN = '<!-- begin framework table (scripts/framework-table.mjs) -->';
const END = '<!-- end framework table -->';
const code = (text) => `\`${text}\``;
const list = (items) => (items.length > 0 ? items.join(', ') : '—');
const unique = (items) => [...new Set(items)];

/** How the module's status sends look in code, one short form each. */
function sends(module) {
  const forms = [];
  const methods = unique([
    ...Object.values(module.receiverMethods ?? {}).flatMap((table) => Object.keys(table)),
    ...Object.keys(module.untyped?.methods ?? {}),
  ]);
  if (methods.length > 0) forms.push(methods.map((method) => code(`.${method}()`)).join(' '));
  if (module.statusAssignment) forms.push(code(`.${module.statusAssignment.property} = S`));
  const responseClass = module.responseClass;
  if (responseClass) {
    forms.push(code(`new ${responseClass.className}()`));
    forms.push(...Object.keys(responseClass.statics).map((method) => code(`${responseClass.className}.${method}()`)));
  }
  if (module.exceptionClass) forms.push(code(`new ${module.exceptionClass.className}()`), 'its subclasses');
  if (module.methodDecorators) forms.push(...Object.keys(module.methodDecorators.sinks).map((name) => code(`@${name}()`)));
  if (module.errorFactory) forms.push(...[...module.errorFactory.names].map((name) => code(`${name}()`)));
  if (module.returnedResponse) forms.push(`a returned ${code(`{ ${module.returnedResponse.statusKey}, ${module.returnedResponse.bodyKey} }`)}`);
  return list(forms);
}

/** What tells its objects without types: receiver names, the import, or the shape. */
function untypedHints(module) {
  const names = module.responseNames;
  const hints = [];
  if (names) hints.push(...names.names.map(code), ...names.suffixes.map((suffix) => code(`…${suffix}`)));
  if (module.responseClass) hints.push(`the class name ${code(module.responseClass.className)}`);
  if (module.exceptionClass) hints.push(`the import from ${code(module.exceptionClass.package)}`);
  if (module.methodDecorators && !module.exceptionClass) hints.push(`the import from ${code(module.methodDecorators.package)}`);
  if (module.errorFactory) hints.push(`the import from ${code(module.errorFactory.module)}, or its usual names`);
  if (module.returnedResponse) hints.push('the object’s keys, returned by a handler');
  return list(hints);
}

function table() {
  const rows = frameworkModules.map((module) => {
    const types = unique((module.types ?? []).map((type) => code(type.name)));
    return `| ${module.title} | ${list(module.packages.map(code))} | ${list(types)} | ${untypedHints(module)} | ${sends(module)} |`;
  });
  return [
    '| framework | packages | typed: declared types | untyped: known by | sends a status with |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

const file = `${root}README.md`;
const text = readFileSync(file, 'utf8');
const start = text.indexOf(BEGIN);
const end = text.indexOf(END, start);
if (start === -1 || end === -1) {
  console.error(`framework-table: README.md has no ${BEGIN} … ${END} block`);
  process.exit(1);
}
const updated = `${text.slice(0, start)}${BEGIN}\n\n${table()}\n\n${text.slice(end)}`;
if (updated !== text) {
  if (check) {
    console.error('framework-table: stale in README.md; run npm run docs.');
    process.exitCode = 1;
  } else writeFileSync(file, updated);
}
