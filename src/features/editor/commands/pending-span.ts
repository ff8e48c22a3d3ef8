/**
 * A span left open for the cursor: after a blank typed at the end of a bold (italic…) span went
 * past its closing markers (`**muy** ‸`), the writer is still typing in the span. The editor
 * keeps it while the cursor stays there, or at the end of text composed since (dead keys and
 * input methods type through composition, which the typing filters leave alone).
 */
import { EditorSelection, StateEffect, StateField } from '@codemirror/state';
import type { EditorState, TransactionSpec } from '@codemirror/state';
import { enclosing, inlineAt, isMarkerChar } from './inline-spans';

/** A span the cursor is still in although blanks typed after its closing markers precede it. */
export interface PendingSpan {
  /** The closing markers, [closeFrom, closeTo), that the next letter typed moves past it. */
  closeFrom: number;
  closeTo: number;
  /** The cursor's position: after the closing markers and the blanks typed since. */
  cursor: number;
}

/** The effect that records (or, with null, ends) the pending span. */
export const setPending = StateEffect.define<PendingSpan | null>();

/** The effect that ends the pending span (a formatting key decided what the cursor is in). */
export const endPending = setPending.of(null);

/** Returns whether the lone cursor is where the pending span left it, or after text composed. */
function holds(state: EditorState, pending: PendingSpan): boolean {
  const sel = state.selection;
  if (sel.ranges.length !== 1 || !sel.main.empty) return false;
  const head = sel.main.head;
  if (head === pending.cursor) return true;
  const composed = state.sliceDoc(pending.cursor, head);
  // Composed text ends at the cursor: only blanks or markers may follow.
  const next = state.sliceDoc(head, head + 1);
  const free = next === '' || /\s/.test(next) || isMarkerChar(next);
  return head > pending.cursor && /^\S+$/.test(composed) && !composed.includes('\n') && free;
}

/** The span left open for the cursor, while the cursor stays where the typing left it. */
export const pendingSpan = StateField.define<PendingSpan | null>({
  create: () => null,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setPending)) return e.value;
    if (!value || (!tr.docChanged && !tr.selection)) return value;
    const composing = tr.isUserEvent('input.type.compose');
    let touched = false;
    tr.changes.iterChangedRanges((fromA, toA) => {
      if (composing ? fromA < value.cursor : fromA <= value.cursor && toA >= value.closeFrom) {
        touched = true;
      }
    });
    if (touched) return null;
    const moved = {
      closeFrom: tr.changes.mapPos(value.closeFrom),
      closeTo: tr.changes.mapPos(value.closeTo),
      cursor: tr.changes.mapPos(value.cursor, -1),
    };
    return holds(tr.state, moved) ? moved : null;
  },
});

/** Returns the pending span when a lone cursor stands where it was left, or null. */
export function pendingAt(state: EditorState): PendingSpan | null {
  const pending = state.field(pendingSpan, false);
  return pending && holds(state, pending) ? pending : null;
}

/**
 * Returns the edit that moves a pending span's closing markers past text composed after its
 * blanks, and past the markers the text was composed in (`**muy** é‸` → `**muy é‸**`,
 * `~~ñ~~ **á‸**` → `~~ñ **á‸**~~`), or null when nothing was composed.
 */
export function settleComposed(state: EditorState, pending: PendingSpan): TransactionSpec | null {
  const head = state.selection.main.head;
  if (head === pending.cursor) return null;
  const { spans, empties } = inlineAt(state, head);
  let end = empties[0] ? empties[0].closeTo : head;
  // Spans opened after the pending one closed were typed in: it closes after them.
  for (const s of [...enclosing(spans, head)].reverse()) {
    if (s.openFrom >= pending.closeTo && s.closeFrom === end) end = s.closeTo;
  }
  const closers = state.sliceDoc(pending.closeFrom, pending.closeTo);
  return {
    changes: [
      { from: pending.closeFrom, to: pending.closeTo },
      { from: end, insert: closers },
    ],
    selection: EditorSelection.cursor(head - closers.length),
    effects: setPending.of(null),
  };
}

/**
 * Returns the edit to make once a composition has ended (the view calls it): text composed in a
 * pending span moves into it. Null when there is nothing to do.
 */
export function afterComposition(state: EditorState): TransactionSpec | null {
  const pending = pendingAt(state);
  const spec = pending && settleComposed(state, pending);
  return spec ? { ...spec, userEvent: 'input.type' } : null;
}
