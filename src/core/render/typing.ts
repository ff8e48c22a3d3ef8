/**
 * The typing fast path: when an edit touches a few neighbouring blocks of a rendered document,
 * the new document's blocks are the old ones with that stretch split and rendered again and the
 * blocks after it moved. Computing that costs the stretch's parse and render, whatever the
 * length of the post, so the page can show a key press in the same task that handled it, while
 * the worker's full incremental render follows as the authority.
 *
 * It is exact or it declines: it returns what `renderDocument` returns for the new text (keys,
 * offsets, HTML, heading ids, kinds), or null whenever it cannot be sure of it. The stretch is
 * the blocks the edit touches, widened until it starts and ends at a blank line (or at the ends
 * of the body), so that its parse cannot reach its neighbours: after a blank line CommonMark
 * keeps nothing open but lists (and code and HTML that wait for their closing line), which the
 * checks below rule out. The stretch's new text is split and rendered as a lone fragment, and
 * the fast path declines when
 * - the edit starts at or before the first character of the stretch (which decides what the
 *   stretch continues): the block before is then taken into the stretch;
 * - the stretch, before or after, holds `{:` (a kramdown attribute list joins the block it
 *   touches) or `{%` (Liquid tags may span blocks), or the line after it holds `{:`;
 * - the document has reference or footnote definitions and the stretch holds `[`, so its
 *   rendering may depend on them; or the stretch now holds a definition, or calls a footnote;
 * - the stretch's first line opens a list item (after spaces or in a quote too) right after a
 *   list (they may merge) or after indented code (where micromark reads some items as
 *   paragraphs, and groups the lines after them otherwise), or the line after the stretch does
 *   so after such a block, or its last block could take in the line after it or change how it
 *   reads (a list or code or HTML block; checked by parsing that line with the stretch), or
 *   indented code and a list meet across a blank line (the list changes how the code splits):
 *   then the neighbour is taken into the stretch, a few times at most;
 * - more than a few blocks after it use a heading id it used, before or after (ids are numbered
 *   across the document: those blocks are rendered again; repeated blocks' keys are numbered
 *   too, and those are numbered again);
 * - the document has blocks that are not previewed (refused: the text around them is parsed
 *   in pieces), or the stretch changes which lines the refusal pre-check reads as inside a
 *   code fence;
 * - the stretch is longer than FAST_PATH_MAX_CHARS (the page would wait too long for it).
 */
import { analyzeBlocks, isRefusedKind, type AnalyzedBlock } from './blocks.ts';
import { advance, initialFlowState, type FlowState } from './block-state.ts';
import { blockKey, renderFragment, renderLoneBlock } from './document.ts';
import {
  FENCE_CLOSE,
  fenceOpenIn,
  LIST_MARKER,
  RENDER_LIMITS,
  refusedStretches,
  scanFences,
} from './limits.ts';
import { prepareLiquidSource } from './liquid.ts';
import { resolveOptions, type RenderOptions, type ResolvedRenderOptions } from './options.ts';
import { spliceCode } from './code-splice.ts';
import { SPLICED_KINDS, spliceParagraph } from './paragraph-splice.ts';
import { RawHtmlUnavailable } from './pipeline.ts';
import { rangeIndexAt } from '../ranges.ts';
import { diffTexts } from '../edited-text.ts';
import { charOf, isBreak, lineEnd, type TextSource } from '../text.ts';

/** A block as a rendered document reports it (see `RenderedBlock`, without `changed`). */
export interface ShownBlock {
  key: string;
  html: string;
  from: number;
  to: number;
  kind: string;
  /** Base heading ids the block used; absent means none. */
  slugs?: readonly string[];
}

/**
 * A rendered body: its text and what `renderDocument` returned for it. The text is read only
 * around an edit (an edited text, edited-text.ts, is never made whole here).
 */
export interface ShownDocument<Body extends TextSource = TextSource> {
  body: Body;
  blocks: readonly ShownBlock[];
  contextFree: boolean;
}

/** Returns the key without the `-n` a repeated block gets. */
function baseKey(key: string): string {
  const dash = key.indexOf('-');
  return dash < 0 ? key : key.slice(0, dash);
}

