import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPlumaDb } from './db.ts';
import { createDraft, loadDraft, saveDraft } from './drafts.ts';
import { StorageError } from './errors.ts';
import { addSnapshot, listSnapshots, loadSnapshot, restoreSnapshot } from './snapshots.ts';
import { SAMPLE_POST } from '../../fixtures/paths.mjs';

let counter = 0;
const freshDb = () => openPlumaDb(`pluma-snapshots-test-${++counter}`);
const sample = readFileSync(SAMPLE_POST, 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('addSnapshot and listSnapshots', () => {
  it('keeps only the newest snapshots of a draft, leaving other drafts alone', async () => {
    const db = await freshDb();
    const a = await createDraft(db, { text: 'a', title: 'A' });
    const b = await createDraft(db, { text: 'b', title: 'B' });
    await addSnapshot(db, b.id, 'b0', 'manual', { limit: 2 });
    for (let i = 0; i < 8; i++) await addSnapshot(db, a.id, `v${i}`, 'interval', { limit: 5 });
    const { snapshots, problems } = await listSnapshots(db, a.id);
    expect(problems).toEqual([]);
    expect(snapshots).toHaveLength(5);
    const texts = await Promise.all(
      snapshots.map(async (s) => (await loadSnapshot(db, s.id))?.text),
    );
    expect(texts).toEqual(['v7', 'v6', 'v5', 'v4', 'v3']);
    expect(snapshots[0]).toEqual({
      id: snapshots[0].id,
      draftId: a.id,
      createdAt: expect.any(Number),
      size: 2,
      reason: 'interval',
    });
    expect((await listSnapshots(db, b.id)).snapshots).toHaveLength(1);
    // Pruning removes a snapshot's text with its info: no text is left behind.
    expect(await db.getAllKeys('snapshotTexts')).toEqual(await db.getAllKeys('snapshots'));
    expect(await db.count('snapshotTexts')).toBe(6);
    db.close();
  });

  it('lists from the snapshots store alone, never reading a text', async () => {
    const db = await freshDb();
    const a = await createDraft(db, { text: sample, title: 'A' });
    for (let i = 0; i < 50; i++) await addSnapshot(db, a.id, `${sample}\n${i}`, 'interval');
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const objectStore = vi.spyOn(IDBTransaction.prototype, 'objectStore');
    const { snapshots, problems } = await listSnapshots(db, a.id);
    expect(snapshots).toHaveLength(50);
    expect(problems).toEqual([]);
    expect(transaction.mock.calls.map(([stores]) => [stores].flat())).toEqual([['snapshots']]);
    expect(objectStore.mock.calls.every(([name]) => name === 'snapshots')).toBe(true);
    vi.restoreAllMocks();
    // The records the list reads hold no text: a few dozen bytes each, whatever the post's size.
    const infos = await db.getAll('snapshots');
    expect(infos.every((info) => !('text' in info))).toBe(true);
    expect(JSON.stringify(infos).length).toBeLessThan(50 * 150);

    // With every text unreadable the list is unchanged; opening one says which record is bad.
    for (const id of await db.getAllKeys('snapshotTexts')) {
      await db.put('snapshotTexts', { id, text: null } as never);
    }
    expect(await listSnapshots(db, a.id)).toEqual({ snapshots, problems: [] });
    const error = await loadSnapshot(db, snapshots[0].id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problems).toEqual([
      {
        store: 'snapshotTexts',
        key: String(snapshots[0].id),
        reason: '"text" should be text, found null',
      },
    ]);
    db.close();
  });

  it('keeps 50 by default and refuses snapshots of a draft that does not exist', async () => {
    const db = await freshDb();
    const a = await createDraft(db, { text: 'a', title: 'A' });
    for (let i = 0; i < 53; i++) await addSnapshot(db, a.id, `v${i}`, 'interval');
    expect((await listSnapshots(db, a.id)).snapshots).toHaveLength(50);
    expect(await addSnapshot(db, 'ghost', 'x', 'manual')).toBeNull();
    expect(await loadSnapshot(db, 99999)).toBeNull();
    db.close();
  });

  it('reports a malformed snapshot and lists the rest', async () => {
    const db = await freshDb();
    const a = await createDraft(db, { text: 'a', title: 'A' });
    await addSnapshot(db, a.id, 'ok', 'manual');
    await db.add('snapshots', {
      draftId: a.id,
      createdAt: 1,
      size: 1,
      reason: 'whim',
    } as never);
    const { snapshots, problems } = await listSnapshots(db, a.id);
    expect(snapshots).toHaveLength(1);
    expect(problems).toMatchObject([
      { store: 'snapshots', reason: expect.stringMatching(/reason/) },
    ]);
    db.close();
  });
});

describe('restoreSnapshot', () => {
  it('keeps the current text as a before-restore snapshot, then writes the old text', async () => {
    const db = await freshDb();
    const draft = await createDraft(db, { text: 'primera versión', title: 'T' });
    const old = await addSnapshot(db, draft.id, 'primera versión', 'interval');
    await saveDraft(db, draft.id, 'segunda', { expectedRevision: 1 });

    // The editor shows text newer than the last save: it must not be lost.
    const result = await restoreSnapshot(db, draft.id, old!.id, 'segunda + sin guardar', 2);
    expect(result).toMatchObject({ ok: true, text: 'primera versión', meta: { revision: 3 } });
    expect(await loadDraft(db, draft.id)).toMatchObject({ text: 'primera versión' });

    const { snapshots } = await listSnapshots(db, draft.id);
    expect(snapshots.map((s) => s.reason)).toEqual(['before-restore', 'interval']);
    expect((await loadSnapshot(db, snapshots[0].id))?.text).toBe('segunda + sin guardar');
    db.close();
  });

  it('updates the title and filename from the restored text when told how', async () => {
    const db = await freshDb();
    const draft = await createDraft(db, { text: 'title: Vieja', title: 'Vieja' });
    const old = await addSnapshot(db, draft.id, 'title: Vieja', 'manual');
    await saveDraft(db, draft.id, 'title: Nueva', { expectedRevision: 1, title: 'Nueva' });
    const metaOf = (text: string) => ({ title: text.slice(7), filename: 'vieja.md' });
    const result = await restoreSnapshot(db, draft.id, old!.id, 'title: Nueva', 2, { metaOf });
    expect(result).toMatchObject({ ok: true, meta: { title: 'Vieja', filename: 'vieja.md' } });
    expect((await loadDraft(db, draft.id))?.meta).toMatchObject({ title: 'Vieja', revision: 3 });
    db.close();
  });

  it('writes nothing when another tab saved in between', async () => {
    const db = await freshDb();
    const draft = await createDraft(db, { text: 'v1', title: 'T' });
    const old = await addSnapshot(db, draft.id, 'v1', 'manual');
    await saveDraft(db, draft.id, 'v2 from the other tab', { expectedRevision: 1 });
    const result = await restoreSnapshot(db, draft.id, old!.id, 'v1 edited', 1);
    expect(result).toMatchObject({
      ok: false,
      conflict: { text: 'v2 from the other tab', revision: 2 },
    });
    expect((await listSnapshots(db, draft.id)).snapshots).toHaveLength(1);
    expect((await loadDraft(db, draft.id))?.text).toBe('v2 from the other tab');
    db.close();
  });

  it("refuses another draft's snapshot and spares the restored one when at the limit", async () => {
    const db = await freshDb();
    const a = await createDraft(db, { text: 'a', title: 'A' });
    const b = await createDraft(db, { text: 'b', title: 'B' });
    const ofB = await addSnapshot(db, b.id, 'b old', 'manual');
    expect(await restoreSnapshot(db, a.id, ofB!.id, 'a', 1)).toBeNull();

    const oldest = await addSnapshot(db, a.id, 'a0', 'manual', { limit: 2 });
    await addSnapshot(db, a.id, 'a1', 'manual', { limit: 2 });
    const result = await restoreSnapshot(db, a.id, oldest!.id, 'a now', 1, { limit: 2 });
    expect(result?.ok).toBe(true);
    const ids = (await listSnapshots(db, a.id)).snapshots.map((s) => s.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(oldest!.id);
    expect((await loadSnapshot(db, oldest!.id))?.text).toBe('a0');
    expect(await db.count('snapshotTexts')).toBe(3);
    db.close();
  });
});
