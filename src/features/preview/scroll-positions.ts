/**
 * Scroll sync speaks in offsets of the post's text, CodeMirror in positions of its document. In
 * a CRLF post the editor counts each `\r\n` as one position and the text as two, so the two
 * drift apart by one per line; these convert between them (identity for `\n` and `\r` posts).
 */
import type { EditorState } from '@codemirror/state';
import { textToDocPos } from '../../core/line-offsets';

/** Returns the text offset of editor position `pos` in `state`. */
export function textOffsetOf(state: EditorState, pos: number): number {
  if (state.lineBreak !== '\r\n') return pos;
  // With a CRLF separator every line break of the document is one `\r\n` of the text.
  return pos + state.doc.lineAt(pos).number - 1;
}

/** Returns the editor position in `state` of text offset `offset` (clamped to the document). */
export function editorPosOf(state: EditorState, offset: number): number {
  const end = Math.max(0, Math.min(offset, state.doc.length));
  if (state.lineBreak !== '\r\n') return end;
  // Only the line breaks before `offset` count, and they all lie in its first `offset` positions:
  // no need to build the whole text.
  const pos = textToDocPos(state.sliceDoc(0, end), offset, state.lineBreak);
  return Math.max(0, Math.min(pos, state.doc.length));
}
