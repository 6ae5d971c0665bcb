import { ConfigurationError, formatValue } from '../errors';
import { getStatusEntry, isStatusCodeNumber } from './lookup';
import type { DocumentedStatus } from './documented';

/** One entry of the inline `codes` form. */
export interface CodeEntry {
  readonly code: number;
  readonly reason?: string;
  readonly description?: string;
}

/**
 * The inline documented table, in any of its three shapes:
 * `[441, 454]`, `[{ code: 441, reason: 'Missing Required Parameter' }]`,
 * or `{ "441": "Missing Required Parameter" }`.
 */
export type CodesSetting = readonly (CodeEntry | number)[] | Readonly<Record<string, string>>;

function toCode(value: unknown, where: string): number {
  const code = typeof value === 'string' && /^\d+$/u.test(value.trim()) ? Number(value) : value;
  if (!isStatusCodeNumber(code)) {
    throw new ConfigurationError(
      `${where} must be an integer status code from 100 to 599; got ${formatValue(value)}.`,
    );
  }
  return code;
}

function optionalText(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new ConfigurationError(`${where} must be a string; got ${formatValue(value)}.`);
  }
  return value;
}

function entry(code: number, reason: string | undefined, description: string | undefined, origin: string): DocumentedStatus {
  return {
    code,
    reason: reason ?? getStatusEntry(code)?.reason,
    ...(description === undefined ? {} : { description }),
    origin,
  };
}

/**
 * Validates the inline `codes` form and turns it into documented entries.
 * `where` names the setting or file in every error, e.g. `settings['http-status'].codes`.
 */
export function parseCodes(value: unknown, where: string, origin = where): DocumentedStatus[] {
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      const at = `${where}[${index}]`;
      if (typeof item === 'number' || typeof item === 'string') return entry(toCode(item, at), undefined, undefined, origin);
      if (typeof item === 'object' && item !== null) {
        const record = item as Record<string, unknown>;
        const unknownKey = Object.keys(record).find((key) => !['code', 'reason', 'description'].includes(key));
        if (unknownKey !== undefined) {
          throw new ConfigurationError(
            `${at} has an unknown key ${formatValue(unknownKey)}; an entry is { code, reason?, description? }.`,
          );
        }
        return entry(
          toCode(record.code, `${at}.code`),
          optionalText(record.reason, `${at}.reason`),
          optionalText(record.description, `${at}.description`),
          origin,
        );
      }
      throw new ConfigurationError(
        `${at} must be a status code or { code, reason?, description? }; got ${formatValue(item)}.`,
      );
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>).map(([key, reason]) =>
      entry(toCode(key, `${where} key ${formatValue(key)}`), optionalText(reason, `${where}[${formatValue(key)}]`), undefined, origin),
    );
  }
  throw new ConfigurationError(
    `${where} must be a list of status codes, a list of { code, reason? } entries, or a map of code to reason; got ${formatValue(value)}.`,
  );
}
