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
/** The first few of a long list, and how many there are. */
const shortList = (items, what) => (items.length <= 6 ? items.join(' ') : `${items.slice(0, 4).join(' ')} … (${items.length} ${what})`);

/** How the module's status sends look in code, one short form each. */
function sends(module) {
  const forms = [];
  const methods = unique([
    ...Object.values(module.receiverMethods ?? {}).flatMap((table) => Object.keys(table)),
    ...Object.keys(module.untyped?.methods ?? {}),
  ]);
  if (methods.length > 0) forms.push(shortList(methods.map((method) => code(`.${method}()`)), 'methods'));
  if (module.statusAssignment) forms.push(code(`.${module.statusAssignment.property} = S`));
  const responseClass = module.responseClass;
  if (responseClass) {
    forms.push(code(`new ${responseClass.className}()`));
    forms.push(...Object.keys(responseClass.statics).map((method) => code(`${responseClass.className}.${method}()`)));
  }
  const exception = module.exceptionClass;
  if (exception) {
    forms.push(code(`new ${exception.className}()`));
    const subclasses = Object.keys(exception.subclasses ?? {});
    if (subclasses.length > 0) forms.push(shortList(subclasses.map((name) => code(`new ${name}()`)), 'built-in subclasses'));
    forms.push('a subclass of the project');
  }
  const functions = module.functions;
  if (functions) {
    const names = Object.keys(functions.sinks).map((name) => (name === 'default' ? 'its default export' : code(`${name}()`)));
    forms.push(shortList(names, 'functions'));
  }
  if (module.errorStatusProperties) {
    forms.push(
      'a call of a helper that sends a status (of the same file; with types, of any file of the project)',
      `\`new\` of a class that sets ${module.errorStatusProperties.map((name) => code(`this.${name}`)).join(' or ')} or has it as a field`,
      "`settings['http-status'].senders`",
    );
  }
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
  else if (module.untyped) hints.push('its method names, on any response-like name');
  if (module.responseClass) hints.push(`the class name ${code(module.responseClass.className)}`);
  // `res: NextApiResponse` with the type imported from its package tells whose methods a response-like name has.
  if (module.receiverMethods) hints.push('a response-like parameter annotated with its type');
  const imports = [
    ...(module.exceptionClass?.modules ?? []),
    ...(module.methodDecorators ? [module.methodDecorators.package] : []),
    ...(module.functions?.modules ?? []),
  ];
  if (imports.length > 0) hints.push(`the import from ${[...new Set(imports)].map(code).join(' or ')}`);
  if (module.functions?.autoImported) hints.push('or unimported (auto-imports)');
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
