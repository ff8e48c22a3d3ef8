/** App settings (last open draft, site URL, preview stylesheet, schema config), by key. */
import { runTx } from './db.ts';
import type { PlumaDb } from './db.ts';
import type { Settings } from './records.ts';
import { restoreSetting } from './restore.ts';
import type { RestoreProblem } from './restore.ts';

/**
 * Returns the stored value of setting `key`, or undefined when it is unset. A malformed stored
 * value also gives undefined (the app falls back to its default) and is passed to `onProblem`.
 */
export async function getSetting<K extends keyof Settings>(
  db: PlumaDb,
  key: K,
  onProblem?: (problem: RestoreProblem) => void,
): Promise<Settings[K] | undefined> {
  const raw: unknown = await runTx(db, ['settings'], 'readonly', (tx) => tx.store.get(key));
  if (raw === undefined) return undefined;
  const { record, reason } = restoreSetting(key, raw);
  if (reason !== null) {
    onProblem?.({ store: 'settings', key, reason });
    return undefined;
  }
  return record;
}

/** Stores `value` as setting `key`, replacing the previous value. */
export async function setSetting<K extends keyof Settings>(
  db: PlumaDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await runTx(db, ['settings'], 'readwrite', (tx) => tx.store.put({ key, value }));
}

/** Deletes setting `key`, so reading it gives undefined again. */
export async function deleteSetting(db: PlumaDb, key: keyof Settings): Promise<void> {
  await runTx(db, ['settings'], 'readwrite', (tx) => tx.store.delete(key));
}
