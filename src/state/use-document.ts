import { useCallback, useRef, useState } from 'react';
import type { EditorView } from '@codemirror/view';
import { redo, undo } from '@codemirror/commands';
import type { Post } from '../core/post';
import type { EditedText } from '../core/edited-text';
import { textToDocPos } from '../core/line-offsets';
import { loadPostCore, postCoreNow, type PostCore } from './post-core';
import { createPostStore, type PostStore } from './post-store';
import { useStoreSnapshot } from './use-store-snapshot';

/** The open document: its text (the source of truth), the post parsed from it, and its edits. */
export interface OpenDocument {
  /**
   * The post as of the last change of its front matter (see `PostStore.head`): React renders
   * from it, so that typing in the body renders nothing. Its `text` and `body` may be older
   * than the editor's: read `store.get()` (or `getText`) for those.
   */
  head: Post;
  /** Returns the editor's latest text (the store's). */
  getText: () => string;
  /** The post as a store, for readers that must hear of every change (the preview). */
  store: PostStore;
  /** The line break the editor keeps for this document. */
  lineSeparator: string;
  viewRef: React.RefObject<EditorView | null>;
  /** Called by the editor with its view when it is created, and null when it goes. */
  onView: (view: EditorView | null) => void;
  /** Called by the editor on every change of its text (an edited text: edited-text.ts). */
  onText: (text: string | EditedText) => void;
  /**
   * Sets a front-matter field as the smallest text edit, in the editor's undo history. `typed`
   * edits (typing in a text box) group into one undo step the way typing in the editor does.
   */
  setField: (path: (string | number)[], value: unknown, typed?: boolean) => void;
  /** Replaces a range of the text (offsets in the text), as one step of the editor's history. */
  replaceRange: (from: number, to: number, insert: string) => void;
  /** Undoes or redoes in the editor's history (from the form, whose edits are in it). */
  history: (action: 'undo' | 'redo') => void;
  /** The last edit that could not be made, as a sentence, or null. */
  editError: string | null;
}

/**
 * Returns the state of one open document. Edits from the form are dispatched to the editor as
 * transactions, so the text flows one way: editor → text → post → form and preview.
 */
export function useDocument(
  initialText: string,
  onChange?: (text: string | EditedText) => void,
): OpenDocument {
  // The post is parsed once per change, reusing the front matter while only the body changes.
  const [store] = useState(() => createPostStore(initialText));
  // Set around the form's own edits (a checkbox, a list item, an undo button), whose controls
  // must show the new value in the same frame.
  const [urgent] = useState(createUrgency);
  const head = useStoreSnapshot(store.subscribeHead, store.head, urgent.isOn);
  const getText = useCallback(() => store.get().text, [store]);
  const [editError, setEditError] = useState<string | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [lineSeparator] = useState(() => head.eol);

  const onView = useCallback((view: EditorView | null) => {
    viewRef.current = view;
  }, []);

  const onText = useCallback(
    (next: string | EditedText) => {
      store.setText(next);
      onChange?.(next);
    },
    [store, onChange],
  );

  const dispatchEdit = useCallback(
    (from: number, to: number, insert: string, userEvent: string) => {
      const view = viewRef.current;
      if (!view) return;
      // The store holds the document's text: the editor reports every change of it at once.
      // It is read only where offsets differ from the editor's ("\r\n"): a field edit's post
      // keeps an edited text, made whole when read (core/post.ts).
      const current = () => store.get().text;
      view.dispatch({
        changes: {
          from: textToDocPos(current, from, lineSeparator),
          to: textToDocPos(current, to, lineSeparator),
          insert,
        },
        userEvent,
      });
    },
    [store, lineSeparator],
  );

  // CodeMirror's history joins only `input.type…` and `delete…` events (adjacent, within its
  // group delay); any other event, such as `input.form`, is a step of its own.
  const replaceRange = useCallback(
    (from: number, to: number, insert: string) =>
      asUrgent(urgent, () => dispatchEdit(from, to, insert, 'input.form')),
    [urgent, dispatchEdit],
  );

  const history = useCallback(
    (action: 'undo' | 'redo') => {
      const view = viewRef.current;
      if (view) asUrgent(urgent, () => (action === 'undo' ? undo : redo)(view));
    },
    [urgent],
  );

  const setField = useCallback(
    (path: (string | number)[], value: unknown, typed = false) => {
      const apply = (core: PostCore) => {
        if (!viewRef.current) return;
        // The store's text is the editor's (see dispatchEdit); its post, once it is parsed.
        const known = store.get();
        const base = store.parsed() ? known : core.parsePost(known.text);
        try {
          const change = core.fieldChange(base, path, value);
          setEditError(null);
          if (!change) return;
          const { edit } = change;
          const event = !typed ? 'input.form' : edit.insert === '' ? 'delete' : 'input.type';
          const run = () => {
            // The edit was read back from its new text: the store need not parse that again.
            store.offer(change.post, edit);
            dispatchEdit(edit.from, edit.to, edit.insert, event);
          };
          if (typed) run();
          else asUrgent(urgent, run);
        } catch (e) {
          setEditError(e instanceof Error ? e.message : String(e));
        }
      };
      // The form shows only once the post is parsed, so the parser is there by now.
      const core = postCoreNow();
      if (core) apply(core);
      else void loadPostCore().then(apply);
    },
    [store, urgent, dispatchEdit],
  );

  return {
    head,
    getText,
    store,
    lineSeparator,
    viewRef,
    onView,
    onText,
    setField,
    replaceRange,
    history,
    editError,
  };
}

/**
 * Whether the head's change under way renders at once. The head renders for React as a
 * transition (`useStoreSnapshot`) when typed in the editor or a text field, so a key that
 * changes the front matter costs its own task no React work (the preview's header follows the
 * store directly, as its body does; text fields keep what is typed in their own state,
 * use-draft-value.ts). The form's own edits set it (`asUrgent`): their controls show the new
 * value in the same frame.
 */
interface Urgency {
  on: boolean;
  isOn: () => boolean;
}

function createUrgency(): Urgency {
  const urgency: Urgency = { on: false, isOn: () => urgency.on };
  return urgency;
}

/** Runs `fn` with `urgency` on, so that the head it changes renders at once. */
function asUrgent(urgency: Urgency, fn: () => void): void {
  urgency.on = true;
  try {
    fn();
  } finally {
    urgency.on = false;
  }
}
