/**
 * The whole written value of a top-level key, found in the text rather than the parse: from
 * after `key:` to the line before the next top-level key. A quoted value written over several
 * lines (continued at column 0, which YAML rejects, or indented) is one span here, so the form
 * can replace all of it at once and keep every other byte.
 */
import { doubleQuoted } from './yaml-render.ts';

/** A top-level value's place in the front-matter YAML source (offsets in `src`). */
export interface ValueSpan {
  /** Just after `key:`. */
  from: number;
  /** The end of the value's last line (before its line break). */
  to: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A line that starts another top-level entry: a key at column 0, a comment, a document marker.
const NEXT_ENTRY = /^(?:[^\s#'"\-?][^:\r\n]*:(?:[ \t]|$)|#|---|\.\.\.)/;

/**
 * Returns where the last line `key: …` of YAML source `src` starts (`start`, a key at column 0,
 * the one YAML keeps) and the offset just after its colon (`from`), or null when none does. The
 * colon must end the key (`title:x` is another key).
 */
export function lastKeyLine(src: string, key: string): { start: number; from: number } | null {
  const pattern = new RegExp(`^${escapeRegExp(key)}[ \\t]*:(?=[ \\t\\r\\n]|$)`, 'gm');
  let found: RegExpExecArray | null = null;
  for (let m = pattern.exec(src); m; m = pattern.exec(src)) found = m;
  return found ? { start: found.index, from: found.index + found[0].length } : null;
}

/**
 * Returns the span of the value of top-level `key` in YAML source `src` (its last `key:` line
 * at column 0, as YAML keeps the last), or null when no such line exists.
 */
export function topLevelValueSpan(src: string, key: string): ValueSpan | null {
  const from = lastKeyLine(src, key)?.from;
  if (from === undefined) return null;
  const start = from + (/^[ \t]*/.exec(src.slice(from))?.[0].length ?? 0);
  const close = closingQuote(src, start);
  // A quoted value ends at its closing quote, whatever its lines look like; another at the
  // line before the next top-level entry.
  const breaks = /\r\n|\r|\n/g;
  breaks.lastIndex = close ?? from;
  // Blank lines between the value and the next entry are not the value's.
  let to = from;
  for (let m = breaks.exec(src); m; m = breaks.exec(src)) {
    if (src.slice(to, m.index).trim() !== '' || to === from) to = m.index;
    const next = m.index + m[0].length;
    if (close !== null || next >= src.length || NEXT_ENTRY.test(src.slice(next, next + 200))) {
      return { from, to };
    }
  }
  return { from, to: src.slice(to).trim() === '' ? to : src.length };
}

/** Returns the offset of the quote that closes the quoted scalar opening at `at`, or null. */
function closingQuote(src: string, at: number): number | null {
  const q = src[at];
  if (q !== "'" && q !== '"') return null;
  for (let i = at + 1; i < src.length; i++) {
    if (q === '"' && src[i] === '\\') i++;
    else if (src[i] === q) {
      if (q === "'" && src[i + 1] === "'") i++;
      else return i;
    }
  }
  return null;
}

/** Returns true when a line of `text` starts with the top-level key `key`. */
export function writesKey(text: string, key: string): boolean {
  return new RegExp(`^${escapeRegExp(key)}[ \\t]*:`, 'm').test(text);
}

/** Returns the edit (offsets in `src`) that writes `value` as the whole value of `key`. */
export function replaceWholeValue(
  src: string,
  key: string,
  value: string,
): { from: number; to: number; insert: string } | null {
  const span = topLevelValueSpan(src, key);
  return span ? { from: span.from, to: span.to, insert: ` ${doubleQuoted(value)}` } : null;
}
