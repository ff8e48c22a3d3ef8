import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPlumaDb } from './db.ts';
import { createDraft, listDrafts, loadDraft, saveDraft, searchDrafts } from './drafts.ts';
import { StorageError } from './errors.ts';
import { CORPUS_DIR, SAMPLE_POST } from '../../fixtures/paths.mjs';

const sample = readFileSync(SAMPLE_POST, 'utf8');

let counter = 0;
const freshDb = () => openPlumaDb(`pluma-drafts-test-${++counter}`);

/** The corpus files as text; the BOM is kept so the round trip is checked byte for byte. */
function corpusTexts(): { path: string; text: string }[] {
  const manifest = readFileSync(resolve(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return manifest.slice(1).map((line) => {
    const path = line.split('\t')[0];
    return { path, text: decoder.decode(readFileSync(resolve(CORPUS_DIR, path))) };
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createDraft and loadDraft', () => {
  it('stores every corpus post and gives back the same text and its UTF-8 size', async () => {
    const db = await freshDb();
    const posts = corpusTexts();
    expect(posts.length).toBeGreaterThan(250);
    const metas = await Promise.all(
      posts.map(({ path, text }) => createDraft(db, { text, title: path })),
    );
    for (const [i, meta] of metas.entries()) {
      const loaded = await loadDraft(db, meta.id);
      expect(loaded?.text).toBe(posts[i].text);
      expect(loaded?.meta.size).toBe(Buffer.byteLength(posts[i].text, 'utf8'));
    }
    expect(posts.some(({ text }) => text.startsWith('\uFEFF'))).toBe(true);
    expect(posts.some(({ text }) => text.includes('\r\n'))).toBe(true);
    db.close();
  });

  it('starts a draft at revision 1 with the given fields', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { text: sample, title: 'Encuentro', filename: 'a.md' });
    expect(meta).toMatchObject({
      title: 'Encuentro',
      filename: 'a.md',
      status: 'draft',
      revision: 1,
    });
    expect(meta.deletedAt).toBeUndefined();
    expect(await loadDraft(db, 'no-such-id')).toBeNull();
    db.close();
  });
});

describe('listDrafts', () => {
  it('sorts by updatedAt, newest first, and filters by status, trash and title query', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = await freshDb();
    vi.setSystemTime(1000);
    const old = await createDraft(db, { text: 'a', title: 'Artículo viejo', status: 'ready' });
    vi.setSystemTime(2000);
    const mid = await createDraft(db, {
      text: 'b',
      title: 'Otro',
      filename: '2016-06-03-articulo.md',
    });
    vi.setSystemTime(3000);
    const young = await createDraft(db, { text: 'c', title: 'Nuevo' });
    await db.put('meta', { ...young, deletedAt: 3500 });
    vi.setSystemTime(4000);
    await saveDraft(db, old.id, 'a2', { expectedRevision: 1 });

    const ids = async (options = {}) => (await listDrafts(db, options)).drafts.map((d) => d.id);
    expect(await ids()).toEqual([old.id, mid.id]);
    expect(await ids({ includeTrash: true })).toEqual([old.id, young.id, mid.id]);
    expect(await ids({ trashOnly: true })).toEqual([young.id]);
    expect(await ids({ status: 'ready' })).toEqual([old.id]);
    // Accents and case are ignored; filenames count too.
    expect(await ids({ query: 'ARTICULO' })).toEqual([old.id, mid.id]);
    expect(await ids({ query: 'viejo' })).toEqual([old.id]);
    db.close();
  });

  it('reports malformed metas instead of failing or hiding them silently', async () => {
    const db = await freshDb();
    const good = await createDraft(db, { text: sample, title: 'Bien' });
    await db.put('meta', { ...good, id: 'broken', revision: '3' } as never);
    const { drafts, problems } = await listDrafts(db);
    expect(drafts.map((d) => d.id)).toEqual([good.id]);
    expect(problems).toEqual([
      { store: 'meta', key: 'broken', reason: '"revision" should be a whole number, found "3"' },
    ]);
    // Still stored: reporting is not deleting.
    expect(await db.get('meta', 'broken')).toBeDefined();
    db.close();
  });

  it('lists 1,000 drafts from the meta store alone, never opening texts', async () => {
    const db = await freshDb();
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        createDraft(db, { text: `# ${i}\n${sample}`, title: `Post ${i}` }),
      ),
    );
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const objectStore = vi.spyOn(IDBTransaction.prototype, 'objectStore');
    const { drafts } = await listDrafts(db);
    expect(drafts).toHaveLength(1000);
    expect(drafts.every((d) => d.size > sample.length)).toBe(true);
    const scopes = transaction.mock.calls.map(([stores]) => [stores].flat());
    expect(scopes).toEqual([['meta']]);
    expect(objectStore.mock.calls.every(([name]) => name === 'meta')).toBe(true);
    vi.restoreAllMocks();

    // With every text gone the list is unchanged: it does not depend on them.
    await db.clear('texts');
    expect((await listDrafts(db)).drafts).toEqual(drafts);
    db.close();
  });
});

