/** Snapshots: the history of a draft's text, bounded per draft. */
import { runTx } from './db.ts';
import type { NewSnapshot, PlumaDb, PlumaTx } from './db.ts';
import { corrupt, readMeta, readText, writeNextRevision } from './draft-records.ts';
import type { SaveConflict } from './drafts.ts';
import type { DraftMeta, Snapshot, SnapshotInfo, SnapshotReason } from './records.ts';
import { restoreSnapshot as restoreSnapshotRecord } from './restore.ts';
import type { RestoreProblem } from './restore.ts';
import { byteSize } from './util.ts';

/** How many snapshots a draft keeps unless told otherwise. */
export const DEFAULT_SNAPSHOT_LIMIT = 50;

type SnapshotStore = ReturnType<PlumaTx<readonly ['snapshots'], 'readwrite'>['objectStore']>;

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
  return runTx(db, ['meta', 'snapshots'], 'readwrite', async (tx) => {
    if ((await readMeta(tx.objectStore('meta'), draftId)) === null) return null;
    return addAndPrune(tx.objectStore('snapshots'), draftId, text, reason, limit);
  });
}

/** The snapshots of a draft without their texts, newest first, plus unreadable records. */
export interface SnapshotList {
  snapshots: SnapshotInfo[];
  problems: RestoreProblem[];
}

/** Returns draft `draftId`'s snapshots (id, createdAt, size, reason), newest first. */
export async function listSnapshots(db: PlumaDb, draftId: string): Promise<SnapshotList> {
  const rows: unknown[] = await runTx(db, ['snapshots'], 'readonly', (tx) =>
    tx.store.index('draftId').getAll(draftId),
  );
  const snapshots: SnapshotInfo[] = [];
  const problems: RestoreProblem[] = [];
  for (const raw of rows) {
    const { record, reason } = restoreSnapshotRecord(raw);
    if (record === null) {
      problems.push({ store: 'snapshots', key: String((raw as { id?: unknown }).id), reason });
      continue;
    }
    snapshots.push(infoOf(record));
  }
  snapshots.sort((a, b) => b.id - a.id);
  return { snapshots, problems };
}

/**
 * Returns snapshot `id` with its text, or null when it does not exist. Throws a 'corrupt'
 * StorageError when the stored record is malformed.
 */
export async function loadSnapshot(db: PlumaDb, id: number): Promise<Snapshot | null> {
  const raw: unknown = await runTx(db, ['snapshots'], 'readonly', (tx) => tx.store.get(id));
  if (raw === undefined) return null;
  const { record, reason } = restoreSnapshotRecord(raw);
  if (record === null) throw corrupt({ store: 'snapshots', key: String(id), reason });
  return record;
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
  const stores = ['meta', 'texts', 'snapshots'] as const;
  return runTx(db, stores, 'readwrite', async (tx): Promise<RestoreSnapshotResult | null> => {
    const raw: unknown = await tx.objectStore('snapshots').get(snapshotId);
    if (raw === undefined) return null;
    const { record: snapshot, reason } = restoreSnapshotRecord(raw);
    if (snapshot === null) throw corrupt({ store: 'snapshots', key: String(snapshotId), reason });
    if (snapshot.draftId !== draftId) return null;

    const meta = await readMeta(tx.objectStore('meta'), draftId);
    if (meta === null) return { ok: false, conflict: { meta: null, text: null, revision: null } };
    if (meta.revision !== expectedRevision) {
      const stored = await readText(tx.objectStore('texts'), draftId);
      return { ok: false, conflict: { meta, text: stored, revision: meta.revision } };
    }
    const store = tx.objectStore('snapshots');
    const backup = await addAndPrune(store, draftId, currentText, 'before-restore', limit, [
      snapshotId,
    ]);
    const next = await writeNextRevision(tx, meta, snapshot.text, metaOf?.(snapshot.text));
    return { ok: true, meta: next, text: snapshot.text, backup };
  });
}

/** Adds a snapshot and deletes the draft's oldest ones past `limit`, sparing `spare` ids. */
async function addAndPrune(
  store: SnapshotStore,
  draftId: string,
  text: string,
  reason: SnapshotReason,
  limit: number,
  spare: number[] = [],
): Promise<SnapshotInfo> {
  const record: NewSnapshot = {
    draftId,
    createdAt: Date.now(),
    text,
    size: byteSize(text),
    reason,
  };
  const id = await store.add(record);
  let excess = (await store.index('draftId').count(draftId)) - Math.max(1, limit);
  // Keys within one index value come in primary-key order, and ids grow: oldest first.
  let cursor = await store.index('draftId').openKeyCursor(draftId);
  while (cursor && excess > 0) {
    const key = cursor.primaryKey;
    if (!spare.includes(key) && key !== id) {
      await store.delete(key);
      excess--;
    }
    cursor = await cursor.continue();
  }
  return infoOf({ ...record, id });
}

function infoOf({ id, draftId, createdAt, size, reason }: Snapshot): SnapshotInfo {
  return { id, draftId, createdAt, size, reason };
}
