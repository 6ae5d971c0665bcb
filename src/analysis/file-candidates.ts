/**
 * What a file without types may hold, told before the traversal: whether any node of it may be a
 * status sink (`sinkWords`), and whether it has a number literal in a status's range (what the
 * comparison rules look for). Most files have neither, and a file's pass listens only for what it
 * may hold.
 *
 * The file's text is searched, not its tokens: the text is one string, where the token objects are
 * scattered, and a loop touching every token costs more than the listener calls it saves. Four
 * short searches (a long alternation of every word costs several times one search): a name that
 * may send wherever it stands (comments included), a method after a dot, a string that is a word
 * or a module's name (and any backslash), and a number. Where the judgment needs the code around
 * a match (a method must be called on something, a number must be a literal), the match's token is
 * looked up by a binary search.
 *
 * Only ever "may": an escape counts as the word it may cook to, and a word counts whatever the code
 * around it does with it. Every token the judgment takes has a match: a name has no ASCII word
 * character on either side, a method a dot before it (or a comment after the dot), a string its
 * quotes, an escape its backslash.
 */
import { AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { sinkWords } from './sinks';
import { isStatusCodeNumber } from '../table/lookup';

export interface FileCandidates {
  /** Some node may be a status sink. */
  readonly sinks: boolean;
  /** Some number literal is in a status's range (100–599). */
  readonly statusLiterals: boolean;
}

const { anywhere, calledMethods, calledFunctions, strings } = sinkWords;

const escapeForPattern = (word: string): string => word.replace(/[$()*+./?[\\\]^{|}]/gu, '\\$&');
const alternatives = (words: Iterable<string>): string => [...words].map(escapeForPattern).join('|');

/** A method name after a dot, or a comment after a dot (the token after it is looked up). */
const methodPattern = new RegExp(`\\.\\s*(?:(?:${alternatives(calledMethods)})\\b|\\/[*/])`, 'gu');
/** A string that is one of the words or modules, quotes and all; and any backslash (an escape). */
const stringPattern = new RegExp(`['"](?:${alternatives(strings)})['"]|\\\\`, 'gu');
/**
 * Parts of the names that stand anywhere or are called by themselves, searched for instead of the
 * names: a few short literals cost the search less than a long alternation. A name with none of
 * the parts is searched for whole.
 */
const nameParts = ['tatus', 'Response', 'Exception', 'Error', 'error', 'edirect', 'HttpCode'];
const bareNames = new Set([...anywhere, ...calledFunctions]);
const namePattern = new RegExp(
  alternatives([...nameParts, ...[...bareNames].filter((name) => !nameParts.some((part) => name.includes(part)))]),
  'gu',
);

export function findFileCandidates(text: string, tokens: readonly TSESTree.Token[]): FileCandidates {
  return {
    sinks: hasBareName(text, tokens) || hasCalledMethod(text, tokens) || hasSinkString(text, tokens),
    statusLiterals: hasStatusNumber(text, tokens),
  };
}

/** `status`, `new Response`, `throw new NotFoundException()`, `error(404)` of a context. */
function hasBareName(text: string, tokens: readonly TSESTree.Token[]): boolean {
  namePattern.lastIndex = 0;
  for (let match = namePattern.exec(text); match; match = namePattern.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start -= 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end += 1;
    namePattern.lastIndex = end;
    const name = text.slice(start, end);
    // Wherever it stands, a comment's included: only ever "may".
    if (anywhere.has(name)) return true;
    if (!calledFunctions.has(name)) continue;
    const index = tokenIndexAt(tokens, start);
    if (index !== -1 && tokens[index]!.value === name && !isAfterDot(tokens, index) && isCalled(tokens, index)) return true;
  }
  return false;
}

/** A letter, digit, `_` or `$`: what an ASCII name is made of. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/** `res.status(…)`, `reply?.code?.(…)`: a method called on something. */
function hasCalledMethod(text: string, tokens: readonly TSESTree.Token[]): boolean {
  methodPattern.lastIndex = 0;
  for (let match = methodPattern.exec(text); match; match = methodPattern.exec(text)) {
    const dot = tokenIndexAt(tokens, match.index);
    if (dot === -1 || (tokens[dot]!.value !== '.' && tokens[dot]!.value !== '?.')) continue;
    const method = tokens[dot + 1];
    if (method && calledMethods.has(method.value) && isCalled(tokens, dot + 1)) return true;
  }
  return false;
}

/** `res['status']`, `'@hapi/boom'`, and whatever an escape may cook to. */
function hasSinkString(text: string, tokens: readonly TSESTree.Token[]): boolean {
  return someMatchedToken(stringPattern, text, tokens, (token, index) => {
    if (token.type === AST_TOKEN_TYPES.String) return isSinkString(token.value);
    return (token.type === AST_TOKEN_TYPES.Identifier || token.type === AST_TOKEN_TYPES.Keyword || token.type === AST_TOKEN_TYPES.PrivateIdentifier) && isSinkName(tokens, index, token.value);
  });
}

/**
 * What every number literal of a status's value holds: three digits from 100 to 599, an exponent, a
 * separator, a base prefix, or a leading zero (`0620` is an octal 400).
 */
const statusNumberPattern = /[1-5]\d\d|\d[eE_]|_\d|0[xXoObB]|(?<![\d.])0\d/gu;

function hasStatusNumber(text: string, tokens: readonly TSESTree.Token[]): boolean {
  return someMatchedToken(statusNumberPattern, text, tokens, (token) => token.type === AST_TOKEN_TYPES.Numeric && isStatusNumber(token.value));
}

/** Whether a token some match of a pattern is in passes the judgment: each token judged once, a comment's match skipped. */
function someMatchedToken(
  pattern: RegExp,
  text: string,
  tokens: readonly TSESTree.Token[],
  judge: (token: TSESTree.Token, index: number) => boolean,
): boolean {
  pattern.lastIndex = 0;
  let judged = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const index = tokenIndexAt(tokens, match.index);
    if (index === -1 || index === judged) continue;
    judged = index;
    if (judge(tokens[index]!, index)) return true;
  }
  return false;
}

