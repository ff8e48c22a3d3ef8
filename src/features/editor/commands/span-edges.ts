/**
 * Blanks typed at the edge of a bold (italic, struck, code) span stay outside its markers: a
 * Markdown span cannot start or end with a space (`**muy **` is not bold). A space typed at the
 * end of a span goes after its closing marker while the span stays open for the cursor: the next
 * letter typed moves the marker past it, so `**muy‸**` + ` i` gives `**muy i‸**`, and a
 * formatting key there leaves the span as `**muy** ‸`.
 */
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import { EditorSelection, EditorState, StateEffect, StateField } from '@codemirror/state';
import type { Extension, Transaction, TransactionSpec } from '@codemirror/state';
import { emptyBlock, setEmptyBlock } from './empty-block';
import { enclosing, inlineAt, isMarkerChar } from './inline-spans';

/** A span the cursor is still in although blanks typed after its closing markers precede it. */
export interface PendingSpan {
  /** The closing markers, [closeFrom, closeTo), that the next letter typed moves past it. */
  closeFrom: number;
  closeTo: number;
  /** The cursor's position: after the closing markers and the blanks typed since. */
  cursor: number;
}

const setPending = StateEffect.define<PendingSpan | null>();

/** The effect that ends the pending span (a formatting key decided what the cursor is in). */
export const endPending = setPending.of(null);

/** The span left open for the cursor, while the cursor stays where the typing left it. */
export const pendingSpan = StateField.define<PendingSpan | null>({
  create: () => null,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setPending)) return e.value;
    if (!value || (!tr.docChanged && !tr.selection)) return value;
    if (tr.changes.touchesRange(value.closeFrom, value.cursor)) return null;
    const moved = {
      closeFrom: tr.changes.mapPos(value.closeFrom),
      closeTo: tr.changes.mapPos(value.closeTo),
      cursor: tr.changes.mapPos(value.cursor),
    };
    const sel = tr.state.selection;
    return sel.ranges.length === 1 && sel.main.empty && sel.main.head === moved.cursor
      ? moved
      : null;
  },
});

/** Returns the pending span when a lone cursor stands where it was left, or null. */
export function pendingAt(state: EditorState): PendingSpan | null {
  const pending = state.field(pendingSpan, false);
  const sel = state.selection;
  if (!pending || sel.ranges.length !== 1 || !sel.main.empty) return null;
  return sel.main.head === pending.cursor ? pending : null;
}

/** Returns the single text a transaction types at the start state's lone cursor, or null. */
function typedAtCursor(tr: Transaction): { pos: number; text: string } | null {
  const sel = tr.startState.selection;
  if (sel.ranges.length !== 1 || !sel.main.empty) return null;
  const pos = sel.main.head;
  let text: string | null = null;
  let single = true;
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    if (text !== null || fromA !== pos || toA !== pos) single = false;
    text = inserted.toString();
  });
  return single && text ? { pos, text } : null;
}

/**
 * Returns whether typing at `pos` could be at a span's edge: a marker character is next to it,
 * outside code blocks and the front matter, where `*` and `` ` `` are not Markdown.
 */
function nearMarker(state: EditorState, pos: number): boolean {
  if (!isMarkerChar(state.sliceDoc(pos - 1, pos)) && !isMarkerChar(state.sliceDoc(pos, pos + 1))) {
    return false;
  }
  const tree = ensureSyntaxTree(state, pos, 20) ?? syntaxTree(state);
  for (let node = tree.resolveInner(pos, -1); node.parent; node = node.parent) {
    if (/^(Frontmatter|FencedCode|CodeBlock|HTMLBlock|CommentBlock)$/.test(node.name)) return false;
  }
  return true;
}

/** Returns the range of the empty pairs around `pos` (empty at `pos` when there are none). */
function emptyRange(state: EditorState, pos: number): { from: number; to: number } {
  const first = inlineAt(state, pos).empties[0];
  return first ? { from: first.openFrom, to: first.closeTo } : { from: pos, to: pos };
}

