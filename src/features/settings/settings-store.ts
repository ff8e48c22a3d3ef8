/** The app's settings, as kept in the browser between visits. */
export interface AppSettings {
  /** The blog's address, against which the preview resolves relative URLs; '' for the default. */
  siteUrl: string;
  /** The text of a Decap CMS `config.yml` the user loaded, or null for the built-in schema. */
  decapConfig: string | null;
  /** The name of the collection (from that config) posts are edited with. */
  collection: string | null;
  /** The time zone new posts are dated in as the writer typed it (`-0300`, `America/Santiago`),
   * or null to detect it. */
  timeZone: string | null;
  /** The `timezone` of the blog folder's `_config.yml` last opened, or null when it set none. */
  siteTimeZone: string | null;
}

const KEY = 'pluma.settings.v1';

export const defaultSettings: AppSettings = {
  siteUrl: '',
  decapConfig: null,
  collection: null,
  timeZone: null,
  siteTimeZone: null,
};

/** Returns the settings read from `raw` (stored JSON), falling back field by field when damaged. */
export function restoreSettings(raw: string | null): AppSettings {
  if (!raw) return defaultSettings;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return defaultSettings;
  }
  if (typeof value !== 'object' || value === null) return defaultSettings;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x : null);
  return {
    siteUrl: text(v.siteUrl) ?? '',
    decapConfig: text(v.decapConfig),
    collection: text(v.collection),
    timeZone: text(v.timeZone),
    siteTimeZone: text(v.siteTimeZone),
  };
}

/** Returns the stored settings (the defaults when storage is unavailable). */
export function loadSettings(): AppSettings {
  try {
    return restoreSettings(localStorage.getItem(KEY));
  } catch {
    return defaultSettings;
  }
}

/** Stores the settings; returns false when the browser refuses (private mode, full disk). */
export function saveSettings(settings: AppSettings): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
