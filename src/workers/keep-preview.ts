/**
 * The worker's side of the preview kept for the next start (core/render/preview-snapshot.ts):
 * it stores the last render, off the page's thread (at 50,000 words, storing it takes 3-16 ms).
 */
import { openDB, type IDBPDatabase } from 'idb';
import {
  KEEPING_BUILD,
  pack,
  PREVIEW_DB,
  type PreviewSnapshot,
} from '../core/render/preview-snapshot';

/** Storage may be missing, or there and refused (`null` where site data is blocked). */
const keeping = KEEPING_BUILD && typeof indexedDB !== 'undefined' && indexedDB !== null;

let opening: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  opening ??= openDB(PREVIEW_DB.name, PREVIEW_DB.version, {
    upgrade: (db) => void db.createObjectStore(PREVIEW_DB.store),
    // Another tab or the browser wants the database gone or changed: let it be.
    blocking: (_current, _next, event) => {
      (event.target as IDBDatabase).close();
      opening = null;
    },
    // The browser closed it (the site's data cleared): the next keep opens it again.
    terminated: () => (opening = null),
  });
  // A failure is not kept: the next keep tries again.
  opening.catch(() => (opening = null));
  return opening;
}

/** Keeps `snapshot` as the last preview; a failure (a full disk) only loses the cache. */
export async function keepPreview(snapshot: PreviewSnapshot): Promise<void> {
  if (!keeping) return;
  try {
    const db = await open();
    await db.put(PREVIEW_DB.store, pack(snapshot), PREVIEW_DB.key);
  } catch {
    // Only the next start's head start is lost; the next keep opens the database afresh.
    opening = null;
  }
}
