import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPlumaDb } from './db.ts';
import { loadDraft } from './drafts.ts';
import { StorageError } from './errors.ts';
import { DB_VERSION } from './migrations.ts';
import { createV2Stores, openWhileWritesFail, rawGetAll, rawOpen } from './raw-idb.fixture.ts';
import { addSnapshot, listSnapshots, loadSnapshot } from './snapshots.ts';
import { BLOG_DIR, CORPUS_DIR, corpusFiles } from '../../fixtures/paths.mjs';

let counter = 0;
const uniqueName = () => `pluma-migrations-test-${++counter}`;
const decode = (file: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(file));

const POST = decode(path.join(BLOG_DIR, '2017-10-06-anticorrupcion.markdown'));
const BOM_CRLF = decode(path.join(CORPUS_DIR, 'jekyll-test-fixtures/_encodings/UTF8CRLFandBOM.md'));
// A long post: the blog's 49 posts one after the other (about 180,000 characters).
const LONG = corpusFiles(BLOG_DIR).map(decode).join('\n');
const META = {
  id: 'd1',
  title: 'Anticorrupción',
  filename: null,
  status: 'draft',
  createdAt: 1,
  updatedAt: 2,
  size: 3,
  revision: 4,
  lastOpenedAt: null,
};

/** The snapshots a v2 database holds, as its code wrote them (ids 1…8 in this order). */
const V2_SNAPSHOTS: Record<string, unknown>[] = [
  { draftId: 'd1', createdAt: 10, text: POST, size: 1, reason: 'interval' },
  { draftId: 'd1', createdAt: 11, text: LONG, size: 2, reason: 'export', extra: 'kept' },
  { draftId: 'd2', createdAt: 12, text: BOM_CRLF, size: 3, reason: 'manual' },
  {
    draftId: 'd1',
    createdAt: 13,
    text: 'lone surrogate \uD800 and CR only\rline',
    size: 4,
    reason: 'manual',
  },
  { draftId: 'd1', createdAt: 14, text: '', size: 0, reason: 'before-restore' },
  // Malformed records: the restore step reports them; the migration still keeps their text.
  { draftId: 'd1', createdAt: 15, text: 'reason unknown, text kept', size: 5, reason: 'whim' },
  { draftId: 'd1', createdAt: 16, text: 42, size: 6, reason: 'manual' },
  { draftId: 'd1', createdAt: 17, size: 7, reason: 'manual' },
];

function openV2(name: string): Promise<IDBDatabase> {
  return rawOpen(name, 2, (db, tx) =>
    createV2Stores(db, tx, (fill) => {
      fill.objectStore('meta').put(META);
      fill.objectStore('texts').put({ id: 'd1', text: POST, revision: 4 });
      for (const snapshot of V2_SNAPSHOTS) fill.objectStore('snapshots').add(snapshot);
    }),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('migration v2 → v3', () => {
  it('moves every snapshot text to snapshotTexts byte for byte and keeps the rest', async () => {
    const name = uniqueName();
    (await openV2(name)).close();

    const db = await openPlumaDb(name);
    expect(db.version).toBe(3);
    const { snapshots, problems } = await listSnapshots(db, 'd1');
    expect(snapshots.map((s) => s.id)).toEqual([8, 7, 5, 4, 2, 1]);
    expect(problems).toEqual([
      {
        store: 'snapshots',
        key: '6',
        reason: '"reason" should be a snapshot reason, found "whim"',
      },
    ]);
    for (const id of [1, 2, 3, 4, 5]) {
      const { draftId, createdAt, text, size, reason } = V2_SNAPSHOTS[id - 1];
      const loaded = await loadSnapshot(db, id);
      expect(loaded, `snapshot ${id}`).toEqual({ id, draftId, createdAt, text, size, reason });
    }
    expect((await loadSnapshot(db, 2))?.text).toHaveLength(LONG.length);
    expect((await loadDraft(db, 'd1'))?.text).toBe(POST);

    // A text of the wrong type, or none at all, is reported when the snapshot is opened.
    for (const [id, reason] of [
      [7, '"text" should be text, found 42'],
      [8, 'the text record is missing'],
    ] as const) {
      const error = await loadSnapshot(db, id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).problems).toEqual([
        { store: 'snapshotTexts', key: String(id), reason },
      ]);
    }

    // New snapshots take ids after the migrated ones.
    const added = await addSnapshot(db, 'd1', 'nueva', 'manual', { limit: 100 });
    expect(added?.id).toBe(9);
    db.close();

    // As stored: info apart, every text (malformed ones included) under its snapshot's id.
    const raw = await rawOpen(name, DB_VERSION);
    const infos = (await rawGetAll(raw, 'snapshots')) as Record<string, unknown>[];
    const texts = (await rawGetAll(raw, 'snapshotTexts')) as Record<string, unknown>[];
    raw.close();
    expect(infos.slice(0, 8)).toEqual(
      V2_SNAPSHOTS.map(({ text: _text, ...info }, i) => ({ id: i + 1, ...info })),
    );
    expect(infos.every((info) => !('text' in info))).toBe(true);
    expect(texts.slice(0, 7)).toEqual(
      V2_SNAPSHOTS.slice(0, 7).map(({ text }, i) => ({ id: i + 1, text })),
    );
    expect(texts.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  });

  it('leaves the v2 database as it was when the migration fails', async () => {
    const name = uniqueName();
    (await openV2(name)).close();
    const error = await openWhileWritesFail(name);
    expect((error as StorageError).kind).toBe('corrupt');
    expect((error as StorageError).reason).toBe('migration');

    const raw = await rawOpen(name, 2);
    expect([...raw.objectStoreNames]).not.toContain('snapshotTexts');
    expect(await rawGetAll(raw, 'snapshots')).toEqual(
      V2_SNAPSHOTS.map((snapshot, i) => ({ id: i + 1, ...snapshot })),
    );
    raw.close();
    const db = await openPlumaDb(name);
    expect((await loadSnapshot(db, 2))?.text).toBe(LONG);
    db.close();
  });
});
