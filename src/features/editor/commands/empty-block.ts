/**
 * Where the empty marker pairs a formatting key left at the cursor are (`**‸**`, `**~~‸~~**`).
 * Their text alone can be ambiguous (`**á*‸***`: is the `*` before the cursor italic opening, or
 * half of the bold's closing `**`?), so the keys that make them say where they are, and the
 * editor keeps it while the cursor stays between them.
 */
import { StateEffect, StateField, type EditorState } from '@codemirror/state';

/** The range of the empty pairs: openers in [from, cursor), closers in [cursor, to). */
export interface EmptyBlock {
  from: number;
  to: number;
}

/** The effect that records (or, with null, forgets) the empty pairs around the cursor. */
export const setEmptyBlock = StateEffect.define<EmptyBlock | null>();

/** The empty pairs around the lone cursor, forgotten once typing fills them or the cursor goes. */
export const emptyBlock = StateField.define<EmptyBlock | null>({
  create: () => null,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setEmptyBlock)) return e.value;
    if (!value || (!tr.docChanged && !tr.selection)) return value;
    let inside = false;
    tr.changes.iterChangedRanges((fromA, toA) => {
      if (fromA < value.to && toA > value.from && !(fromA === toA && fromA === value.from)) {
        inside = true;
      }
      if (fromA === toA && fromA > value.from && fromA < value.to) inside = true;
    });
    if (inside) return null;
    const moved = { from: tr.changes.mapPos(value.from, 1), to: tr.changes.mapPos(value.to, -1) };
    const sel = tr.state.selection;
    const head = sel.main.head;
    const lone = sel.ranges.length === 1 && sel.main.empty;
    return lone && head > moved.from && head < moved.to ? moved : null;
  },
});

/** Returns the recorded empty pairs around a lone cursor at `pos`, or null. */
export function emptyBlockAt(state: EditorState, pos: number): EmptyBlock | null {
  const block = state.field(emptyBlock, false);
  const sel = state.selection;
  if (!block || sel.ranges.length !== 1 || !sel.main.empty || sel.main.head !== pos) return null;
  return block.from < pos && pos < block.to ? block : null;
}
