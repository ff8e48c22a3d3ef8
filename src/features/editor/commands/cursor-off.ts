/**
 * A formatting key pressed with the cursor in a span of its own format: it leaves the span at its
 * end, unwraps the word the span is, or splits the span in two around the cursor.
 */
import type { ChangeSpec, EditorState } from '@codemirror/state';
import { CharCategory } from '@codemirror/state';
import type { EmptyBlock } from './empty-block';
import { closersEnd, isMarkerChar, type Span } from './inline-spans';

/** What a key does at one cursor: changes to the state's document and where the cursor goes. */
export interface CursorEdit {
  changes: ChangeSpec[];
  /** The cursor's position in the changed document. */
  cursor: number;
  /** Where empty marker pairs are around the cursor afterwards (changed document), if any. */
  empty?: EmptyBlock;
}

/** Returns a span's opening marker. */
export const open = (state: EditorState, s: Span) => state.sliceDoc(s.openFrom, s.openTo);
/** Returns a span's closing marker. */
export const close = (state: EditorState, s: Span) => state.sliceDoc(s.closeFrom, s.closeTo);
const isBlank = (ch: string) => ch === ' ' || ch === '\t';

/** Returns the word `pos` is strictly inside (letters on both sides), or null. */
export function wordInside(state: EditorState, pos: number): { from: number; to: number } | null {
  const cat = state.charCategorizer(pos);
  const before = state.sliceDoc(pos - 1, pos);
  const after = state.sliceDoc(pos, pos + 1);
  const letter = (ch: string) => !!ch && !isMarkerChar(ch) && cat(ch) === CharCategory.Word;
  if (!letter(before) || !letter(after)) return null;
  const word = state.wordAt(pos);
  if (!word) return null;
  // CodeMirror counts `_` as a word character; here it is a marker.
  const text = state.sliceDoc(word.from, word.to);
  const start = text.lastIndexOf('_', pos - word.from - 1) + 1;
  const end = text.indexOf('_', pos - word.from);
  return { from: word.from + start, to: end < 0 ? word.to : word.from + end };
}

/**
 * Leaves span `sm` at its end, with the cursor after its closing marker. Spans inside it stay on
 * for what is typed next: when they open and close with it, the markers are reordered so that it
 * is the innermost (`**~~x‸~~**` → `~~**x**‸~~`); otherwise they open
 * again after it. Blanks typed last inside move out, as a span cannot end with one.
 */
function leave(
  state: EditorState,
  pos: number,
  sm: Span,
  inner: Span[],
  empties: Span[],
): CursorEdit {
  const together = inner.every(
    (s, i) => s.openFrom === (i === 0 ? sm.openTo : inner[i - 1].openTo),
  );
  const blankBefore = isBlank(state.sliceDoc(pos - 1, pos));
  // Code must stay innermost; a marker next to one of its own character would merge into one
  // run (`***x*‸**` still reads as the cursor in both).
  const code = inner.some((s) => s.kind === 'inlineCode');
  const merges =
    inner.length > 0 && open(state, inner[inner.length - 1]).endsWith(open(state, sm)[0]);
  if (empties.length === 0 && inner.length > 0 && together && !code && !merges && !blankBefore) {
    const marker = open(state, sm);
    const openers = inner.map((s) => open(state, s)).join('') + marker;
    const closers = marker + state.sliceDoc(pos, sm.closeFrom);
    return {
      changes: [
        { from: sm.openFrom, to: inner[inner.length - 1].openTo, insert: openers },
        { from: pos, to: sm.closeTo, insert: closers },
      ],
      cursor: pos + marker.length,
    };
  }
  const emptyFrom = empties.length ? empties[0].openFrom : pos;
  const emptyTo = empties.length ? empties[0].closeTo : pos;
  const contentStart = Math.max(sm.openTo, ...inner.map((s) => s.openTo));
  let blankFrom = emptyFrom;
  while (blankFrom > contentStart && isBlank(state.sliceDoc(blankFrom - 1, blankFrom))) blankFrom--;
  const blanks = state.sliceDoc(blankFrom, emptyFrom);
  const reopen = [...inner, ...empties];
  const openers = reopen.map((s) => open(state, s)).join('');
  const closers = reopen
    .map((s) => close(state, s))
    .reverse()
    .join('');
  const changes = [
    { from: blankFrom, to: emptyTo },
    { from: sm.closeTo, insert: blanks + openers + closers },
  ];
  const cursor = state.changes(changes).mapPos(sm.closeTo, -1) + blanks.length + openers.length;
  const empty = reopen.length
    ? { from: cursor - openers.length, to: cursor + closers.length }
    : undefined;
  return { changes, cursor, empty };
}

/** Turns off the span `sm` that holds the cursor: leaves it, unwraps its word, or splits it. */
export function toggleOff(
  state: EditorState,
  pos: number,
  sm: Span,
  inner: Span[],
  empties: Span[],
): CursorEdit | null {
  const afterEmpties = empties.length ? empties[0].closeTo : pos;
  if (closersEnd(inner, afterEmpties) === sm.closeFrom)
    return leave(state, pos, sm, inner, empties);
  if (inner.length > 0 || empties.length > 0) return null;
  if (pos === sm.openTo) return { changes: [], cursor: sm.openFrom };
  const word = wordInside(state, pos);
  if (word && word.from === sm.openTo && word.to === sm.closeFrom) {
    return {
      changes: [
        { from: sm.openFrom, to: sm.openTo },
        { from: sm.closeFrom, to: sm.closeTo },
      ],
      cursor: pos - (sm.openTo - sm.openFrom),
    };
  }
  // In the middle: close before the blanks at the cursor, open again after them.
  let from = pos;
  while (from > sm.openTo && isBlank(state.sliceDoc(from - 1, from))) from--;
  let to = pos;
  while (to < sm.closeFrom && isBlank(state.sliceDoc(to, to + 1))) to++;
  const closer = close(state, sm);
  return {
    changes: [
      { from, insert: closer },
      { from: to, insert: open(state, sm) },
    ],
    cursor: pos + closer.length,
  };
}
