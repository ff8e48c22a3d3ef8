/**
 * The part of the drafts session that other session modules build on: the store, the database
 * (null when storage is unavailable), the open draft, and switching the editor to a draft.
 */
import { holdDraftLock, listDrafts, markOpened, setSetting, toStorageError } from '../../storage';
import type {
  DraftLock,
  DraftMeta,
  Journal,
  LoadedDraft,
  PlumaDb,
  TabMessenger,
} from '../../storage';
import { openDraft } from './open-draft';
import type { OpenDraft } from './open-draft';
import { STATUS } from './session-state';
import type { SessionState, Store } from './session-state';
import { message, storageMessage } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';
import { unreadableMessage } from './session-state';

/** Shared mutable state of one connected session (mutated by its methods). */
export interface SessionCore {
  store: Store<SessionState>;
  db: PlumaDb | null;
  messenger: TabMessenger | null;
  /** Where unsaved text is kept synchronously when the page goes away. */
  journal: Journal;
  /** The draft in the editor, and the one before it (its editor may still report a last key). */
  current: OpenDraft | null;
  previous: OpenDraft | null;
  delayMs?: number;
  snapshotEveryMs?: number;
  lock: Promise<DraftLock> | null;
  keys: number;
  /** How many switches to another draft are under way (`whileOpening`). */
  opening: number;
  /** True when the editor holds edits that nothing keeps (storage unavailable). */
  unstoredEdit: boolean;
  /** Returns true while the person may be typing here (the page is shown). */
  isActive: () => boolean;
}

/** Returns a core with nothing connected yet. */
export function createCore(store: Store<SessionState>, journal: Journal): SessionCore {
  return {
    store,
    db: null,
    messenger: null,
    journal,
    current: null,
    previous: null,
    lock: null,
    keys: 0,
    opening: 0,
    unstoredEdit: false,
    isActive: () => false,
  };
}

/** Returns a fresh editor key, so that the editor remounts with a fresh undo history. */
export function nextKey(core: SessionCore, id: string | null): string {
  core.keys += 1;
  return `${id ?? 'local'}#${core.keys}`;
}

/**
 * Puts `loaded` in the editor (mutates `core`): stores the previous draft's unsaved text first
 * (unless `flush` is false because that text is being dealt with otherwise), remembers the draft
 * as the last open one, and claims it so another tab opening it is told. Returns false (and
 * changes nothing) when the previous draft's text could not be stored: it stays in the editor.
 * With `unsaved`, the editor shows that text instead, as an edit not yet stored on top of
 * `loaded.meta.revision` (text recovered from the journal). `fresh` marks a new post the person
 * asked for (see `DraftToMount`).
 */
export async function showDraft(
  core: SessionCore,
  loaded: LoadedDraft,
  {
    flush = true,
    notice = [],
    unsaved,
    fresh = false,
  }: { flush?: boolean; notice?: Message[]; unsaved?: string; fresh?: boolean } = {},
): Promise<boolean> {
  const db = core.db;
  if (!db) return false;
  const old = core.current;
  if (old && flush && !(await old.flush())) return false;
  core.previous = old;
  const draft: OpenDraft = openDraft({
    db,
    meta: loaded.meta,
    text: loaded.text,
    delayMs: core.delayMs,
    snapshotEveryMs: core.snapshotEveryMs,
    onSaved: (meta) => {
      if (!draft.isDirty()) core.journal.clear(meta.id);
      core.messenger?.announceSaved(meta.id, meta.revision);
      upsertMeta(core, meta);
    },
    onStatus: (status, alert) => {
      if (core.current !== draft) return;
      core.store.patch(alert ? { status, alert } : { status });
    },
    onConflict: (theirsGone) => {
      if (core.current !== draft) return;
      core.store.patch({ conflict: { draftId: draft.id, theirsGone }, status: STATUS.conflict });
    },
  });
  core.current = draft;
  upsertMeta(core, loaded.meta);
  const { id } = loaded.meta;
  core.store.patch({
    open: { id, key: nextKey(core, id), text: unsaved ?? loaded.text, ...(fresh && { fresh }) },
    status: STATUS.saved,
    conflict: null,
    theirsNewer: false,
    notice,
  });
  claim(core, draft);
  if (unsaved !== undefined) {
    draft.onText(unsaved);
    // Store (or meet the conflict) now rather than after the typing pause.
    void draft.flush();
  }
  core.messenger?.announceOpened(id);
  // Remembering the open draft is a convenience: failing at it must not stop editing.
  setSetting(db, 'lastOpenDraftId', id).catch(() => undefined);
  markOpened(db, id).catch(() => undefined);
  return true;
}