describe('saveDraft', () => {
  it('writes the text and bumps revision, size, title and updatedAt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1000);
    const db = await freshDb();
    const meta = await createDraft(db, { text: 'hola', title: 'Viejo' });
    vi.setSystemTime(5000);
    const result = await saveDraft(db, meta.id, sample, { title: 'Nuevo', expectedRevision: 1 });
    expect(result).toEqual({
      ok: true,
      meta: {
        ...meta,
        title: 'Nuevo',
        revision: 2,
        size: Buffer.byteLength(sample),
        updatedAt: 5000,
      },
    });
    expect(await loadDraft(db, meta.id)).toEqual({ meta: result.ok && result.meta, text: sample });
    db.close();
  });

  it("refuses a save from a stale tab and hands it the other tab's text", async () => {
    const name = `pluma-drafts-test-${++counter}`;
    const [tabA, tabB] = await Promise.all([openPlumaDb(name), openPlumaDb(name)]);
    const meta = await createDraft(tabA, { text: 'base', title: 'T' });
    const a = await saveDraft(tabA, meta.id, 'base + A', { expectedRevision: 1 });
    expect(a.ok).toBe(true);
    const b = await saveDraft(tabB, meta.id, 'base + B', { expectedRevision: 1 });
    expect(b).toMatchObject({ ok: false, conflict: { text: 'base + A', revision: 2 } });
    expect((await loadDraft(tabB, meta.id))?.text).toBe('base + A');
    // Once B merged, it saves against the revision it saw.
    const merged = await saveDraft(tabB, meta.id, 'base + A + B', { expectedRevision: 2 });
    expect(merged.ok && merged.meta.revision).toBe(3);
    tabA.close();
    tabB.close();
  });

  it('lets exactly one of two simultaneous saves from the same revision win', async () => {
    const name = `pluma-drafts-test-${++counter}`;
    const [tabA, tabB] = await Promise.all([openPlumaDb(name), openPlumaDb(name)]);
    const meta = await createDraft(tabA, { text: 'base', title: 'T' });
    const results = await Promise.all([
      saveDraft(tabA, meta.id, 'from A', { expectedRevision: 1 }),
      saveDraft(tabB, meta.id, 'from B', { expectedRevision: 1 }),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.flatMap((r) => (r.ok ? [] : [r.conflict]));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const stored = await loadDraft(tabA, meta.id);
    expect(losers[0].text).toBe(stored?.text);
    expect(stored?.meta.revision).toBe(2);
    tabA.close();
    tabB.close();
  });

  it('reports a deleted draft as a conflict with nothing stored', async () => {
    const db = await freshDb();
    const result = await saveDraft(db, 'gone', 'text', { expectedRevision: 4 });
    expect(result).toEqual({ ok: false, conflict: { meta: null, text: null, revision: null } });
    db.close();
  });

  it("maps QuotaExceededError to 'quota' and keeps the stored draft whole", async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { text: 'antes', title: 'T' });
    const put = IDBObjectStore.prototype.put;
    // Only the texts write fails: the meta write in the same transaction must be undone too.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'texts') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await saveDraft(db, meta.id, 'después', { expectedRevision: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect((error as StorageError).reason).toBe('quota');
    vi.restoreAllMocks();
    expect(await loadDraft(db, meta.id)).toEqual({ meta, text: 'antes' });
    db.close();
  });
});

describe('searchDrafts', () => {
  it('finds drafts by their text, ignoring case and accents', async () => {
    const db = await freshDb();
    const montevideo = await createDraft(db, { text: sample, title: 'A' });
    const other = await createDraft(db, { text: 'Un año en Quilpué', title: 'Montevideo' });
    expect(await searchDrafts(db, 'MONTEVIDEO')).toEqual([montevideo.id]);
    expect(await searchDrafts(db, 'quilpue')).toEqual([other.id]);
    expect(await searchDrafts(db, 'UN AÑO')).toEqual([other.id]);
    // ñ is its own letter in Spanish: "ano" is another word.
    expect(await searchDrafts(db, 'un ano')).toEqual([]);
    expect(await searchDrafts(db, '')).toEqual([]);
    db.close();
  });
});
