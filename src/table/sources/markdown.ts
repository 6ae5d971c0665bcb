import { ConfigurationError } from '../../errors';
import { getStatusEntry, isStatusCodeNumber } from '../lookup';
import { EntryCollector, type ParsedSource } from './parsed-source';

/**
 * Reads an error-code page written for people: Markdown, or text copied from a
 * rendered page. Codes come from
 * - ATX headings that start with a code: `### 441 Missing Required Parameter`;
 * - tables (GitHub pipe tables, ReadMe `[block:parameters]` tables) with a status-code column;
 * - lines that start with a code: `404: Not Found`, `404 Not Found`, `- **404** - Not Found`,
 *   a code alone on its line (a list flattened from HTML), or a code glued to its
 *   registered reason (`404Not Found…`, a table flattened from HTML).
 * Class lines (`4xx`, `4XX: Client Error`) and codes inside sentences or fenced code blocks document nothing.
 */

interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly line: number }[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const TABLE_DELIMITER = /^ *\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/u;
const LIST_MARKER = /^ *(?:[-*+]|\d{1,3}[.)])[ \t]+/u;
/** A status code leading a piece of text, maybe in `code` or **bold**, and what follows it. */
const LEADING_CODE = /^[*_`]*(\d{3})(?!\d)[*_`]*(.*)$/su;
const CLASS_MARKER = /^[1-5]xx$/iu;
const EMPTY_CELL = /^(?:|-|–|—|n\/a|none)$/iu;

const STATUS_HEADER = /\bstatus\b|^(?:http|response|http code|response code|code|codes)$/iu;
const REASON_HEADER = /^(?:reason|reason phrase|phrase|name|message|title|status text|status message|error|error name)$/iu;
const DESCRIPTION_HEADER = /^(?:description|meaning|details?|explanation|notes?|comments?|cause|when|usage)$/iu;

/** Text without Markdown emphasis, code spans and links, for reasons and descriptions. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[*_`]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Splits what follows a code into a reason phrase and a description:
 * `Not Found - The resource…` → ("Not Found", "The resource…"). A sentence with no
 * short name before it is only a description.
 */
function splitReason(text: string): { reason?: string; description?: string } {
  const clean = plain(text).replace(/^[:\-–—.)]\s*/u, '');
  if (clean === '') return {};
  const separator = /\s+[-–—:]\s+|\.\s+|\.$/u.exec(clean);
  const head = (separator ? clean.slice(0, separator.index) : clean).trim();
  const rest = separator ? clean.slice(separator.index + separator[0].length).trim() : '';
  const looksLikeName = head.length <= 60 && head.split(' ').length <= 8 && !/[.!?]$/u.test(head);
  if (!looksLikeName) return { description: clean };
  return { reason: head, ...(rest ? { description: rest } : {}) };
}

function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(/(?<!\\)\|/u).map((cell) => cell.replaceAll('\\|', '|').trim());
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

/** The column that holds status codes: named so in its header, or holding nothing else. */
function findStatusColumn(table: Table): number | undefined {
  const width = table.headers.length;
  const cellsOf = (column: number): string[] =>
    table.rows.map((row) => plain(row.cells[column] ?? '')).filter((cell) => !EMPTY_CELL.test(cell));
  const leadingCode = (cell: string): number | undefined => {
    const match = LEADING_CODE.exec(cell);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  };
  for (let column = 0; column < width; column += 1) {
    const cells = cellsOf(column);
    const header = plain(table.headers[column] ?? '');
    const someCode = cells.some((cell) => isStatusCodeNumber(leadingCode(cell)));
    if (STATUS_HEADER.test(header) && someCode) return column;
    if (cells.length > 0 && cells.every((cell) => isStatusCodeNumber(leadingCode(cell)) || CLASS_MARKER.test(cell))) {
      return column;
    }
  }
  return undefined;
}

/** A column named like a reason, else the next column when it holds short names rather than sentences. */
function findReasonColumn(table: Table, headers: readonly string[], statusColumn: number): number {
  const named = headers.findIndex((header, column) => column !== statusColumn && REASON_HEADER.test(header));
  if (named >= 0) return named;
  const next = statusColumn + 1;
  if (next >= headers.length) return -1;
  const cells = table.rows.map((row) => plain(row.cells[next] ?? '')).filter((cell) => cell !== '');
  const names = cells.length > 0 && cells.every((cell) => splitReason(cell).reason === cell);
  return names ? next : -1;
}

function readTable(table: Table, file: string, collector: EntryCollector): void {
  const statusColumn = findStatusColumn(table);
  if (statusColumn === undefined) return;
  const headers = table.headers.map(plain);
  const statusHeader = headers[statusColumn] ?? '';
  const reasonColumn = findReasonColumn(table, headers, statusColumn);
  const descriptionColumn = headers.findIndex(
    (header, column) => column !== statusColumn && column !== reasonColumn && DESCRIPTION_HEADER.test(header),
  );
  for (const { cells, line } of table.rows) {
    const cell = plain(cells[statusColumn] ?? '');
    if (EMPTY_CELL.test(cell) || CLASS_MARKER.test(cell)) continue;
    const number = /^\d+/u.exec(cell)?.[0];
    if (number === undefined) continue;
    const code = Number(number);
    if (number.length !== 3 || !isStatusCodeNumber(code)) {
      throw new ConfigurationError(
        `${file}:${line}: ${JSON.stringify(number)} in the ${statusHeader ? `"${statusHeader}" ` : ''}column is not a status code from 100 to 599.`,
      );
    }
    const inCell = splitReason(cell.slice(number.length));
    const reason = reasonColumn >= 0 ? plain(cells[reasonColumn] ?? '') : inCell.reason;
    const description = descriptionColumn >= 0 ? plain(cells[descriptionColumn] ?? '') : inCell.description;
    collector.add(code, reason || undefined, description || undefined);
  }
}

