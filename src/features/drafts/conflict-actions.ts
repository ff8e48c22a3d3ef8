/**
 * What happens when the open draft was stored elsewhere (by another tab, or by an import or a
 * backup restore here): reload its text when this tab has no unsaved edits, otherwise ask (the
 * Conflict dialog) and carry out the answer without losing either tab's text.
 */
import { addSnapshot, loadDraft } from '../../storage';
import type { DraftMeta } from '../../storage';
import type { OpenDraft } from './open-draft';
import { refreshList, showDraft, withDb } from './session-core';
import type { SessionCore } from './session-core';
import { translate } from '../../i18n/lang-store';
import { message } from '../../i18n/translate';
import { createTextDraft } from './start-draft';

const KEPT_IN_HISTORY = [message('session.keptInHistory')];

/** Returns the conflict handling of a session: `theirsSaved` and the dialog's two answers. */
export function createConflictActions(core: SessionCore) {
  /**
   * Called when another tab stored a newer revision of `draft`. With unsaved edits here, the
   * conflict is raised and saving stops until the person chooses. Without any, nothing of this
   * tab can be lost: the newer text replaces the editor's at once when this tab is hidden; when
   * it is shown, the person may be typing, and replacing the editor under their fingers would
   * drop keys, so `theirsNewer` offers it instead (typing first leads to the conflict, as the
   * save is refused).
   */
  async function theirsSaved(draft: OpenDraft): Promise<void> {
    if (draft.isDirty()) return draft.markConflict(false);
    if (core.isActive()) return core.store.patch({ theirsNewer: true });
    await showTheirs(draft);
  }

  /** Shows the stored newer text of `draft` unless this tab has edited it meanwhile. */
  async function showTheirs(draft = core.current): Promise<void> {
    if (!draft || core.store.get().conflict) return;
    const loaded = await withDb(core, (db) => loadDraft(db, draft.id));
    if (core.current !== draft || !loaded || loaded.meta.revision <= draft.revision()) return;
    // The person may have typed while the newer text was read.
    if (draft.isDirty()) return draft.markConflict(false);
    draft.dispose();
    await showDraft(core, loaded, { flush: false });
  }

  /** Replaces this tab's text by the stored one; this tab's text is kept as a snapshot first. */
  async function reloadTheirs(): Promise<void> {
    const draft = core.current;
    if (!draft || !core.store.get().conflict) return;
    const mine = draft.text();
    const loaded = await withDb(core, async (db) => {
      const theirs = await loadDraft(db, draft.id);
      if (theirs && theirs.text !== mine) await addSnapshot(db, draft.id, mine, 'before-restore');
      return theirs;
    });
    if (!loaded || core.current !== draft) return;
    draft.dispose();
    await showDraft(core, loaded, { flush: false, notice: KEPT_IN_HISTORY });
  }

  /** Stores this tab's text as a new draft and opens it; the other tab's draft stays as it is. */
  async function keepMineAsCopy(): Promise<void> {
    const draft = core.current;
    if (!draft || !core.store.get().conflict) return;
    // The title's editor (it reads YAML) loads when a copy is first kept.
    const { copyTitled } = await import('./copy-titled');
    const text = copyTitled(draft.text(), translate('conflict.copySuffix'));
    const copy = await withDb(core, (db) => createTextDraft(db, text));
    if (!copy || core.current !== draft) return;
    draft.dispose();
    await showDraft(core, copy, { flush: false });
    await withDb(core, () => refreshList(core));
  }

  /**
   * Call after drafts were stored outside the session in this tab (an import, a backup restore)
   * with their stored revisions: tells the other tabs, reloads this tab's drafts list, and, when
   * the open draft is among them with a newer revision, treats it as another tab's save.
   */
  async function refreshDrafts(
    stored: readonly Pick<DraftMeta, 'id' | 'revision'>[] = [],
  ): Promise<void> {
    // The session's own channel end: other tabs hear it, this one does not hear itself.
    for (const draft of stored) core.messenger?.announceSaved(draft.id, draft.revision);
    await withDb(core, () => refreshList(core));
    const draft = core.current;
    const newer = draft && stored.find((d) => d.id === draft.id && d.revision > draft.revision());
    if (draft && newer) await theirsSaved(draft);
  }

  return {
    theirsSaved,
    actions: { reloadTheirs, keepMineAsCopy, showTheirs: () => showTheirs(), refreshDrafts },
  };
}