const UNSAFE = /\{[:%]/;
/** A byte order mark. */
const BOM = '\ufeff';

/**
 * The longest stretch the fast path renders (UTF-16 units), counted twice when it must be split
 * as a document before its blocks are rendered: parsing costs 1 to 2.5 ms per 1,000 characters
 * here (more for lists than for paragraphs; rendering adds little), so a key press never waits
 * more than a few ms for it. Longer stretches are left to the worker.
 */
export const FAST_PATH_MAX_CHARS = 4_000;

/** How many times the stretch may take in a neighbour it could not keep apart from. */
const MAX_WIDENINGS = 4;

/** Kinds that end with their last line: the line after them starts a block of its own. */
const ENDS_ITS_LINE = new Set(['heading', 'thematicBreak']);

/** Kinds that a blank line closes, whatever line follows it. */
const CLOSED_BY_BLANK = new Set(['paragraph', 'heading', 'blockquote', 'table', 'thematicBreak']);

/** A line that starts a list item (a list before it may continue), as CommonMark reads one. */
const LIST_ITEM = new RegExp(`^${LIST_MARKER}(?:[ \\t]|$)`);
/** A line that opens a list item, after spaces or in a quote too (any line of the text). */
const LIST_LINE = new RegExp(`^[ \\t>]*${LIST_MARKER}(?:[ \\t]|$)`, 'm');
/** Text that starts with a space or a tab. */
const INDENTED = /^[ \t]/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const LINE_BREAKS = /\r\n|\r|\n/;

/**
 * Returns true when `text[from, to)` ends with a whole blank line (spaces and tabs only) after
 * at least one other line.
 */
function endsWithBlankLine(text: TextSource, from: number, to: number): boolean {
  let at = to;
  const last = charOf(text, at - 1);
  if (last === '\n') at -= charOf(text, at - 2) === '\r' ? 2 : 1;
  else if (last === '\r') at--;
  else return false;
  while (at > from && (charOf(text, at - 1) === ' ' || charOf(text, at - 1) === '\t')) at--;
  return at > from && isBreak(charOf(text, at - 1));
}

/** Returns the offset of the first character of `text[from, to)` that is not a blank or break. */
function firstInk(text: TextSource, from: number, to: number): number {
  let at = from;
  for (let c = charOf(text, at); at < to && (c === ' ' || c === '\t' || isBreak(c));) {
    c = charOf(text, ++at);
  }
  return at;
}

/**
 * Returns true when a code block's source (one node, nothing after it but blank lines) is
 * indented code, or fenced code that ends with the line closing its fence: then a later line
 * that is not indented cannot fall inside it.
 */
function codeEnds(source: string): boolean {
  const lines = source.replace(/[ \t\r\n]+$/, '').split(LINE_BREAKS);
  while (lines.length > 0 && /^[ \t]*$/.test(lines[0])) lines.shift();
  const open = lines.length > 0 ? FENCE_OPEN.exec(lines[0]) : null;
  if (!open) return lines.length > 0;
  const close = lines.length > 1 ? FENCE_CLOSE.exec(lines[lines.length - 1]) : null;
  return !!close && close[1][0] === open[1][0] && close[1].length >= open[1].length;
}

/**
 * Returns true when a block of `kind` with `source`, ending with a blank line, leaves the
 * following `line` to start a block of its own, as it would at the top of a document.
 */
function leavesApart(kind: string, source: string, line: string): boolean {
  if (CLOSED_BY_BLANK.has(kind)) return true;
  // An item after a list may join it; after indented code, micromark reads an item that could
  // not interrupt a paragraph (empty, or numbered from 2) as a paragraph, even past blank lines.
  const plain = line !== '' && line[0] !== ' ' && line[0] !== '\t' && !LIST_LINE.test(line);
  return plain && (kind === 'list' || (kind === 'code' && codeEnds(source)));
}

/**
 * Returns true when a list right after a block of `kind` with `source` (ending with a blank
 * line) may not read as it reads alone: after a list it may join it, after indented code see
 * `leavesApart`.
 */
function touchesList(kind: string, source: string): boolean {
  if (kind === 'list') return true;
  if (kind !== 'code') return false;
  const first = source.split(LINE_BREAKS).find((l) => !/^[ \t]*$/.test(l)) ?? '';
  return !FENCE_OPEN.test(first);
}

/** A stretch's new blocks as `renderDocument` reports them, before keys are numbered. */
interface Rendered {
  from: number;
  to: number;
  source: string;
  kind: string;
  html: string;
  slugs: readonly string[];
}

/** What one attempt at a stretch gave: its blocks, or which side to widen, or a refusal. */
type Attempt = Rendered[] | 'left' | 'right' | null;

/** Returns the heading-id state before block `i`: how often each base id was used before it. */
function stateBefore(blocks: readonly ShownBlock[], i: number): FlowState {
  const state = initialFlowState();
  for (let k = 0; k < i; k++) {
    const { slugs } = blocks[k];
    if (slugs && slugs.length > 0) advance(state, slugs, []);
  }
  return state;
}

/** Returns a copy of a flow state's heading counts in a new state (nothing else is read). */
function copied(state: FlowState): FlowState {
  return { ...initialFlowState(), headingCounts: new Map(state.headingCounts) };
}

/**
 * Returns `source` cut before the lines that follow a blank line and start a block of their own
 * (leading blank lines stay with the first piece): the blocks it is, when each piece parses as
 * one node that keeps apart from the next. Where to cut is only a guess, checked piece by piece:
 * not inside what looks like a code fence, nor before an item or an indented line when the
 * piece starts with one (a list or indented code goes on past blank lines).
 */
function piecesOf(source: string): string[] {
  const out: string[] = [];
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = 0;
  let blank = false;
  let ink = false;
  let goesOn = false;
  let fence: string | null = null;
  for (let m = lines.exec(source); m && m[0] !== ''; m = lines.exec(source)) {
    const text = m[0].replace(/[\r\n]+$/, '');
    const empty = /^[ \t]*$/.test(text);
    const indented = text[0] === ' ' || text[0] === '\t';
    if (fence !== null) {
      const close = FENCE_CLOSE.exec(text);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
    } else if (!empty) {
      if (blank && ink && !(goesOn && (indented || LIST_ITEM.test(text)))) {
        out.push(source.slice(start, m.index));
        start = m.index;
        ink = false;
      }
      if (!ink) goesOn = indented || LIST_ITEM.test(text);
      fence = FENCE_OPEN.exec(text)?.[1] ?? null;
      ink = true;
    }
    blank = empty;
  }
  out.push(source.slice(start));
  return out;
}

/** Returns the first line of `text`, without its line break. */
function firstLine(text: string): string {
  return text.slice(0, lineEnd(text, 0).end);
}

/**
 * Renders the stretch's new text `source` as the pieces `piecesOf` cuts, one parse each, when
 * each is one node that keeps apart from the next piece (and the first from the block before,
 * the last from the `line` after, none when `atEnd`); null otherwise. `atStart`: the stretch
 * starts the body.
 */
function renderPieces(
  source: string,
  from: number,
  atStart: boolean,
  afterList: boolean,
  line: string,
  atEnd: boolean,
  state: FlowState,
  options: ResolvedRenderOptions,
): Rendered[] | null {
  const pieces = piecesOf(source);
  // Refusals are measured across blank lines too while the pre-check is inside a fence.
  if (pieces.length > 1) {
    const prepared = options.jekyll ? prepareLiquidSource(source) : source;
    if (refusedStretches(prepared).length > 0) return null;
  }
  const out: Rendered[] = [];
  let at = from;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    // micromark drops a byte order mark that starts the text: not one inside the body.
    if ((k > 0 || !atStart) && piece.startsWith(BOM)) return null;
    const lone = renderLoneBlock(piece, options, copied(state));
    if (!lone || (k === 0 && afterList && lone.kind === 'list')) return null;
    const last = k === pieces.length - 1;
    if (
      !(last && atEnd) &&
      !leavesApart(lone.kind, piece, last ? line : firstLine(pieces[k + 1]))
    ) {
      return null;
    }
    advance(state, lone.slugs, []);
    const { html, slugs, kind } = lone;
    out.push({ from: at, to: at + piece.length, source: piece, kind, html, slugs });
    at += piece.length;
  }
  return out;
}

