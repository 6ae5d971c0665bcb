/**
 * EACCES on a document's folder: as root (CI) no real permission error can be made, so the
 * file system answers with one for paths under "forbidden/", as it does for other users.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
// vi.mock below is hoisted above this import: the plugin sees the mocked file system.
import plugin, { loadCodeTable } from '../src/index';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const denied = (file: unknown): boolean => String(file).includes(`${path.sep}forbidden${path.sep}`);
  const permissionError = (file: unknown): NodeJS.ErrnoException =>
    Object.assign(new Error(`EACCES: permission denied, stat '${String(file)}'`), { code: 'EACCES' });
  return {
    ...actual,
    statSync: ((file: unknown, options?: unknown) => {
      if (denied(file)) throw permissionError(file);
      return (actual.statSync as (f: unknown, o?: unknown) => unknown)(file, options);
    }) as typeof actual.statSync,
  };
});

const line = 'forbidden/errors.md: the status-code source cannot be read: permission denied (EACCES).';

describe('a document in a folder the user may not read', () => {
  it('loadCodeTable: one line, no stack', () => {
    let error: Error | undefined;
    try {
      loadCodeTable('forbidden/errors.md', { cwd: __dirname });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toBe(line);
    expect(error?.stack).not.toMatch(/\n\s+at /u);
  });

  it('ESLint: one line, no stack', async () => {
    const eslint = new ESLint({
      cwd: __dirname,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended, { settings: { 'http-status': { source: 'forbidden/errors.md' } } }],
    });
    const error = (await eslint.lintText('res.status(404).json({});\n', { filePath: path.join(__dirname, 'x.js') }).then(
      () => undefined,
      (reason: unknown) => reason,
    )) as Error | undefined;
    expect(error?.message.split('\n')[0]).toBe(`Error while loading rule 'http-status/no-undocumented-status': ${line}`);
    expect(error?.stack).not.toMatch(/\n\s+at /u);
  });
});
