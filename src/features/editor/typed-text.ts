import { EditorSelection, type Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * Puts `text`, typed over `from`–`to`, into the document the way CodeMirror puts a key of its
 * keymaps: the input handlers first (bracket closing), else one `input.type` transaction that
 * leaves the cursor after it and scrolls it into view.
 */
export function typeInto(view: EditorView, from: number, to: number, text: string): void {
  const { state } = view;
  const inserted = state.toText(text);
  let typed: Transaction | undefined;
  const insert = () =>
    (typed ??= state.update({
      changes: { from, to, insert: inserted },
      selection: EditorSelection.cursor(from + inserted.length),
      userEvent: 'input.type',
      scrollIntoView: true,
    }));
  const handlers = state.facet(EditorView.inputHandler);
  if (!handlers.some((handler) => handler(view, from, to, text, insert))) view.dispatch(insert());
}

/**
 * Returns the document positions of the range `event` will replace: its target range, or
 * (Chromium gives none for typing at a caret) the page's selection; null when either is not in
 * the editor's content.
 */
function targetOf(view: EditorView, event: InputEvent): { from: number; to: number } | null {
  const ranges = event.getTargetRanges();
  if (ranges.length > 1) return null;
  const [range] = ranges;
  const selection = range ? null : view.dom.ownerDocument.getSelection();
  const ends: [Node | null | undefined, number | undefined][] = range
    ? [
        [range.startContainer, range.startOffset],
        [range.endContainer, range.endOffset],
      ]
    : [
        [selection?.anchorNode, selection?.anchorOffset],
        [selection?.focusNode, selection?.focusOffset],
      ];
  const at: number[] = [];
  for (const [node, offset] of ends) {
    if (!node || offset === undefined || !view.contentDOM.contains(node)) return null;
    at.push(view.posAtDOM(node, offset));
  }
  return { from: Math.min(...at), to: Math.max(...at) };
}

/**
 * Whether the device types with an on-screen keyboard (Android, iOS, iPadOS), whose text
 * CodeMirror reads with fixes of its own (and on Android through EditContext): left to it.
 */
const onScreenKeyboard =
  typeof navigator !== 'undefined' &&
  (/Android\b|iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 2));

/**
 * Returns the handler that puts typed text into the document as a transaction of its own, the
 * way CodeMirror puts a key of its keymaps, instead of letting the browser edit the page and
 * CodeMirror read the edit back from it.
 *
 * The browser keeps an undo step for each of its own edits of an editable element (up to a
 * thousand), and each holds the text nodes the edit replaced, with CodeMirror's view objects
 * attached to them: 2,000 keys in a 5,000-word post left 2,977 more DOM nodes and 0.4 MiB more
 * heap, and 2,000 more as many again. CodeMirror keeps its own history; the page's was never
 * used. Typing stays what it was for everything else: the same `input.type` transaction, the
 * same input handlers first (bracket closing), the browser's spell check on the same text.
 *
 * Only plain text typed with a physical keyboard at the editor's selection is taken: on-screen
 * keyboards, composition (dead keys, input methods), autocorrect's replacements, paste, drop and
 * deletions go the usual way, and so does any input whose target is not the editor's one
 * selection (CodeMirror then reads the page). The browser's spell check still marks the words:
 * it checks around the caret once the text or the selection changes, whoever changed it.
 */
export function typedText() {
  return EditorView.domEventHandlers({
    beforeinput(event, view) {
      const text = event.data;
      // A handler that runs after the event's dispatch (CodeMirror defers events that come
      // during an update) can no longer stop the browser's own edit.
      if (event.inputType !== 'insertText' || !text || event.eventPhase === Event.NONE) {
        return false;
      }
      if (onScreenKeyboard || event.isComposing || view.composing || view.compositionStarted) {
        return false;
      }
      const { state } = view;
      const main = state.selection.main;
      if (state.selection.ranges.length > 1) return false;
      const target = targetOf(view, event);
      if (!target || target.from !== main.from || target.to !== main.to) return false;
      typeInto(view, main.from, main.to, text);
      return true;
    },
  });
}