/**
 * Renders the new text of blocks `i..j` (`from`..`to` in `next`) when it keeps apart from its
 * neighbours; otherwise says which neighbour to take in, or null to decline.
 */
function renderStretch(
  shown: ShownDocument,
  next: TextSource,
  i: number,
  j: number,
  to: number,
  options: ResolvedRenderOptions,
): Attempt {
  const { blocks } = shown;
  const from = blocks[i].from;
  const last = shown.blocks.length - 1 - (blocks.at(-1)?.kind === 'footnotes' ? 1 : 0);
  const source = next.slice(from, to);
  const before = i > 0 ? blocks[i - 1] : null;
  const beforeText = before ? shown.body.slice(before.from, before.to) : '';
  const afterList = !!before && touchesList(before.kind, beforeText);
  const line = j < last ? next.slice(to, lineEnd(next, to).end) : '';
  if (line.includes('{:')) return 'right';
  // A list changes how what follows it reads, past a blank line: after a list or indented code
  // an item (after spaces or in a quote too) may join the list, or read as a paragraph and
  // group the lines after it otherwise (see `leavesApart`); after the empty item `-  `,
  // micromark reads the indented code `     a\n     b` as two blocks. The neighbour is then
  // rendered with the stretch, whichever of the two the edit changed.
  const old = blocks[j];
  const oldText = shown.body.slice(old.from, old.to);
  if (
    (INDENTED.test(source) && LIST_LINE.test(beforeText)) ||
    (afterList && LIST_LINE.test(firstLine(source)))
  ) {
    return 'left';
  }
  if (
    (LIST_LINE.test(line) && touchesList(old.kind, oldText)) ||
    (blocks[j + 1]?.kind === 'code' &&
      INDENTED.test(line) &&
      (LIST_LINE.test(source) || LIST_LINE.test(shown.body.slice(from, old.to))))
  ) {
    return 'right';
  }
  if (i > 0 && source.startsWith(BOM)) return null;
  const ids = stateBefore(blocks, i);
  // Most edits leave blocks that a blank line closes: one parse serves the check and the render.
  const pieces = renderPieces(
    source,
    from,
    i === 0,
    afterList,
    line,
    j === last,
    copied(ids),
    options,
  );
  if (pieces) return pieces;
  // Otherwise the stretch is split as a document, with the line after it: that line must start
  // a block of its own there. That is a second parse, so half as many characters are allowed.
  if (2 * source.length > FAST_PATH_MAX_CHARS) return null;
  const probe = j < last ? source + next.slice(to, lineEnd(next, to).next) : source;
  const split: AnalyzedBlock[] = analyzeBlocks(probe, from, options.jekyll);
  if (j < last) {
    // Its kind too: a block reads differently after indented code (see `leavesApart`).
    const after = split.pop();
    if (after?.from !== to || after.kind !== blocks[j + 1].kind) return 'right';
  }
  if (afterList && split[0]?.kind === 'list') return 'left';
  if (split.some((b) => b.definitions.length > 0 || b.footnotes.length > 0)) return null;
  const rendered = renderFragment(split, options, ids);
  if (!rendered || rendered.some((r) => r.refs.length > 0)) return null;
  return split.map(({ from: f, to: t, source: s, kind }, k) => ({
    from: f,
    to: t,
    source: s,
    kind,
    html: rendered[k].html,
    slugs: rendered[k].slugs,
  }));
}

