import { statusTable, type StatusClass, type StatusEntry } from './registry';

/** The range the HTTP status-code syntax allows: three digits, first digit 1–5 (RFC 9110, Section 15). */
export function isStatusCodeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

export function getStatusEntry(code: number): StatusEntry | undefined {
  return statusTable[code];
}

export function statusClassOf(code: number): StatusClass {
  return `${Math.floor(code / 100)}xx` as StatusClass;
}

/** Registered, and neither unused, deprecated nor obsoleted: what an API may send without saying so. */
export function isInDefaultTable(entry: StatusEntry): boolean {
  return !entry.unofficial && !entry.unused && !entry.deprecated && !entry.obsoleted;
}

/** 4xx and 5xx; `404.5` is no status at all (no-undocumented-status says so), so no error status either. */
export function isErrorStatus(code: number): boolean {
  return Number.isInteger(code) && code >= 400 && code <= 599;
}

export function isBodylessStatus(code: number): boolean {
  return getStatusEntry(code)?.bodyless === true || (code >= 100 && code <= 199);
}

/** "404 (Not Found)", or just "441" for a code the registry does not know. */
export function describeStatus(code: number, reason = getStatusEntry(code)?.reason): string {
  if (reason === undefined) return String(code);
  // The registry writes 306's and 418's reason in parentheses already: "(Unused)".
  return reason.startsWith('(') ? `${code} ${reason}` : `${code} (${reason})`;
}
