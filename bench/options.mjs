// Numeric command-line options of the bench scripts: `--reps 5`, `--seconds 90`.

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