/**
 * Returns true when the refusal pre-check (`refusedStretches`) reads the document's other lines
 * the same before and after the edit of the stretch `oldText` → `newText` at `from`, which
 * starts and ends after blank lines (or at the ends of the body: `atEnd`). Then it matters only
 * whether the pre-check is inside a code fence where the stretch starts and ends: while it is,
 * it neither measures lines nor ends stretches.
 */
function sameFences(
  previous: TextSource,
  oldText: string,
  newText: string,
  from: number,
  atEnd: boolean,
  jekyll: boolean,
): boolean {
  const before = scanFences(oldText, null);
  const after = scanFences(newText, null);
  if (!before.any && !after.any) return true;
  if (!atEnd && (before.fence !== null || after.fence !== null)) return false;
  return fenceOpenIn(previous, from, jekyll) === null;
}

/**
 * Returns the blocks of `next` when it differs from `shown.body` by an edit whose effect stays
 * within a short stretch of blocks, exactly as `renderDocument` would report them; null when
 * the edit may reach further (the caller then waits for a full incremental render).
 */
export function typeIntoBlock(
  shown: ShownDocument,
  next: TextSource,
  options?: RenderOptions,
): ShownBlock[] | null {
  try {
    return typeIntoStretch(shown, next, options);
  } catch (error) {
    // Raw HTML before its parser has loaded (pipeline.ts): the worker renders it.
    if (error instanceof RawHtmlUnavailable) return null;
    throw error;
  }
}

