/**
 * The drafts session, free of React: opens storage, reopens the last draft, autosaves the open
 * one, keeps the drafts list, and coordinates with other tabs so no tab silently overwrites
 * another's text. `use-draft-session.ts` binds it to React.
 */
import {
  createJournal,
  createTabMessenger,
  heldDrafts,
  openPlumaDb,
  pageStorage,
  requestPersistence,
  toStorageError,
} from '../../storage';
import type { Journal, TabMessage } from '../../storage';
import { createConflictActions } from './conflict-actions';
import { createDraftActions } from './draft-actions';
import { createHistoryActions } from './history-actions';
import { recoverJournal } from './journal-recovery';
import { watchPageLeave } from './page-leave';
import { createCore, nextKey, refreshList, showDraft, withDb } from './session-core';
import type { SessionCore } from './session-core';
import { INITIAL_STATE, STATUS, createStore } from './session-state';
import type { SessionState } from './session-state';
import { message, storageMessage } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';
import { createTextDraft, loadStartDraft } from './start-draft';

/** Where the session keeps its data and how it learns that the page goes away. */
export interface DraftSessionOptions {
  welcomeText: string;
  makeNewPostText: () => string;
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

const RELOAD = message('session.reload');
const RECOVERED = message('session.recovered');

/** Returns a drafts session; nothing happens until `connect()`. */
export function createDraftSession(options: DraftSessionOptions) {
  const store = createStore<SessionState>(INITIAL_STATE);
  const journal = options.journal ?? createJournal(pageStorage());
  const core: SessionCore = createCore(store, journal);
  // Edits made while storage is unavailable: nothing keeps them, so leaving asks first.
  let unstoredEdit = false;
  core.delayMs = options.delayMs;
  core.snapshotEveryMs = options.snapshotEveryMs;
  const conflicts = createConflictActions(core);
  let makeNewPostText = options.makeNewPostText;
  const newPostText = () => makeNewPostText();

  const openWithoutStorage = (text: string, alert: Message | null) =>
    store.patch({
      ready: true,
      open: { id: null, key: nextKey(core, null), text },
      status: STATUS.unavailable,
      ...(alert ? { alert } : {}),
    });

  const onMessage = (message: TabMessage) => {
    scheduleRefresh();
    const draft = core.current;
    if (message.type !== 'saved' || !draft || message.draftId !== draft.id) return;
    if (message.revision > draft.revision()) void conflicts.theirsSaved(draft);
  };

  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void withDb(core, () => refreshList(core)), 150);
  };

  const flushOpen = () => {
    void core.current?.flush();
    void core.previous?.flush();
  };

  /** Journals every open draft's unsaved text; returns false when some could not be kept. */
  const keepUnsaved = (): boolean => {
    let kept = !unstoredEdit;
    for (const draft of [core.current, core.previous]) {
      if (draft?.isDirty() && !journal.write(draft.id, draft.revision(), draft.text()))
        kept = false;
    }
    return kept;
  };

  /** Opens the draft to start with, after giving back the text journaled at the last visit. */
  const start = async () => {
    const held = await heldDrafts().catch(() => new Set<string>());
    const recovery = await withDb(core, (d) => recoverJournal(d, journal, held));
    if (recovery?.conflict) {
      const { theirs, mine, revision } = recovery.conflict;
      const meta = { ...theirs.meta, revision };
      await withDb(core, () => refreshList(core));
      return showDraft(core, { meta, text: theirs.text }, { unsaved: mine });
    }
    const started = await withDb(core, (d) => loadStartDraft(d, options.welcomeText, newPostText));
    if (!started) return openWithoutStorage(options.welcomeText, null);
    await withDb(core, () => refreshList(core));
    const notice = [...(recovery?.recovered ? [RECOVERED] : []), ...started.problems];
    await showDraft(core, started.draft, { notice });
  };

  /** Opens storage and the start draft; returns the function that disconnects (flushing). */
  const connect = (): (() => void) => {
    let live = true;
    const page = options.page === undefined ? globalThis.window : options.page;
    if (options.isActive) core.isActive = options.isActive;
    else if (page) {
      // Focus is no sure sign (a second window, devtools); a hidden tab surely gets no keys.
      core.isActive = () => page.document.visibilityState === 'visible';
    }
    const unwatch = page
      ? watchPageLeave(page, { keepUnsaved, flush: flushOpen, onShown: scheduleRefresh })
      : () => {};
    void (async () => {
      const db = await openPlumaDb(options.dbName, {
        onVersionChange: () => store.patch({ alert: RELOAD, status: STATUS.failed }),
        onTerminated: () => store.patch({ alert: storageMessage(toStorageError(null)) }),
      }).catch((err: unknown) => {
        if (live) openWithoutStorage(options.welcomeText, storageMessage(toStorageError(err)));
        return null;
      });
      if (!db) return;
      if (!live) return db.close();
      core.db = db;
      store.patch({ db });
      void requestPersistence().then((persistent) => live && store.patch({ persistent }));
      core.messenger = createTabMessenger({ onMessage, channelName: options.channelName });
      await start();
      if (live) store.patch({ ready: true });
    })();
    return () => {
      live = false;
      clearTimeout(refreshTimer);
      unwatch();
      core.messenger?.close();
      void core.lock?.then((lock) => lock.release());
      const { db, current } = core;
      Object.assign(core, { db: null, messenger: null, current: null, previous: null });
      store.patch({ db: null });
      void (current?.flush() ?? Promise.resolve()).finally(() => {
        current?.dispose();
        db?.close();
      });
    };
  };

  return {
    getState: store.get,
    subscribe: store.subscribe,
    connect,
    /** Replaces the maker of new posts' texts (e.g. when the collection changes). */
    setMakeNewPostText(make: () => string) {
      makeNewPostText = make;
    },
    /** Takes the editor's text for the document opened with `key`; schedules its save. */
    onText(key: string, text: string) {
      const open = store.get().open;
      if (open?.key === key && !core.current) unstoredEdit = text !== open.text;
      if (open?.key === key) core.current?.onText(text);
      else if (core.previous && key.startsWith(`${core.previous.id}#`)) core.previous.onText(text);
    },
    /** What the UI may ask of the session (stable functions). */
    actions: {
      /** Stores the open draft, then creates a draft from a new post's text and opens it. */
      async newPost(): Promise<void> {
        if (store.get().conflict) return;
        if (!core.db) return openWithoutStorage(newPostText(), null);
        if (core.current && !(await core.current.flush())) return;
        const text = newPostText();
        const created = await withDb(core, (db) => createTextDraft(db, text));
        if (created) await showDraft(core, created);
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