/** The index of the token an offset of the text is in, or -1 (a comment, or space between tokens). */
function tokenIndexAt(tokens: readonly TSESTree.Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const [start, end] = tokens[middle]!.range;
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return middle;
  }
  return -1;
}

function isSinkName(tokens: readonly TSESTree.Token[], index: number, name: string): boolean {
  if (anywhere.has(name)) return true;
  if (calledMethods.has(name)) return isAfterDot(tokens, index) && isCalled(tokens, index);
  if (calledFunctions.has(name)) return !isAfterDot(tokens, index) && isCalled(tokens, index);
  // `st\u0061tus`: typescript-eslint does not cook an identifier's escapes in its token.
  return name.includes('\\');
}

function isAfterDot(tokens: readonly TSESTree.Token[], index: number): boolean {
  const previous = tokens[index - 1]?.value;
  return previous === '.' || previous === '?.';
}

/** Followed by a call: `(`, `?.(`, type arguments, or a closing parenthesis first (`(res.json)(…)`). */
function isCalled(tokens: readonly TSESTree.Token[], index: number): boolean {
  let next = index + 1;
  while (tokens[next]?.value === ')') next += 1;
  const value = tokens[next]?.value;
  return value === '(' || value === '?.' || value === '<';
}

function isSinkString(raw: string): boolean {
  // Escapes have no bound on their length (`\u{00…73}`, line continuations): cooked, whatever the length.
  return strings.has(raw.includes('\\') ? cookString(raw.slice(1, -1)) : raw.slice(1, -1));
}

const stringEscape = /\\(u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|[0-3][0-7]{0,2}|[4-7][0-7]?|\r\n|[^])/gu;
const singleEscapes: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** A string literal's value from its source, as the language reads its escapes. */
function cookString(source: string): string {
  return source.replace(stringEscape, (_escape, body: string) => {
    if (body.startsWith('u{')) return String.fromCodePoint(Number.parseInt(body.slice(2, -1), 16));
    if (body.length > 1 && (body[0] === 'u' || body[0] === 'x')) return String.fromCharCode(Number.parseInt(body.slice(1), 16));
    if (/^[0-7]/u.test(body)) return String.fromCharCode(Number.parseInt(body, 8));
    // A line continuation is nothing.
    if (body === '\r\n' || body === '\n' || body === '\r' || body === '\u2028' || body === '\u2029') return '';
    return singleEscapes[body] ?? body;
  });
}

function isStatusNumber(raw: string): boolean {
  // `0620` is an octal 400 in sloppy code: a legacy octal, or a decimal with a leading zero, counts whatever its value.
  if (raw.length > 1 && raw[0] === '0' && raw[1]! >= '0' && raw[1]! <= '9') return true;
  return isStatusCodeNumber(Number(raw.includes('_') ? raw.replaceAll('_', '') : raw));
}