function typeIntoStretch(
  shown: ShownDocument,
  next: TextSource,
  options?: RenderOptions,
): ShownBlock[] | null {
  const previous = shown.body;
  const { blocks } = shown;
  if (previous === next || blocks.length === 0) return null;
  if (next.length > RENDER_LIMITS.maxDocumentChars) return null;
  // A refused block anywhere: the text around it is parsed apart (see the module's note).
  if (blocks.some((b) => isRefusedKind(b.kind))) return null;
  // A byte order mark that starts the body: micromark drops it, but the splitter reads the
  // line it starts as text (`\ufeff~~~` opens no fence for it), and its blocks differ.
  if (previous.charAt(0) === BOM || next.charAt(0) === BOM) return null;
  const { head, tail } = diffTexts(previous, next);
  if (head === previous.length && head === next.length) return null;
  const oldEnd = previous.length - tail;
  const delta = next.length - previous.length;
  const last = blocks.length - 1 - (blocks.at(-1)?.kind === 'footnotes' ? 1 : 0);
  if (last < 0) return null;
  let i = Math.min(rangeIndexAt(blocks, head), last);
  const resolved = resolveOptions(options);
  const spliced = spliceInto(shown, next, i, head, oldEnd, delta, last, resolved.jekyll);
  if (spliced) return assemble(shown, next, i, i, delta, [spliced], resolved);
  // An edit at or before a block's first character may change what the block continues.
  if (i > 0 && head <= firstInk(previous, blocks[i].from, blocks[i].to)) i--;
  let j = Math.max(i, Math.min(rangeIndexAt(blocks, Math.max(head, oldEnd - 1)), last));
  let stretch: Rendered[] | null = null;
  for (let widened = 0; stretch === null; widened++) {
    if (widened > MAX_WIDENINGS) return null;
    // Out to blank lines, or the ends of the body: nothing before or after can reach across.
    while (i > 0 && !endsWithBlankLine(previous, blocks[i - 1].from, blocks[i - 1].to)) {
      if (blocks[j].to + delta - blocks[--i].from > FAST_PATH_MAX_CHARS) return null;
    }
    // The block after must have been apart before the edit too: one read after a line of the
    // stretch (a table's header row after a paragraph's line, say) reads otherwise alone. After
    // a heading or a rule, the next line was read as at the top of a document already.
    while (
      j < last &&
      (!endsWithBlankLine(next, blocks[i].from, blocks[j].to + delta) ||
        (!ENDS_ITS_LINE.has(blocks[j].kind) &&
          !endsWithBlankLine(previous, blocks[i].from, blocks[j].to)))
    ) {
      if (blocks[++j].to + delta - blocks[i].from > FAST_PATH_MAX_CHARS) return null;
    }
    const from = blocks[i].from;
    const to = blocks[j].to + delta;
    if (to - from > FAST_PATH_MAX_CHARS) return null;
    const oldText = previous.slice(from, blocks[j].to);
    const newText = next.slice(from, to);
    if (UNSAFE.test(oldText) || UNSAFE.test(newText)) return null;
    if (!shown.contextFree && (oldText.includes('[') || newText.includes('['))) return null;
    const attempt = renderStretch(shown, next, i, j, to, resolved);
    if (attempt === null) return null;
    if (attempt === 'left') i--;
    else if (attempt === 'right') j++;
    else if (!sameFences(previous, oldText, newText, from, j === last, resolved.jekyll))
      return null;
    else stretch = attempt;
    if (j > last) return null;
  }
  return assemble(shown, next, i, j, delta, stretch, resolved);
}

/**
 * Returns block `i` of `shown` (a paragraph, a list, a quote, a table or a fenced code block) as
 * `next` has it, when the edit `previous[head, oldEnd)` (`delta`: the change of length) is text
 * inside it that `spliceParagraph` or `spliceCode` (`jekyll`: the pre-check reads highlight
 * tags) writes into its HTML without a parse; null otherwise. The block must keep
 * apart from its neighbours as a stretch does (blank lines around it, no attribute list on the
 * line after it), and stay short enough to be previewed.
 */
