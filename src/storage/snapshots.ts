/** Snapshots: the history of a draft's text, bounded per draft. */
import { runTx } from './db.ts';
import type { PlumaDb } from './db.ts';
import { readMeta, readText, writeNextRevision } from './draft-records.ts';
import type { SaveConflict } from './drafts.ts';
import type { DraftMeta, Snapshot, SnapshotInfo, SnapshotReason } from './records.ts';
import { restoreSnapshotInfo } from './restore.ts';
import type { RestoreProblem } from './restore.ts';
import { deleteSnapshot, readSnapshot, writeSnapshot } from './snapshot-records.ts';
import type { SnapshotStores } from './snapshot-records.ts';
import { byteSize } from './util.ts';

/** How many snapshots a draft keeps unless told otherwise. */
export const DEFAULT_SNAPSHOT_LIMIT = 50;

/**
 * Stores `text` as a snapshot of draft `draftId` and prunes that draft's oldest snapshots beyond
 * `limit`, in one transaction. Returns the new snapshot's info, or null when the draft is gone.
 */
export async function addSnapshot(
  db: PlumaDb,
  draftId: string,
  text: string,
  reason: SnapshotReason,
  { limit = DEFAULT_SNAPSHOT_LIMIT }: { limit?: number } = {},
): Promise<SnapshotInfo | null> {
  return runTx(db, ['meta', 'snapshots', 'snapshotTexts'], 'readwrite', async (tx) => {
    if ((await readMeta(tx.objectStore('meta'), draftId)) === null) return null;
    const stores = { info: tx.objectStore('snapshots'), texts: tx.objectStore('snapshotTexts') };
    return addAndPrune(stores, draftId, text, reason, limit);
  });
}

/** The snapshots of a draft without their texts, newest first, plus unreadable records. */
export interface SnapshotList {
  snapshots: SnapshotInfo[];
  problems: RestoreProblem[];
}

/**
 * Returns draft `draftId`'s snapshots (id, createdAt, size, reason), newest first. Reads the
 * `snapshots` store only: no snapshot text is loaded, however long the post.
 */
export async function listSnapshots(db: PlumaDb, draftId: string): Promise<SnapshotList> {
  const rows: unknown[] = await runTx(db, ['snapshots'], 'readonly', (tx) =>
    tx.store.index('draftId').getAll(draftId),
  );
  const snapshots: SnapshotInfo[] = [];
  const problems: RestoreProblem[] = [];
  for (const raw of rows) {
    const { record, reason } = restoreSnapshotInfo(raw);
    if (record === null) {
      problems.push({ store: 'snapshots', key: String((raw as { id?: unknown }).id), reason });
      continue;
    }
    snapshots.push(record);
  }
  snapshots.sort((a, b) => b.id - a.id);
  return { snapshots, problems };
}

/**
 * Returns snapshot `id` with its text, or null when it does not exist. Throws a 'corrupt'
 * StorageError when its info or text record is malformed, or its text record is missing.
 */
export async function loadSnapshot(db: PlumaDb, id: number): Promise<Snapshot | null> {
  return runTx(db, ['snapshots', 'snapshotTexts'], 'readonly', (tx) =>
    readSnapshot({ info: tx.objectStore('snapshots'), texts: tx.objectStore('snapshotTexts') }, id),
  );
}

/** A restored draft, or the conflict that stopped the restore. */
export type RestoreSnapshotResult =
  | { ok: true; meta: DraftMeta; text: string; backup: SnapshotInfo }
  | { ok: false; conflict: SaveConflict };

/**
 * Makes snapshot `snapshotId`'s text the text of draft `draftId`, in one transaction: first
 * `currentText` (what the editor shows) is kept as a 'before-restore' snapshot, then the text is
 * written as the next revision. Like `saveDraft`, refuses (writing nothing) when the stored
 * revision is not `expectedRevision`. Returns null when the snapshot is not this draft's.
 * `metaOf` gives the title and filename of the restored text, so the drafts list follows it.
 */
export async function restoreSnapshot(
  db: PlumaDb,
  draftId: string,
  snapshotId: number,
  currentText: string,
  expectedRevision: number,
  {
    limit = DEFAULT_SNAPSHOT_LIMIT,
    metaOf,
  }: {
    limit?: number;
    metaOf?: (text: string) => { title?: string; filename?: string | null };
  } = {},
): Promise<RestoreSnapshotResult | null> {
  const names = ['meta', 'texts', 'snapshots', 'snapshotTexts'] as const;
  return runTx(db, names, 'readwrite', async (tx): Promise<RestoreSnapshotResult | null> => {
    const stores = { info: tx.objectStore('snapshots'), texts: tx.objectStore('snapshotTexts') };
    const snapshot = await readSnapshot(stores, snapshotId);
    if (snapshot === null || snapshot.draftId !== draftId) return null;

    const meta = await readMeta(tx.objectStore('meta'), draftId);
    if (meta === null) return { ok: false, conflict: { meta: null, text: null, revision: null } };
    if (meta.revision !== expectedRevision) {
      const stored = await readText(tx.objectStore('texts'), draftId);
      return { ok: false, conflict: { meta, text: stored, revision: meta.revision } };
    }
    const backup = await addAndPrune(stores, draftId, currentText, 'before-restore', limit, [
      snapshotId,
    ]);
    const next = await writeNextRevision(tx, meta, snapshot.text, metaOf?.(snapshot.text));
    return { ok: true, meta: next, text: snapshot.text, backup };
  });
}

/** Adds a snapshot and deletes the draft's oldest ones past `limit`, sparing `spare` ids. */
async function addAndPrune(
  stores: SnapshotStores,
  draftId: string,
  text: string,
  reason: SnapshotReason,
  limit: number,
  spare: number[] = [],
): Promise<SnapshotInfo> {
  const snapshot = { draftId, createdAt: Date.now(), text, size: byteSize(text), reason };
  const info = await writeSnapshot(stores, snapshot);
  const byDraft = stores.info.index('draftId');
  let excess = (await byDraft.count(draftId)) - Math.max(1, limit);
  // Keys within one index value come in primary-key order, and ids grow: oldest first.
  let cursor = await byDraft.openKeyCursor(draftId);
  while (cursor && excess > 0) {
    const key = cursor.primaryKey;
    if (!spare.includes(key) && key !== info.id) {
      await deleteSnapshot(stores, key);
      excess--;
    }
    cursor = await cursor.continue();
  }
  return info;
}