/** Returns the edit that types `blanks` at `pos` outside the markers there, or null. */
function blanksOutside(state: EditorState, pos: number, blanks: string): TransactionSpec | null {
  const { spans, empties } = inlineAt(state, pos);
  const around = [...enclosing(spans, pos)].reverse();
  const pairs = empties[0] ? { from: empties[0].openFrom, to: empties[0].closeTo } : null;
  // At the end of spans: type after their closing markers and keep them open for the cursor;
  // empty pairs at the cursor move along, after the blanks.
  let end = pairs ? pairs.to : pos;
  for (const s of around) if (s.closeFrom === end) end = s.closeTo;
  if (end > (pairs ? pairs.to : pos)) {
    const moved = pairs ? state.sliceDoc(pairs.from, pairs.to) : '';
    const closeFrom = pairs ? pairs.from : pos;
    const closeTo = closeFrom + end - (pairs ? pairs.to : pos);
    const cursor = closeTo + blanks.length + (pairs ? pos - pairs.from : 0);
    return {
      changes: [
        ...(pairs ? [{ from: pairs.from, to: pairs.to }] : []),
        { from: end, insert: blanks + moved },
      ],
      selection: EditorSelection.cursor(cursor),
      effects: [
        setPending.of({ closeFrom, closeTo, cursor }),
        setEmptyBlock.of(
          pairs ? { from: cursor - (pos - pairs.from), to: cursor + pairs.to - pos } : null,
        ),
      ],
    };
  }
  // After opening markers (of empty pairs, then of spans starting here): type before them.
  let start = pairs ? pairs.from : pos;
  for (const s of around) if (s.openTo === start) start = s.openFrom;
  if (start === pos) return null;
  return {
    changes: { from: start, insert: blanks },
    selection: EditorSelection.cursor(pos + blanks.length),
  };
}

/**
 * Returns the edit that types `text` in the pending span: its closing markers move past it (and
 * past the empty pairs the cursor is in).
 */
function typeInPending(state: EditorState, pending: PendingSpan, text: string): TransactionSpec {
  const closers = state.sliceDoc(pending.closeFrom, pending.closeTo);
  const gap = pending.closeTo - pending.closeFrom;
  const after = emptyRange(state, pending.cursor).to;
  return {
    changes: [
      { from: pending.closeFrom, to: pending.closeTo },
      { from: pending.cursor, insert: text },
      { from: after, insert: closers },
    ],
    selection: EditorSelection.cursor(pending.cursor - gap + text.length),
    effects: setPending.of(null),
  };
}

/** Returns the edit that types more blanks at a pending span's cursor, before any empty pairs. */
function moreBlanks(state: EditorState, pending: PendingSpan, blanks: string): TransactionSpec {
  const cursor = pending.cursor + blanks.length;
  return {
    changes: { from: emptyRange(state, pending.cursor).from, insert: blanks },
    selection: EditorSelection.cursor(cursor),
    effects: setPending.of({ ...pending, cursor }),
  };
}

/** Rewrites a typing transaction at a span's edge; leaves every other transaction alone. */
function filter(tr: Transaction): Transaction | TransactionSpec {
  if (!tr.docChanged || !tr.isUserEvent('input.type') || tr.isUserEvent('input.type.compose')) {
    return tr;
  }
  const typed = typedAtCursor(tr);
  if (!typed) return tr;
  const state = tr.startState;
  const pending = pendingAt(state);
  let spec: TransactionSpec | null = null;
  if (/^[ \t]+$/.test(typed.text)) {
    if (pending) spec = moreBlanks(state, pending, typed.text);
    else if (nearMarker(state, typed.pos)) spec = blanksOutside(state, typed.pos, typed.text);
  } else if (pending) {
    spec = typeInPending(state, pending, typed.text);
  }
  return spec ? { ...spec, userEvent: 'input.type', scrollIntoView: true } : tr;
}

/** Returns the extension that keeps typed blanks outside span markers (see the module doc). */
export function spanEdges(): Extension {
  return [pendingSpan, emptyBlock, EditorState.transactionFilter.of(filter)];
}
