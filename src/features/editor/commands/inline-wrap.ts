/**
 * Inline Markdown wraps (bold, italic, code, strikethrough) as StateCommands that toggle: applied
 * to selected text they wrap it, or unwrap it when it is wrapped, so applying one twice gives the
 * original document back. With nothing selected they open and leave the format at the cursor
 * (see cursor-format.ts).
 */
import { EditorSelection } from '@codemirror/state';
import type { ChangeSpec, EditorState, SelectionRange, StateCommand } from '@codemirror/state';
import { markerOf, toggleAtCursor, toggleLoneCursor } from './cursor-format';
import type { MarkKind } from './inline-spans';

interface Segment {
  from: number;
  to: number;
}

/** Returns the number of `ch` characters in a row ending before `pos` (or starting at it). */
function run(state: EditorState, pos: number, ch: string, backwards: boolean): number {
  const line = state.doc.lineAt(pos);
  let n = 0;
  if (backwards) while (pos - n > line.from && state.sliceDoc(pos - n - 1, pos - n) === ch) n++;
  else while (pos + n < line.to && state.sliceDoc(pos + n, pos + n + 1) === ch) n++;
  return n;
}

/** Returns whether a run of marker characters carries this marker (`***` holds `*` and `**`). */
function carries(runLength: number, marker: string): boolean {
  return runLength === marker.length || (/^[*_]{1,2}$/.test(marker) && runLength === 3);
}

/** Returns the non-blank part of each line a selection covers. */
function segments(state: EditorState, range: SelectionRange): Segment[] {
  const out: Segment[] = [];
  for (let pos = range.from; pos <= range.to;) {
    const line = state.doc.lineAt(pos);
    const from = Math.max(range.from, line.from);
    const to = Math.min(range.to, line.to);
    const text = state.sliceDoc(from, to);
    const start = from + (text.length - text.trimStart().length);
    const end = to - (text.length - text.trimEnd().length);
    if (end > start) out.push({ from: start, to: end });
    pos = line.to + 1;
  }
  return out;
}

/** Returns how a segment is wrapped: markers around it, inside it, or none. */
function wrapping(state: EditorState, seg: Segment, marker: string): 'outside' | 'inside' | null {
  const ch = marker[0];
  const k = marker.length;
  if (
    carries(run(state, seg.from, ch, true), marker) &&
    carries(run(state, seg.to, ch, false), marker)
  ) {
    return 'outside';
  }
  if (
    seg.to - seg.from >= 2 * k &&
    carries(run(state, seg.from, ch, false), marker) &&
    carries(run(state, seg.to, ch, true), marker)
  ) {
    return 'inside';
  }
  return null;
}

/**
 * Returns a StateCommand that wraps each selection (each line of a multi-line one) in the
 * markers of `kind`, or unwraps it when every part already is; a selection of blanks only gets
 * an empty pair (removed again by a second run). At a cursor it toggles the format for what is
 * typed next (see cursor-format.ts).
 */
function toggleInlineWrap(kind: MarkKind): StateCommand {
  const marker = markerOf(kind);
  const k = marker.length;
  return ({ state, dispatch }) => {
    const sel = state.selection;
    if (sel.ranges.length === 1 && sel.main.empty) {
      return toggleLoneCursor(state, dispatch, kind);
    }
    const spec = state.changeByRange((range) => {
      if (range.empty) {
        const edit = toggleAtCursor(state, range.head, kind);
        if (!edit) return { range };
        return { changes: state.changes(edit.changes), range: EditorSelection.cursor(edit.cursor) };
      }
      const segs = segments(state, range);
      if (segs.length === 0) {
        const ch = marker[0];
        const pos = range.head;
        if (
          carries(run(state, pos, ch, true), marker) &&
          carries(run(state, pos, ch, false), marker)
        ) {
          return {
            changes: { from: pos - k, to: pos + k },
            range: EditorSelection.cursor(pos - k),
          };
        }
        return {
          changes: { from: pos, insert: marker + marker },
          range: EditorSelection.cursor(pos + k),
        };
      }
      const kinds = segs.map((s) => wrapping(state, s, marker));
      const unwrap = kinds.every((w) => w !== null);
      const changes: ChangeSpec[] = [];
      segs.forEach((s, i) => {
        if (unwrap && kinds[i] === 'outside') {
          changes.push({ from: s.from - k, to: s.from }, { from: s.to, to: s.to + k });
        } else if (unwrap) {
          changes.push({ from: s.from, to: s.from + k }, { from: s.to - k, to: s.to });
        } else if (kinds[i] === null) {
          changes.push({ from: s.from, insert: marker }, { from: s.to, insert: marker });
        }
      });
      const set = state.changes(changes);
      // One part: select the text between the markers, where a second run finds them around it.
      // Several lines: select the markers too, so a second run sees every line wrapped inside.
      const first = segs[0];
      const last = segs[segs.length - 1];
      const inner = (s: Segment) => (unwrap && kinds[segs.indexOf(s)] === 'inside' ? k : 0);
      const outer = !unwrap && segs.length > 1;
      const from = set.mapPos(first.from + inner(first), outer ? -1 : 1);
      const to = set.mapPos(last.to - inner(last), outer ? 1 : -1);
      const forwards = range.anchor <= range.head;
      return {
        changes: set,
        range: EditorSelection.range(forwards ? from : to, forwards ? to : from),
      };
    });
    dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** Toggles `**bold**` on the selections. */
export const toggleBold = toggleInlineWrap('strong');
/** Toggles `*italic*` on the selections. */
export const toggleItalic = toggleInlineWrap('emphasis');
/** Toggles `` `code` `` on the selections. */
export const toggleInlineCode = toggleInlineWrap('inlineCode');
/** Toggles `~~strikethrough~~` on the selections. */
export const toggleStrikethrough = toggleInlineWrap('delete');
