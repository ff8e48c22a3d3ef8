// The preview kept for the next start: shown only for the body, site URL and build it was
// rendered for; read back only when whole; saved once the preview is still, and not again when
// unchanged.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import { createIncrementalRenderer } from '../../core/render';
import type { ShownDocument } from '../../core/render/typing';
import {
  asSnapshot,
  BUILD,
  createSnapshotSaver,
  sameShown,
  snapshotShows,
  type PreviewSnapshot,
} from './preview-snapshot';

const BODY = 'Un párrafo con *énfasis*.\n\n## Un título\n\n- uno\n- dos\n';

/** Returns `body` as the preview's worker renders it. */
function renderDocumentBlocks(body: string, siteUrl: string): ShownDocument {
  const { blocks, contextFree } = createIncrementalRenderer({ siteUrl }).update(body);
  return { body, blocks, contextFree };
}

function snapshotOf(body: string, siteUrl = 'https://blog.example'): PreviewSnapshot {
  return { build: BUILD, siteUrl, ...renderDocumentBlocks(body, siteUrl) };
}

test('a snapshot shows only the body, site URL and build it was rendered for', () => {
  const kept = snapshotOf(BODY);
  const now = { body: BODY, siteUrl: 'https://blog.example', withSite: false };
  expect(snapshotShows(kept, now)).toEqual({
    body: BODY,
    blocks: kept.blocks,
    contextFree: kept.contextFree,
  });
  expect(snapshotShows(kept, { ...now, body: `${BODY}\nMás.\n` })).toBeNull();
  expect(snapshotShows(kept, { ...now, body: BODY.slice(0, -1) })).toBeNull();
  expect(snapshotShows(kept, { ...now, siteUrl: 'https://otro.example' })).toBeNull();
  expect(snapshotShows(kept, { ...now, build: `${BUILD}x` })).toBeNull();
  // The site's layouts and Liquid are not part of what was kept.
  expect(snapshotShows(kept, { ...now, withSite: true })).toBeNull();
  expect(snapshotShows(null, now)).toBeNull();
});

test('what is read back is a snapshot only when every field has its type', () => {
  const kept = snapshotOf(BODY);
  expect(asSnapshot(structuredClone(kept))).toEqual(kept);
  const broken: unknown[] = [
    null,
    'texto',
    { ...kept, build: 1 },
    { ...kept, body: undefined },
    { ...kept, contextFree: 'yes' },
    { ...kept, blocks: 'x' },
    { ...kept, blocks: [...kept.blocks, { key: 'k', html: 1, from: 0, to: 1, kind: 'p' }] },
    { ...kept, blocks: [{ ...kept.blocks[0], from: 0.5 }] },
    { ...kept, blocks: [{ ...kept.blocks[0], slugs: [3] }] },
  ];
  for (const value of broken) expect(asSnapshot(value)).toBeNull();
});

test('blocks alike in every field show the same; any difference does not', () => {
  const a = renderDocumentBlocks(BODY, '');
  expect(sameShown(a, structuredClone(a))).toBe(true);
  expect(sameShown(null, a)).toBe(false);
  expect(sameShown(a, renderDocumentBlocks(`${BODY}\nMás.\n`, ''))).toBe(false);
  const moved = { ...a, blocks: a.blocks.map((b) => ({ ...b, from: b.from + 1 })) };
  expect(sameShown(a, moved)).toBe(false);
  const retold = { ...a, blocks: a.blocks.map((b) => ({ ...b, html: `${b.html} ` })) };
  expect(sameShown(a, retold)).toBe(false);
});

beforeEach(async () => {
  vi.resetModules();
  await new Promise((resolve) => (indexedDB.deleteDatabase('pluma-preview').onsuccess = resolve));
});

/** Reads the snapshot as a new page would (the read is made once per page). */
async function readOnNewPage(): Promise<PreviewSnapshot | null> {
  vi.resetModules();
  const fresh = await import('./preview-snapshot');
  return fresh.readPreviewSnapshot();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('the preview is saved once it is still, the last one shown, and read back whole', async () => {
  const saver = createSnapshotSaver('https://blog.example');
  const first = renderDocumentBlocks(BODY, 'https://blog.example');
  const second = renderDocumentBlocks(`${BODY}\nMás.\n`, 'https://blog.example');
  saver.shown(first);
  await wait(200);
  saver.shown(second);
  // Not still for long enough yet: nothing kept.
  expect(await readOnNewPage()).toBeNull();
  await vi.waitFor(
    async () =>
      expect(await readOnNewPage()).toEqual({
        build: BUILD,
        siteUrl: 'https://blog.example',
        ...second,
      }),
    { timeout: 5_000, interval: 100 },
  );
  saver.dispose();
});

test('a preview like the one kept is not written again; dispose drops a pending save', async () => {
  const { createSnapshotSaver: saverOn, savePreviewSnapshot } = await import('./preview-snapshot');
  const doc = renderDocumentBlocks(BODY, '');
  const saver = saverOn('');
  saver.stored(doc);
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  saver.shown(structuredClone(doc));
  await wait(900);
  expect(put).not.toHaveBeenCalled();
  saver.shown(renderDocumentBlocks(`${BODY}\nOtro.\n`, ''));
  saver.dispose();
  await wait(900);
  expect(put).not.toHaveBeenCalled();
  put.mockRestore();
  expect(await readOnNewPage()).toBeNull();
  // A save that cannot be written (a value storage cannot clone) loses only the cache.
  await expect(
    savePreviewSnapshot({ ...snapshotOf(BODY), blocks: [() => 1] as never }),
  ).resolves.toBeUndefined();
});
