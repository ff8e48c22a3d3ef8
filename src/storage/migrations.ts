/**
 * Schema migrations, one step per version. A fresh database runs every step, so the oldest
 * path is exercised on every first start, not only on upgrades.
 *
 * v1 (Pluma 0.0): `drafts` {id, title, filename?, status, createdAt, updatedAt, text} and
 * `settings` {key, value}.
 * v2: the text moves out of the draft into `texts`, so the drafts list never loads bodies;
 * drafts gain `size`, `revision` and `lastOpenedAt`; `snapshots` and `images` appear.
 */
import type { UpgradeDb, UpgradeTx } from './db.ts';
import { byteSize } from './util.ts';

/** The schema version this code writes. */
export const DB_VERSION = 2;

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
