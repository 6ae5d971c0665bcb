import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { ConfigurationError } from '../../errors';

/** A parsed JSON or YAML document, and a way to find where a key was written. */
export interface StructuredDocument {
  readonly value: unknown;
  /** The 1-based line of `key` inside the mapping at `path`, when it can be found. */
  lineOf(path: readonly string[], key: string): number | undefined;
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

function yamlLocator(document: Document, lineCounter: LineCounter): StructuredDocument['lineOf'] {
  return (path, key) => {
    const mapping: unknown = document.getIn(path, true);
    if (!isMap(mapping)) return undefined;
    const pair = mapping.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    return start === undefined ? undefined : lineCounter.linePos(start).line;
  };
}

/** Parses YAML (or JSON, which YAML reads too) with a line counter, or undefined when it has errors. */
function parseYamlDocument(text: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { document, lineCounter };
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
  let locator: StructuredDocument['lineOf'] | undefined;
  return {
    value,
    // JSON.parse keeps no positions; read the text again as YAML only when an error needs a line.
    lineOf: (path, key) => {
      if (!locator) {
        const { document, lineCounter } = parseYamlDocument(text);
        locator = document.errors.length > 0 ? () => undefined : yamlLocator(document, lineCounter);
      }
      return locator(path, key);
    },
  };
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
  return { value, lineOf: yamlLocator(document, lineCounter) };
}
