/**
 * A formatting key (Ctrl+B, Ctrl+I…) pressed with nothing selected, as in the editors writers
 * know: the first press opens the format with the cursor between its markers, the next one
 * leaves it, past the closing marker. Only what is typed next changes; the other formats at the
 * cursor stay on.
 */
import { EditorSelection } from '@codemirror/state';
import type { ChangeSet, EditorState, StateCommand } from '@codemirror/state';
import { open, toggleOff, wordInside, type CursorEdit } from './cursor-off';
import { emptyBlockAt, setEmptyBlock, type EmptyBlock } from './empty-block';
import { enclosing, inlineAt, type MarkKind } from './inline-spans';
import { endPending, pendingAt, settleComposed } from './pending-span';

const MARKERS: Record<MarkKind, string> = {
  strong: '**',
  emphasis: '*',
  delete: '~~',
  inlineCode: '`',
};

/** Returns the marker (`**`, `*`, `~~`, `` ` ``) a kind of span is made with. */
export function markerOf(kind: MarkKind): string {
  return MARKERS[kind];
}

/**
 * Returns what toggling `kind` does at a cursor at `pos`, or null when it does nothing there
 * (bold inside the middle of code, say).
 */
export function toggleAtCursor(state: EditorState, pos: number, kind: MarkKind): CursorEdit | null {
  const { spans, empties } = inlineAt(state, pos);
  const marker = MARKERS[kind];
  const k = marker.length;
  // The empty pairs around the cursor, grown by `n` characters after this key.
  const block = (n: number) =>
    empties.length
      ? { from: empties[0].openFrom, to: empties[0].closeTo + n }
      : { from: pos, to: pos + n };
  const empty = empties.find((s) => s.kind === kind);
  if (empty) {
    const n = empty.openTo - empty.openFrom;
    return {
      changes: [
        { from: empty.openFrom, to: empty.openTo },
        { from: empty.closeFrom, to: empty.closeTo },
      ],
      cursor: pos - n,
      empty: empties.length > 1 ? block(-2 * n) : undefined,
    };
  }
  const around = enclosing(spans, pos);
  const own = [...around].reverse().find((s) => s.kind === kind);
  if (own) return toggleOff(state, pos, own, around.slice(around.indexOf(own) + 1), empties);
  if (kind !== 'inlineCode') {
    const emptyCode = empties.find((s) => s.kind === 'inlineCode');
    if (emptyCode) {
      const changes = [
        { from: emptyCode.openFrom, insert: marker },
        { from: emptyCode.closeTo, insert: marker },
      ];
      return { changes, cursor: pos + k, empty: block(2 * k) };
    }
    const code = around.find((s) => s.kind === 'inlineCode');
    if (code) {
      if (pos !== code.closeFrom) return null;
      const tick = open(state, code);
      const insert = marker + tick + tick + marker;
      return {
        changes: [{ from: code.closeTo, insert }],
        cursor: code.closeTo + k + tick.length,
        empty: { from: code.closeTo, to: code.closeTo + insert.length },
      };
    }
  }
  if (empties.length === 0) {
    const before = spans.find((s) => s.kind === kind && s.closeTo === pos);
    if (before) return { changes: [], cursor: before.closeFrom };
    const word = wordInside(state, pos);
    if (word) {
      const changes = [
        { from: word.from, insert: marker },
        { from: word.to, insert: marker },
      ];
      return { changes, cursor: pos + marker.length };
    }
  }
  return {
    changes: [{ from: pos, insert: marker + marker }],
    cursor: pos + k,
    empty: block(2 * k),
  };
}

/** Returns the markers that open again the spans whose closing markers are `closers`. */
function openersOf(closers: string): string {
  return (closers.match(/(.)\1*/g) ?? []).reverse().join('');
}

/**
 * Toggles `kind` at the lone cursor and records the empty pairs it leaves there. A span left
 * open for the cursor after blanks typed at its end (`**muy** ‸`) opens again at the cursor
 * first (or takes in what was composed since); then the key acts there as anywhere else.
 * Returns false when the key does nothing.
 */
export function toggleLoneCursor(
  state: EditorState,
  dispatch: Parameters<StateCommand>[0]['dispatch'],
  kind: MarkKind,
): boolean {
  let pos = state.selection.main.head;
  let base = state;
  let reopened: { changes: ChangeSet; block: EmptyBlock | null } | null = null;
  const pending = pendingAt(state);
  // Text composed after the span's blanks goes into it first; else the span opens again here.
  const settle = pending && settleComposed(state, pending);
  if (settle) {
    const tr = state.update(settle);
    const head = tr.state.selection.main.head;
    [base, pos, reopened] = [tr.state, head, { changes: tr.changes, block: null }];
  } else if (pending) {
    const closers = state.sliceDoc(pending.closeFrom, pending.closeTo);
    const openers = openersOf(closers);
    const size = openers.length + closers.length;
    // Around the empty pairs already there, so that code stays innermost.
    const around = emptyBlockAt(state, pos) ?? { from: pos, to: pos };
    const block = { from: around.from, to: around.to + size };
    const tr = state.update({
      changes: [
        { from: around.from, insert: openers },
        { from: around.to, insert: closers },
      ],
      selection: EditorSelection.cursor(pos + openers.length),
      effects: [endPending, setEmptyBlock.of(block)],
    });
    [base, pos, reopened] = [tr.state, pos + openers.length, { changes: tr.changes, block }];
  }
  const edit = toggleAtCursor(base, pos, kind);
  if (!edit && !reopened) return false;
  let changes = base.changes(edit ? edit.changes : []);
  if (reopened) changes = reopened.changes.compose(changes);
  dispatch(
    state.update({
      changes,
      selection: EditorSelection.cursor(edit ? edit.cursor : pos),
      effects: [endPending, setEmptyBlock.of(edit ? (edit.empty ?? null) : reopened!.block)],
      scrollIntoView: true,
      userEvent: 'input.format',
    }),
  );
  return true;
}
