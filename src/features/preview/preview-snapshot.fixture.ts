/**
 * Tests' handles on the preview kept for the next start (fake-indexeddb): the page's read as a
 * new page makes it (the module reads once per page), and the record deleted.
 */
import { vi } from 'vitest';
import { BUILD, PREVIEW_DB, type PreviewSnapshot } from '../../core/render/preview-snapshot';

/** Returns `readPreviewSnapshot` of a freshly loaded module, as a new page has it. */
export async function freshReadPreviewSnapshot() {
  vi.resetModules();
  return (await import('./preview-snapshot')).readPreviewSnapshot;
}

/** Reads the kept preview as the next page would. */
export async function readKeptOnNewPage(): Promise<PreviewSnapshot | null> {
  return (await freshReadPreviewSnapshot())();
}

/** Deletes the kept preview's database. */
export function forgetKeptPreview(): Promise<unknown> {
  return new Promise((resolve) => (indexedDB.deleteDatabase(PREVIEW_DB.name).onsuccess = resolve));
}

/** Returns the kept preview of `body` as this build keeps it: one paragraph, no site. */
export function snapshotOf(body: string): PreviewSnapshot {
  return {
    build: BUILD,
    siteUrl: '',
    body,
    blocks: [{ key: 'k', html: `<p>${body}</p>`, from: 0, to: body.length, kind: 'paragraph' }],
    contextFree: true,
  };
}
