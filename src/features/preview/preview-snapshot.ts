/**
 * The page's side of the preview kept for the next start (core/render/preview-snapshot.ts): it
 * reads the record once, as the editor shows the post, so that the pane can show it on mount.
 */
import { openDB, type DBSchema } from 'idb';
import {
  PREVIEW_DB,
  unpack,
  type PreviewSnapshot,
  type StoredSnapshot,
} from '../../core/render/preview-snapshot';

interface SnapshotSchema extends DBSchema {
  shown: { key: string; value: StoredSnapshot };
}

/** Off under `vite dev`, whose code changes without its build changing (on in tests). */
const ENABLED =
  (import.meta.env.PROD || import.meta.env.MODE === 'test') && typeof indexedDB !== 'undefined';

let reading: Promise<PreviewSnapshot | null> | null = null;

/**
 * Reads the last preview kept, once per page (the page asks for it as the editor shows the post,
 * so that it is there when the preview pane mounts); null when there is none or it cannot be
 * read.
 */
export function readPreviewSnapshot(): Promise<PreviewSnapshot | null> {
  if (!ENABLED) return Promise.resolve(null);
  reading ??= openDB<SnapshotSchema>(PREVIEW_DB.name, PREVIEW_DB.version, {
    upgrade: (db) => void db.createObjectStore(PREVIEW_DB.store),
  })
    .then(async (db) => {
      try {
        return unpack(await db.get(PREVIEW_DB.store, PREVIEW_DB.key));
      } finally {
        db.close();
      }
    })
    .catch(() => null);
  return reading;
}
