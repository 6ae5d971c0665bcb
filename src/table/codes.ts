import { ConfigurationError, describeDocumentValue, formatValue } from '../errors';
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

/** How a bad value is shown: the user's own setting as written, a document's only by its shape. */
type Quote = (value: unknown) => string;

/** A code written as a number, or as a string of exactly three digits ("404", not "0404", " 404" or "4e2"). */
function toCode(value: unknown, where: string, quote: Quote): number {
  const code = typeof value === 'string' && /^[1-5]\d\d$/u.test(value) ? Number(value) : value;
  if (!isStatusCodeNumber(code)) {
    const oddlyWritten = typeof value === 'string' && isStatusCodeNumber(Number(value));
    throw new ConfigurationError(
      `${where} must be an integer status code from 100 to 599; got ${quote(value)}` +
        `${oddlyWritten ? `; write it as three digits, like ${Number(value)}` : ''}.`,
    );
  }
  return code;
}

function optionalText(value: unknown, where: string, quote: Quote): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new ConfigurationError(`${where} must be a string; got ${quote(value)}.`);
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
 * `where` names the setting or file in every error, e.g. `settings['http-status'].codes`;
 * `fromDocument` shows bad values by their shape only.
 */
export function parseCodes(value: unknown, where: string, origin = where, fromDocument = false): DocumentedStatus[] {
  const quote: Quote = fromDocument ? describeDocumentValue : formatValue;
  const entries: DocumentedStatus[] = [];
  if (Array.isArray(value)) {
    // An index loop, not map(): `[200, , 404]` has a hole that map() would skip and keep.
    for (let index = 0; index < value.length; index += 1) {
      const at = `${where}[${index}]`;
      if (!(index in value)) {
        throw new ConfigurationError(`${at} is empty (two commas in a row?); write a status code or remove the comma.`);
      }
      const item: unknown = value[index];
      if (typeof item === 'number' || typeof item === 'string') {
        entries.push(entry(toCode(item, at, quote), undefined, undefined, origin));
        continue;
      }
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        const record = item as Record<string, unknown>;
        const unknownKey = Object.keys(record).find((key) => !['code', 'reason', 'description'].includes(key));
        if (unknownKey !== undefined) {
          throw new ConfigurationError(
            `${at} has an unknown key ${formatValue(unknownKey)}; an entry is { code, reason?, description? }.`,
          );
        }
        entries.push(
          entry(
            toCode(record.code, `${at}.code`, quote),
            optionalText(record.reason, `${at}.reason`, quote),
            optionalText(record.description, `${at}.description`, quote),
            origin,
          ),
        );
        continue;
      }
      throw new ConfigurationError(`${at} must be a status code or { code, reason?, description? }; got ${quote(item)}.`);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, reason] of Object.entries(value as Record<string, unknown>)) {
      entries.push(
        entry(toCode(key, `${where} key ${formatValue(key)}`, quote), optionalText(reason, `${where}[${formatValue(key)}]`, quote), undefined, origin),
      );
    }
  } else {
    throw new ConfigurationError(
      `${where} must be a list of status codes, a list of { code, reason? } entries, or a map of code to reason; got ${quote(value)}.`,
    );
  }
  // A document's reader says this in its own words (`codes.json: the JSON codes table lists no status codes.`).
  if (entries.length === 0 && !fromDocument) {
    throw new ConfigurationError(
      `${where} documents no codes, so every status would be undocumented; list the API's codes, or leave it out to use the default table.`,
    );
  }
  return entries;
}
