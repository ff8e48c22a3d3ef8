/** A connection to Pluma's database for the import/export pieces. */
import { useEffect, useState } from 'react';
import { openPlumaDb } from '../../storage';
import type { PlumaDb } from '../../storage';

/**
 * Returns an open connection to Pluma's database (`name`, 'pluma' by default), or null until it
 * is open or when storage is unavailable; closes it on unmount. Use the drafts session's own
 * connection instead when it exposes one: IndexedDB allows several per page.
 */
export function usePlumaDb(name?: string): PlumaDb | null {
  const [db, setDb] = useState<PlumaDb | null>(null);
  useEffect(() => {
    let live = true;
    let opened: PlumaDb | null = null;
    openPlumaDb(name, { onVersionChange: () => live && setDb(null) }).then(
      (connection) => {
        if (!live) return connection.close();
        opened = connection;
        setDb(connection);
      },
      () => undefined,
    );
    return () => {
      live = false;
      opened?.close();
    };
  }, [name]);
  return db;
}
