/**
 * Helpers for the two records of a snapshot inside a transaction: its info in `snapshots` and
 * its text in `snapshotTexts`, both under the snapshot's id. Every module that reads, writes or
 * deletes snapshots goes through these, so the two records never drift apart.
 */
import type { IDBPObjectStore } from 'idb';
import type { PlumaSchema, StoreName } from './db.ts';
import { corrupt } from './draft-records.ts';
import type { Snapshot, SnapshotInfo } from './records.ts';
import { joinSnapshot, restoreSnapshotInfo, restoreSnapshotText } from './restore.ts';
import type { RestoreProblem } from './restore.ts';

type Store<Name extends StoreName, Mode extends IDBTransactionMode> = IDBPObjectStore<
  PlumaSchema,
  ArrayLike<StoreName>,
  Name,
  Mode
>;

/** The two stores of snapshots, from one transaction. */
export interface SnapshotStores<Mode extends IDBTransactionMode = 'readwrite'> {
  info: Store<'snapshots', Mode>;
  texts: Store<'snapshotTexts', Mode>;
}

/** A snapshot to write: the store assigns `id` unless it is given. */
export type SnapshotWrite = Omit<Snapshot, 'id'> & { id?: number };

/**
 * Returns snapshot `id` (info and text) read from `stores`, or null when it does not exist.
 * Throws a 'corrupt' StorageError naming the store when either record is malformed or the text
 * record is missing.
 */
export async function readSnapshot(
  stores: SnapshotStores<IDBTransactionMode>,
  id: number,
): Promise<Snapshot | null> {
  const [rawInfo, rawText] = await readRaw(stores, id);
  if (rawInfo === undefined) return null;
  const info = restoreSnapshotInfo(rawInfo);
  const key = String(id);
  if (info.record === null) throw corrupt({ store: 'snapshots', key, reason: info.reason });
  const text = restoreSnapshotText(rawText);
  if (text.record === null) throw corrupt({ store: 'snapshotTexts', key, reason: text.reason });
  return joinSnapshot(info.record, text.record.text);
}

/**
 * Writes `snapshot` as its two records (mutates both stores), under its own id when it has one
 * (replacing what was there), else under a new one. Returns the info as stored.
 */
export async function writeSnapshot(
  stores: SnapshotStores,
  snapshot: SnapshotWrite,
): Promise<SnapshotInfo> {
  const { draftId, createdAt, text, size, reason } = snapshot;
  const fields = { draftId, createdAt, size, reason };
  // One write after the other: a write that throws at once must not orphan the other's promise.
  const id =
    snapshot.id === undefined
      ? await stores.info.add(fields)
      : await stores.info.put({ id: snapshot.id, ...fields });
  await stores.texts.put({ id, text });
  return { id, ...fields };
}

/** Deletes snapshot `id`'s info and text (mutates both stores). */
export async function deleteSnapshot(stores: SnapshotStores, id: number): Promise<void> {
  await stores.info.delete(id);
  await stores.texts.delete(id);
}

/** Deletes every snapshot of draft `draftId`, info and text (mutates both stores). */
export async function deleteSnapshotsOf(stores: SnapshotStores, draftId: string): Promise<void> {
  let cursor = await stores.info.index('draftId').openKeyCursor(draftId);
  while (cursor) {
    await deleteSnapshot(stores, cursor.primaryKey);
    cursor = await cursor.continue();
  }
}

/**
 * Writes backed-up `snapshot` into `stores` (mutates them) unless the same snapshot (draft, time
 * and text) is already there. A different, readable snapshot under its id is kept, and the
 * backed-up one gets a new id; an unreadable one is replaced. Returns whether it wrote.
 */
export async function mergeSnapshot(stores: SnapshotStores, snapshot: Snapshot): Promise<boolean> {
  const [rawInfo, rawText] = await readRaw(stores, snapshot.id);
  const info = restoreSnapshotInfo(rawInfo).record;
  const text = restoreSnapshotText(rawText).record;
  if (info === null || text === null) {
    await writeSnapshot(stores, snapshot);
    return true;
  }
  const same =
    info.draftId === snapshot.draftId &&
    info.createdAt === snapshot.createdAt &&
    text.text === snapshot.text;
  if (same) return false;
  await writeSnapshot(stores, { ...snapshot, id: undefined });
  return true;
}

/**
 * Returns the whole snapshots among stored `infos` and `texts` (all the records of both stores,
 * as read), and a problem for each info that is unreadable or whose text is. Texts without an
 * info are left out.
 */
export function joinStoredSnapshots(
  infos: unknown[],
  texts: unknown[],
): { snapshots: Snapshot[]; problems: RestoreProblem[] } {
  const textById = new Map<unknown, unknown>();
  for (const raw of texts) textById.set((raw as { id?: unknown } | null)?.id, raw);
  const snapshots: Snapshot[] = [];
  const problems: RestoreProblem[] = [];
  for (const raw of infos) {
    const key = String((raw as { id?: unknown } | null)?.id);
    const info = restoreSnapshotInfo(raw);
    if (info.record === null) {
      problems.push({ store: 'snapshots', key, reason: info.reason });
      continue;
    }
    const text = restoreSnapshotText(textById.get(info.record.id));
    if (text.record === null) problems.push({ store: 'snapshotTexts', key, reason: text.reason });
    else snapshots.push(joinSnapshot(info.record, text.record.text));
  }
  return { snapshots, problems };
}

function readRaw(stores: SnapshotStores<IDBTransactionMode>, id: number): Promise<unknown[]> {
  return Promise.all([stores.info.get(id), stores.texts.get(id)]);
}
