// The page's read of the kept preview: none where storage is missing or refused (it must never
// throw: the read runs inside the preview's layout effect), and handed over once when taken.
import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import { keepPreview } from '../../workers/keep-preview';
import {
  forgetKeptPreview,
  freshReadPreviewSnapshot as freshRead,
  snapshotOf,
} from './preview-snapshot.fixture';

afterEach(() => vi.unstubAllGlobals());

test('where storage is refused, the read resolves to none and never throws', async () => {
  for (const refused of [
    null,
    {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    },
  ]) {
    vi.stubGlobal('indexedDB', refused);
    const read = await freshRead();
    let result: Promise<unknown> | undefined;
    expect(() => (result = read())).not.toThrow();
    await expect(result).resolves.toBeNull();
    vi.unstubAllGlobals();
  }
});

test('the first read is shared until taken; a read after that reads afresh', async () => {
  await keepPreview(snapshotOf('Uno.'));
  const read = await freshRead();
  const early = read();
  const taken = read({ take: true });
  expect(taken).toBe(early);
  expect((await taken)?.body).toBe('Uno.');
  await keepPreview(snapshotOf('Dos.'));
  expect((await read())?.body).toBe('Dos.');
});

test('the kept preview shows a body only when it is that body, with that address, and no site', async () => {
  await keepPreview({ ...snapshotOf('Tres.'), siteUrl: 'https://blog.example' });
  vi.resetModules();
  const { keptPreviewShows, readPreviewSnapshot } = await import('./preview-snapshot');
  const shown = { body: 'Tres.', siteUrl: 'https://blog.example', withSite: false };
  expect(await keptPreviewShows(shown)).toBe(true);
  expect(await keptPreviewShows({ ...shown, body: 'Tres!' })).toBe(false);
  expect(await keptPreviewShows({ ...shown, siteUrl: '' })).toBe(false);
  expect(await keptPreviewShows({ ...shown, withSite: true })).toBe(false);
  // The pane's read, which takes the record, still finds it.
  expect((await readPreviewSnapshot({ take: true }))?.body).toBe('Tres.');
});

test('no kept preview shows any body', async () => {
  vi.resetModules();
  await forgetKeptPreview();
  const { keptPreviewShows } = await import('./preview-snapshot');
  expect(await keptPreviewShows({ body: '', siteUrl: '', withSite: false })).toBe(false);
});
