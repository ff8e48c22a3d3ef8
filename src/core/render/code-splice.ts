/**
 * Text typed or pasted on a line inside a fenced code block, rendered without a parse: the
 * block's HTML is `<pre><code…>`, its lines as they are written (`&` and `<` escaped), then
 * `</code></pre>`, so an edit that neither writes nor removes a character the HTML escapes, nor
 * a line break, lands in the HTML as it lands in the source. The edit is placed by the text
 * around it, found once in the block's source and once in its HTML, as the paragraph splice
 * does (`spliceAround`). A key in the bench's code block otherwise costs its
 * parse and render, about 1 ms.
 *
 * It is exact or it declines (null). The block must:
 * - open with a fence of 3 or more backticks or tildes at its line's start (no indentation: a
 *   fence's indentation is taken from its lines), and close with a line of only that fence (as
 *   long or longer, 0–3 spaces before it, spaces after), then blank lines only;
 * - have no other line that starts, after spaces and tabs, with a backtick or a tilde, before
 *   or after the edit (backticks and tildes later on a line are text): the refusal pre-check
 *   (`scanFences`) opens and closes fences on any such line, and it must read the block as the
 *   parser does (then it neither measures nor refuses its lines); nor may the pre-check be
 *   inside a fence where the block starts (`fenceOpenIn`);
 * - hold no `{%`, `{{` nor `{:`, before or after the edit (Liquid's raw tags are taken out of
 *   code, and `{{ site.url }}` after a link's `(` or `src=` is replaced, even in code, by
 *   `substituteSiteUrls`; attribute lists), no carriage return, byte order mark nor NUL (the
 *   parser reads them apart).
 * The edit must fall on one of the lines between the fences, not empty the block's only one (an
 * empty block's HTML has no line break), and write or remove no `&` nor `<`, line break, byte
 * order mark nor NUL.
 */
import { lineEnd, lineStart, type TextSource } from '../text.ts';
import { FENCE_CLOSE, fenceOpenIn } from './limits.ts';
import { CONTEXT, spliceAround, type SplicedParagraph } from './paragraph-splice.ts';

/** What the edit may write or remove: no line break, nothing the HTML escapes (`&`, `<`). */
const CODE_TEXT = /^[^\n\r&<\ufeff\0]*$/;
/** What the text around the edit, which places it in the HTML, may hold: written as it is. */
const AS_WRITTEN = /[^\n\r&<]/;
/** What the block may not hold (see the module's note). */
const NOT_IN_BLOCK = /\{[{%:]|[\r\ufeff\0]/;
/** The opening fence, at the block's start. */
const OPENING = /^(`{3,}|~{3,})/;
/**
 * A line the refusal pre-check could read as a fence (`limits.ts`, FENCE): any start of one,
 * read from a line's start (set `lastIndex`).
 */
const FENCE_LIKE = /[ \t]*[`~]/y;

/** Returns true when the line of `text` that starts at `at` could open or close a fence. */
function fenceLike(text: TextSource, at: number): boolean {
  FENCE_LIKE.lastIndex = 0;
  return FENCE_LIKE.test(text.slice(at, lineEnd(text, at).end));
}

/**
 * Returns the new HTML of the fenced code block `block` of `previous` once `previous[head,
 * oldEnd)` has become `next[head, oldEnd + (next.length - previous.length))`, or null (see the
 * module's note). `jekyll`: whether the pre-check reads `{% highlight %}` tags as fences.
 */
export function spliceCode(
  previous: TextSource,
  next: TextSource,
  block: SplicedParagraph,
  head: number,
  oldEnd: number,
  jekyll: boolean,
): string | null {
  const { from, to, html } = block;
  if (block.kind !== 'code' || !html.startsWith('<pre><code') || head < from) return null;
  const delta = next.length - previous.length;
  const newEnd = oldEnd + delta;
  if (oldEnd > to || newEnd < head) return null;
  const removed = previous.slice(head, oldEnd);
  const inserted = next.slice(head, newEnd);
  if (!CODE_TEXT.test(removed) || !CODE_TEXT.test(inserted)) return null;
  const source = previous.slice(from, to);
  if (NOT_IN_BLOCK.test(source) || NOT_IN_BLOCK.test(next.slice(from, to + delta))) return null;
  const fence = OPENING.exec(source)?.[1];
  if (!fence) return null;
  // The closing fence: the first line after the opening one that starts with a fence's mark,
  // followed by blank lines only.
  const contentStart = lineEnd(source, 0).next;
  let close = contentStart;
  while (close < source.length && !fenceLike(source, close)) close = lineEnd(source, close).next;
  const closing = source.slice(close, lineEnd(source, close).end);
  const marks = FENCE_CLOSE.exec(closing)?.[1];
  if (!marks || marks[0] !== fence[0] || marks.length < fence.length) return null;
  if (source.slice(close + closing.length).trim() !== '') return null;
  // The edit: on a line between the fences, which starts as it may before and after it.
  const start = lineStart(previous, head);
  if (start < from + contentStart || start >= from + close) return null;
  if (fenceLike(next, start)) return null;
  // A block's only line, emptied: its code has no text, and no line break either.
  const emptied = lineEnd(next, start).end === start;
  if (emptied && lineEnd(source, contentStart).next === close) return null;
  // The text around the edit, as written in the HTML.
  let l = head;
  while (l > start && head - l < CONTEXT && AS_WRITTEN.test(next.charAt(l - 1))) l--;
  let r = newEnd;
  while (r < to + delta && r - newEnd < CONTEXT && AS_WRITTEN.test(next.charAt(r))) r++;
  const spliced = spliceAround(
    source,
    l - from,
    html,
    next.slice(l, head),
    removed,
    next.slice(newEnd, r),
    inserted,
  );
  if (spliced === null || fenceOpenIn(previous, from, jekyll) !== null) return null;
  return spliced;
}
