import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyRestore, backupWorkspace, planRestore } from './backup.ts';
import { openPlumaDb } from './db.ts';
import type { PlumaDb } from './db.ts';
import { createDraft } from './drafts.ts';
import type { Snapshot } from './records.ts';
import { addSnapshot, listSnapshots, loadSnapshot } from './snapshots.ts';
import { BACKUPS_DIR } from '../../fixtures/paths.mjs';

// Made by Pluma's v2 storage code (snapshot texts inside their records); see fixtures/README.md.
const OLD_BACKUP = new Uint8Array(readFileSync(path.join(BACKUPS_DIR, 'backup-v2.pluma.zip')));
const OLD_FILES = unzipSync(OLD_BACKUP);
const OLD = JSON.parse(strFromU8(OLD_FILES['workspace.json'])) as {
  drafts: { meta: { id: string } }[];
  snapshots: Snapshot[];
};
const OLD_CREATED_AT = (JSON.parse(strFromU8(OLD_FILES['manifest.json'])) as { createdAt: string })
  .createdAt;

let counter = 0;
const dbName = () => `pluma-backup-v2-test-${++counter}`;

async function restoreOld(db: PlumaDb) {
  const planned = await planRestore(db, OLD_BACKUP);
  if (!planned.ok) throw new Error(planned.reason);
  return applyRestore(db, planned.plan);
}

describe('a backup written before snapshot texts moved out (schema v2)', () => {
  it('restores every snapshot byte for byte, and backs up again into the same file', async () => {
    const db = await openPlumaDb(dbName());
    const summary = await restoreOld(db);
    expect(summary).toMatchObject({ snapshots: 3, images: 1, settings: 2 });
    expect(summary.added).toHaveLength(2);
    expect(OLD.snapshots.map((s) => s.text)).toContain('title: Sin fecha\n');
    for (const snapshot of OLD.snapshots) {
      expect(await loadSnapshot(db, snapshot.id)).toEqual(snapshot);
    }
    for (const { meta } of OLD.drafts) {
      const { snapshots } = await listSnapshots(db, meta.id);
      const expected = OLD.snapshots
        .filter((s) => s.draftId === meta.id)
        .map(({ text: _text, ...info }) => info)
        .reverse();
      expect(snapshots).toEqual(expected);
    }

    // The file format did not change: what v3 writes is what v2 wrote, byte for byte.
    const again = await backupWorkspace(db, new Date(OLD_CREATED_AT));
    expect(again.problems).toEqual([]);
    const files = unzipSync(again.bytes);
    expect(Object.keys(files).sort()).toEqual(Object.keys(OLD_FILES).sort());
    for (const [name, bytes] of Object.entries(OLD_FILES)) expect(files[name], name).toEqual(bytes);

    // Restoring it once more repeats nothing.
    expect((await restoreOld(db)).snapshots).toBe(0);
    db.close();
  });

  it('keeps snapshots already here under the same ids and adds the old ones beside them', async () => {
    const db = await openPlumaDb(dbName());
    const draft = await createDraft(db, { text: 'aquí', title: 'Aquí' });
    const mine = await addSnapshot(db, draft.id, 'mi versión', 'manual');
    expect(mine?.id).toBe(OLD.snapshots[0].id);

    expect((await restoreOld(db)).snapshots).toBe(3);
    expect(await loadSnapshot(db, mine!.id)).toMatchObject({ text: 'mi versión' });
    for (const old of OLD.snapshots) {
      const { snapshots } = await listSnapshots(db, old.draftId);
      const same = snapshots.find((s) => s.createdAt === old.createdAt);
      expect(same).toBeDefined();
      expect(await loadSnapshot(db, same!.id)).toEqual({ ...old, id: same!.id });
    }
    db.close();
  });

  it('leaves out of a backup, and reports, a snapshot whose text record is gone', async () => {
    const db = await openPlumaDb(dbName());
    await restoreOld(db);
    const lost = OLD.snapshots[1].id;
    await db.delete('snapshotTexts', lost);
    const backup = await backupWorkspace(db);
    expect(backup.problems).toEqual([
      { store: 'snapshotTexts', key: String(lost), reason: 'the text record is missing' },
    ]);
    expect(backup.counts.snapshots).toBe(OLD.snapshots.length - 1);
    db.close();
  });
});
