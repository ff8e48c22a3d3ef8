/**
 * Fenced code blocks as a StateCommand that toggles: fences are added around the selected lines,
 * or removed when the selection sits inside (or spans) a fenced block.
 */
import { EditorSelection } from '@codemirror/state';
import type { ChangeSet, EditorState, Line, SelectionRange, StateCommand } from '@codemirror/state';

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Returns the first and last lines a selection covers (a trailing line start not counted). */
function lineSpan(state: EditorState, range: SelectionRange): [Line, Line] {
  const first = state.doc.lineAt(range.from);
  let last = state.doc.lineAt(range.to);
  if (range.to > range.from && last.from === range.to && last.number > first.number) {
    last = state.doc.line(last.number - 1);
  }
  return [first, last];
}

/** Returns whether `line` closes a block opened by `open` (same character, at least as long). */
function closes(line: Line, open: string): boolean {
  const m = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/.exec(line.text);
  return !!m && m[1][0] === open[0] && m[1].length >= open.length;
}

/**
 * Returns the opening and closing fence lines of the fenced block holding both lines (fences
 * included), or null when they are not inside one block. Scans from the top because only the
 * fences before a line tell whether it is code.
 */
function enclosingBlock(state: EditorState, first: Line, last: Line): [Line, Line] | null {
  let open: Line | null = null;
  let marker = '';
  for (let n = 1; n <= state.doc.lines; n++) {
    const line = state.doc.line(n);
    if (!open) {
      // No block open by the first line: whatever opens later does not hold it.
      if (n > first.number) return null;
      const m = FENCE.exec(line.text);
      if (m) [open, marker] = [line, m[1]];
    } else if (closes(line, marker)) {
      if (n >= last.number) return [open, line];
      open = null;
    }
  }
  return null;
}

/** Returns where a selection lands once its lines are fenced: on the same text, inside. */
function wrappedRange(
  range: SelectionRange,
  changes: ChangeSet,
  emptyLine: boolean,
  fence: string,
): SelectionRange {
  // On an empty line both fences go in at one position: put the cursor on the line between.
  if (emptyLine) return EditorSelection.cursor(range.from + fence.length + 1);
  const from = changes.mapPos(range.from, 1);
  const to = changes.mapPos(range.to, -1);
  if (range.empty) return EditorSelection.cursor(from <= to ? from : to);
  return range.anchor <= range.head
    ? EditorSelection.range(from, to)
    : EditorSelection.range(to, from);
}

/**
 * Toggles a fenced code block (```) around the lines of each selection. The fence is made
 * longer than any backtick fence inside the lines, so existing fences stay code. An empty line
 * becomes an empty block with the cursor inside.
 */
export const toggleCodeBlock: StateCommand = ({ state, dispatch }) => {
  const spec = state.changeByRange((range) => {
    const [first, last] = lineSpan(state, range);
    const fences = enclosingBlock(state, first, last);
    if (fences) {
      const [open, close] = fences;
      // Adjacent fences (an empty block) go in one deletion so the two do not overlap.
      const changes = state.changes(
        close.number === open.number + 1
          ? { from: open.from, to: close.to }
          : [
              { from: open.from, to: open.to + 1 },
              { from: close.from - 1, to: close.to },
            ],
      );
      return {
        changes,
        range: EditorSelection.range(changes.mapPos(range.anchor), changes.mapPos(range.head)),
      };
    }
    const inner = state.sliceDoc(first.from, last.to);
    const longest = Math.max(2, ...[...inner.matchAll(/^[ \t]*(`{3,})/gm)].map((m) => m[1].length));
    const fence = '`'.repeat(longest + 1);
    const changes = state.changes([
      { from: first.from, insert: `${fence}\n` },
      { from: last.to, insert: `\n${fence}` },
    ]);
    return { changes, range: wrappedRange(range, changes, first.from === last.to, fence) };
  });
  dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};
