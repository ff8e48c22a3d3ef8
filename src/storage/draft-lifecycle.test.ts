import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_DB } from '../core/render/preview-db.ts';
import { openPlumaDb } from './db.ts';
import type { PlumaDb } from './db.ts';
import {
  duplicateDraft,
  emptyTrash,
  markOpened,
  restoreDraft,
  setSilencedChecks,
  setStatus,
  trashDraft,
} from './draft-lifecycle.ts';
import { createDraft, listDrafts, loadDraft } from './drafts.ts';
import { listImages, putImage } from './images.ts';
import { addSnapshot, listSnapshots, loadSnapshot } from './snapshots.ts';

let counter = 0;
const freshDb = () => openPlumaDb(`pluma-lifecycle-test-${++counter}`);
const visibleIds = async (db: PlumaDb) => (await listDrafts(db)).drafts.map((d) => d.id);

afterEach(() => {
  vi.useRealTimers();
});

describe('trash', () => {
  it('hides a trashed draft, restores it, and keeps its text throughout', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1000);
    const db = await freshDb();
    const draft = await createDraft(db, { text: 'texto', title: 'T' });
    vi.setSystemTime(2000);
    const trashed = await trashDraft(db, draft.id);
    expect(trashed?.deletedAt).toBe(2000);
    expect(await visibleIds(db)).toEqual([]);
    expect((await listDrafts(db, { trashOnly: true })).drafts).toEqual([trashed]);
    expect((await loadDraft(db, draft.id))?.text).toBe('texto');

    const restored = await restoreDraft(db, draft.id);
    expect(restored).toEqual(draft);
    expect(await visibleIds(db)).toEqual([draft.id]);
    expect(await trashDraft(db, 'nope')).toBeNull();
    db.close();
  });

  it('empties the trash: meta, text, snapshots and images of trashed drafts only', async () => {
    const db = await freshDb();
    const keep = await createDraft(db, { text: 'keep', title: 'Keep' });
    const drop = await createDraft(db, { text: 'drop', title: 'Drop' });
    for (const { id } of [keep, drop]) {
      await addSnapshot(db, id, `${id} v1`, 'interval');
      await addSnapshot(db, id, `${id} v2`, 'manual');
      await putImage(db, id, '/media/a.jpg', new Blob(['jpg'], { type: 'image/jpeg' }));
    }
    await trashDraft(db, drop.id);
    // A malformed meta that looks trashed is reported, never deleted.
    await db.put('meta', { id: 'odd', deletedAt: 5 } as never);

    const result = await emptyTrash(db);
    expect(result.deleted).toEqual([drop.id]);
    expect(result.problems).toEqual([
      { store: 'meta', key: 'odd', reason: '"title" should be text, found nothing' },
    ]);
    expect(await loadDraft(db, drop.id)).toBeNull();
    expect(await db.get('texts', drop.id)).toBeUndefined();
    expect((await listSnapshots(db, drop.id)).snapshots).toEqual([]);
    expect((await listImages(db, drop.id)).images).toEqual([]);
    expect(await db.get('meta', 'odd')).toBeDefined();

    expect((await loadDraft(db, keep.id))?.text).toBe('keep');
    expect((await listSnapshots(db, keep.id)).snapshots).toHaveLength(2);
    expect((await listImages(db, keep.id)).images).toHaveLength(1);
    expect(await db.count('snapshots')).toBe(2);
    // The texts of the purged snapshots go with them; the kept draft's stay readable.
    expect(await db.getAllKeys('snapshotTexts')).toEqual(await db.getAllKeys('snapshots'));
    const kept = (await listSnapshots(db, keep.id)).snapshots;
    expect(await loadSnapshot(db, kept[0].id)).toMatchObject({ text: `${keep.id} v2` });
    expect((await emptyTrash(db)).deleted).toEqual([]);
    db.close();
  });

  it('emptying the trash forgets the preview kept for the next start, which may be of it', async () => {
    const db = await freshDb();
    const kept = () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open(PREVIEW_DB.name);
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          open.result.close();
          resolve(names);
        };
      });
    const { keepPreview } = await import('../workers/keep-preview');
    const { BUILD } = await import('../core/render/preview-snapshot');
    await keepPreview({ build: BUILD, siteUrl: '', body: 'x', blocks: [], contextFree: true });
    expect(await kept()).toEqual(['shown']);
    // Nothing deleted for good: it stays.
    await emptyTrash(db);
    expect(await kept()).toEqual(['shown']);
    const drop = await createDraft(db, { text: 'x', title: 'X' });
    await trashDraft(db, drop.id);
    await emptyTrash(db);
    // The database is gone (opening it again creates it empty).
    await vi.waitFor(async () => expect(await kept()).toEqual([]));
    db.close();
  });
});

describe('duplicateDraft, setStatus, markOpened', () => {
  it('copies text and fields into a fresh draft at revision 1', async () => {
    const db = await freshDb();
    const source = await createDraft(db, { text: 'cuerpo', title: 'Original', filename: 'a.md' });
    await trashDraft(db, source.id);
    const copy = await duplicateDraft(db, source.id, { title: 'Copia' });
    expect(copy).toMatchObject({ title: 'Copia', filename: 'a.md', revision: 1, size: 6 });
    expect(copy?.id).not.toBe(source.id);
    expect(copy?.deletedAt).toBeUndefined();
    expect((await loadDraft(db, copy!.id))?.text).toBe('cuerpo');
    expect(await duplicateDraft(db, 'missing')).toBeNull();
    db.close();
  });

  it('changes status and lastOpenedAt without touching the text revision', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(100);
    const db = await freshDb();
    const draft = await createDraft(db, { text: 'x', title: 'T' });
    vi.setSystemTime(200);
    expect(await setStatus(db, draft.id, 'ready')).toMatchObject({ status: 'ready', revision: 1 });
    expect((await listDrafts(db, { status: 'ready' })).drafts.map((d) => d.id)).toEqual([draft.id]);
    vi.setSystemTime(300);
    expect(await markOpened(db, draft.id)).toMatchObject({ lastOpenedAt: 300, updatedAt: 200 });
    db.close();
  });
});

describe('silenced checks', () => {
  it('keeps the checks silenced for a draft with its meta, through saves, not in its text', async () => {
    const db = await freshDb();
    const draft = await createDraft(db, { text: '---\ntitle: T\n---\n![](x.png)\n', title: 'T' });
    const meta = await setSilencedChecks(db, draft.id, ['image-alt', 'date-offset', 'image-alt']);
    expect(meta?.silencedChecks).toEqual(['date-offset', 'image-alt']);
    const loaded = await loadDraft(db, draft.id);
    expect(loaded?.meta.silencedChecks).toEqual(['date-offset', 'image-alt']);
    expect(loaded?.text).toBe('---\ntitle: T\n---\n![](x.png)\n');
    const cleared = await setSilencedChecks(db, draft.id, []);
    expect(cleared).not.toHaveProperty('silencedChecks');
  });
});
