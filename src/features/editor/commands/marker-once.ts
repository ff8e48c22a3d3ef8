/**
 * A marker typed on an item that Enter has just continued is not doubled: after `- uno` and
 * Enter the line reads `- `, and a writer used to plain text types `- dos` anyway, which would
 * make `- - dos` (a list inside the item). The typed marker is dropped when it is of the kind
 * Enter continued (a bullet, a number, a quote's `>`), keeping the continued one.
 */
import { EditorState, StateField } from '@codemirror/state';
import type { Extension, Transaction, TransactionSpec } from '@codemirror/state';
import { markupTokens, setContinued, type ContinuedMarker, type MarkupKind } from './markup-lines';

/** Returns the kind of marker a text typed after a continued one is, if it is one whole. */
function typedMarker(text: string): MarkupKind | null {
  if (/^[-*+][ \t]$/.test(text)) return 'bullet';
  if (/^\d{1,9}[.)][ \t]$/.test(text)) return 'ordered';
  if (/^>[ \t]$/.test(text)) return 'quote';
  return null;
}

/** Returns the continued marker that still stands in `state`, moved to `pos`, or null. */
function stillThere(
  state: EditorState,
  marker: ContinuedMarker,
  pos: number,
): ContinuedMarker | null {
  const sel = state.selection;
  if (sel.ranges.length !== 1 || !sel.main.empty) return null;
  const line = state.doc.lineAt(pos);
  if (sel.main.head !== line.to || sel.main.head < pos) return null;
  const { tokens, end } = markupTokens(state.sliceDoc(line.from, pos));
  if (end !== pos - line.from || tokens[tokens.length - 1]?.kind !== marker.kind) return null;
  // Only the start of a marker may follow it: the writer may be typing one.
  return /^(?:[-*+>]|\d{1,9}[.)]?)?$/.test(state.sliceDoc(pos, line.to))
    ? { ...marker, pos }
    : null;
}

/** The marker Enter has just continued, while the writer may still be typing one after it. */
const continuedMarker = StateField.define<ContinuedMarker | null>({
  create: () => null,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setContinued)) return e.value;
    if (!value || (!tr.docChanged && !tr.selection)) return value;
    return stillThere(tr.state, value, tr.changes.mapPos(value.pos, -1));
  },
});

/** Drops a marker typed right after a continued one of its kind. */
function dropDouble(tr: Transaction): Transaction | readonly TransactionSpec[] {
  const marker = tr.startState.field(continuedMarker, false);
  if (!marker || !tr.docChanged || !tr.isUserEvent('input.type')) return tr;
  const pos = tr.changes.mapPos(marker.pos, -1);
  const sel = tr.newSelection;
  const line = tr.newDoc.lineAt(pos);
  if (sel.ranges.length !== 1 || sel.main.head !== line.to) return tr;
  if (typedMarker(tr.newDoc.sliceString(pos, line.to)) !== marker.kind) return tr;
  return [
    tr,
    { changes: { from: pos, to: line.to }, effects: setContinued.of(null), sequential: true },
  ];
}

/** Returns the extension that keeps a continued marker from being typed twice. */
export function markerOnce(): Extension {
  return [continuedMarker, EditorState.transactionFilter.of(dropDouble)];
}
