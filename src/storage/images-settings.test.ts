import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openPlumaDb } from './db.ts';
import { StorageError } from './errors.ts';
import { deleteImage, getImage, listImages, putImage } from './images.ts';
import { deleteSetting, getSetting, setSetting } from './settings.ts';

let counter = 0;
const freshDb = () => openPlumaDb(`pluma-images-settings-test-${++counter}`);

describe('images', () => {
  it('stores blobs by draft and path, lists them without bytes, replaces by path', async () => {
    const db = await freshDb();
    await putImage(db, 'd1', '/media/z.png', new Blob(['png!'], { type: 'image/png' }));
    const info = await putImage(db, 'd1', '/media/a.jpg', new Blob(['jp'], { type: 'image/jpeg' }));
    expect(info).toEqual({ draftId: 'd1', path: '/media/a.jpg', mime: 'image/jpeg', size: 2 });
    await putImage(db, 'd2', '/media/a.jpg', new Blob(['other']));
    await putImage(db, 'd1', '/media/z.png', new Blob(['png v2'], { type: 'image/png' }));

    const { images, problems } = await listImages(db, 'd1');
    expect(problems).toEqual([]);
    expect(images).toEqual([
      { draftId: 'd1', path: '/media/a.jpg', mime: 'image/jpeg', size: 2 },
      { draftId: 'd1', path: '/media/z.png', mime: 'image/png', size: 6 },
    ]);
    const image = await getImage(db, 'd1', '/media/z.png');
    expect(await image?.blob.text()).toBe('png v2');
    expect(await getImage(db, 'd1', '/media/none.png')).toBeNull();
    await deleteImage(db, 'd1', '/media/z.png');
    expect((await listImages(db, 'd1')).images).toHaveLength(1);
    db.close();
  });

  it('reports a malformed image record', async () => {
    const db = await freshDb();
    await db.put('images', {
      draftId: 'd1',
      path: '/x.png',
      blob: 'nope',
      mime: '',
      size: 0,
    } as never);
    expect((await listImages(db, 'd1')).problems).toEqual([
      { store: 'images', key: 'd1 /x.png', reason: '"blob" should be a Blob, found "nope"' },
    ]);
    const error = await getImage(db, 'd1', '/x.png').catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('corrupt');
    db.close();
  });
});

describe('settings', () => {
  it('stores, replaces and deletes values', async () => {
    const db = await freshDb();
    expect(await getSetting(db, 'siteUrl')).toBeUndefined();
    await setSetting(db, 'siteUrl', 'https://ciudadaniai.org');
    await setSetting(db, 'stylesheet', { kind: 'file', name: 'a.css', css: 'body { color: red }' });
    await setSetting(db, 'siteUrl', 'https://example.org');
    expect(await getSetting(db, 'siteUrl')).toBe('https://example.org');
    expect(await getSetting(db, 'stylesheet')).toEqual({
      kind: 'file',
      name: 'a.css',
      css: 'body { color: red }',
    });
    await deleteSetting(db, 'siteUrl');
    expect(await getSetting(db, 'siteUrl')).toBeUndefined();
    db.close();
  });

  it('treats a malformed value as unset and reports it', async () => {
    const db = await freshDb();
    await db.put('settings', { key: 'lastOpenDraftId', value: 7 } as never);
    const onProblem = vi.fn();
    expect(await getSetting(db, 'lastOpenDraftId', onProblem)).toBeUndefined();
    expect(onProblem).toHaveBeenCalledWith({
      store: 'settings',
      key: 'lastOpenDraftId',
      reason: '"value" should be non-empty text, found 7',
    });
    db.close();
  });
});
