/**
 * The one module that imports `idb`: the database schema, opening it (with migrations) and a
 * transaction helper that turns every failure into a StorageError.
 */
import { deleteDB, openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { StorageError, toStorageError } from './errors.ts';
import { DB_VERSION, migrate } from './migrations.ts';
import type {
  DraftMeta,
  DraftText,
  ImageRecord,
  SettingRecord,
  SnapshotInfo,
  SnapshotText,
} from './records.ts';

/** A snapshot's info as written: the store assigns `id` unless it is given. */
export type NewSnapshotInfo = Omit<SnapshotInfo, 'id'> & { id?: number };

/** The IndexedDB schema at DB_VERSION. Values read back are still checked by `restore.ts`. */
export interface PlumaSchema extends DBSchema {
  meta: { key: string; value: DraftMeta };
  texts: { key: string; value: DraftText };
  snapshots: { key: number; value: NewSnapshotInfo; indexes: { draftId: string } };
  snapshotTexts: { key: number; value: SnapshotText };
  images: { key: [string, string]; value: ImageRecord; indexes: { draftId: string } };
  settings: { key: string; value: SettingRecord };
}

/** An open Pluma database. */
export type PlumaDb = IDBPDatabase<PlumaSchema>;
/** The name of one of Pluma's object stores. */
export type StoreName = StoreNames<PlumaSchema>;
/** A transaction over `Names` in `Mode`. */
export type PlumaTx<
  Names extends readonly StoreName[],
  Mode extends IDBTransactionMode,
> = IDBPTransaction<PlumaSchema, Names, Mode>;
/** The database as seen during an upgrade, where older stores may still exist. */
export type UpgradeDb = IDBPDatabase<unknown>;
/** The version-change transaction during an upgrade. */
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** What to do when the database is taken away from this tab. */
export interface OpenOptions {
  /** A newer Pluma in another tab needs the database: it was closed here; ask to reload. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

/**
 * Opens (creating or migrating as needed) Pluma's database and returns it. Rejects with a
 * StorageError: 'unavailable' without IndexedDB, 'blocked' when an older tab holds the database
 * open, 'conflict' when a newer version created it, 'corrupt' when a migration failed.
 */
export function openPlumaDb(name = 'pluma', options: OpenOptions = {}): Promise<PlumaDb> {
  if (early?.name === name) {
    const taken = early;
    early = null;
    taken.take(options);
    return taken.opening;
  }
  return openNow(name, options);
}

/** An opening started by `openPlumaDbEarly`, until `openPlumaDb` takes it. */
let early: { name: string; opening: Promise<PlumaDb>; take: (o: OpenOptions) => void } | null =
  null;

/**
 * Starts opening the database at once, for the first `openPlumaDb(name)` to take: the page
 * calls it before it renders, so the database opens while the page's code runs. The events
 * of the connection go to the options that call passes (an event before then, once it does).
 */
export function openPlumaDbEarly(name = 'pluma'): void {
  if (early || typeof indexedDB === 'undefined' || indexedDB === null) return;
  let options: OpenOptions | null = null;
  const missed = new Set<keyof OpenOptions>();
  const event = (kind: keyof OpenOptions) => () => {
    if (options) options[kind]?.();
    else missed.add(kind);
  };
  const opening = openNow(name, {
    onVersionChange: event('onVersionChange'),
    onTerminated: event('onTerminated'),
  });
  // Whoever takes the opening hears of its failure.
  opening.catch(() => undefined);
  const take = (given: OpenOptions) => {
    options = given;
    for (const kind of missed) given[kind]?.();
  };
  early = { name, opening, take };
}

function openNow(name: string, options: OpenOptions): Promise<PlumaDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new StorageError('unavailable'));
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    let handle: PlumaDb | undefined;
    let upgradeError: unknown;
    const opening = openDB<PlumaSchema>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        const raw = tx as unknown as UpgradeTx;
        // A failed upgrade is reported by the open request below; `done` would only repeat it.
        raw.done.catch(() => undefined);
        migrate(db as unknown as UpgradeDb, raw, oldVersion).catch((err: unknown) => {
          upgradeError = err;
          try {
            raw.abort();
          } catch {
            // The transaction already ended; the open request reports that itself.
          }
        });
      },
      blocked() {
        if (settled) return;
        settled = true;
        reject(new StorageError('blocked'));
      },
      blocking() {
        handle?.close();
        options.onVersionChange?.();
      },
      terminated() {
        options.onTerminated?.();
      },
    });
    opening.then(
      (db) => {
        // A blocked open may still succeed later; that late connection must not linger.
        if (settled) return db.close();
        settled = true;
        handle = db;
        resolve(db);
      },
      (err: unknown) => {
        if (settled) return;
        settled = true;
        reject(upgradeError === undefined ? toStorageError(err) : migrationError(upgradeError));
      },
    );
  });
}

/** Deletes the whole database; resolves once it is gone. */
export async function deletePlumaDb(name = 'pluma'): Promise<void> {
  try {
    await deleteDB(name);
  } catch (err) {
    throw toStorageError(err);
  }
}

/**
 * Runs `body` in one transaction over `stores` and returns its result once the transaction has
 * committed. If `body` throws, the transaction is aborted (nothing it wrote is kept) and the
 * error is rethrown as a StorageError.
 */
export async function runTx<
  const Names extends readonly StoreName[],
  Mode extends IDBTransactionMode,
  T,
>(
  db: PlumaDb,
  stores: Names,
  mode: Mode,
  body: (tx: PlumaTx<Names, Mode>) => Promise<T>,
): Promise<T> {
  let tx: PlumaTx<Names, Mode>;
  try {
    tx = db.transaction(stores, mode);
  } catch (err) {
    throw closedError(err);
  }
  const done = tx.done;
  try {
    const result = await body(tx);
    await done;
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or already finished.
    }
    await done.catch(() => undefined);
    throw toStorageError(err);
  }
}

function closedError(cause: unknown): StorageError {
  // A connection closed for a newer version (see `blocking`) fails here with InvalidStateError.
  if (cause instanceof DOMException && cause.name === 'InvalidStateError') {
    return new StorageError('blocked', { reason: 'closed', cause });
  }
  return toStorageError(cause);
}

function migrationError(cause: unknown): StorageError {
  if (cause instanceof StorageError) return cause;
  return new StorageError('corrupt', { reason: 'migration', cause });
}
