/**
 * The page's side of the preview kept for the next start (core/render/preview-snapshot.ts): it
 * reads the record once, as the editor shows the post, so that the pane can show it on mount.
 */
import { openDB } from 'idb';
import {
  KEEPING_BUILD,
  PREVIEW_DB,
  snapshotShows,
  unpack,
  type PreviewSnapshot,
} from '../../core/render/preview-snapshot';

/** Storage may be missing, or there and refused (`null` where site data is blocked). */
const keeping = KEEPING_BUILD && typeof indexedDB !== 'undefined' && indexedDB !== null;

let reading: Promise<PreviewSnapshot | null> | null = null;

/** Reads the kept preview; null when there is none, or storage cannot be opened or read. */
async function read(): Promise<PreviewSnapshot | null> {
  const db = await openDB(PREVIEW_DB.name, PREVIEW_DB.version, {
    upgrade: (created) => void created.createObjectStore(PREVIEW_DB.store),
  });
  try {
    return unpack(await db.get(PREVIEW_DB.store, PREVIEW_DB.key));
  } finally {
    db.close();
  }
}

/**
 * Reads the last preview kept, once for the page's first pane (the page asks for it as the
 * editor shows the post, so that it is there when the pane mounts); null when there is none or
 * it cannot be read. `take` hands the read over and forgets it: what it holds (at 50,000 words,
 * the body and 350,000 characters of HTML) is not kept for the page's life, and a later pane
 * reads afresh.
 */
export function readPreviewSnapshot({ take = false } = {}): Promise<PreviewSnapshot | null> {
  if (!keeping) return Promise.resolve(null);
  // Async: an `open` that throws (storage blocked) is a rejection, read as none.
  const pending = (reading ??= read().catch(() => null));
  if (take) reading = null;
  return pending;
}

/**
 * Reads the last preview kept (as `readPreviewSnapshot`, shared with the pane's later read) and
 * resolves whether it is the render of `body` with `siteUrl` (no site's layouts), which the
 * preview pane will then show as it mounts; false when there is none or it cannot be read.
 */
export async function keptPreviewShows(shown: {
  body: string;
  siteUrl: string;
  withSite: boolean;
}): Promise<boolean> {
  return snapshotShows(await readPreviewSnapshot(), shown) !== null;
}
