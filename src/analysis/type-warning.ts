import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';

let warned = false;

/**
 * A rule that needs type information met a file without it (espree, or typescript-eslint
 * without `projectService`): say so once per process, naming the file and the fix, instead
 * of skipping it in silence or throwing as `getParserServices` would. The other rules of
 * `recommended-type-checked` still run on such a file, by names.
 */
export function warnOnceWithoutTypes(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): void {
  if (warned) return;
  warned = true;
  const file = path.relative(context.cwd, context.filename) || context.filename;
  process.emitWarning(
    `eslint-plugin-http-status: the rule ${context.id} needs type information, and ${file} has none, so the rule ` +
      'skips it (and any other such file in this run). Give these files a TypeScript program (parserOptions.projectService) ' +
      "or lint them with configs.recommended instead of configs['recommended-type-checked'].",
    { type: 'HttpStatusWarning', code: 'HTTP_STATUS_NO_TYPES' },
  );
}

/** Whether the warning was given: then a file need not be asked whether it has types for it. */
export function warnedWithoutTypes(): boolean {
  return warned;
}

/** For tests: the next file without types warns again. */
export function resetTypeWarning(): void {
  warned = false;
}
