// Lints the corpus file by file, so that one rule exception does not hide the
// others: every thrown error is kept with its file and rule.
import path from 'node:path';
import { corpusRoot } from './corpus.mjs';

/**
 * @returns {{ findings, parseErrors, exceptions, otherMessages }} findings are the
 *   plugin's messages; parse errors are the corpus files' own (fatal) problems;
 *   exceptions are errors thrown while linting, with the rule ESLint blamed.
 */
export async function lintCorpusFiles(eslint, files, { onProgress = () => {} } = {}) {
  const findings = [];
  const parseErrors = [];
  const exceptions = [];
  const otherMessages = [];
  let done = 0;
  for (const entry of files) {
    try {
      const [result] = await eslint.lintFiles([entry.file]);
      if (!result) throw new Error('ESLint returned no result (the file was ignored)');
      for (const message of result.messages) {
        const where = { ...message, entry, relative: path.relative(corpusRoot, entry.file) };
        // The corpus's own eslint comments are switched off; ESLint says so, harmlessly.
        if (message.ruleId === null && !message.fatal && message.message.includes("'noInlineConfig'")) continue;
        if (message.fatal) parseErrors.push(where);
        else if (message.ruleId?.startsWith('http-status/')) findings.push(where);
        else otherMessages.push(where);
      }
    } catch (error) {
      exceptions.push({
        entry,
        relative: path.relative(corpusRoot, entry.file),
        ruleId: error.ruleId ?? null,
        message: String(error.stack ?? error),
      });
    }
    done += 1;
    if (done % 250 === 0) onProgress(done, files.length);
  }
  return { findings, parseErrors, exceptions, otherMessages };
}
