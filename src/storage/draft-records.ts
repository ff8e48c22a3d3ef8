/** Helpers shared by the draft modules for reading and writing meta + text inside a transaction. */
import type { PlumaTx, StoreName } from './db.ts';
import { StorageError } from './errors.ts';
import type { DraftMeta } from './records.ts';
import { restoreMeta, restoreText } from './restore.ts';
import type { RestoreProblem } from './restore.ts';
import { byteSize } from './util.ts';

/** Any transaction that covers the meta and texts stores. */
export type DraftTx<Mode extends IDBTransactionMode = IDBTransactionMode> = PlumaTx<
  readonly ['meta', 'texts', ...StoreName[]],
  Mode
>;

/** An object store, as far as reading one record goes. */
export interface Readable {
  get(key: string): Promise<unknown>;
}

/**
 * Returns the restored meta of draft `id` read from the `meta` store, or null when there is
 * none. Throws a 'corrupt' StorageError naming the problem when the stored record is malformed.
 */
export async function readMeta(metaStore: Readable, id: string): Promise<DraftMeta | null> {
  const raw = await metaStore.get(id);
  if (raw === undefined) return null;
  const { record, reason } = restoreMeta(raw);
  if (record === null) throw corrupt({ store: 'meta', key: id, reason });
  return record;
}

/**
 * Returns the restored text of draft `id` read from the `texts` store. Throws a 'corrupt'
 * StorageError when the text record is missing or malformed.
 */
export async function readText(textStore: Readable, id: string): Promise<string> {
  const { record, reason } = restoreText(await textStore.get(id));
  if (record === null) throw corrupt({ store: 'texts', key: id, reason });
  return record.text;
}

/**
 * Writes `text` as the next revision of `meta`'s draft in `tx` (mutates the stores) and returns
 * the new meta. `changes` may update the title and filename in the same write.
 */
export async function writeNextRevision(
  tx: DraftTx<'readwrite'>,
  meta: DraftMeta,
  text: string,
  changes: { title?: string; filename?: string | null } = {},
): Promise<DraftMeta> {
  const next: DraftMeta = {
    ...meta,
    title: changes.title ?? meta.title,
    filename: changes.filename === undefined ? meta.filename : changes.filename,
    size: byteSize(text),
    revision: meta.revision + 1,
    updatedAt: Date.now(),
  };
  // One write after the other: a write that throws at once must not orphan the other's promise.
  await tx.objectStore('meta').put(next);
  await tx.objectStore('texts').put({ id: meta.id, text, revision: next.revision });
  return next;
}

/** Returns a 'corrupt' StorageError for one malformed record. */
export function corrupt(problem: RestoreProblem): StorageError {
  return new StorageError('corrupt', {
    detail: `unreadable record (${problem.store} ${problem.key}: ${problem.reason})`,
    problems: [problem],
  });
}
