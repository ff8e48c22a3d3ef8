/**
 * The drafts session, free of React: opens storage, reopens the last draft, autosaves the open
 * one, keeps the drafts list, and coordinates with other tabs so no tab silently overwrites
 * another's text. `use-draft-session.ts` binds it to React.
 */
import { createJournal, pageStorage } from '../../storage';
import type { Journal, TabMessage } from '../../storage';
import { createConflictActions } from './conflict-actions';
import { createDraftActions } from './draft-actions';
import { createHistoryActions } from './history-actions';
import { connectSession } from './session-connect';
import { createCore, showDraft, whileOpening, withDb } from './session-core';
import type { SessionCore } from './session-core';
import { openWithoutStorage } from './session-start';
import { INITIAL_STATE, createStore } from './session-state';
import type { SessionState } from './session-state';
import { createTextDraft } from './start-draft';
import type { TextSource } from '../../core/text';

/** Where the session keeps its data and how it learns that the page goes away. */
export interface DraftSessionOptions {
  welcomeText: string;
  makeNewPostText: () => string | Promise<string>;
  dbName?: string;
  channelName?: string;
  /** The window whose `pagehide` / `visibilitychange` flush the text; none in tests. */
  page?: Window | null;
  /** Where unsaved text is kept when the page goes; by default, localStorage. */
  journal?: Journal;
  /** Whether the person may be typing here; by default, whether `page` is shown. */
  isActive?: () => boolean;
  delayMs?: number;
  snapshotEveryMs?: number;
}

/** Returns a drafts session; nothing happens until `connect()`. */
export function createDraftSession(options: DraftSessionOptions) {
  const store = createStore<SessionState>(INITIAL_STATE);
  const core: SessionCore = createCore(store, options.journal ?? createJournal(pageStorage()));
  core.delayMs = options.delayMs;
  core.snapshotEveryMs = options.snapshotEveryMs;
  const conflicts = createConflictActions(core);
  let makeNewPostText = options.makeNewPostText;
  const newPostText = () => makeNewPostText();

  const onMessage = (message: TabMessage) => {
    const draft = core.current;
    if (message.type !== 'saved' || !draft || message.draftId !== draft.id) return;
    if (message.revision > draft.revision()) void conflicts.theirsSaved(draft);
  };

  /** Opens storage and the start draft; returns the function that disconnects (flushing). */
  const connect = () =>
    connectSession(core, {
      welcomeText: options.welcomeText,
      newPostText,
      dbName: options.dbName,
      channelName: options.channelName,
      page: options.page === undefined ? globalThis.window : options.page,
      isActive: options.isActive,
      onMessage,
    });

  return {
    getState: store.get,
    subscribe: store.subscribe,
    connect,
    /** Replaces the maker of new posts' texts (e.g. when the collection changes). */
    setMakeNewPostText(make: () => string | Promise<string>) {
      makeNewPostText = make;
    },
    /** Takes the editor's text for the document opened with `key`; schedules its save. */
    onText(key: string, text: TextSource) {
      const open = store.get().open;
      if (open?.key === key && !core.current) core.unstoredEdit = text.toString() !== open.text;
      if (open?.key === key) core.current?.onText(text);
      else if (core.previous && key.startsWith(`${core.previous.id}#`)) core.previous.onText(text);
    },
    /** What the UI may ask of the session (stable functions). */
    actions: {
      /** Stores the open draft, then creates a draft from a new post's text and opens it. */
      async newPost(): Promise<void> {
        if (store.get().conflict) return;
        await whileOpening(core, async () => {
          if (!core.db) return openWithoutStorage(core, await newPostText(), null);
          if (core.current && !(await core.current.flush())) return;
          const text = await newPostText();
          const created = await withDb(core, (db) => createTextDraft(db, text));
          if (created) await showDraft(core, created, { fresh: true });
        });
      },
      /** Stores the open draft's text at once (Ctrl+S); the status then says Saved. */
      async saveNow(): Promise<void> {
        await core.current?.flush();
      },
      dismissAlert: () => store.patch({ alert: null }),
      ...conflicts.actions,
      ...createDraftActions(core, newPostText),
      ...createHistoryActions(core),
    },
  };
}

/** A drafts session: its state, and the actions the UI calls. */
export type DraftSession = ReturnType<typeof createDraftSession>;
/** The actions a drafts session offers the UI. */
export type DraftActions = DraftSession['actions'];
