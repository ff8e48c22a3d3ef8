/** A CodeMirror extension that takes image files dropped or pasted into the editor. */
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { getLang, translate } from '../../i18n/lang-store';
import { errorText } from '../../i18n/translate';

/** Options of `imageDropExtension`. */
export interface ImageDropOptions {
  /**
   * Stores one image and returns the Markdown to insert for it (or null to insert nothing).
   * `text` is the editor's text when the image arrived.
   */
  onImage: (file: File, text: string) => Promise<string | null>;
  /** Called with a sentence when an image could not be stored. */
  onError?: (message: string) => void;
}

const isImage = (file: File) => file.type.startsWith('image/');

/** Inserts the Markdown of each image at `pos` (one per line), after all were stored. */
async function insertImages(view: EditorView, files: File[], pos: number, opts: ImageDropOptions) {
  const text = view.state.sliceDoc();
  const inserts: string[] = [];
  for (const file of files) {
    try {
      const markdown = await opts.onImage(file, text);
      if (markdown) inserts.push(markdown);
    } catch (err) {
      opts.onError?.(
        translate('image.storeFailed', {
          name: file.name,
          error: errorText(getLang(), err),
        }),
      );
    }
  }
  if (inserts.length === 0) return;
  const at = Math.min(pos, view.state.doc.length);
  const insert = inserts.join(view.state.lineBreak);
  view.dispatch({
    changes: { from: at, insert },
    selection: { anchor: at + insert.length },
    userEvent: 'input.drop',
    scrollIntoView: true,
  });
}

/**
 * Returns an extension that stores image files dropped or pasted into the editor (through
 * `onImage`) and inserts their Markdown at the drop point or the cursor. Other dropped files
 * are left to bubble up (the app's drop zone imports them as posts) instead of being pasted into
 * the text as CodeMirror would.
 */
export function imageDropExtension(opts: ImageDropOptions): Extension {
  return EditorView.domEventHandlers({
    drop(event, view) {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return false;
      const images = files.filter(isImage);
      if (images.length === 0) return true;
      event.preventDefault();
      const pos =
        view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
      void insertImages(view, images, pos, opts);
      return true;
    },
    paste(event, view) {
      const images = [...(event.clipboardData?.files ?? [])].filter(isImage);
      if (images.length === 0) return false;
      event.preventDefault();
      const { from, to } = view.state.selection.main;
      if (from !== to) view.dispatch({ changes: { from, to }, selection: { anchor: from } });
      void insertImages(view, images, from, opts);
      return true;
    },
  });
}
