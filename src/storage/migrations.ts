/**
 * Schema migrations, one step per version. A fresh database runs every step, so the oldest
 * path is exercised on every first start, not only on upgrades.
 *
 * v1 (Pluma 0.0): `drafts` {id, title, filename?, status, createdAt, updatedAt, text} and
 * `settings` {key, value}.
 * v2: the text moves out of the draft into `texts`, so the drafts list never loads bodies;
 * drafts gain `size`, `revision` and `lastOpenedAt`; `snapshots` and `images` appear.
 * v3: a snapshot's text moves out of `snapshots` into `snapshotTexts` (same id), so the History
 * list never loads texts; `snapshots` keeps draftId, createdAt, size and reason.
 */
import type { UpgradeDb, UpgradeTx } from './db.ts';
import { byteSize } from './util.ts';

/** The schema version this code writes. */
export const DB_VERSION = 3;

type Step = (db: UpgradeDb, tx: UpgradeTx) => Promise<void>;

const STEPS: Record<number, Step> = {
  1: async (db) => {
    db.createObjectStore('drafts', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  2: async (db, tx) => {
    db.createObjectStore('meta', { keyPath: 'id' });
    db.createObjectStore('texts', { keyPath: 'id' });
    const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
    snapshots.createIndex('draftId', 'draftId');
    const images = db.createObjectStore('images', { keyPath: ['draftId', 'path'] });
    images.createIndex('draftId', 'draftId');

    const legacy: unknown[] = await tx.objectStore('drafts').getAll();
    await Promise.all(legacy.map((draft) => splitLegacyDraft(tx, draft)));
    db.deleteObjectStore('drafts');
  },
  3: async (db, tx) => {
    db.createObjectStore('snapshotTexts', { keyPath: 'id' });
    await splitSnapshotTexts(tx);
  },
};

/**
 * Upgrades the database in the version-change transaction `tx` from `oldVersion` to DB_VERSION.
 * Mutates the database; rejects if a step fails (the caller aborts the upgrade).
 */
export async function migrate(db: UpgradeDb, tx: UpgradeTx, oldVersion: number): Promise<void> {
  for (let version = oldVersion + 1; version <= DB_VERSION; version++) {
    await STEPS[version](db, tx);
  }
}

/**
 * Writes one v1 draft as a v2 meta + text. Fields are copied as they were, even wrong ones:
 * judging them is the restore step's job, and a migration must never drop a user's text.
 */
async function splitLegacyDraft(tx: UpgradeTx, draft: unknown): Promise<void> {
  if (typeof draft !== 'object' || draft === null) return;
  const { text, ...fields } = draft as Record<string, unknown> & { id: IDBValidKey };
  await tx.objectStore('meta').put({
    ...fields,
    filename: fields.filename ?? null,
    size: typeof text === 'string' ? byteSize(text) : 0,
    revision: 1,
    lastOpenedAt: null,
  });
  // A draft without text stays without text, so that the restore step reports it.
  if (text !== undefined) await tx.objectStore('texts').put({ id: fields.id, text, revision: 1 });
}

/**
 * Moves every v2 snapshot's text into `snapshotTexts` under the snapshot's id, leaving the rest
 * of the record in `snapshots`. Mutates both stores. As in v2, values are moved as they were,
 * even wrong ones, and a snapshot without text stays without text for the restore step to report.
 */
async function splitSnapshotTexts(tx: UpgradeTx): Promise<void> {
  const texts = tx.objectStore('snapshotTexts');
  // A cursor holds one text at a time; getAll would hold every text of every draft at once.
  let cursor = await tx.objectStore('snapshots').openCursor();
  while (cursor) {
    const value: unknown = cursor.value;
    if (typeof value === 'object' && value !== null && 'text' in value) {
      const { text, ...info } = value as Record<string, unknown>;
      await texts.put({ id: cursor.primaryKey, text });
      await cursor.update(info);
    }
    cursor = await cursor.continue();
  }
}
