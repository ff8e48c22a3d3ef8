/**
 * Line-prefix Markdown (headings, bulleted and numbered lists, quotes) as StateCommands that
 * toggle: when every line already has the prefix it is removed, otherwise it is set.
 */
import { EditorSelection } from '@codemirror/state';
import type { ChangeSpec, EditorState, Line, StateCommand } from '@codemirror/state';

const HEADING = /^(#{1,6})(?:[ \t]+|$)/;
const BULLET = /^([ \t]*)[-*+][ \t]+/;
const NUMBERED = /^([ \t]*)\d{1,9}[.)][ \t]+/;
const QUOTE = /^[ \t]{0,3}>[ \t]?/;

/** Returns the lines the selections touch, each once, in document order. */
function selectedLines(state: EditorState): Line[] {
  const seen = new Map<number, Line>();
  for (const range of state.selection.ranges) {
    // A selection ending at the very start of a line does not take that line in.
    const end =
      range.to > range.from && state.doc.lineAt(range.to).from === range.to
        ? range.to - 1
        : range.to;
    for (let pos = range.from; pos <= end;) {
      const line = state.doc.lineAt(pos);
      seen.set(line.number, line);
      pos = line.to + 1;
    }
  }
  return [...seen.values()].sort((a, b) => a.from - b.from);
}

/** Returns the lines to prefix: the non-blank ones, or all when every line is blank. */
function contentLines(lines: Line[]): Line[] {
  const filled = lines.filter((l) => l.text.trim() !== '');
  return filled.length ? filled : lines;
}

/** Dispatches `changes` keeping cursors after any prefix inserted where they stood. */
function apply(
  state: EditorState,
  dispatch: Parameters<StateCommand>[0]['dispatch'],
  changes: ChangeSpec[],
) {
  const set = state.changes(changes);
  dispatch(
    state.update({
      changes: set,
      selection: EditorSelection.create(
        state.selection.ranges.map((r) => {
          // A cursor moves past a marker inserted where it stands; a selection takes it in.
          if (r.empty) return EditorSelection.cursor(set.mapPos(r.head, 1));
          const [from, to] = [set.mapPos(r.from, -1), set.mapPos(r.to, 1)];
          return r.anchor < r.head
            ? EditorSelection.range(from, to)
            : EditorSelection.range(to, from);
        }),
        state.selection.mainIndex,
      ),
      scrollIntoView: true,
      userEvent: 'input.format',
    }),
  );
  return true;
}

/**
 * Returns a StateCommand that makes the selected lines headings of `level` (1-6), replaces a
 * heading of another level, and removes the heading when every line already has this level.
 */
export function toggleHeading(level: number): StateCommand {
  const marks = '#'.repeat(level);
  return ({ state, dispatch }) => {
    const lines = contentLines(selectedLines(state));
    const all = lines.every((l) => HEADING.exec(l.text)?.[1] === marks);
    const changes = lines.map((l) => {
      const old = HEADING.exec(l.text)?.[0] ?? '';
      return { from: l.from, to: l.from + old.length, insert: all ? '' : `${marks} ` };
    });
    return apply(state, dispatch, changes);
  };
}

/**
 * Returns a StateCommand that turns the selected lines into list items — `- ` bullets or `1. `,
 * `2. `… numbered from 1 in order — replacing the other kind of marker and keeping the indent,
 * or removes the markers when every line already is an item of this kind.
 */
function toggleList(numbered: boolean): StateCommand {
  const same = numbered ? NUMBERED : BULLET;
  const other = numbered ? BULLET : NUMBERED;
  return ({ state, dispatch }) => {
    const lines = contentLines(selectedLines(state));
    const all = lines.every((l) => same.test(l.text));
    const changes = lines.map((l, i) => {
      const m = same.exec(l.text) ?? other.exec(l.text);
      const indent = m ? m[1] : (/^[ \t]*/.exec(l.text)?.[0] ?? '');
      const to = l.from + (m ? m[0].length : indent.length);
      const marker = numbered ? `${i + 1}. ` : '- ';
      return { from: l.from + indent.length, to, insert: all ? '' : marker };
    });
    return apply(state, dispatch, changes);
  };
}

/** Toggles `- ` bullets on the selected lines. */
export const toggleBulletList = toggleList(false);
/** Toggles `1. ` numbering on the selected lines, renumbering them 1, 2, 3… */
export const toggleNumberedList = toggleList(true);

/**
 * Toggles `> ` quoting on the selected lines; blank lines between them get a bare `>` so the
 * quote stays one block. Removes one level when every line is already quoted.
 */
export const toggleQuote: StateCommand = ({ state, dispatch }) => {
  const lines = selectedLines(state);
  const all = lines.every((l) => QUOTE.test(l.text));
  const changes = lines.map((l) => {
    if (all) return { from: l.from, to: l.from + QUOTE.exec(l.text)![0].length };
    return { from: l.from, insert: l.text === '' && lines.length > 1 ? '>' : '> ' };
  });
  return apply(state, dispatch, changes);
};
