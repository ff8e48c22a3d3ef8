/**
 * The inline spans (bold, italic, strikethrough, code) at a position, read the way the preview
 * reads them (remark, on the paragraph holding the position), and the empty marker pairs a
 * formatting key leaves at a cursor, which no parser reads as a span.
 */
import type { EditorState } from '@codemirror/state';
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../../core/render/parse';
import { emptyBlockAt, type EmptyBlock } from './empty-block';

/** The kinds of inline span the formatting keys make, named as mdast names them. */
export type MarkKind = 'strong' | 'emphasis' | 'delete' | 'inlineCode';

/** One span: its opening marker [openFrom, openTo) and closing marker [closeFrom, closeTo). */
export interface Span {
  kind: MarkKind;
  openFrom: number;
  openTo: number;
  closeFrom: number;
  closeTo: number;
}

/** The spans touching a position (outer first) and the empty pairs around it (outer first). */
export interface InlineAt {
  spans: Span[];
  empties: Span[];
}

const MARKER_CHARS = '*_~`';
// A paragraph longer than this is read only this far around the position.
const MAX_LINES = 60;

/** Returns whether a character can be part of an inline marker. */
export function isMarkerChar(ch: string): boolean {
  return ch.length === 1 && MARKER_CHARS.includes(ch);
}

/** Returns the range of the paragraph around `pos`: the lines between blank lines. */
function paragraphAround(state: EditorState, pos: number): { from: number; to: number } {
  const { doc } = state;
  let first = doc.lineAt(pos);
  let last = first;
  const blank = (n: number) => doc.line(n).text.trim() === '';
  for (let i = 0; i < MAX_LINES && first.number > 1 && !blank(first.number - 1); i++) {
    first = doc.line(first.number - 1);
  }
  for (let i = 0; i < MAX_LINES && last.number < doc.lines && !blank(last.number + 1); i++) {
    last = doc.line(last.number + 1);
  }
  return { from: first.from, to: last.to };
}

/** Maps offsets in a paragraph's text, with [cut.from, cut.to) taken out, to the document. */
interface Mapping {
  base: number;
  cut: { from: number; to: number } | null;
}

/** Returns the document position of a text offset: a start (`end` false) or an end. */
function toDoc(offset: number, m: Mapping, end: boolean): number {
  const pos = m.base + offset;
  if (!m.cut || pos < m.cut.from || (end && pos === m.cut.from)) return pos;
  return pos + (m.cut.to - m.cut.from);
}

/** Returns the span an mdast node is, with positions in the document, or null. */
function spanOf(node: Nodes, text: string, m: Mapping): Span | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  let openTo: number | undefined;
  let closeFrom: number | undefined;
  if (node.type === 'inlineCode') {
    let n = 0;
    while (text[start + n] === '`') n++;
    [openTo, closeFrom] = [start + n, end - n];
  } else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
    openTo = node.children[0]?.position?.start.offset;
    closeFrom = node.children[node.children.length - 1]?.position?.end.offset;
  }
  if (openTo === undefined || closeFrom === undefined) return null;
  return {
    kind: node.type as MarkKind,
    openFrom: toDoc(start, m, false),
    openTo: toDoc(openTo, m, true),
    closeFrom: toDoc(closeFrom, m, false),
    closeTo: toDoc(end, m, true),
  };
}

/**
 * Returns the spans whose markers or content touch `pos`, outer first, as the paragraph reads
 * with `cut` (a range around `pos`) taken out.
 */
function spansAt(state: EditorState, pos: number, cut: Mapping['cut'] = null): Span[] {
  const { from, to } = paragraphAround(state, pos);
  const text = cut
    ? state.sliceDoc(from, cut.from) + state.sliceDoc(cut.to, to)
    : state.sliceDoc(from, to);
  const at = (cut ? cut.from : pos) - from;
  const mapping = { base: from, cut };
  const out: Span[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start > at || end < at) return;
    const span = spanOf(node, text, mapping);
    if (span) out.push(span);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(text));
  return out;
}

