/** Test support: the raw IndexedDB API, to build databases as older Pluma versions left them. */

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