/** ReadMe's legacy Markdown keeps tables as JSON: `[block:parameters] {"data": {"h-0": "Code", "0-0": "404"}} [/block]`. */
function readReadMeTables(text: string, file: string, collector: EntryCollector): void {
  for (const match of text.matchAll(/\[block:parameters\]\s*(\{[\s\S]*?\})\s*\[\/block\]/gu)) {
    let data: unknown;
    try {
      data = (JSON.parse(match[1] ?? '') as { data?: unknown }).data;
    } catch {
      continue;
    }
    if (typeof data !== 'object' || data === null) continue;
    const cells = data as Record<string, unknown>;
    const headers: string[] = [];
    const rows = new Map<number, string[]>();
    for (const [key, value] of Object.entries(cells)) {
      const text = typeof value === 'string' ? value : '';
      const header = /^h-(\d+)$/u.exec(key);
      const cell = /^(\d+)-(\d+)$/u.exec(key);
      if (header) headers[Number(header[1])] = text;
      else if (cell) {
        const row = rows.get(Number(cell[1])) ?? [];
        row[Number(cell[2])] = text;
        rows.set(Number(cell[1]), row);
      }
    }
    const line = lineOfOffset(text, match.index);
    readTable(
      {
        headers: Array.from(headers, (header) => header ?? ''),
        rows: [...rows]
          .sort(([a], [b]) => a - b)
          .map(([, row]) => ({ cells: Array.from(row, (cell) => cell ?? ''), line })),
      },
      file,
      collector,
    );
  }
}

/** A line that starts with a code: a definition (`404: Not Found`, `404 Not Found`), a bare code, or a glued table row. */
function readCodeLine(line: string, collector: EntryCollector): void {
  const match = LEADING_CODE.exec(line.replace(LIST_MARKER, '').trim());
  if (match?.[1] === undefined) return;
  const code = Number(match[1]);
  if (!isStatusCodeNumber(code)) return;
  const rest = match[2] ?? '';
  if (rest.trim() === '') {
    collector.add(code);
    return;
  }
  // `404: …` and `404 - …` say "this is the code's definition"; `404 Not Found` needs a name, not a sentence (`404 rather than…`).
  if (/^\s*[:\-–—]\s/u.test(rest) || /^:/u.test(rest) || /^\s+[A-Z"'“(]/u.test(rest)) {
    const { reason, description } = splitReason(rest);
    collector.add(code, reason, description);
    return;
  }
  // `404Not FoundThe requested…`: only the registered reason tells where the name ends.
  const registered = getStatusEntry(code)?.reason;
  if (registered && rest.toLowerCase().startsWith(registered.toLowerCase())) {
    const description = rest.slice(registered.length).trim();
    collector.add(code, rest.slice(0, registered.length), description || undefined);
  }
}

export function readTextPage(text: string, file: string, kind: string): ParsedSource {
  const collector = new EntryCollector();
  const lines = text.split(/\r\n?|\n/u);
  let fence: string | undefined;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
      continue;
    }

    const next = lines[index + 1];
    if (line.includes('|') && next !== undefined && next.includes('-') && TABLE_DELIMITER.test(next)) {
      const headers = splitRow(line);
      const rows: { cells: string[]; line: number }[] = [];
      index += 2;
      while (index < lines.length && (lines[index] ?? '').includes('|') && (lines[index] ?? '').trim() !== '') {
        rows.push({ cells: splitRow(lines[index] ?? ''), line: index + 1 });
        index += 1;
      }
      index -= 1;
      readTable({ headers, rows }, file, collector);
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      const match = LEADING_CODE.exec(heading[1] ?? '');
      const code = match?.[1] === undefined ? Number.NaN : Number(match[1]);
      if (!isStatusCodeNumber(code)) continue;
      const { reason, description: inHeading } = splitReason(match?.[2] ?? '');
      // The paragraph under the heading describes the code.
      const paragraph: string[] = [];
      for (let below = index + 1; below < lines.length; below += 1) {
        const text = (lines[below] ?? '').trim();
        if (text === '') {
          if (paragraph.length > 0) break;
          continue;
        }
        if (HEADING.test(text) || FENCE.test(text) || text.startsWith('|')) break;
        paragraph.push(text);
      }
      collector.add(code, reason, inHeading ?? (plain(paragraph.join(' ')) || undefined));
      continue;
    }

    readCodeLine(line, collector);
  }
  readReadMeTables(text, file, collector);

  if (collector.size === 0) {
    throw new ConfigurationError(
      `${file}: found no status codes in this ${kind}; expected headings like "### 404 Not Found", ` +
        'a table with a status-code column, or lines like "404: Not Found".',
    );
  }
  return { kind, entries: collector.entries(), classes: [], warnings: [] };
}
