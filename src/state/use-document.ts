import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { EditorView } from '@codemirror/view';
import { redo, undo } from '@codemirror/commands';
import type { Post } from '../core/post';
import { textToDocPos } from '../core/line-offsets';
import { loadPostCore, postCoreNow, type PostCore } from './post-core';
import { createPostStore, type PostStore } from './post-store';

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
  /** Called by the editor on every change of its text. */
  onText: (text: string) => void;
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
export function useDocument(initialText: string, onChange?: (text: string) => void): OpenDocument {
  // The post is parsed once per change, reusing the front matter while only the body changes.
  const [store] = useState(() => createPostStore(initialText));
  const head = useSyncExternalStore(store.subscribeHead, store.head);
  const getText = useCallback(() => store.get().text, [store]);
  const [editError, setEditError] = useState<string | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [lineSeparator] = useState(() => head.eol);

  const onView = useCallback((view: EditorView | null) => {
    viewRef.current = view;
  }, []);

  const onText = useCallback(
    (next: string) => {
      store.setText(next);
      onChange?.(next);
    },
    [store, onChange],
  );

  const dispatchEdit = useCallback(
    (from: number, to: number, insert: string, userEvent: string) => {
      const view = viewRef.current;
      if (!view) return;
      const current = view.state.sliceDoc();
      view.dispatch({
        changes: {
          from: textToDocPos(current, from, lineSeparator),
          to: textToDocPos(current, to, lineSeparator),
          insert,
        },
        userEvent,
      });
    },
    [lineSeparator],
  );

  // CodeMirror's history joins only `input.type…` and `delete…` events (adjacent, within its
  // group delay); any other event, such as `input.form`, is a step of its own.
  const replaceRange = useCallback(
    (from: number, to: number, insert: string) => dispatchEdit(from, to, insert, 'input.form'),
    [dispatchEdit],
  );

  const history = useCallback((action: 'undo' | 'redo') => {
    const view = viewRef.current;
    if (view) (action === 'undo' ? undo : redo)(view);
  }, []);

  const setField = useCallback(
    (path: (string | number)[], value: unknown, typed = false) => {
      const apply = (core: PostCore) => {
        const view = viewRef.current;
        if (!view) return;
        const current = view.state.sliceDoc();
        const known = store.get();
        const base = current === known.text && store.parsed() ? known : core.parsePost(current);
        try {
          const edit = core.fieldEdit(base, path, value);
          setEditError(null);
          if (!edit) return;
          const event = !typed ? 'input.form' : edit.insert === '' ? 'delete' : 'input.type';
          dispatchEdit(edit.from, edit.to, edit.insert, event);
        } catch (e) {
          setEditError(e instanceof Error ? e.message : String(e));
        }
      };
      // The form shows only once the post is parsed, so the parser is there by now.
      const core = postCoreNow();
      if (core) apply(core);
      else void loadPostCore().then(apply);
    },
    [store, dispatchEdit],
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
