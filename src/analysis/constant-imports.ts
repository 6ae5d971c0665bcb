/**
 * Which status-constant objects a file already has in scope (`StatusCodes` from
 * http-status-codes, `HttpStatus` from @nestjs/common…), and how to add one.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  constantImportSpecs,
  constantMemberFor,
  constantSources,
  type ConstantModule,
  type ConstantSource,
} from '../table/constant-names';
import { requiredModule } from './ast';

export { constantModules, type ConstantModule } from '../table/constant-names';

/** A constant object the file imports or requires at its top level. */
export interface ImportedConstants {
  readonly source: ConstantSource;
  /** The expression naming the object here: `StatusCodes`, `SC`, `codes.StatusCodes`. */
  readonly objectText: string;
  /** The binding that expression starts with; a constant is usable only where this binding is not shadowed. */
  readonly variable: TSESLint.Scope.Variable;
}

/** What adding constants from a module imports, and under which local name. */
export interface ConstantImportPlan {
  readonly source: ConstantSource;
  readonly module: ConstantModule;
  readonly exportName: string;
  readonly localName: string;
}

export function constantImportPlan(module: ConstantModule): ConstantImportPlan {
  const spec = constantImportSpecs[module];
  const source = constantSources.find(
    (candidate) => candidate.module === module && candidate.exportName === spec.exportName,
  );
  // The table in src/table/constant-names.ts lists every module of `constantModules`.
  if (!source) throw new Error(`No constant source for ${module}.${spec.exportName}`);
  return { source, module, ...spec };
}

const knownModules = new Set(constantSources.map((source) => source.module));

function sourcesFor(module: string, exportName: string): ConstantSource | undefined {
  return constantSources.find((source) => source.module === module && source.exportName === exportName);
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  const { imported } = specifier;
  return imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value);
}

/** Every known constant object the file imports (ES imports, and top-level `const { X } = require('m')`). */
export function findImportedConstants(sourceCode: Readonly<TSESLint.SourceCode>): ImportedConstants[] {
  const found: ImportedConstants[] = [];
  const add = (source: ConstantSource | undefined, objectText: string, declaring: TSESTree.Node, local: string): void => {
    const variable = source && sourceCode.getDeclaredVariables(declaring).find((v) => v.name === local);
    if (source && variable) found.push({ source, objectText, variable });
  };
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const module = statement.source.value;
      if (statement.importKind === 'type' || !knownModules.has(module)) continue;
      for (const specifier of statement.specifiers) {
        const local = specifier.local.name;
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          if (specifier.importKind !== 'type') add(sourcesFor(module, importedName(specifier)), local, specifier, local);
        } else if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
          add(sourcesFor(module, 'default'), local, specifier, local);
        } else {
          for (const source of constantSources) {
            if (source.module === module && source.exportName !== 'default') {
              add(source, `${local}.${source.exportName}`, specifier, local);
            }
          }
        }
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const module = declarator.init ? requiredModule(declarator.init) : undefined;
        if (module === undefined || !knownModules.has(module) || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) {
          continue;
        }
        for (const property of declarator.id.properties) {
          if (
            property.type === AST_NODE_TYPES.Property &&
            !property.computed &&
            property.key.type === AST_NODE_TYPES.Identifier &&
            property.value.type === AST_NODE_TYPES.Identifier
          ) {
            add(sourcesFor(module, property.key.name), property.value.name, declarator, property.value.name);
          }
        }
      }
    }
  }
  return found;
}

/** The expression naming `code` through an imported object usable at `node`, e.g. `StatusCodes.NOT_FOUND`. */
export function importedConstantFor(
  imported: readonly ImportedConstants[],
  code: number,
  scope: TSESLint.Scope.Scope,
): { readonly text: string; readonly source: ConstantSource } | undefined {
  for (const candidate of imported) {
    const member = constantMemberFor(candidate.source, code);
    if (member === undefined) continue;
    if (ASTUtils.findVariable(scope, candidate.variable.name) !== candidate.variable) continue;
    return { text: `${candidate.objectText}.${member}`, source: candidate.source };
  }
  return undefined;
}

/**
 * The fix that brings `plan` into scope: a specifier added to an existing named
 * import of the module, or a new import (a `require` in a script) after the last
 * import, or before the first statement that is not a directive.
 */
export function addConstantImport(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  plan: ConstantImportPlan,
): TSESLint.RuleFix | undefined {
  const anchor = importAnchorOf(sourceCode, plan);
  if (!anchor) return undefined;
  return anchor.where === 'after' ? fixer.insertTextAfter(anchor.node, anchor.text) : fixer.insertTextBefore(anchor.node, anchor.text);
}

/** Where the import goes and what it says: the same for every suggestion in a file, so worked out once. */
interface ImportAnchor {
  readonly where: 'after' | 'before';
  readonly node: TSESTree.Node;
  readonly text: string;
}

const importAnchors = new WeakMap<object, WeakMap<ConstantImportPlan, ImportAnchor | null>>();

function importAnchorOf(sourceCode: Readonly<TSESLint.SourceCode>, plan: ConstantImportPlan): ImportAnchor | undefined {
  let byPlan = importAnchors.get(sourceCode);
  if (!byPlan) {
    byPlan = new WeakMap();
    importAnchors.set(sourceCode, byPlan);
  }
  let anchor = byPlan.get(plan);
  if (anchor === undefined) {
    anchor = findImportAnchor(sourceCode, plan) ?? null;
    byPlan.set(plan, anchor);
  }
  return anchor ?? undefined;
}

function findImportAnchor(sourceCode: Readonly<TSESLint.SourceCode>, plan: ConstantImportPlan): ImportAnchor | undefined {
  const { body } = sourceCode.ast;
  const imports = body.filter((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const specifierText =
    plan.exportName === plan.localName ? plan.exportName : `${plan.exportName} as ${plan.localName}`;
  const sameModule = imports.find(
    (declaration) =>
      declaration.source.value === plan.module &&
      declaration.importKind !== 'type' &&
      declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
  const lastSpecifier = sameModule?.specifiers.at(-1);
  if (lastSpecifier) return { where: 'after', node: lastSpecifier, text: `, ${specifierText}` };
  const lastImport = imports.at(-1);
  if (lastImport) return { where: 'after', node: lastImport, text: `\nimport { ${specifierText} } from '${plan.module}';` };
  const firstStatement = body.find(
    (statement) => !(statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined),
  );
  if (!firstStatement) return undefined;
  const text =
    sourceCode.ast.sourceType === 'module'
      ? `import { ${specifierText} } from '${plan.module}';\n`
      : `const { ${plan.exportName === plan.localName ? plan.exportName : `${plan.exportName}: ${plan.localName}`} } = require('${plan.module}');\n`;
  return { where: 'before', node: firstStatement, text };
}
