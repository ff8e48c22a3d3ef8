/**
 * Plain text typed or pasted inside a paragraph, rendered without a parse: when the edit only
 * adds or removes letters, digits, spaces, commas and periods, between words of the same kind,
 * the paragraph's new HTML is its old HTML with the same characters added or removed at the same
 * place. That costs a few string searches, whatever the length of the paragraph: a paste into a
 * paragraph of 10,000 characters would otherwise be parsed again in full (10–25 ms). The text
 * of a list or a quote is taken alike: its items' paragraphs are written as a paragraph's are,
 * behind markers the edit must leave alone (a key in a list of 3 items otherwise costs its
 * parse and render, about 2 ms). So is a table's, inside a cell: a key in the bench's table of
 * 5 rows and 6 columns otherwise costs about 1 ms.
 *
 * It is exact or it declines (null). Such characters cannot start or end any inline syntax
 * (emphasis, code, links, autolinks, entities, escapes, raw HTML, Liquid, typography) unless
 * they sit next to it, and they are written to the HTML as they are. So the edit must:
 * - insert and remove only those characters, in words (between spaces, tabs and line breaks)
 *   made only of them, with no `..` (kramdown's ellipsis) nor `www.` (an autolink) in them;
 * - leave the first word after each line's spaces and quote and list markers (`linePrefixEnd`)
 *   made of letters only, and those spaces and markers as they were (a word such as `1.` or `#`
 *   could start a list or a heading; one more space before an item's first word can make it a
 *   code block, or move the item's later lines out of it), and the line's trailing spaces as
 *   they were (a hard line break);
 * - leave a letter or digit on its line (a line of marks could be or become a thematic break or
 *   a table's rule row), and the quote and list markers the refusal pre-check counts at its
 *   start as they were (`lineNesting`: deleting `x` from `2. x 2. 2. …` joins two runs);
 * - come after the end of every link's `](…)` that starts before it (spaces typed or removed
 *   inside one could make or break the link);
 * - sit in a paragraph without `<`, `&`, `{`, `}`, `\` or `` ` `` (raw HTML and autolinks,
 *   character references, Liquid and attribute lists, escapes, code spans: their text is not
 *   written as it is), nor `[` in a document with definitions (a reference could match), that
 *   does not start with `[` (it could become a link reference definition) and holds no byte
 *   order mark nor `~~~` (see NOT_READ_ALIKE); in a list or a quote, nor `]:` (a definition
 *   may start any item's text) nor `|` (a table in an item trims its cells' spaces); in a
 *   table, nor `]:`, and the edit must leave its cell's ends as they were (`insideCell`); there
 *   a word ends at a `|` too.
 * The old HTML must then hold the text around the edit (up to CONTEXT characters each side)
 * exactly once, as the paragraph's source does, outside any tag: that is where the edit lands.
 */
import { charOf, isBreak, lineEnd, lineStart, type TextSource } from '../text.ts';
import { lineNesting, linePrefixEnd } from './limits.ts';

