/** The History dialog's actions on the open draft's snapshots. */
import { addSnapshot, listSnapshots, loadSnapshot, restoreSnapshot } from '../../storage';
import type { SnapshotInfo, SnapshotReason } from '../../storage';
import { showDraft, whileOpening, withDb } from './session-core';
import type { SessionCore } from './session-core';
import { STATUS } from './session-state';

/** Returns the history actions of a session; storage failures become the alert. */
export function createHistoryActions(core: SessionCore) {
  /** Returns the open draft's snapshots, newest first (empty without storage). */
  async function listHistory(): Promise<SnapshotInfo[]> {
    const id = core.current?.id;
    if (!id) return [];
    return (await withDb(core, (db) => listSnapshots(db, id)))?.snapshots ?? [];
  }

  /** Stores the editor's current text as a snapshot of the open draft ('export' on export). */
  async function takeSnapshot(reason: SnapshotReason = 'manual'): Promise<void> {
    const draft = core.current;
    if (!draft) return;
    const text = draft.text();
    const info = await withDb(core, (db) => addSnapshot(db, draft.id, text, reason));
    if (info) draft.noteSnapshot(text);
  }

  /**
   * Makes snapshot `snapshotId` the open draft's text: the current text is stored first and
   * kept as a snapshot, then the editor reloads. A newer revision from another tab raises the
   * conflict instead of being overwritten.
   */
  async function restoreFromHistory(snapshotId: number): Promise<void> {
    const draft = core.current;
    if (!draft || core.store.get().conflict) return;
    await whileOpening(core, async () => {
      if (!(await draft.flush())) return;
      const { postMetaOf } = await import('./post-meta');
      const result = await withDb(core, (db) =>
        restoreSnapshot(db, draft.id, snapshotId, draft.text(), draft.revision(), {
          metaOf: postMetaOf,
        }),
      );
      if (!result || core.current !== draft) return;
      if (!result.ok) return draft.markConflict(result.conflict.meta === null);
      core.messenger?.announceSaved(draft.id, result.meta.revision);
      draft.dispose();
      await showDraft(core, { meta: result.meta, text: result.text }, { flush: false });
      core.store.patch({ status: STATUS.saved });
    });
  }

  /** Returns the text of snapshot `snapshotId`, or null when it is gone. */
  async function snapshotText(snapshotId: number): Promise<string | null> {
    return (await withDb(core, (db) => loadSnapshot(db, snapshotId)))?.text ?? null;
  }

  return { listHistory, takeSnapshot, restoreSnapshot: restoreFromHistory, snapshotText };
}
