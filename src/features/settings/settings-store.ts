/**
 * The workspace's settings, kept in the IndexedDB settings store (`src/storage/settings.ts`)
 * where a workspace backup and its restore carry them. Settings that earlier versions kept in
 * localStorage are moved there once (`migrateLegacySettings`).
 */
import { deleteSetting, getSetting, readLegacySettings, setSetting } from '../../storage';
import type { LegacySettings, PlumaDb, Settings, StylesheetSetting } from '../../storage';

/** The app's settings as the UI uses them. */
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
  /** The blog's stylesheet for the preview, or null for the preview's own look. */
  stylesheet: StylesheetSetting | null;
}

export const defaultSettings: AppSettings = {
  siteUrl: '',
  decapConfig: null,
  collection: null,
  timeZone: null,
  siteTimeZone: null,
  stylesheet: null,
};

/** The stored setting that holds each field. */
const KEYS = {
  siteUrl: 'siteUrl',
  decapConfig: 'schemaConfig',
  collection: 'collection',
  timeZone: 'timeZone',
  siteTimeZone: 'siteTimeZone',
  stylesheet: 'stylesheet',
} as const satisfies Record<keyof AppSettings, keyof Settings>;

const FIELDS = Object.keys(KEYS) as (keyof AppSettings)[];

/** Returns the settings made of stored values (by setting key); defaults for the missing ones. */
export function settingsFrom(stored: LegacySettings): AppSettings {
  const out: Record<string, unknown> = { ...defaultSettings };
  for (const field of FIELDS) {
    const value = stored[KEYS[field]];
    if (value !== undefined) out[field] = value;
  }
  return out as unknown as AppSettings;
}

/** Returns the settings stored in `db` (a missing or malformed one gives its default). */
export async function loadSettings(db: PlumaDb): Promise<AppSettings> {
  const stored: Record<string, unknown> = {};
  await Promise.all(
    FIELDS.map(async (field) => {
      stored[KEYS[field]] = await getSetting(db, KEYS[field]);
    }),
  );
  return settingsFrom(stored as LegacySettings);
}

/** Returns the settings an earlier version left in localStorage, for a browser without IndexedDB. */
export function legacySettings(): AppSettings {
  return settingsFrom(readLegacySettings());
}

/**
 * Stores the fields of `change` in `db` (mutates it): an empty value ('' or null) removes the
 * setting, so the default applies and a backup does not carry it.
 */
export async function saveSettings(db: PlumaDb, change: Partial<AppSettings>): Promise<void> {
  const writes = (Object.keys(change) as (keyof AppSettings)[]).map((field) => {
    const key = KEYS[field];
    const value = change[field];
    if (value === null || value === '' || value === undefined) return deleteSetting(db, key);
    return setSetting(db, key, value as Settings[typeof key]);
  });
  await Promise.all(writes);
}