function spliceInto(
  shown: ShownDocument,
  next: TextSource,
  i: number,
  head: number,
  oldEnd: number,
  delta: number,
  last: number,
  jekyll: boolean,
): Rendered | null {
  const { blocks, body: previous } = shown;
  const block = blocks[i];
  const code = block.kind === 'code';
  if ((!code && !SPLICED_KINDS.has(block.kind)) || oldEnd > block.to) return null;
  const to = block.to + delta;
  // The pre-check counts a line break after each line, the last one's too.
  if (to - block.from >= RENDER_LIMITS.maxBlockChars) return null;
  if (i > 0 && !endsWithBlankLine(previous, blocks[i - 1].from, blocks[i - 1].to)) return null;
  if (i < last) {
    if (!endsWithBlankLine(next, block.from, to)) return null;
    if (next.slice(to, lineEnd(next, to).end).includes('{:')) return null;
  }
  const html = code
    ? spliceCode(previous, next, block, head, oldEnd, jekyll)
    : spliceParagraph(previous, next, block, head, oldEnd, shown.contextFree);
  if (html === null) return null;
  const source = next.slice(block.from, to);
  return { from: block.from, to, source, kind: block.kind, html, slugs: [] };
}

/** How many blocks after the stretch a changed heading id may make the fast path render again. */
const MAX_RENUMBERED = 8;

/**
 * Returns the document's blocks with `i..j` replaced by the stretch's new blocks and the blocks
 * after it moved by `delta`; null when too many blocks after it use a heading id of the stretch
 * (old or new). Those are rendered again, since their ids are numbered across the document (`x`,
 * `x-1`…); blocks that share a key with the stretch, old or new, are numbered again in order.
 */
function assemble(
  shown: ShownDocument,
  next: TextSource,
  i: number,
  j: number,
  delta: number,
  stretch: readonly Rendered[],
  options: ResolvedRenderOptions,
): ShownBlock[] | null {
  const { blocks } = shown;
  const shared = new Set<string>();
  const ids = new Set<string>();
  for (let k = i; k <= j; k++) {
    shared.add(baseKey(blocks[k].key));
    for (const id of blocks[k].slugs ?? []) ids.add(id);
  }
  const keys = stretch.map((block) => blockKey(block.source));
  for (const key of keys) shared.add(key);
  for (const block of stretch) for (const id of block.slugs) ids.add(id);
  let renumber = false;
  const renumbered: number[] = [];
  for (let k = 0; k < blocks.length; k++) {
    if (k === i) k = j + 1;
    if (k >= blocks.length) break;
    const other = blocks[k];
    if (ids.size > 0 && k > j && other.slugs?.some((id) => ids.has(id))) renumbered.push(k);
    renumber ||= shared.has(baseKey(other.key));
  }
  if (renumbered.length > MAX_RENUMBERED) return null;
  const out: ShownBlock[] = blocks.slice(0, i);
  stretch.forEach((block, k) => {
    const { from, to, kind, html, slugs } = block;
    const key = keys[k];
    out.push(
      slugs.length > 0 ? { key, html, from, to, kind, slugs } : { key, html, from, to, kind },
    );
  });
  for (let k = j + 1; k < blocks.length; k++) {
    const moved = { ...blocks[k] };
    moved.from += delta;
    moved.to += delta;
    out.push(moved);
  }
  if (renumbered.length > 0) {
    const shift = stretch.length - (j - i + 1);
    const redone = renderAgain(
      shown,
      next,
      out,
      i,
      renumbered.map((k) => k + shift),
      options,
    );
    if (!redone) return null;
  }
  // Without a twin outside, only the stretch's own blocks can repeat each other's keys.
  return renumber
    ? numbered(out, shared, 0, out.length)
    : numbered(out, shared, i, i + stretch.length);
}

/**
 * Renders again the blocks of `out` at `indices` (after the stretch, which starts at `i`), with
 * the heading ids used before each of them in `out`; false when one of them may depend on the
 * document's definitions. Mutates `out`.
 */
function renderAgain(
  shown: ShownDocument,
  next: TextSource,
  out: ShownBlock[],
  i: number,
  indices: readonly number[],
  options: ResolvedRenderOptions,
): boolean {
  const state = stateBefore(out, i);
  let k = i;
  for (const index of indices) {
    for (; k < index; k++) advance(state, out[k].slugs ?? [], []);
    const block = out[index];
    const source = next.slice(block.from, block.to);
    if (!shown.contextFree && source.includes('[')) return false;
    const [rendered] = renderFragment([{ source, kind: block.kind }], options, copied(state)) ?? [];
    if (!rendered) return false;
    out[index] = { ...block, html: rendered.html };
  }
  return true;
}

