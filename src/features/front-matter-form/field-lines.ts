import { fieldRange, type Post } from '../../core/post';
import { lineColumn } from '../../core/text';

/**
 * Returns the top-level keys the form must not edit while the YAML is broken: those whose lines
 * hold an error, and (since a new key goes at the end of a block that does not parse) missing
 * ones. Empty when the front matter has no errors.
 */
export function blockedKeys(post: Post, keys: string[]): Set<string> {
  const blocked = new Set<string>();
  if (post.errors.length === 0) return blocked;
  if (post.language !== 'yaml' || !post.ranges.frontMatter) return new Set(keys);
  const head = post.text.slice(0, post.ranges.frontMatter.to);
  const errorLines = post.errors.map((e) => e.line);
  for (const key of keys) {
    const range = Object.hasOwn(post.data, key) ? fieldRange(post, [key]) : null;
    if (!range) {
      blocked.add(key);
      continue;
    }
    // The key sits on the value's first line or the line before it (block values).
    const first = lineColumn(head, range.from).line - 1;
    const last = lineColumn(head, range.to).line + 1;
    if (errorLines.some((l) => l >= first && l <= last)) blocked.add(key);
  }
  return blocked;
}
