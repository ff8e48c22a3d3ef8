/** Test support: the raw IndexedDB API, to build databases as older Pluma versions left them. */
import { vi } from 'vitest';
import { openPlumaDb } from './db.ts';

/** Opens a database with the raw IndexedDB API, as an older Pluma (or another app) would. */
export function rawOpen(
  name: string,
  version: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Returns every record of `store`, as stored. */
export function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Creates the stores of schema v2 exactly as Pluma's v2 code did (a snapshot's text inside its
 * record), then lets `fill` write records in the same upgrade transaction.
 */
export function createV2Stores(
  db: IDBDatabase,
  tx: IDBTransaction,
  fill: (tx: IDBTransaction) => void,
) {
  db.createObjectStore('meta', { keyPath: 'id' });
  db.createObjectStore('texts', { keyPath: 'id' });
  db.createObjectStore('settings', { keyPath: 'key' });
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  snapshots.createIndex('draftId', 'draftId');
  const images = db.createObjectStore('images', { keyPath: ['draftId', 'path'] });
  images.createIndex('draftId', 'draftId');
  fill(tx);
}

/**
 * Opens database `name` with `openPlumaDb` while every write fails (so its migration fails);
 * returns what the opening rejected with (the database, should it open anyway). Writes work
 * again afterwards, whatever happened.
 */
export async function openWhileWritesFail(name: string): Promise<unknown> {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('cannot write', 'UnknownError');
  });
  try {
    return await openPlumaDb(name).catch((e: unknown) => e);
  } finally {
    put.mockRestore();
  }
}
