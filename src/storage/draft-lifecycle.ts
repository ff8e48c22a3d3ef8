/** Duplicating, trashing, restoring, purging drafts and changing their status. */
import { runTx } from './db.ts';
import type { PlumaDb, PlumaTx } from './db.ts';
import { readMeta, readText } from './draft-records.ts';
import type { DraftMeta, DraftStatus } from './records.ts';
import { restoreMeta } from './restore.ts';
import type { RestoreProblem } from './restore.ts';
import { deleteSnapshotsOf } from './snapshot-records.ts';
import { newId } from './util.ts';
import { PREVIEW_DB } from '../core/render/preview-db.ts';

/**
 * Stores a copy of draft `id` (text, title, filename, status) as a new draft at revision 1 and
 * returns its meta, or null when there is no such draft. `title` overrides the copied title.
 */
export async function duplicateDraft(
  db: PlumaDb,
  id: string,
  options: { title?: string } = {},
): Promise<DraftMeta | null> {
  return runTx(db, ['meta', 'texts'], 'readwrite', async (tx) => {
    const source = await readMeta(tx.objectStore('meta'), id);
    if (source === null) return null;
    const text = await readText(tx.objectStore('texts'), id);
    const now = Date.now();
    const copy: DraftMeta = {
      ...source,
      id: newId(),
      title: options.title ?? source.title,
      createdAt: now,
      updatedAt: now,
      revision: 1,
      lastOpenedAt: null,
    };
    delete copy.deletedAt;
    await tx.objectStore('meta').add(copy);
    await tx.objectStore('texts').add({ id: copy.id, text, revision: 1 });
    return copy;
  });
}

/** Moves draft `id` to the trash (sets `deletedAt`); returns the new meta, or null if absent. */
export function trashDraft(db: PlumaDb, id: string): Promise<DraftMeta | null> {
  return updateMeta(db, id, (meta) => ({ ...meta, deletedAt: Date.now() }));
}

/** Takes draft `id` out of the trash; returns the new meta, or null if absent. */
export function restoreDraft(db: PlumaDb, id: string): Promise<DraftMeta | null> {
  return updateMeta(db, id, ({ deletedAt: _deletedAt, ...meta }) => meta);
}

/** Sets draft `id`'s status; returns the new meta, or null if absent. */
export function setStatus(db: PlumaDb, id: string, status: DraftStatus): Promise<DraftMeta | null> {
  return updateMeta(db, id, (meta) => ({ ...meta, status, updatedAt: Date.now() }));
}

/**
 * Sets the checks silenced for draft `id` (kept with the draft, not in its text); returns the
 * new meta, or null if absent.
 */
export function setSilencedChecks(
  db: PlumaDb,
  id: string,
  checks: readonly string[],
): Promise<DraftMeta | null> {
  return updateMeta(db, id, ({ silencedChecks: _old, ...meta }) =>
    checks.length > 0 ? { ...meta, silencedChecks: [...new Set(checks)].sort() } : meta,
  );
}

/** Records that draft `id` was opened now; returns the new meta, or null if absent. */
export function markOpened(db: PlumaDb, id: string): Promise<DraftMeta | null> {
  return updateMeta(db, id, (meta) => ({ ...meta, lastOpenedAt: Date.now() }));
}

/** The stores a purged draft has records in. */
const PURGED = ['meta', 'texts', 'snapshots', 'snapshotTexts', 'images'] as const;

/** What `emptyTrash` removed, and the records it left alone because they were unreadable. */
export interface EmptyTrashResult {
  deleted: string[];
  problems: RestoreProblem[];
}

/** Deletes the preview kept for the next start, which may be of a draft deleted for good. */
function forgetKeptPreview(): void {
  try {
    indexedDB.deleteDatabase(PREVIEW_DB.name);
  } catch {
    // No storage: nothing was kept.
  }
}

/**
 * Deletes every trashed draft for good: meta, text, snapshots (info and text) and images, in one
 * transaction, and the preview kept for the next start. Returns the ids deleted. Malformed metas
 * are never deleted; they are reported.
 */
export async function emptyTrash(db: PlumaDb): Promise<EmptyTrashResult> {
  const result = await purgeTrash(db);
  if (result.deleted.length > 0) forgetKeptPreview();
  return result;
}

function purgeTrash(db: PlumaDb): Promise<EmptyTrashResult> {
  return runTx(db, PURGED, 'readwrite', async (tx) => {
    const deleted: string[] = [];
    const problems: RestoreProblem[] = [];
    let cursor = await tx.objectStore('meta').openCursor();
    while (cursor) {
      const { record, reason } = restoreMeta(cursor.value);
      if (record === null) problems.push({ store: 'meta', key: String(cursor.key), reason });
      else if (record.deletedAt !== undefined) deleted.push(record.id);
      cursor = await cursor.continue();
    }
    await Promise.all(deleted.map((id) => purge(tx, id)));
    return { deleted, problems };
  });
}

async function purge(tx: PlumaTx<typeof PURGED, 'readwrite'>, id: string): Promise<void> {
  await tx.objectStore('meta').delete(id);
  await tx.objectStore('texts').delete(id);
  const snapshots = { info: tx.objectStore('snapshots'), texts: tx.objectStore('snapshotTexts') };
  await deleteSnapshotsOf(snapshots, id);
  const images = tx.objectStore('images');
  let cursor = await images.index('draftId').openKeyCursor(id);
  while (cursor) {
    await images.delete(cursor.primaryKey);
    cursor = await cursor.continue();
  }
}

async function updateMeta(
  db: PlumaDb,
  id: string,
  change: (meta: DraftMeta) => DraftMeta,
): Promise<DraftMeta | null> {
  return runTx(db, ['meta'], 'readwrite', async (tx) => {
    const meta = await readMeta(tx.objectStore('meta'), id);
    if (meta === null) return null;
    const next = change(meta);
    await tx.store.put(next);
    return next;
  });
}
