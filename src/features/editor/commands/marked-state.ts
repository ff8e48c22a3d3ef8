/**
 * Editor states written as marked strings, for tests and examples of the commands: `‸` is a
 * cursor, `⟨…⟩` a selection from anchor to head, `⟩…⟨` one selected backwards.
 */
import { EditorSelection, EditorState } from '@codemirror/state';
import type { Extension, SelectionRange, StateCommand, Transaction } from '@codemirror/state';
import { parsedUpTo } from './parsed-state';

const MARKS = /[‸⟨⟩]/g;

/**
 * Returns an EditorState with the document and selections the marked string describes, and the
 * given extensions (a language, the editor's typing filters).
 */
export function stateFromMarked(marked: string, extensions: Extension = []): EditorState {
  const ranges: SelectionRange[] = [];
  let doc = '';
  let open: { pos: number; mark: string } | null = null;
  let last = 0;
  for (const m of marked.matchAll(MARKS)) {
    doc += marked.slice(last, m.index);
    last = m.index + 1;
    const pos = doc.length;
    if (m[0] === '‸') ranges.push(EditorSelection.cursor(pos));
    else if (!open) open = { pos, mark: m[0] };
    else {
      // ⟨ then ⟩ selects forwards; ⟩ then ⟨ backwards (the head comes first).
      ranges.push(
        open.mark === '⟨'
          ? EditorSelection.range(open.pos, pos)
          : EditorSelection.range(pos, open.pos),
      );
      open = null;
    }
  }
  doc += marked.slice(last);
  if (ranges.length === 0) ranges.push(EditorSelection.cursor(0));
  const state = EditorState.create({
    doc,
    selection: EditorSelection.create(ranges),
    extensions: [EditorState.allowMultipleSelections.of(true), extensions],
  });
  // A busy machine may not finish the first parse in its time slice: finish it, as a view would.
  return parsedUpTo(state, state.doc.length, 10_000);
}

/** Returns the state's document with its selections marked as `stateFromMarked` reads them. */
export function markedFromState(state: EditorState): string {
  const marks: { pos: number; mark: string }[] = [];
  for (const r of state.selection.ranges) {
    if (r.empty) marks.push({ pos: r.head, mark: '‸' });
    else if (r.anchor < r.head) marks.push({ pos: r.from, mark: '⟨' }, { pos: r.to, mark: '⟩' });
    else marks.push({ pos: r.from, mark: '⟩' }, { pos: r.to, mark: '⟨' });
  }
  const doc = state.doc.toString();
  let out = '';
  let last = 0;
  for (const { pos, mark } of marks.sort((a, b) => a.pos - b.pos)) {
    out += doc.slice(last, pos) + mark;
    last = pos;
  }
  return out + doc.slice(last);
}

/** Returns the transaction a command dispatches on the state, or null when it dispatches none. */
export function runCommand(command: StateCommand, state: EditorState): Transaction | null {
  let tr: Transaction | null = null;
  command({ state, dispatch: (t) => (tr = t) });
  return tr;
}

/** Returns the marked string after running a command `times` times on a marked string. */
export function applyMarked(
  command: StateCommand,
  marked: string,
  times = 1,
  extensions: Extension = [],
): string {
  let state = stateFromMarked(marked, extensions);
  for (let i = 0; i < times; i++) {
    const tr = runCommand(command, state);
    if (tr) state = tr.state;
  }
  return markedFromState(state);
}

/**
 * Returns the state after typing `text` at its cursors one character at a time, each as the
 * browser's input would be (user event `input.type`), so that transaction filters see them.
 */
export function typeInto(state: EditorState, text: string): EditorState {
  for (const ch of text) {
    state = state.update(state.replaceSelection(ch), { userEvent: 'input.type' }).state;
  }
  return state;
}

/** Returns the state after running a command (unchanged when the command does nothing). */
export function press(command: StateCommand, state: EditorState): EditorState {
  return runCommand(command, state)?.state ?? state;
}
