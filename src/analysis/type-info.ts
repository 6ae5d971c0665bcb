import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/** The type checker of the file being linted, when the parser made a TypeScript program. */
export interface TypeInfo {
  readonly services: ParserServicesWithTypeInformation;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
}

const byFile = new WeakMap<object, TypeInfo | null>();

/**
 * Type information for this file, or undefined when there is none (espree, or
 * typescript-eslint without a project). Unlike `ESLintUtils.getParserServices`,
 * never throws: every rule of the plugin works without types.
 */
export function getTypeInfo(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeInfo | undefined {
  const { sourceCode } = context;
  let info = byFile.get(sourceCode);
  if (info === undefined) {
    const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
    info =
      services?.program && services.esTreeNodeToTSNodeMap && services.tsNodeToESTreeNodeMap
        ? {
            services: services as ParserServicesWithTypeInformation,
            program: services.program,
            checker: services.program.getTypeChecker(),
          }
        : null;
    byFile.set(sourceCode, info);
  }
  return info ?? undefined;
}
