import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;
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
 *
 * The page is parsed by markdown-it (CommonMark with GFM tables), whose parser is linear in the
 * page; what this module adds works token by token or line by line, with no pattern that can
 * backtrack over the page.
 */

/** A table cell: its text without Markdown, and as written (quoted in errors). */
interface Cell {
  readonly text: string;
  readonly written: string;
}

interface Table {
  readonly headers: readonly Cell[];
  readonly rows: readonly { readonly cells: readonly Cell[]; readonly line: number }[];
}

// html: false keeps tags as text, as a page copied from a browser has them; no linkify, no typographer.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

const LIST_MARKER = /^ *(?:[-*+]|\d{1,3}[.)])[ \t]+/u;
/** A status code leading a piece of text, maybe in `code` or **bold**, and what follows it. */
const LEADING_CODE = /^[*_`]*(\d{3})(?!\d)[*_`]*(.*)$/su;
const CLASS_MARKER = /^[1-5]xx$/iu;
const EMPTY_CELL = /^(?:|-|–|—|n\/a|none)$/iu;

const STATUS_HEADER = /\bstatus\b|^(?:http|response|http code|response code|code|codes)$/iu;
const REASON_HEADER = /^(?:reason|reason phrase|phrase|name|message|title|status text|status message|error|error name)$/iu;
const DESCRIPTION_HEADER = /^(?:description|meaning|details?|explanation|notes?|comments?|cause|when|usage)$/iu;