function claim(core: SessionCore, draft: OpenDraft) {
  void core.lock?.then((lock) => lock.release());
  const lock = holdDraftLock(draft.id).catch(() => null);
  core.lock = lock.then((held) => held ?? { held: true, supported: false, release() {} });
  void core.lock.then((held) => {
    if (core.current === draft && !held.held) {
      core.store.patch({ notice: [message('session.alsoOpen')] });
    }
  });
}

/**
 * Runs `task`, which puts another draft in the editor, with the state's `opening` on: it is set
 * before `task` awaits anything, so the page shows it in the same event that asked for the draft.
 */
export async function whileOpening<T>(core: SessionCore, task: () => Promise<T>): Promise<T> {
  core.opening += 1;
  if (core.opening === 1) core.store.patch({ opening: true });
  try {
    return await task();
  } finally {
    core.opening -= 1;
    if (core.opening === 0) core.store.patch({ opening: false });
  }
}

/** Puts `meta` into the drafts list (or the trash list) at its place by last change. */
export function upsertMeta(core: SessionCore, meta: DraftMeta): void {
  const { drafts, trash } = core.store.get();
  const without = (list: DraftMeta[]) => list.filter((d) => d.id !== meta.id);
  const sorted = (list: DraftMeta[]) => list.sort((a, b) => b.updatedAt - a.updatedAt);
  const trashed = meta.deletedAt !== undefined;
  core.store.patch({
    drafts: trashed ? without(drafts) : sorted([meta, ...without(drafts)]),
    trash: trashed ? sorted([meta, ...without(trash)]) : without(trash),
  });
}

/** Reloads the drafts and trash lists from storage (metas only). */
export async function refreshList(core: SessionCore): Promise<void> {
  if (!core.db) return;
  const { drafts, problems } = await listDrafts(core.db, { includeTrash: true });
  core.store.patch({
    drafts: drafts.filter((d) => d.deletedAt === undefined),
    trash: drafts.filter((d) => d.deletedAt !== undefined),
    ...(problems.length > 0 ? { notice: [unreadableMessage(problems.length)] } : {}),
  });
}

/** Runs `task` with the database; a failure becomes the alert. Returns its result or undefined. */
export async function withDb<T>(
  core: SessionCore,
  task: (db: PlumaDb) => Promise<T>,
): Promise<T | undefined> {
  if (!core.db) return undefined;
  try {
    return await task(core.db);
  } catch (err) {
    core.store.patch({ alert: storageMessage(toStorageError(err)) });
    return undefined;
  }
}

/** Starts storing the open drafts' unsaved text (it may not finish before the page goes). */
export function flushOpen(core: SessionCore): void {
  void core.current?.flush();
  void core.previous?.flush();
}

/**
 * Journals every open draft's unsaved text, synchronously; returns false when some of it could
 * not be kept anywhere (then the browser should ask before leaving).
 */
export function keepUnsaved(core: SessionCore): boolean {
  let kept = !core.unstoredEdit;
  for (const draft of [core.current, core.previous]) {
    if (draft?.isDirty() && !core.journal.write(draft.id, draft.revision(), draft.text())) {
      kept = false;
    }
  }
  return kept;
}
