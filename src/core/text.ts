/** The three line endings a post may use. */
export type Eol = '\n' | '\r\n' | '\r';

const BREAK = /\r\n|\r|\n/;

/** Returns the first line ending in `text`, or `'\n'` when the text has none. */
export function detectEol(text: string): Eol {
  const m = BREAK.exec(text);
  return m ? (m[0] as Eol) : '\n';
}

/**
 * Returns the 1-based line and column (UTF-16 units) of `offset` in `text` (line breaks: CRLF,
 * CR or LF). Only the text before `offset` is read, so a front-matter position costs the front
 * matter, not the whole post.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c !== 13 && c !== 10) continue;
    // A CRLF split by `offset` has not yet started a line.
    if (i + 1 > offset) break;
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * A text read a piece at a time (a string is one; an edited text, edited-text.ts, is another).
 * Offsets are UTF-16 units.
 */
export interface TextSource {
  readonly length: number;
  /** The character at `index`, or '' outside the text. */
  charAt(index: number): string;
  /** The code unit at `index`, or NaN outside the text. */
  charCodeAt(index: number): number;
  /** The text from `start` to `end` (0 ≤ start ≤ end ≤ length; `end` defaults to the length). */
  slice(start?: number, end?: number): string;
  /** The whole text. */
  toString(): string;
}

/** Returns `text[index]` of a text source: its character there, undefined outside it. */
export function charOf(text: TextSource, index: number): string | undefined {
  return text.charAt(index) || undefined;
}

/**
 * Returns the end of the line that contains `offset`, before its line break, and the offset just
 * past that break (equal when the line is the last one without a break).
 */
export function lineEnd(text: TextSource, offset: number): { end: number; next: number } {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return { end: i, next: i + 2 };
  return { end: i, next: i < text.length ? i + 1 : i };
}

/** Returns true when `c` is a line break character (LF or CR). */
export const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** Returns the offset where the line containing `offset` starts. */
export function lineStart(text: TextSource, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(charOf(text, i - 1))) i--;
  return i;
}

/**
 * Returns `text` with every lone CR turned into LF. The length and every offset stay the same,
 * which lets parsers that only know LF/CRLF read CR-only files with exact source positions.
 */
export function loneCrToLf(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}

/** Chunk size for comparing long texts: whole chunks compare natively, then one char by char. */
const CHUNK = 512;

/**
 * The last texts compared and the answer: a key press in the page compares the same two bodies
 * twice (the typing fast path, then the edit sent to the worker), about 0.4 ms each at 50,000
 * words. Texts are compared by value, so a hit is always right.
 */
let lastPrefix = { a: '', b: '', at: 0 };
let lastSuffix = { a: '', b: '', limit: 0, at: 0 };

/** Returns the length of the longest common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  if (a === lastPrefix.a && b === lastPrefix.b) return lastPrefix.at;
  const max = Math.min(a.length, b.length);
  let at = 0;
  // Equal chunks are skipped by native string comparison: a 50,000-word post takes microseconds.
  while (at + CHUNK <= max && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  lastPrefix = { a, b, at };
  return at;
}

/** Returns the length of the longest common suffix of `a` and `b`, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  const last = lastSuffix;
  if (a === last.a && b === last.b && limit === last.limit) return last.at;
  const max = Math.min(limit, a.length, b.length);
  let at = 0;
  while (
    at + CHUNK <= max &&
    a.slice(a.length - at - CHUNK, a.length - at) === b.slice(b.length - at - CHUNK, b.length - at)
  ) {
    at += CHUNK;
  }
  while (at < max && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  lastSuffix = { a, b, limit, at };
  return at;
}

/**
 * Returns `text` folded for searching: lower case, without accents, so that "articulo" finds
 * "Artículo" (the posts are mostly in Spanish). The ñ stays: "año" and "ano" are other words.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/(n\u0303)|\p{M}+/gu, (_mark, enye?: string) => (enye ? 'ñ' : ''));
}

/** Whether UTF-16 unit `code` is an ASCII letter (A–Z, a–z). */
export function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** Whether UTF-16 unit `code` is an ASCII digit (0–9). */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where two texts differ: their common prefix's length, and their common suffix's after it. */
export type TextDiff = (a: TextSource, b: TextSource) => { head: number; tail: number };

/** `TextDiff` of two texts as strings. */
export const diffStrings: TextDiff = (a, b) => {
  const [x, y] = [a.toString(), b.toString()];
  const head = commonPrefix(x, y);
  return { head, tail: commonSuffix(x, y, Math.min(x.length, y.length) - head) };
};

/**
 * Returns the one replacement that turns `before` into `after`: offsets `from`–`to` of `before`
 * replaced by `insert` (the text between their common prefix and suffix, as `diff` finds them:
 * edited texts pass `diffTexts`, edited-text.ts, which reads only around their edits).
 */
export function changeBetween(
  before: TextSource,
  after: TextSource,
  diff: TextDiff = diffStrings,
): { from: number; to: number; insert: string } {
  const { head, tail } = diff(before, after);
  return { from: head, to: before.length - tail, insert: after.slice(head, after.length - tail) };
}
