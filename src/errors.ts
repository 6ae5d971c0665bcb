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
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}