/**
 * Returns `blocks` with the keys in `from..to` whose base is in `bases` numbered as
 * `renderDocument` numbers repeated blocks: the first keeps the base, the next get `-1`, `-2`…
 * (mutates `blocks`, whose other keys are already right).
 */
function numbered(
  blocks: ShownBlock[],
  bases: ReadonlySet<string>,
  from: number,
  to: number,
): ShownBlock[] {
  const seen = new Map<string, number>();
  for (let k = from; k < to; k++) {
    const base = baseKey(blocks[k].key);
    if (!bases.has(base)) continue;
    const dup = seen.get(base) ?? 0;
    seen.set(base, dup + 1);
    const key = dup === 0 ? base : `${base}-${dup}`;
    if (blocks[k].key !== key) blocks[k] = { ...blocks[k], key };
  }
  return blocks;
}

/**
 * Sample edits for `warmUpTyping`: plain text in a paragraph (the splice), the inline syntax
 * posts use most, and a list and a split.
 */
export const WARM_UP: readonly (readonly [string, string])[] = [
  [
    'Antes.\n\nUn párrafo de texto, con palabras y 2016.\n\nDespués.\n',
    'Antes.\n\nUn párrafo de textos, con palabras y 2016.\n\nDespués.\n',
  ],
  ['## Un título de texto\n', '## Un título de textos\n'],
  [
    'Una *frase* con `código`, [un enlace](/x) y **más** texto, ¿verdad?\n',
    'Una *frase* con `código`, [un enlace](/x) y **más** textos, ¿verdad?\n',
  ],
  [
    'En 2016 lanzamos <abbr>API</abbr> ~~viejas~~ nuevas: https://ejemplo.cl y ![foto](/a.png).\n',
    'En 2017 lanzamos <abbr>API</abbr> ~~viejas~~ nuevas: https://ejemplo.cl y ![foto](/a.png).\n',
  ],
  ['- uno\n- dos\n\nFin.\n', '- uno\n- dos\n- \n\nFin.\n'],
  ['Uno. Dos.\n\nFin.\n', 'Uno.\n\nDos.\n\nFin.\n'],
  ['```js\nconst a = [1, 2];\n```\n', '```js\nconst ab = [1, 2];\n```\n'],
];

/** The samples' documents as shown, each split and rendered once, when first warmed. */
const warmUpShown: ShownDocument[] = [];

/** Returns `body` as the fast path's renderer shows it: split, and each block rendered. */
function shownSample(body: string): ShownDocument {
  const resolved = resolveOptions();
  const split = analyzeBlocks(body, 0, resolved.jekyll);
  const rendered = renderFragment(split, resolved) ?? [];
  return {
    body,
    contextFree: true,
    blocks: split.map((b, n) => ({
      key: blockKey(b.source),
      html: rendered[n]?.html ?? '',
      from: b.from,
      to: b.to,
      kind: b.kind,
    })),
  };
}

/** Returns sample `k`'s document as shown, split and rendered the first time it is asked for. */
function warmUpDocument(k: number): ShownDocument {
  return (warmUpShown[k] ??= shownSample(WARM_UP[k][0]));
}

/**
 * Runs the fast path's parser and renderer once on sample edit `sample` of `WARM_UP`, or on
 * each of them without one, so that the first key presses do not pay for compiling them (the
 * page calls it a sample per task as the fast path loads, then a round at a time while idle:
 * features/preview/fast-path.ts). A sample's document is split and rendered the first time only.
 * Returns whether the fast path took every sample run (one it declined would warm nothing).
 */
export function warmUpTyping(sample?: number): boolean {
  const samples = sample === undefined ? WARM_UP.map((_, k) => k) : [sample];
  return samples
    .map((k) => {
      try {
        return typeIntoBlock(warmUpDocument(k), WARM_UP[k][1]) !== null;
      } catch (error) {
        // A sample with raw HTML, before its parser has loaded (pipeline.ts): warmed later.
        if (error instanceof RawHtmlUnavailable) return false;
        throw error;
      }
    })
    .every(Boolean);
}
