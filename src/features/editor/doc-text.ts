import type { ChangeSet, EditorState } from '@codemirror/state';
import type { EditedText } from '../../core/edited-text';

/**
 * Returns the text of `state`'s document as `state.sliceDoc()` gives it, given `previous`, the
 * text of `startState`'s, and the `changes` between them. With "\n" as the line break a position
 * in the document is an offset in the text, so the new text is the old one with the changed
 * ranges replaced, where `sliceDoc()` joins each of the document's thousands of lines. Given the
 * `EditedText` class (edited-text.ts, which loads with the parser, after the editor shows), it is
 * an edited text that copies only the stretch typed in; before, a string of the old text's
 * pieces, which is copied whole once read (about 2 ms a key press in a 50,000-word post). Other
 * line breaks read the document.
 */
export function textAfter(
  previous: string | EditedText,
  startState: EditorState,
  state: EditorState,
  changes: ChangeSet,
  Edited?: typeof EditedText,
): string | EditedText {
  if (
    startState.lineBreak !== '\n' ||
    state.lineBreak !== '\n' ||
    previous.length !== startState.doc.length
  ) {
    return state.sliceDoc();
  }
  let text: string | EditedText;
  if (Edited) {
    const replaced: [number, number, string][] = [];
    changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
      replaced.push([fromA, toA, inserted.sliceString(0, inserted.length, '\n')]);
    });
    // From the last change back, so that the start document's positions still hold.
    let edited = typeof previous === 'string' ? Edited.of(previous) : previous;
    for (let i = replaced.length - 1; i >= 0; i--) edited = edited.edit(...replaced[i]);
    text = edited;
  } else {
    const before = previous.toString();
    let joined = '';
    let at = 0;
    changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
      joined += before.slice(at, fromA) + inserted.sliceString(0, inserted.length, '\n');
      at = toA;
    });
    text = joined + before.slice(at);
  }
  return text.length === state.doc.length ? text : state.sliceDoc();
}
