/**
 * Broken front matter as a writer sees it: what a key's line says when the YAML cannot be read,
 * so a form can show the writer's own text instead of a misread value. (The fix of a quoted
 * value holding its own quotes comes with its error: `PostError.fix`.)
 */
import type { Post } from './post.ts';
import { lineColumn, lineEnd, loneCrToLf } from './text.ts';
import { lastKeyLine } from './value-span.ts';

/** A top-level key as written on its line: the file line and the inline value, if any. */
export interface WrittenField {
  /** 1-based line of the file. */
  line: number;
  /** The value written after `key:` on that line, outer quotes removed; null when none. */
  text: string | null;
}

/** Returns `raw` (a value as written) without one pair of outer quotes, or without a comment. */
function unquote(raw: string): string {
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q)) {
    const inner = raw.slice(1, -1);
    return q === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\(["\\])/g, '$1');
  }
  return raw.replace(/[ \t]+#.*$/, '');
}

/**
 * Returns where the top-level `key` is written in the front matter of `post` (its last line
 * `key: …` at column 0, the one YAML would keep) and the value on that line, whether or not
 * the YAML reads it; null when no such line exists. Read from the text, not the parse, so a
 * key that a broken line before it swallowed is still found.
 */
export function writtenField(post: Post, key: string): WrittenField | null {
  const yaml = post.ranges.yaml;
  if (!yaml) return null;
  const src = loneCrToLf(post.text.slice(yaml.from, yaml.to));
  const found = lastKeyLine(src, key);
  if (!found) return null;
  const raw = src.slice(found.from, lineEnd(src, found.from).end).replace(/^[ \t]+|[ \t]+$/g, '');
  return {
    line: lineColumn(post.text, yaml.from + found.start).line,
    text: raw === '' || raw.startsWith('#') ? null : unquote(raw),
  };
}
