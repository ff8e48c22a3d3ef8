/**
 * The worker's side of the preview kept for the next start (core/render/preview-snapshot.ts):
 * it stores the last render, off the page's thread (at 50,000 words, storing it takes 3-16 ms).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  pack,
  PREVIEW_DB,
  type PreviewSnapshot,
  type StoredSnapshot,
} from '../core/render/preview-snapshot';

interface SnapshotSchema extends DBSchema {
  shown: { key: string; value: StoredSnapshot };
}

/** Off under `vite dev`, whose code changes without its build changing (on in tests). */
const ENABLED =
  (import.meta.env.PROD || import.meta.env.MODE === 'test') && typeof indexedDB !== 'undefined';

let opening: Promise<IDBPDatabase<SnapshotSchema>> | null = null;

function open(): Promise<IDBPDatabase<SnapshotSchema>> {
  opening ??= openDB<SnapshotSchema>(PREVIEW_DB.name, PREVIEW_DB.version, {
    upgrade: (db) => void db.createObjectStore(PREVIEW_DB.store),
    // Another tab or the browser wants the database gone or changed: let it be.
    blocking: (_current, _next, event) => {
      (event.target as IDBDatabase).close();
      opening = null;
    },
  });
  // A failure is not kept: the next save tries again.
  opening.catch(() => (opening = null));
  return opening;
}

/** Keeps `snapshot` as the last preview; a failure (a full disk) only loses the cache. */
export async function keepPreview(snapshot: PreviewSnapshot): Promise<void> {
  if (!ENABLED) return;
  try {
    const db = await open();
    await db.put(PREVIEW_DB.store, pack(snapshot), PREVIEW_DB.key);
  } catch {
    // Only the next start's head start is lost.
  }
}
