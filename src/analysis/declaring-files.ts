/**
 * Other files of the project, read without types: where a helper that a typed file imports is
 * declared (`new ApiError(…)` of `./errors`), so that the sink search can summarise it as it
 * summarises the file's own helpers, one level deep.
 *
 * Each file is parsed once per TypeScript source file object: the program keeps that object while
 * the file is unchanged, and an editor's next program makes a new one, which drops the old entry.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type * as ts from 'typescript';
import { loadEstreeParser } from './typescript';

const parsed = new WeakMap<ts.SourceFile, TSESLint.SourceCode | null>();

/** The file as ESLint would see it without types, or undefined when it does not parse. */
export function sourceCodeOf(file: ts.SourceFile): TSESLint.SourceCode | undefined {
  let sourceCode = parsed.get(file);
  if (sourceCode === undefined) {
    try {
      // Only typed files get here, so TypeScript, which typescript-estree loads, is installed.
      const { estree, scopeManager } = loadEstreeParser();
      const ast = estree.parse(file.text, {
        comment: true,
        filePath: file.fileName,
        jsx: /\.[cm]?[jt]sx$/u.test(file.fileName),
        loc: true,
        range: true,
        tokens: true,
      });
      // ESLint sets `parent` as it walks; the sink search reads it.
      estree.simpleTraverse(ast, { enter: () => {} }, true);
      const scopes = scopeManager.analyze(ast, { sourceType: 'module' });
      sourceCode = new TSESLint.SourceCode({ text: file.text, ast, scopeManager: scopes, visitorKeys: visitorKeys as TSESLint.SourceCode.VisitorKeys, parserServices: null });
    } catch {
      // A file TypeScript read but typescript-estree cannot: its helpers stay unknown.
      sourceCode = null;
    }
    parsed.set(file, sourceCode);
  }
  return sourceCode ?? undefined;
}

/** The top-level statement of a program that declares `name` as a function, class or variable. */
export function topLevelDeclaration(program: TSESTree.Program, name: string): TSESTree.Node | undefined {
  for (const item of program.body) {
    const statement =
      (item.type === AST_NODE_TYPES.ExportNamedDeclaration || item.type === AST_NODE_TYPES.ExportDefaultDeclaration) && item.declaration
        ? item.declaration
        : item;
    if ((statement.type === AST_NODE_TYPES.FunctionDeclaration || statement.type === AST_NODE_TYPES.ClassDeclaration) && statement.id?.name === name) {
      return statement;
    }
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      const declarator = statement.declarations.find((entry) => entry.id.type === AST_NODE_TYPES.Identifier && entry.id.name === name);
      if (declarator) return declarator;
    }
  }
  return undefined;
}
