/** The drafts list's actions: open, duplicate, status, trash, restore, empty trash, search. */
import {
  duplicateDraft,
  emptyTrash,
  loadDraft,
  restoreDraft,
  searchDrafts,
  setStatus,
  trashDraft,
} from '../../storage';
import type { DraftMeta, DraftStatus, LoadedDraft } from '../../storage';
import { refreshList, showDraft, upsertMeta, whileOpening, withDb } from './session-core';
import type { SessionCore } from './session-core';
import { message } from '../../i18n/translate';
import { createTextDraft } from './start-draft';

const GONE = [message('session.gone')];

/** Returns the list actions of a session. Each reports a storage failure as the alert. */
export function createDraftActions(
  core: SessionCore,
  makeNewPostText: () => string | Promise<string>,
) {
  const busy = () => !core.db || core.store.get().conflict !== null;
  const update = async (task: Promise<DraftMeta | null | undefined>) => {
    const meta = await task;
    if (meta) upsertMeta(core, meta);
    else await withDb(core, () => refreshList(core));
  };

  /** Stores the open draft's text, then opens draft `id`. */
  async function openDraftById(id: string): Promise<void> {
    if (busy() || core.current?.id === id) return;
    await whileOpening(core, async () => {
      if (core.current && !(await core.current.flush())) return;
      const loaded = await withDb(core, (db) => loadDraft(db, id));
      if (loaded && loaded.meta.deletedAt === undefined) await showDraft(core, loaded);
      else core.store.patch({ notice: GONE });
    });
  }

  /** Stores a copy of draft `id` (its newest text when it is the open one); the list shows it. */
  async function duplicate(id: string): Promise<void> {
    if (busy()) return;
    if (core.current?.id === id && !(await core.current.flush())) return;
    await update(withDb(core, (db) => duplicateDraft(db, id)));
  }

  /** Marks draft `id` ready to export, or back to draft. */
  async function changeStatus(id: string, status: DraftStatus): Promise<void> {
    if (!busy()) await update(withDb(core, (db) => setStatus(db, id, status)));
  }

  /**
   * Moves draft `id` to the trash. When it is the open draft, its text is stored first and the
   * next most recent draft (or a new post) is opened instead.
   */
  async function trash(id: string): Promise<void> {
    if (busy()) return;
    if (core.current?.id !== id) return update(withDb(core, (db) => trashDraft(db, id)));
    await whileOpening(core, async () => {
      if (!(await core.current!.flush())) return;
      await update(withDb(core, (db) => trashDraft(db, id)));
      const next = core.store.get().drafts.find((d) => d.id !== id);
      const loaded: LoadedDraft | null | undefined = await withDb(core, async (db) =>
        next ? loadDraft(db, next.id) : createTextDraft(db, await makeNewPostText()),
      );
      if (loaded) await showDraft(core, loaded, { flush: false });
      await withDb(core, () => refreshList(core));
    });
  }

  /** Takes draft `id` out of the trash. */
  async function restore(id: string): Promise<void> {
    if (!busy()) await update(withDb(core, (db) => restoreDraft(db, id)));
  }

  /** Deletes every draft in the trash for good (the UI asks first). */
  async function emptyTrashNow(): Promise<void> {
    if (busy()) return;
    await withDb(core, (db) => emptyTrash(db));
    await withDb(core, () => refreshList(core));
  }

  /** Returns the ids of drafts whose text contains `query` (accents and case ignored). */
  async function searchText(query: string): Promise<string[]> {
    return (await withDb(core, (db) => searchDrafts(db, query))) ?? [];
  }

  return {
    openDraft: openDraftById,
    duplicateDraft: duplicate,
    setStatus: changeStatus,
    trashDraft: trash,
    restoreDraft: restore,
    emptyTrash: emptyTrashNow,
    searchText,
  };
}
