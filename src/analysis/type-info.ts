import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/** The type checker of the file being linted, when the parser made a TypeScript program. */
export interface TypeInfo {
  readonly services: ParserServicesWithTypeInformation;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
}

const byFile = new WeakMap<object, TypeInfo>();

/**
 * Type information for this file, or undefined when there is none (espree, or
 * typescript-eslint without a project). Unlike `ESLintUtils.getParserServices`,
 * never throws: every rule of the plugin works without types.
 */
export function getTypeInfo(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeInfo | undefined {
  const { sourceCode } = context;
  const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  // Without a program there is nothing to keep: the common untyped case costs one property read.
  if (!services?.program || !services.esTreeNodeToTSNodeMap || !services.tsNodeToESTreeNodeMap) return undefined;
  let info = byFile.get(sourceCode);
  if (info === undefined) {
    info = {
      services: services as ParserServicesWithTypeInformation,
      program: services.program,
      checker: services.program.getTypeChecker(),
    };
    byFile.set(sourceCode, info);
  }
  return info;
}