/** The text of inline tokens: words and code spans, links by their text, breaks as spaces. */
function textOfInline(children: readonly Token[] | null): string {
  let text = '';
  for (const child of children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** Text without Markdown emphasis, code spans and links, for reasons and descriptions. */
function plain(text: string): string {
  return textOfInline(markdown.parseInline(text, {})[0]?.children ?? null);
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

/** The 1-based line of each offset, from the offsets where lines start (one pass over the text). */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The column that holds status codes: named so in its header, or holding nothing else. */
function findStatusColumn(table: Table): number | undefined {
  const width = table.headers.length;
  const cellsOf = (column: number): string[] =>
    table.rows.map((row) => row.cells[column]?.text ?? '').filter((cell) => !EMPTY_CELL.test(cell));
  const leadingCode = (cell: string): number | undefined => {
    const match = LEADING_CODE.exec(cell);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  };
  for (let column = 0; column < width; column += 1) {
    const cells = cellsOf(column);
    const header = table.headers[column]?.text ?? '';
    // A column named for codes holds codes once a cell starts with a digit: `4o4` there is a typo to report.
    const someCode = cells.some((cell) => isStatusCodeNumber(leadingCode(cell)) || /^\d/u.test(cell));
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
  const cells = table.rows.map((row) => row.cells[next]?.text ?? '').filter((cell) => cell !== '');
  const names = cells.length > 0 && cells.every((cell) => splitReason(cell).reason === cell);
  return names ? next : -1;
}

function readTable(table: Table, file: string, collector: EntryCollector): void {
  const statusColumn = findStatusColumn(table);
  if (statusColumn === undefined) return;
  const headers = table.headers.map((header) => header.text);
  const statusHeader = headers[statusColumn] ?? '';
  const reasonColumn = findReasonColumn(table, headers, statusColumn);
  const descriptionColumn = headers.findIndex(
    (header, column) => column !== statusColumn && column !== reasonColumn && DESCRIPTION_HEADER.test(header),
  );
  for (const { cells, line } of table.rows) {
    const cell = cells[statusColumn]?.text ?? '';
    if (EMPTY_CELL.test(cell) || CLASS_MARKER.test(cell) || !/^\d/u.test(cell)) continue;
    // The code is the cell's first word, whole: `404` and `404 Not Found`, never `404x` or `4o4`.
    const word = /^[\p{L}\p{N}.]+/u.exec(cell)?.[0] ?? '';
    const code = /^\d{3}$/u.test(word) ? Number(word) : Number.NaN;
    if (!isStatusCodeNumber(code)) {
      const written = (cells[statusColumn]?.written ?? cell).trim();
      const quoted = written.length <= 40 ? written : `${written.slice(0, 40)}…`;
      throw new ConfigurationError(
        `${file}:${line}: ${JSON.stringify(quoted)} in the ${statusHeader ? `"${statusHeader}" ` : ''}column is not a status code from 100 to 599.`,
      );
    }
    const inCell = splitReason(cell.slice(word.length));
    const reason = reasonColumn >= 0 ? cells[reasonColumn]?.text : inCell.reason;
    const description = descriptionColumn >= 0 ? cells[descriptionColumn]?.text : inCell.description;
    collector.add(code, reason || undefined, description || undefined);
  }
}

const README_OPEN = '[block:parameters]';
const README_CLOSE = '[/block]';

/** ReadMe's legacy Markdown keeps tables as JSON: `[block:parameters] {"data": {"h-0": "Code", "0-0": "404"}} [/block]`. */
function readReadMeTables(text: string, file: string, collector: EntryCollector): void {
  let lineOf: ((offset: number) => number) | undefined;
  for (let open = text.indexOf(README_OPEN); open !== -1; ) {
    const close = text.indexOf(README_CLOSE, open + README_OPEN.length);
    // No block after this one can close either.
    if (close === -1) return;
    const next = text.indexOf(README_OPEN, open + README_OPEN.length);
    const body = text.slice(open + README_OPEN.length, next !== -1 && next < close ? next : close).trim();
    lineOf ??= lineLocator(text);
    readReadMeTable(body, lineOf(open), file, collector);
    open = next !== -1 && next < close ? next : text.indexOf(README_OPEN, close + README_CLOSE.length);
  }
}

function readReadMeTable(body: string, line: number, file: string, collector: EntryCollector): void {
  if (!body.startsWith('{')) return;
  let data: unknown;
  try {
    data = (JSON.parse(body) as { data?: unknown }).data;
  } catch {
    return;
  }
  if (typeof data !== 'object' || data === null) return;
  const headers: Cell[] = [];
  const rows = new Map<number, Cell[]>();
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const written = typeof value === 'string' ? value : '';
    const cell: Cell = { text: plain(written), written };
    const header = /^h-(\d+)$/u.exec(key);
    const position = /^(\d+)-(\d+)$/u.exec(key);
    if (header) headers[Number(header[1])] = cell;
    else if (position) {
      const row = rows.get(Number(position[1])) ?? [];
      row[Number(position[2])] = cell;
      rows.set(Number(position[1]), row);
    }
  }
  const empty: Cell = { text: '', written: '' };
  readTable(
    {
      headers: Array.from(headers, (header) => header ?? empty),
      rows: [...rows].sort(([a], [b]) => a - b).map(([, row]) => ({ cells: Array.from(row, (cell) => cell ?? empty), line })),
    },
    file,
    collector,
  );
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

/** A GFM table's cells from its tokens, from `table_open` at `start`; returns the index of `table_close`. */
function tableAt(tokens: readonly Token[], start: number): { table: Table; end: number } {
  const headers: Cell[] = [];
  const rows: { cells: Cell[]; line: number }[] = [];
  let row: Cell[] | undefined;
  let index = start + 1;
  for (; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open' && tokens[index - 1]?.type !== 'thead_open') {
      row = [];
      rows.push({ cells: row, line: (token.map?.[0] ?? 0) + 1 });
    } else if (token.type === 'inline') {
      const cell: Cell = { text: textOfInline(token.children), written: token.content };
      (row ?? headers).push(cell);
    }
  }
  return { table: { headers, rows }, end: index };
}

/** The text of the paragraph right after a heading (its `heading_close` at `close`), as a description. */
function paragraphAfter(tokens: readonly Token[], close: number): string | undefined {
  const open = tokens[close + 1];
  if (open?.type !== 'paragraph_open' || open.level !== tokens[close]?.level) return undefined;
  return textOfInline(tokens[close + 2]?.children ?? null) || undefined;
}

function readLines(text: string, collector: EntryCollector): void {
  for (const line of text.split(/\r\n?|\n/u)) readCodeLine(line, collector);
}

export function readTextPage(text: string, file: string, kind: string): ParsedSource {
  const collector = new EntryCollector();
  const tokens = markdown.parse(text, {});

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[index + 1];
        const match = LEADING_CODE.exec(textOfInline(inline?.children ?? null));
        const code = match?.[1] === undefined ? Number.NaN : Number(match[1]);
        if (isStatusCodeNumber(code)) {
          const { reason, description } = splitReason(match?.[2] ?? '');
          // The paragraph under the heading describes the code.
          collector.add(code, reason, description ?? paragraphAfter(tokens, index + 2));
        }
        index += 2;
        break;
      }
      case 'table_open': {
        const { table, end } = tableAt(tokens, index);
        readTable(table, file, collector);
        index = end;
        break;
      }
      // Paragraphs (also in lists and quotes) and indented blocks: line by line. Fenced blocks document nothing.
      case 'inline':
      case 'code_block':
        readLines(token.content, collector);
        break;
      default:
        break;
    }
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
