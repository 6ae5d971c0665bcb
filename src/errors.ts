/**
 * An error in what the user configured or pointed us at. ESLint's CLI prints
 * `error.stack` when there is one; this error's "stack" is just its message, so
 * the user sees one readable sentence instead of frames from inside the plugin.
 */
export class ConfigurationError extends Error {
  override name = 'eslint-plugin-http-status';

  constructor(message: string) {
    super(message);
    // A getter, so that the rule id and file name ESLint appends to `message` show too.
    Object.defineProperty(this, 'stack', {
      configurable: true,
      get: (): string => `${this.name}: ${this.message}`,
    });
  }
}

/** A value as the user wrote it, short enough for a one-line error. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  // JSON would say null for NaN and Infinity, and cannot write a bigint.
  if (typeof value === 'number' || typeof value === 'symbol') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/**
 * A value read from a document, for an error message: a number or a short string as
 * written (the offending cell), anything larger only by its shape, so that an error in
 * CI never prints what else the document holds.
 */
export function describeDocumentValue(value: unknown): string {
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object' && value !== null) {
    const count = Object.keys(value).length;
    return `an object with ${count} key${count === 1 ? '' : 's'}`;
  }
  return formatValue(value);
}

/** A path for a message: as given, or its start and end when it is too long to read in one line. */
export function shortPath(file: string): string {
  // Control characters (a NUL in a path) are shown escaped, not written to the terminal.
  // eslint-disable-next-line no-control-regex -- matching them is the point
  const printable = file.replace(/[\u0000-\u001f]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return printable.length <= 120 ? printable : `${printable.slice(0, 60)}…${printable.slice(-40)} (${printable.length} characters)`;
}
