import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyRestore, backupWorkspace, planRestore } from './backup.ts';
import { deletePlumaDb, openPlumaDb } from './db.ts';
import type { PlumaDb } from './db.ts';
import { trashDraft } from './draft-lifecycle.ts';
import { createDraft, loadDraft, saveDraft } from './drafts.ts';
import { putImage } from './images.ts';
import { setSetting } from './settings.ts';
import { addSnapshot, listSnapshots } from './snapshots.ts';
import { CORPUS_DIR } from '../../fixtures/paths.mjs';

const decode = (file: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path.join(CORPUS_DIR, file)));
const TEXTS = [
  decode('jekyll-test-fixtures/_encodings/UTF8CRLFandBOM.md'),
  decode('ciudadanointeligente-blog/2017-07-12-Por-que-creemos.markdown'),
  'lone surrogate \uD800 and CR only\rline',
];

let counter = 0;
const dbName = () => `pluma-backup-test-${++counter}`;

/** Every record of every store, blobs read as bytes, for exact comparison. */
async function dump(db: PlumaDb) {
  const stores = ['meta', 'texts', 'snapshots', 'snapshotTexts', 'images', 'settings'] as const;
  const out: Record<string, unknown[]> = {};
  for (const name of stores) {
    const rows = (await db.getAll(name)) as Record<string, unknown>[];
    out[name] = await Promise.all(
      rows.map(async (r) =>
        r.blob instanceof Blob ? { ...r, blob: new Uint8Array(await r.blob.arrayBuffer()) } : r,
      ),
    );
  }
  return out;
}

async function fillWorkspace(db: PlumaDb) {
  const ids: string[] = [];
  for (const [i, text] of TEXTS.entries()) {
    const meta = await createDraft(db, { text, title: `Draft ${i}`, filename: `f${i}.md` });
    ids.push(meta.id);
    await addSnapshot(db, meta.id, `${text} (older)`, 'interval');
  }
  await saveDraft(db, ids[0], `${TEXTS[0]}edited`, { expectedRevision: 1 });
  await addSnapshot(db, ids[1], TEXTS[1], 'export');
  const png = new Uint8Array(256).map((_, i) => i);
  await putImage(
    db,
    ids[1],
    'assets/images/2016/06/foto.png',
    new Blob([png], { type: 'image/png' }),
  );
  await trashDraft(db, ids[2]);
  await setSetting(db, 'siteUrl', 'https://ciudadaniai.org/');
  await setSetting(db, 'stylesheet', { kind: 'file', name: 'main.css', css: 'body{}\r\n' });
  await setSetting(db, 'lastOpenDraftId', ids[0]);
  return ids;
}

describe('backup and restore', () => {
  it('restores every draft, snapshot, image and setting exactly into an emptied database', async () => {
    const name = dbName();
    let db = await openPlumaDb(name);
    await fillWorkspace(db);
    const before = await dump(db);
    const backup = await backupWorkspace(db, new Date(2024, 4, 9));
    expect(backup.filename).toBe('pluma-backup-2024-05-09.pluma.zip');
    expect(backup.counts).toEqual({ drafts: 3, snapshots: 4, images: 1, settings: 3 });
    expect(backup.problems).toEqual([]);
    db.close();
    await deletePlumaDb(name);

    db = await openPlumaDb(name);
    expect((await dump(db)).meta).toEqual([]);
    const planned = await planRestore(db, backup.bytes);
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.conflicts).toEqual([]);
    expect(planned.plan.items.map((i) => i.action)).toEqual(['add', 'add', 'add']);
    const summary = await applyRestore(db, planned.plan);
    expect(summary).toMatchObject({ snapshots: 4, images: 1, settings: 3 });
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('asks before replacing a draft that is newer here, and keeps the replaced text', async () => {
    const db = await openPlumaDb(dbName());
    const [first, second] = await fillWorkspace(db);
    const backup = await backupWorkspace(db);
    const loaded = await loadDraft(db, first);
    await new Promise((r) => setTimeout(r, 5));
    await saveDraft(db, first, 'newer here', { expectedRevision: loaded!.meta.revision });

    const planned = await planRestore(db, backup.bytes);
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.conflicts.map((c) => c.incoming.id)).toEqual([first]);
    expect(planned.plan.items.find((i) => i.incoming.id === second)?.action).toBe('same');

    const kept = await applyRestore(db, planned.plan);
    expect(kept.kept).toContain(first);
    expect((await loadDraft(db, first))?.text).toBe('newer here');

    expect(kept.stored).toEqual([]);

    const replaced = await applyRestore(db, planned.plan, new Set([first]));
    expect(replaced.replaced).toEqual([first]);
    const now = await loadDraft(db, first);
    expect(now?.text).toBe(`${TEXTS[0]}edited`);
    expect(now!.meta.revision).toBeGreaterThan(loaded!.meta.revision + 1);
    // The revision as stored, above the one here, so an open tab learns of it (not the backup's).
    expect(replaced.stored).toEqual([{ id: first, revision: now!.meta.revision }]);
    const { snapshots } = await listSnapshots(db, first);
    expect(snapshots[0].reason).toBe('before-restore');
    // Restoring twice does not repeat the snapshots that are already here.
    expect(kept.snapshots).toBe(0);
    db.close();
  });

  it('refuses damaged or crafted backups and changes nothing', async () => {
    const db = await openPlumaDb(dbName());
    await fillWorkspace(db);
    const before = await dump(db);
    const good = unzipSync((await backupWorkspace(db)).bytes);
    const withFiles = (changes: Record<string, Uint8Array>) => zipSync({ ...good, ...changes });
    const manifest = (m: object) => strToU8(JSON.stringify(m));
    const ws = JSON.parse(new TextDecoder().decode(good['workspace.json'])) as {
      drafts: { meta: Record<string, unknown> }[];
    };
    ws.drafts[0].meta.revision = 'x';
    const crafted: [string, Uint8Array, RegExp][] = [
      ['not a zip', strToU8('{"format":"pluma-backup"}'), /not a readable zip/],
      ['bad JSON', withFiles({ 'workspace.json': strToU8('{"drafts": [') }), /not valid JSON/],
      [
        'newer version',
        withFiles({ 'manifest.json': manifest({ format: 'pluma-backup', version: 2 }) }),
        /newer Pluma/,
      ],
      ['traversal', withFiles({ '../../etc/x': strToU8('x') }), /\.\./],
      ['absolute', withFiles({ '/etc/x': strToU8('x') }), /absolute/],
      ['stray file', withFiles({ 'notes.txt': strToU8('x') }), /unexpected file/],
      [
        'bad record',
        withFiles({ 'workspace.json': strToU8(JSON.stringify(ws)) }),
        /draft 1 is damaged/,
      ],
      ['missing image', zipSync({ ...good, 'images/1': strToU8('short') }), /missing or damaged/],
    ];
    for (const [label, bytes, reason] of crafted) {
      const result = await planRestore(db, bytes);
      expect(result.ok, label).toBe(false);
      expect(!result.ok && result.reason, label).toMatch(reason);
      expect(!result.ok && result.reason, label).toMatch(/Nothing was changed\.$/);
    }
    expect(await dump(db)).toEqual(before);
    db.close();
  });
});
