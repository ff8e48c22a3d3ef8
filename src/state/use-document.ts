import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
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
  // Set around the form's own edits (a checkbox, a list item, an undo button), whose controls
  // must show the new value in the same frame.
  const urgent = useRef(false);
  const head = useHead(store, urgent);
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
    (from: number, to: number, insert: string) =>
      asUrgent(urgent, () => dispatchEdit(from, to, insert, 'input.form')),
    [dispatchEdit],
  );

  const history = useCallback((action: 'undo' | 'redo') => {
    const view = viewRef.current;
    if (view) asUrgent(urgent, () => (action === 'undo' ? undo : redo)(view));
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
          if (typed) dispatchEdit(edit.from, edit.to, edit.insert, event);
          else asUrgent(urgent, () => dispatchEdit(edit.from, edit.to, edit.insert, event));
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

/** Runs `fn` with `flag` set, so that the head it changes renders at once. */
function asUrgent(flag: React.RefObject<boolean>, fn: () => void): void {
  flag.current = true;
  try {
    fn();
  } finally {
    flag.current = false;
  }
}

/**
 * Returns the store's head for React. A change typed in the editor or a text field renders as a
 * transition: React renders the form and the rest after the key press's frame, in slices, so a
 * key that changes the front matter costs its own task no React work (the preview's header
 * follows the store directly, as its body does). A change made while `urgent` is set renders
 * at once. Text fields keep what is typed in their own state (use-draft-value.ts), so a field
 * shows each key at once either way.
 */
function useHead(store: PostStore, urgent: React.RefObject<boolean>): Post {
  const [head, setHead] = useState(store.head);
  useEffect(() => {
    // A change between the first render and this subscription is not missed (an external
    // store's sync, which the rule's advice does not cover; it renders only when it changed).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHead(store.head());
    return store.subscribeHead(() => {
      const next = store.head();
      if (urgent.current) setHead(next);
      else startTransition(() => setHead(next));
    });
  }, [store, urgent]);
  return head;
}
