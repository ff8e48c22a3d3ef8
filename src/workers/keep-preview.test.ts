// The preview the worker keeps is what the next page reads; a failure to keep it (a full disk)
// loses nothing but the cache.
import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { shownOf } from '../core/fuzz/properties';
import { BUILD, type PreviewSnapshot } from '../core/render/preview-snapshot';
import { forgetKeptPreview, readKeptOnNewPage } from '../features/preview/preview-snapshot.fixture';
import { keepPreview } from './keep-preview';

const BODY = 'Un párrafo con *énfasis*.\n\n## Un título\n\n- uno\n- dos\n';

/** `body` as the worker renders it, kept as it keeps it. */
function snapshotOf(body: string): PreviewSnapshot {
  return { build: BUILD, siteUrl: '', ...shownOf(body, { siteUrl: '' }) };
}

beforeEach(forgetKeptPreview);

test('what the worker keeps, the next page reads back whole', async () => {
  expect(await readKeptOnNewPage()).toBeNull();
  const kept = snapshotOf(BODY);
  await keepPreview(kept);
  expect(await readKeptOnNewPage()).toEqual(kept);
  const later = snapshotOf(`${BODY}\nOtro.\n`);
  await keepPreview(later);
  expect(await readKeptOnNewPage()).toEqual(later);
});

test('a preview that cannot be kept (a full disk) leaves the last one, and throws nothing', async () => {
  const kept = snapshotOf(BODY);
  await keepPreview(kept);
  const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The disk is full', 'QuotaExceededError');
  });
  await expect(keepPreview(snapshotOf(`${BODY}\nOtro.\n`))).resolves.toBeUndefined();
  expect(full).toHaveBeenCalledTimes(1);
  full.mockRestore();
  expect(await readKeptOnNewPage()).toEqual(kept);
});

test('after the browser closes its connection (site data cleared), the worker keeps again', async () => {
  const opened: IDBOpenDBRequest[] = [];
  const realOpen = indexedDB.open.bind(indexedDB);
  const spy = vi.spyOn(indexedDB, 'open').mockImplementation((...args) => {
    const request = realOpen(...args);
    opened.push(request);
    return request;
  });
  vi.resetModules();
  const { keepPreview: keep } = await import('./keep-preview');
  await keep(snapshotOf('Uno.\n'));
  // fake-indexeddb types its argument as the class; it takes the connection.
  forceCloseDatabase(opened[0].result as unknown as typeof IDBDatabase);
  await new Promise((resolve) => setTimeout(resolve, 10));
  await keep(snapshotOf('Dos.\n'));
  await keep(snapshotOf('Tres.\n'));
  spy.mockRestore();
  expect((await readKeptOnNewPage())?.body).toBe('Tres.\n');
});
