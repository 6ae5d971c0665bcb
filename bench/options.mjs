// Command-line options of the bench scripts: `--reps 5`, `--seconds 90`, `--against ../base`.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The number after `name` on the command line, or `fallback`; a value that is no number is an error. */
export function numberOption(name, fallback) {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value)) {
    console.error(`${name} takes a number; got ${JSON.stringify(process.argv[index + 1] ?? '')}.`);
    process.exit(2);
  }
  return value;
}

/** The folder after `name` on the command line, resolved, or undefined; a missing value or folder is an error. */
export function folderOption(name) {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--') || !existsSync(value)) {
    console.error(`${name} takes a folder that exists; got ${JSON.stringify(value ?? '')}.`);
    process.exit(2);
  }
  return path.resolve(value);
}
