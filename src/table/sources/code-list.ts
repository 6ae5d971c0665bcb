import { ConfigurationError } from '../../errors';
import { parseCodes } from '../codes';
import { EntryCollector, type ParsedSource } from './parsed-source';

function isCodeKey(key: string): boolean {
  return /^\d+$/u.test(key);
}

/** True when the value could be one of the inline `codes` shapes (or `{ "codes": … }` around one). */
export function looksLikeCodeList(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 0 || (keys.length === 1 && keys[0] === 'codes') || keys.some(isCodeKey);
}

/**
 * Reads a JSON or YAML file in the shapes `settings['http-status'].codes` accepts:
 * `[404, 441]`, `[{ "code": 441, "reason": "…" }]`, `{ "441": "…" }`, or any of them under `"codes"`.
 */
export function readCodeList(value: unknown, file: string, kind: string): ParsedSource {
  const wrapped = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && 'codes' in value;
  const codes: unknown = wrapped ? value.codes : value;
  const collector = new EntryCollector();
  // parseCodes names each bad entry after `where`: `codes.json[2] must be an integer status code …`.
  for (const { code, reason, description } of parseCodes(codes, wrapped ? `${file} codes` : file, undefined, true)) {
    collector.add(code, reason, description);
  }
  if (collector.size === 0) {
    throw new ConfigurationError(`${file}: the ${kind} lists no status codes.`);
  }
  return { kind, entries: collector.entries(), classes: [], warnings: [] };
}
