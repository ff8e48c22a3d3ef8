/**
 * Which fields the form locks while the front matter is broken, why, and what a locked field
 * shows. Pure: the form renders what these return.
 */
import { writtenField } from './front-matter-broken';
import { fieldRange, type Post } from './post';
import { textOf } from './post-text';
import type { Field } from './schema';
import { lineColumn } from './text';

/** Why a field is locked: the file line of the problem that makes it unreadable, if one does. */
export interface FieldLock {
  line: number | null;
}

/**
 * Returns the top-level keys the form must not edit while the front matter has errors, each with
 * the line of the problem behind it: keys whose lines hold a problem, keys that a problem above
 * them swallowed (written in the text but not read as keys), and keys not written at all, since a
 * new key goes at the end of a block that does not parse. Empty when there are no errors.
 */
export function fieldLocks(post: Post, keys: string[]): Map<string, FieldLock> {
  const locks = new Map<string, FieldLock>();
  if (post.errors.length === 0) return locks;
  const lines = post.errors.map((e) => e.line).sort((a, b) => a - b);
  const block = post.ranges.frontMatter;
  if (post.language !== 'yaml' || !block) {
    for (const key of keys) locks.set(key, { line: lines[0] });
    return locks;
  }
  const head = textOf(post).slice(0, block.to);
  for (const key of keys) {
    const written = writtenField(post, key);
    const range = Object.hasOwn(post.data, key) ? fieldRange(post, [key]) : null;
    if (range) {
      // A block value starts on the line after its key.
      const first = written?.line ?? lineColumn(head, range.from).line;
      const last = lineColumn(head, range.to).line;
      const hit = lines.find((l) => l >= first && l <= last);
      if (hit !== undefined) locks.set(key, { line: hit });
    } else if (written) {
      locks.set(key, { line: lines.filter((l) => l <= written.line).pop() ?? lines[0] });
    } else {
      locks.set(key, { line: null });
    }
  }
  return locks;
}

const isPlainObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Returns what the locked field `field` (stored under `key`) shows instead of `parsed`, the value
 * the broken YAML gave: one-line values as written on the key's line (so a writer sees their own
 * text, never a misread group such as `{"El ": …}`), lists and groups when they have their shape,
 * and nothing otherwise.
 */
export function lockedValue(post: Post, field: Field, key: string, parsed: unknown): unknown {
  switch (field.widget) {
    case 'list':
      return Array.isArray(parsed) || typeof parsed === 'string' ? parsed : undefined;
    case 'object':
      return isPlainObject(parsed) ? parsed : undefined;
    case 'raw':
      return parsed;
  }
  const text = writtenField(post, key)?.text;
  if (field.widget === 'boolean') {
    if (text === 'true' || text === 'false') return text === 'true';
    return typeof parsed === 'boolean' ? parsed : undefined;
  }
  if (field.widget === 'select' && field.multiple)
    return Array.isArray(parsed) ? parsed : undefined;
  return text ?? (isScalar(parsed) ? parsed : undefined);
}
