/**
 * Blanks typed at the edge of a bold (italic, struck, code) span stay outside its markers: a
 * Markdown span cannot start or end with a space (`**muy **` is not bold). A space typed at the
 * end of a span goes after its closing marker while the span stays open for the cursor: the next
 * letter typed moves the marker past it, so `**muy‸**` + ` i` gives `**muy i‸**`, and a
 * formatting key there leaves the span as `**muy** ‸`.
 */
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import { EditorSelection, EditorState } from '@codemirror/state';
import type { Extension, Transaction, TransactionSpec } from '@codemirror/state';
import { emptyBlock, setEmptyBlock } from './empty-block';
import { closersEnd, enclosing, inlineAt, isMarkerChar } from './inline-spans';
import {
  pendingAt,
  pendingSpan,
  setPending,
  settleComposed,
  type PendingSpan,
} from './pending-span';

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
  const around = enclosing(spans, pos);
  const pairs = empties[0] ? { from: empties[0].openFrom, to: empties[0].closeTo } : null;
  // At the end of spans: type after their closing markers and keep them open for the cursor;
  // empty pairs at the cursor move along, after the blanks.
  const end = closersEnd(around, pairs ? pairs.to : pos);
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
  for (const s of [...around].reverse()) if (s.openTo === start) start = s.openFrom;
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
  const gap = closers.length;
  return {
    changes: [
      { from: pending.closeFrom, to: pending.closeTo },
      { from: pending.cursor, insert: text },
      { from: emptyRange(state, pending.cursor).to, insert: closers },
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

/** Returns how typing `text` at the lone cursor of `state` is rewritten, or null if it is not. */
function rewrite(state: EditorState, pos: number, text: string): TransactionSpec | null {
  const pending = pendingAt(state);
  const blank = /^[ \t]+$/.test(text);
  if (pending && pos === pending.cursor) {
    return blank ? moreBlanks(state, pending, text) : typeInPending(state, pending, text);
  }
  if (pending) {
    // Text composed since goes into the span first; then the typing is taken as anywhere else.
    const settled = state.update(settleComposed(state, pending)!);
    const at = settled.state.selection.main.head;
    const then = (blank &&
      nearMarker(settled.state, at) &&
      blanksOutside(settled.state, at, text)) || {
      changes: { from: at, insert: text },
      selection: EditorSelection.cursor(at + text.length),
    };
    const next = settled.state.update(then);
    return {
      changes: settled.changes.compose(next.changes),
      selection: next.selection,
      effects: next.effects.some((e) => e.is(setPending))
        ? next.effects
        : [...next.effects, setPending.of(null)],
    };
  }
  return blank && nearMarker(state, pos) ? blanksOutside(state, pos, text) : null;
}

/** Rewrites a typing transaction at a span's edge; leaves every other transaction alone. */
function filter(tr: Transaction): Transaction | TransactionSpec {
  if (!tr.docChanged || !tr.isUserEvent('input.type') || tr.isUserEvent('input.type.compose')) {
    return tr;
  }
  const typed = typedAtCursor(tr);
  const spec = typed && rewrite(tr.startState, typed.pos, typed.text);
  return spec ? { ...spec, userEvent: 'input.type', scrollIntoView: true } : tr;
}

/** Returns the extension that keeps typed blanks outside span markers (see the module doc). */
export function spanEdges(): Extension {
  return [pendingSpan, emptyBlock, EditorState.transactionFilter.of(filter)];
}