/** The characters the edit and the words it touches may hold. */
const PLAIN = /^[\p{L}\p{N}., ]*$/u;
/** A character of that kind (the text around the edit is read while it holds them). */
const PLAIN_CHAR = /[\p{L}\p{N}., ]/u;
/** What may start a line of a paragraph and stay a paragraph's text, whatever follows. */
const LETTERS = /^\p{L}+$/u;
/** Characters whose paragraph's text is not written as it is (see the module's note). */
const NOT_AS_WRITTEN = /[<&{}\\`]/;
/**
 * A link's closed tail from its `(`, as CommonMark reads one without `<`, a backslash or `&` (the
 * paragraph has none): spaces and one line break around a destination whose parentheses nest
 * once at most, an optional title, then `)`. The edit must come after each tail that starts
 * before it: inside one, spaces typed or removed could make or break the link.
 */
const LINK_TAIL =
  /\([ \t]*(?:\r?\n)?[ \t]*(?:[^\s()]|\([^\s()]*\))*(?:[ \t]*(?:\r?\n)?[ \t]*(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*(?:\r?\n)?[ \t]*\)/y;
/**
 * What the parser or the refusal pre-check reads apart from the text around it: a byte order
 * mark (micromark drops one at the start of the body, and a line's leading spaces then count
 * differently), and `~~~` (the pre-check reads an indented one as a code fence, which keeps its
 * stretch open across blank lines: the paragraph's length alone no longer decides a refusal).
 */
const NOT_READ_ALIKE = /\ufeff|~~~/;
/** A paragraph that starts with `[` may become a link reference definition: `[a]: x y` → `xy`. */
const DEFINITION_FIRST = /^\s*\[/;
/**
 * What a list or a quote may not hold: a definition's `]:` (any item's text may start one), and
 * `|` (a table in an item trims the spaces at its cells' ends, which the HTML then lacks).
 */
const NOT_IN_CONTAINERS = /\]:|\|/;
/** The kinds of blocks whose text the splice takes. */
export const SPLICED_KINDS: ReadonlySet<string> = new Set([
  'paragraph',
  'list',
  'blockquote',
  'table',
]);
/** A line without a letter or digit may be, or become, a thematic break or a table's rule row. */
const INK = /[\p{L}\p{N}]/u;
/** How much text around the edit places it in the HTML, each side (UTF-16 units). */
export const CONTEXT = 40;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isWhite = (c: string | undefined) => isSpace(c) || isBreak(c);

/**
 * Returns true for a character that ends a word: a white one, or in a table (`cells`) a `|` too
 * (a cell's text is read apart from its neighbours').
 */
const endsWord = (c: string | undefined, cells = false) => isWhite(c) || (cells && c === '|');

/** Returns the end of the word of `text` that starts at `from` (see `endsWord`). */
function wordEnd(text: TextSource, from: number, to: number, cells = false): number {
  let at = from;
  while (at < to && !endsWord(charOf(text, at), cells)) at++;
  return at;
}

/**
 * Returns true when every link tail (`](…)`) that starts in `source` before `at` ends before
 * it, as LINK_TAIL reads it (one it cannot read counts as not ended).
 */
function afterLinkTails(source: string, at: number): boolean {
  for (let k = source.indexOf(']('); k >= 0 && k < at; k = source.indexOf('](', k + 1)) {
    LINK_TAIL.lastIndex = k + 1;
    if (!LINK_TAIL.test(source) || LINK_TAIL.lastIndex > at) return false;
  }
  return true;
}

/** Returns true when offset `at` of `html` is inside a tag (`<…>`, values in double quotes). */
function insideTag(html: string, at: number): boolean {
  const open = html.lastIndexOf('<', at - 1);
  if (open < 0) return false;
  let quoted = false;
  for (let k = open + 1; k < at; k++) {
    if (html[k] === '"') quoted = !quoted;
    else if (html[k] === '>' && !quoted) return false;
  }
  return true;
}

/** Returns true for a character that ends a table cell's text: a space, a tab, a break, `|`. */
const cellEdge = (c: string | undefined) => c === undefined || endsWord(c, true);

/**
 * Returns true when the edit `next[head, newEnd)` in a table cell leaves the cell's ends as
 * they were: a cell's text is written to the HTML without the spaces at its ends, so on each
 * side the cell must hold text beyond the edit (other than spaces, before the `|` or the line's
 * end), or the edit's own outer character there (its neighbour, when it inserts nothing) must be
 * text. Typing at a cell's end is taken; a space typed there, or a cell emptied, is not.
 */
function insideCell(next: TextSource, head: number, newEnd: number): boolean {
  const at = (k: number) => charOf(next, k);
  let k = head - 1;
  while (k >= 0 && isSpace(at(k))) k--;
  let m = newEnd;
  while (m < next.length && isSpace(at(m))) m++;
  const first = head < newEnd ? at(head) : at(newEnd);
  const last = head < newEnd ? at(newEnd - 1) : at(head - 1);
  return (!cellEdge(at(k)) || !cellEdge(first)) && (!cellEdge(at(m)) || !cellEdge(last));
}

/** The block an edit falls in, before the edit: a paragraph, a list, a quote or a table. */
export interface SplicedParagraph {
  /** Where it starts in the body (the same before and after the edit). */
  from: number;
  /** Where it ends in the body before the edit. */
  to: number;
  /** Its HTML as the document renders it. */
  html: string;
  /** Its kind: one of SPLICED_KINDS. */
  kind: string;
  /** The ids of its headings (a list item may hold one): their text makes them. */
  slugs?: readonly string[];
}

/**
 * Returns false when the word of `line` starting at `left` is the first after the line's spaces
 * and markers but not letters only, or starts within them.
 */
function firstWordIsText(line: string, left: number): boolean {
  const prefixEnd = linePrefixEnd(line);
  if (left < prefixEnd) return false;
  let ink = left;
  while (ink > prefixEnd && isSpace(line[ink - 1])) ink--;
  return ink > prefixEnd || LETTERS.test(line.slice(left, wordEnd(line, left, line.length)));
}

/**
 * Returns the new HTML of `paragraph` (a block of `previous`, the body before the edit, of one
 * of SPLICED_KINDS) once `previous[head, oldEnd)` has become `next[head, oldEnd + delta)`, or
 * null when the edit is not plain text between plain words (see the module's note). Whether the
 * block keeps apart from its neighbours, and stays short enough to be previewed, is the
 * caller's business.
 */
export function spliceParagraph(
  previous: TextSource,
  next: TextSource,
  paragraph: SplicedParagraph,
  head: number,
  oldEnd: number,
  contextFree: boolean,
): string | null {
  const { from, to, html, kind } = paragraph;
  const delta = next.length - previous.length;
  const newEnd = oldEnd + delta;
  const end = to + delta;
  if (!SPLICED_KINDS.has(kind) || paragraph.slugs?.length) return null;
  if (head < from || oldEnd > to || newEnd < head) return null;
  const source = previous.slice(from, to);
  if (NOT_AS_WRITTEN.test(source) || (!contextFree && source.includes('['))) return null;
  if (NOT_READ_ALIKE.test(source) || DEFINITION_FIRST.test(source)) return null;
  // A list or a quote, or a paragraph whose HTML is not one: after indented code, micromark
  // reads an item numbered from 2 as a paragraph, which renders alone as the list it is. A
  // table holds `|` by nature: the edit must fall inside a cell's text instead.
  const table = kind === 'table' && html.startsWith('<table>');
  if (table) {
    if (source.includes(']:') || !insideCell(next, head, newEnd)) return null;
  } else if (!html.startsWith('<p>') && NOT_IN_CONTAINERS.test(source)) return null;
  if (!afterLinkTails(source, head - from)) return null;
  const removed = previous.slice(head, oldEnd);
  const inserted = next.slice(head, newEnd);
  // The words the edit touches, before and after it (the text outside the edit is the same).
  let left = head;
  while (left > from && !endsWord(charOf(next, left - 1), table)) left--;
  const right = wordEnd(next, newEnd, end, table);
  for (const words of [next.slice(left, right), previous.slice(left, right - delta)]) {
    if (!PLAIN.test(words) || words.includes('..') || /www\./i.test(words)) return null;
  }
  // The edited line, after and before the edit (it starts at the same place in both).
  const start = lineStart(next, head);
  const newLine = next.slice(start, lineEnd(next, head).end);
  const oldLine = previous.slice(start, lineEnd(previous, head).end);
  // The line's first word after its markers: letters only, before and after, when the edit
  // reaches it; the markers and the spaces before it as they were.
  if (!firstWordIsText(newLine, left - start) || !firstWordIsText(oldLine, left - start)) {
    return null;
  }
  // The line's letters or digits (a line of marks and spaces only is not sure to be text), and
  // its markers as the pre-check counts them: deleting `x` from `2. x 2. 2.` makes a run of 33,
  // which it refuses. Both read the line from the block's start.
  const own = Math.max(from, start) - start;
  const [newOwn, oldOwn] = [newLine.slice(own), oldLine.slice(own)];
  if (!INK.test(newOwn) || !INK.test(oldOwn)) return null;
  if (lineNesting(newOwn) !== lineNesting(oldOwn)) return null;
  // The line's trailing spaces, when the edit ends its last word: they must stay as they were.
  let after = right;
  while (after < end && isSpace(charOf(next, after))) after++;
  if (right === newEnd && (after === end || isBreak(charOf(next, after)))) {
    if (
      newEnd === 0 ||
      isWhite(charOf(next, newEnd - 1)) ||
      isWhite(charOf(previous, oldEnd - 1))
    ) {
      return null;
    }
  }
  // The text around the edit, as the HTML holds it: no spaces at its ends (a line's are not).
  let l = head;
  while (l > from && head - l < CONTEXT && PLAIN_CHAR.test(next.charAt(l - 1))) l--;
  while (l < head && next.charAt(l) === ' ') l++;
  let r = newEnd;
  while (r < end && r - newEnd < CONTEXT && PLAIN_CHAR.test(next.charAt(r))) r++;
  while (r > newEnd && next.charAt(r - 1) === ' ') r--;
  const before = next.slice(l, head);
  const behind = next.slice(newEnd, r);
  if ((before + removed + behind).includes('..')) return null;
  return spliceAround(source, l - from, html, before, removed, behind, inserted);
}

/**
 * Returns `html` with `removed` replaced by `inserted` where the text `before + removed + after`
 * (the edit and the text around it) sits, or null unless that text is found exactly once in
 * `source` (at `at`) and once in `html`, outside any tag (not an attribute's value: a link's
 * address or title, an image's description, a code block's language).
 */
export function spliceAround(
  source: string,
  at: number,
  html: string,
  before: string,
  removed: string,
  after: string,
  inserted: string,
): string | null {
  const around = before + removed + after;
  if (around === '') return null;
  const inSource = source.indexOf(around);
  if (inSource !== at || source.indexOf(around, inSource + 1) >= 0) return null;
  const inHtml = html.indexOf(around);
  if (inHtml < 0 || html.indexOf(around, inHtml + 1) >= 0) return null;
  if (insideTag(html, inHtml)) return null;
  const place = inHtml + before.length;
  return html.slice(0, place) + inserted + html.slice(place + removed.length);
}