/** Returns the kind and length of the innermost empty pair of `ch` markers a and b can hold. */
function pairOf(ch: string, before: number, after: number): { kind: MarkKind; n: number }[] {
  const n = Math.min(before, after);
  if (ch === '`') return [{ kind: 'inlineCode', n }];
  if (ch === '~') return [{ kind: 'delete', n: Math.min(n, 2) }];
  // `***` is italic inside bold; `**` bold; `*` italic (and so for `_`).
  if (n >= 3)
    return [
      { kind: 'emphasis', n: 1 },
      { kind: 'strong', n: 2 },
    ];
  return [{ kind: n === 2 ? 'strong' : 'emphasis', n }];
}

/**
 * Returns the empty pairs around `pos`: the marker runs on both sides that no span uses, or
 * those of the recorded block.
 */
function emptiesAt(state: EditorState, pos: number, spans: Span[], block?: EmptyBlock): Span[] {
  const used = (p: number) =>
    spans.some((s) => (p >= s.openFrom && p < s.openTo) || (p >= s.closeFrom && p < s.closeTo));
  const line = state.doc.lineAt(pos);
  const at = (p: number) => state.sliceDoc(p, p + 1);
  let bStart = block ? block.from : pos;
  while (!block && bStart > line.from && isMarkerChar(at(bStart - 1)) && !used(bStart - 1)) {
    bStart--;
  }
  let aEnd = block ? block.to : pos;
  while (!block && aEnd < line.to && isMarkerChar(at(aEnd)) && !used(aEnd)) aEnd++;
  const inner: Span[] = [];
  let i = pos;
  let j = pos;
  while (i > bStart && j < aEnd && at(i - 1) === at(j)) {
    const ch = at(j);
    let before = 0;
    while (i - before > bStart && at(i - before - 1) === ch) before++;
    let after = 0;
    while (j + after < aEnd && at(j + after) === ch) after++;
    for (const { kind, n } of pairOf(ch, before, after)) {
      inner.push({ kind, openFrom: i - n, openTo: i, closeFrom: j, closeTo: j + n });
      i -= n;
      j += n;
    }
  }
  return inner.reverse();
}

/**
 * Returns the spans touching `pos` and the empty pairs around it: those a formatting key
 * recorded, or else those the text shows. Empty pairs can make a parser misread the markers next
 * to them (`*á**‸***` reads as no span at all), so the spans are read with them taken out.
 */
export function inlineAt(state: EditorState, pos: number): InlineAt {
  const block = emptyBlockAt(state, pos);
  if (block) {
    return { spans: spansAt(state, pos, block), empties: emptiesAt(state, pos, [], block) };
  }
  const spans = spansAt(state, pos);
  // A marker run split by the cursor is a misreading caused by an empty pair there (`**á*‸***`
  // reads as bold closed by the italic's `*`): then every marker around the cursor is free.
  const split = spans.some(
    (s) => (s.openFrom < pos && pos < s.openTo) || (s.closeFrom < pos && pos < s.closeTo),
  );
  // A span holding nothing but empty pairs (`**~~‸~~**` is bold around `~~~~`) is one too, and
  // its markers may pair with free ones around it.
  let used = split ? [] : spans;
  let empties = emptiesAt(state, pos, used);
  for (;;) {
    const first = empties[0];
    const hull =
      first && used.find((s) => s.openTo === first.openFrom && s.closeFrom === first.closeTo);
    if (!hull) break;
    used = used.filter((s) => s !== hull);
    empties = emptiesAt(state, pos, used);
  }
  if (empties.length === 0) return { spans, empties };
  return {
    spans: spansAt(state, pos, { from: empties[0].openFrom, to: empties[0].closeTo }),
    empties,
  };
}

/** Returns the spans whose content holds `pos` (its edges included), outer first. */
export function enclosing(spans: Span[], pos: number): Span[] {
  return spans.filter((s) => s.openTo <= pos && pos <= s.closeFrom);
}

/**
 * Returns where the chain of closing markers that starts at `from` ends: past those of each span
 * (given outer first, as `enclosing` returns them) that closes where the chain has reached.
 */
export function closersEnd(spans: Span[], from: number): number {
  let end = from;
  for (const s of [...spans].reverse()) if (s.closeFrom === end) end = s.closeTo;
  return end;
}
