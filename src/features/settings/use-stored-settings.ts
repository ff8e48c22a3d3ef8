import { useCallback, useEffect, useState } from 'react';
import { migrateLegacySettings } from '../../storage';
import type { PlumaDb } from '../../storage';
import { defaultSettings, legacySettings, loadSettings, saveSettings } from './settings-store';
import type { AppSettings } from './settings-store';

/** The workspace settings of the page and what may be done with them. */
export interface StoredSettings {
  /** The settings, or null while they are being read. */
  settings: AppSettings | null;
  /** Applies `change` at once and stores it. */
  change: (change: Partial<AppSettings>) => void;
  /** Reads the stored settings again (a backup restore replaced them). */
  reload: () => void;
}

/**
 * Returns the settings stored in `db`, read once it is open (after moving an earlier version's
 * localStorage settings into it). `settled` says that opening storage is over: when it ended
 * without a database, the settings an earlier version left in localStorage are shown and changes
 * last for this visit only.
 */
export function useStoredSettings(db: PlumaDb | null, settled: boolean): StoredSettings {
  const [loaded, setLoaded] = useState<AppSettings | null>(null);
  const [fallback] = useState(legacySettings);
  useEffect(() => {
    if (!db) return;
    let live = true;
    // A failed move leaves the old values in localStorage, to be moved at the next start.
    void migrateLegacySettings(db)
      .catch(() => [])
      .then(() => loadSettings(db))
      .then(
        (read) => live && setLoaded(read),
        () => live && setLoaded((old) => old ?? defaultSettings),
      );
    return () => {
      live = false;
    };
  }, [db]);
  const change = useCallback(
    (patch: Partial<AppSettings>) => {
      setLoaded((old) => ({ ...(old ?? fallback), ...patch }));
      // Not storing a setting is no loss of text: it still applies for this visit.
      if (db) void saveSettings(db, patch).catch(() => undefined);
    },
    [db, fallback],
  );
  const reload = useCallback(() => {
    if (db) void loadSettings(db).then(setLoaded, () => undefined);
  }, [db]);
  const settings = loaded ?? (db === null && settled ? fallback : null);
  return { settings, change, reload };
}
