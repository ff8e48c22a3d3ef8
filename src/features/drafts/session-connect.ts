/**
 * Connecting a drafts session: opening the database, joining the other tabs, watching the page
 * go away, and the start draft; and disconnecting again, storing what is unsaved.
 */
import { createTabMessenger, openPlumaDb, requestPersistence, toStorageError } from '../../storage';
import type { TabMessage } from '../../storage';
import { message, storageMessage } from '../../i18n/translate';
import { watchPageLeave } from './page-leave';
import { flushOpen, keepUnsaved, withDb, refreshList } from './session-core';
import type { SessionCore } from './session-core';
import { openWithoutStorage, startSession } from './session-start';
import { STATUS } from './session-state';

const RELOAD = message('session.reload');

/** What connecting needs besides the session's core. */
export interface ConnectOptions {
  welcomeText: string;
  newPostText: () => string | Promise<string>;
  dbName?: string;
  channelName?: string;
  /** The window whose leaving and hiding keep and store the text; none in tests. */
  page: Window | null;
  /** Whether the person may be typing here; by default, whether `page` is shown. */
  isActive?: () => boolean;
  /** Called with each message from another tab. */
  onMessage: (message: TabMessage) => void;
}

/**
 * Connects `core` (mutates it): opens storage and the start draft. Returns the function that
 * disconnects, storing the open draft's unsaved text first.
 */
export function connectSession(core: SessionCore, options: ConnectOptions): () => void {
  const { store } = core;
  const { page } = options;
  let live = true;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void withDb(core, () => refreshList(core)), 150);
  };
  if (options.isActive) core.isActive = options.isActive;
  // Focus is no sure sign (a second window, devtools); a hidden tab surely gets no keys.
  else if (page) core.isActive = () => page.document.visibilityState === 'visible';
  const unwatch = page
    ? watchPageLeave(page, {
        keepUnsaved: () => keepUnsaved(core),
        flush: () => flushOpen(core),
        onShown: scheduleRefresh,
      })
    : () => {};
  void (async () => {
    const db = await openPlumaDb(options.dbName, {
      onVersionChange: () => store.patch({ alert: RELOAD, status: STATUS.failed }),
      onTerminated: () => store.patch({ alert: storageMessage(toStorageError(null)) }),
    }).catch((err: unknown) => {
      if (live) openWithoutStorage(core, options.welcomeText, storageMessage(toStorageError(err)));
      return null;
    });
    if (!db) return;
    if (!live) return db.close();
    core.db = db;
    store.patch({ db });
    void requestPersistence().then((persistent) => live && store.patch({ persistent }));
    const onMessage = (m: TabMessage) => {
      scheduleRefresh();
      options.onMessage(m);
    };
    core.messenger = createTabMessenger({ onMessage, channelName: options.channelName });
    await startSession(core, options.welcomeText, options.newPostText);
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
}
