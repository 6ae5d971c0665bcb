import { LineCounter, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { ConfigurationError } from '../../errors';

/** A parsed JSON or YAML document, and a way to find where a key was written. */
export interface StructuredDocument {
  readonly value: unknown;
  /** The 1-based line of `key` inside the mapping at `path`, when it can be found. */
  lineOf(path: readonly string[], key: string): number | undefined;
  /** How `key` of the mapping at `path` was written (YAML reads `0x194` and `2e2` as numbers), quotes removed. */
  writtenKey(path: readonly string[], key: string): string;
  /** The first number written other than as plain digits (`0x194`, `4.04e2`, `404.0`), with where it stands. */
  firstUnplainNumber(): { readonly written: string; readonly line: number; readonly column: number } | undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) line += 1;
  }
  return line;
}

function finalLine(text: string): number {
  return lineAt(text, text.trimEnd().length);
}

interface YamlReading {
  readonly document: Document;
  readonly lineCounter: LineCounter;
  readonly text: string;
}

function keyPairOf({ document }: YamlReading, path: readonly string[], key: string) {
  const mapping: unknown = document.getIn(path, true);
  if (!isMap(mapping)) return undefined;
  return mapping.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
}

function lineOfKey(reading: YamlReading, path: readonly string[], key: string): number | undefined {
  const pair = keyPairOf(reading, path, key);
  const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  return start === undefined ? undefined : reading.lineCounter.linePos(start).line;
}

function writtenKeyOf(reading: YamlReading, path: readonly string[], key: string): string {
  const pair = keyPairOf(reading, path, key);
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  if (!range) return key;
  const written = reading.text.slice(range[0], range[1]).trim();
  return /^(["']).*\1$/su.test(written) ? written.slice(1, -1) : written;
}

function firstUnplainNumberOf(reading: YamlReading): ReturnType<StructuredDocument['firstUnplainNumber']> {
  let found: ReturnType<StructuredDocument['firstUnplainNumber']>;
  visit(reading.document, {
    Scalar(_, node) {
      if (typeof node.value !== 'number' || !node.range) return undefined;
      const written = reading.text.slice(node.range[0], node.range[1]).trim();
      if (/^\d+$/u.test(written)) return undefined;
      const { line, col } = reading.lineCounter.linePos(node.range[0]);
      found = { written: written.length <= 20 ? written : `${written.slice(0, 20)}…`, line, column: col };
      return visit.BREAK;
    },
  });
  return found;
}

/** Parses YAML (or JSON, which YAML reads too) with a line counter; duplicate keys are errors. */
function parseYamlDocument(text: string): YamlReading {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { document, lineCounter, text };
}

function structured(value: unknown, reading: () => YamlReading | undefined): StructuredDocument {
  return {
    value,
    lineOf: (path, key) => {
      const read = reading();
      return read && lineOfKey(read, path, key);
    },
    writtenKey: (path, key) => {
      const read = reading();
      return read ? writtenKeyOf(read, path, key) : key;
    },
    firstUnplainNumber: () => {
      const read = reading();
      return read && firstUnplainNumberOf(read);
    },
  };
}

export function parseJsonText(text: string, file: string): StructuredDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8's message carries a character offset (or nothing at the end of input); turn it into a line.
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/u.exec(message);
    const line = position?.[1] === undefined ? finalLine(text) : lineAt(text, Number(position[1]));
    const what = message
      .replace(/\s+in JSON at position \d+.*$/u, '')
      .replace(/^Unexpected end of JSON input$/u, 'unexpected end of input');
    throw new ConfigurationError(`${file}:${line}: the JSON cannot be parsed: ${what}.`);
  }
  // JSON.parse keeps no positions and takes the last of two equal keys without a word: read the
  // text as YAML too (once), for duplicate keys, lines in errors and numbers as written.
  const reading = parseYamlDocument(text);
  const duplicate = reading.document.errors.find((error) => error.code === 'DUPLICATE_KEY');
  if (duplicate) {
    const { line, col } = reading.lineCounter.linePos(duplicate.pos[0]);
    throw new ConfigurationError(`${file}:${line}:${col}: the JSON has the same key twice in one object; keys must be unique.`);
  }
  const usable = reading.document.errors.length === 0 ? reading : undefined;
  return structured(value, () => usable);
}

export function parseYamlText(text: string, file: string): StructuredDocument {
  const { document, lineCounter } = parseYamlDocument(text);
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ConfigurationError(`${file}:${line}:${col}: the YAML cannot be parsed: ${error.message.replace(/\.$/u, '')}.`);
  }
  let value: unknown;
  try {
    value = document.toJS();
  } catch (conversionError) {
    // e.g. an alias bomb: the yaml package refuses excessive alias expansion.
    const message = conversionError instanceof Error ? conversionError.message : String(conversionError);
    throw new ConfigurationError(`${file}: the YAML cannot be read: ${message.replace(/\.$/u, '')}.`);
  }
  const reading: YamlReading = { document, lineCounter, text };
  return structured(value, () => reading);
}
