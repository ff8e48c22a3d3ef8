import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPlumaDb, openPlumaDbEarly } from './db.ts';
import { loadDraft, listDrafts, saveDraft } from './drafts.ts';
import { StorageError } from './errors.ts';
import { DB_VERSION } from './migrations.ts';
import { openWhileWritesFail, rawGetAll, rawOpen } from './raw-idb.fixture.ts';
import { getSetting } from './settings.ts';
import { addSnapshot, listSnapshots } from './snapshots.ts';

let counter = 0;
const uniqueName = () => `pluma-db-test-${++counter}`;

const POST = '---\r\nlayout: post\r\ntitle:  "Año nuevo"\r\n---\r\nCuerpo con ñ y acentos: é\r\n';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('openPlumaDb', () => {
  it('takes the connection an early open started, once, and tells it its events', async () => {
    const name = uniqueName();
    const open = vi.spyOn(indexedDB, 'open');
    openPlumaDbEarly(name);
    expect(open).toHaveBeenCalledTimes(1);
    const onVersionChange = vi.fn();
    const db = await openPlumaDb(name, { onVersionChange });
    // Taken, not opened again.
    expect(open).toHaveBeenCalledTimes(1);
    expect(db.version).toBe(DB_VERSION);
    // The next open of that name is a connection of its own.
    const second = await openPlumaDb(name);
    expect(second).not.toBe(db);
    second.close();
    // A newer version elsewhere: the early connection closes and its taker hears of it.
    const newer = indexedDB.open(name, DB_VERSION + 1);
    await new Promise((resolve) => (newer.onsuccess = resolve));
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    newer.result.close();
  });

  it('tells the taker of an early connection of an event that came before it took it', async () => {
    const name = uniqueName();
    openPlumaDbEarly(name);
    // The early connection is open; a newer version elsewhere closes it before anyone took it.
    await vi.waitFor(async () =>
      expect((await indexedDB.databases()).map((d) => d.name)).toContain(name),
    );
    const newer = indexedDB.open(name, DB_VERSION + 1);
    await new Promise((resolve) => (newer.onsuccess = resolve));
    const onVersionChange = vi.fn();
    await openPlumaDb(name, { onVersionChange });
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    newer.result.close();
  });

  it('creates every v3 store on a fresh database and no legacy one', async () => {
    const db = await openPlumaDb(uniqueName());
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'images',
      'meta',
      'settings',
      'snapshotTexts',
      'snapshots',
      'texts',
    ]);
    db.close();
  });

  it('migrates a v1 database (text inline) to the current version, keeping every record', async () => {
    const name = uniqueName();
    const v1 = await rawOpen(name, 1, (db, tx) => {
      db.createObjectStore('drafts', { keyPath: 'id' });
      db.createObjectStore('settings', { keyPath: 'key' });
      const drafts = tx.objectStore('drafts');
      drafts.put({
        id: 'good',
        title: 'Año nuevo',
        status: 'ready',
        createdAt: 1000,
        updatedAt: 2000,
        text: POST,
        tags: ['kept'],
      });
      drafts.put({
        id: 'bad-title',
        title: 42,
        status: 'draft',
        createdAt: 1,
        updatedAt: 3000,
        text: 'x',
      });
      drafts.put({
        id: 'no-text',
        title: 'Sin texto',
        status: 'draft',
        createdAt: 1,
        updatedAt: 1,
      });
      tx.objectStore('settings').put({ key: 'siteUrl', value: 'https://ciudadaniai.org' });
    });
    v1.close();

    const db = await openPlumaDb(name);
    const { drafts, problems } = await listDrafts(db);
    expect(drafts.map((d) => d.id)).toEqual(['good', 'no-text']);
    expect(problems).toEqual([
      { store: 'meta', key: 'bad-title', reason: '"title" should be text, found 42' },
    ]);

    // Unknown fields survive the migration (saving later rewrites the meta in the v2 shape).
    expect(await db.get('meta', 'good')).toHaveProperty('tags', ['kept']);
    const good = await loadDraft(db, 'good');
    expect(good?.text).toBe(POST);
    expect(good?.meta).toMatchObject({
      title: 'Año nuevo',
      filename: null,
      status: 'ready',
      createdAt: 1000,
      updatedAt: 2000,
      size: new TextEncoder().encode(POST).length,
      revision: 1,
      lastOpenedAt: null,
    });
    // Migrated drafts save like new ones.
    const saved = await saveDraft(db, 'good', `${POST}más\n`, { expectedRevision: 1 });
    expect(saved.ok && saved.meta.revision).toBe(2);

    const missing = await loadDraft(db, 'no-text').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StorageError);
    expect((missing as StorageError).kind).toBe('corrupt');
    expect((missing as StorageError).problems).toEqual([
      { store: 'texts', key: 'no-text', reason: 'the text record is missing' },
    ]);

    expect(await getSetting(db, 'siteUrl')).toBe('https://ciudadaniai.org');
    expect(await addSnapshot(db, 'good', POST, 'manual')).not.toBeNull();
    expect((await listSnapshots(db, 'good')).snapshots).toHaveLength(1);
    expect([...db.objectStoreNames]).not.toContain('drafts');
    db.close();

    // Malformed records are carried over as they were, not dropped.
    const raw = await rawOpen(name, DB_VERSION);
    const metas = (await rawGetAll(raw, 'meta')) as Record<string, unknown>[];
    expect(metas.map((m) => m.id).sort()).toEqual(['bad-title', 'good', 'no-text']);
    expect(metas.find((m) => m.id === 'bad-title')?.title).toBe(42);
    raw.close();
  });

  it("reports 'unavailable' when the browser has no IndexedDB", async () => {
    vi.stubGlobal('indexedDB', undefined);
    const error = await openPlumaDb(uniqueName()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('unavailable');
    expect((error as StorageError).reason).toBe('unavailable');
  });

  it("reports 'conflict' when a newer version created the database", async () => {
    const name = uniqueName();
    (await rawOpen(name, 7)).close();
    const error = await openPlumaDb(name).catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('conflict');
    expect((error as StorageError).reason).toBe('conflict');
  });

  it("reports 'blocked' when an older tab keeps the database open, then cleans up", async () => {
    const name = uniqueName();
    const oldTab = await rawOpen(name, 1, (db) =>
      db.createObjectStore('drafts', { keyPath: 'id' }),
    );
    const error = await openPlumaDb(name).catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('blocked');
    oldTab.close();
    // The open that was blocked completes later and is closed, so a new open works.
    const db = await openPlumaDb(name);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('closes itself and tells the app when a newer version needs the database', async () => {
    const name = uniqueName();
    const onVersionChange = vi.fn();
    const db = await openPlumaDb(name, { onVersionChange });
    const newer = await rawOpen(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledOnce();
    newer.close();
    const error = await listDrafts(db).catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('blocked');
    expect((error as StorageError).reason).toBe('closed');
  });

  it("reports a failed migration as 'corrupt' and leaves the old data as it was", async () => {
    const name = uniqueName();
    const draft = { id: 'd', title: 'T', status: 'draft', createdAt: 1, updatedAt: 1, text: 'x' };
    const v1 = await rawOpen(name, 1, (db, tx) => {
      db.createObjectStore('drafts', { keyPath: 'id' });
      db.createObjectStore('settings', { keyPath: 'key' });
      tx.objectStore('drafts').put(draft);
    });
    v1.close();
    const error = await openWhileWritesFail(name);
    expect((error as StorageError).kind).toBe('corrupt');
    expect((error as StorageError).reason).toBe('migration');

    const raw = await rawOpen(name, 1);
    expect(await rawGetAll(raw, 'drafts')).toEqual([draft]);
    raw.close();
    expect((await openPlumaDb(name)).version).toBe(DB_VERSION);
  });
});
