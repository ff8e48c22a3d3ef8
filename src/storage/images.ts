/** Images a draft refers to, stored by [draftId, path] so export can bundle them. */
import { runTx } from './db.ts';
import type { PlumaDb } from './db.ts';
import { corrupt } from './draft-records.ts';
import type { ImageInfo, ImageRecord } from './records.ts';
import { restoreImage } from './restore.ts';
import type { RestoreProblem } from './restore.ts';

/**
 * Stores `blob` as the image at `path` for draft `draftId`, replacing any image at that path.
 * Returns its info (mime from the blob's type, size in bytes).
 */
export async function putImage(
  db: PlumaDb,
  draftId: string,
  path: string,
  blob: Blob,
): Promise<ImageInfo> {
  const record: ImageRecord = { draftId, path, blob, mime: blob.type, size: blob.size };
  await runTx(db, ['images'], 'readwrite', (tx) => tx.store.put(record));
  return { draftId, path, mime: record.mime, size: record.size };
}

/** Draft `draftId`'s images without their bytes, sorted by path, plus unreadable records. */
export interface ImageList {
  images: ImageInfo[];
  problems: RestoreProblem[];
}

/** Returns the images stored for draft `draftId`, sorted by path. */
export async function listImages(db: PlumaDb, draftId: string): Promise<ImageList> {
  const [rows, keys] = await runTx(db, ['images'], 'readonly', (tx) =>
    Promise.all([
      tx.store.index('draftId').getAll(draftId),
      tx.store.index('draftId').getAllKeys(draftId),
    ]),
  );
  const images: ImageInfo[] = [];
  const problems: RestoreProblem[] = [];
  rows.forEach((raw: unknown, i) => {
    const { record, reason } = restoreImage(raw);
    if (record === null) return problems.push({ store: 'images', key: keys[i].join(' '), reason });
    images.push({
      draftId: record.draftId,
      path: record.path,
      mime: record.mime,
      size: record.size,
    });
  });
  images.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { images, problems };
}

/**
 * Returns the image at `path` for draft `draftId`, or null when there is none. Throws a
 * 'corrupt' StorageError when the stored record is malformed.
 */
export async function getImage(
  db: PlumaDb,
  draftId: string,
  path: string,
): Promise<ImageRecord | null> {
  const raw: unknown = await runTx(db, ['images'], 'readonly', (tx) =>
    tx.store.get([draftId, path]),
  );
  if (raw === undefined) return null;
  const { record, reason } = restoreImage(raw);
  if (record === null) throw corrupt({ store: 'images', key: `${draftId} ${path}`, reason });
  return record;
}

/** Deletes the image at `path` for draft `draftId` (if any). */
export async function deleteImage(db: PlumaDb, draftId: string, path: string): Promise<void> {
  await runTx(db, ['images'], 'readwrite', (tx) => tx.store.delete([draftId, path]));
}
