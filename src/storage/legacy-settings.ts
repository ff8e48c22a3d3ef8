/**
 * Settings that earlier versions kept in localStorage (`pluma.settings.v1`, and the preview's
 * stylesheet in `pluma.preview.v1`), where a workspace backup never saw them. They move once into
 * the IndexedDB settings and are then removed from localStorage, so nobody loses their config.
 */
import { runTx } from './db.ts';
import type { PlumaDb } from './db.ts';
import { fieldsOf, localValue, pageStorage, parseJson } from './local-value.ts';
import type { LocalStorageSource } from './local-value.ts';
import type { Settings } from './records.ts';
import { restoreSetting } from './restore.ts';

/** The settings a version before this one kept, by their new key. */
export type LegacySettings = Partial<Omit<Settings, 'lastOpenDraftId'>>;

/** Where earlier versions kept the app's settings and the preview's choices. */
export const LEGACY_SETTINGS_KEY = 'pluma.settings.v1';
export const PREVIEW_CHOICES_KEY = 'pluma.preview.v1';

const records = (storage: LocalStorageSource) => ({
  settings: localValue(LEGACY_SETTINGS_KEY, (raw) => fieldsOf(parseJson(raw)), undefined, storage),
  preview: localValue(PREVIEW_CHOICES_KEY, (raw) => fieldsOf(parseJson(raw)), undefined, storage),
});

/** Returns the valid settings found in the localStorage of an earlier version (none: `{}`). */
export function readLegacySettings(storage: LocalStorageSource = pageStorage): LegacySettings {
  const { settings, preview } = records(storage);
  const old = settings.read();
  const found: Record<string, unknown> = {
    siteUrl: old.siteUrl || undefined,
    schemaConfig: old.decapConfig,
    collection: old.collection,
    timeZone: old.timeZone,
    siteTimeZone: old.siteTimeZone,
    stylesheet: preview.read().stylesheet,
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(found)) {
    const { record } = restoreSetting(key as keyof LegacySettings, { key, value });
    if (record !== null && record !== '') out[key] = record;
  }
  return out as LegacySettings;
}

/**
 * Moves the settings of an earlier version from localStorage into `db` (mutates both): each goes
 * in unless `db` already has that setting (the newer place wins), and only once the transaction
 * is stored are they removed from localStorage (the preview's view and width stay there).
 * Returns the keys written into `db`.
 */
export async function migrateLegacySettings(
  db: PlumaDb,
  storage: LocalStorageSource = pageStorage,
): Promise<(keyof LegacySettings)[]> {
  const legacy = readLegacySettings(storage);
  const keys = Object.keys(legacy) as (keyof LegacySettings)[];
  const written = await runTx(db, ['settings'], 'readwrite', async (tx) => {
    const put: (keyof LegacySettings)[] = [];
    for (const key of keys) {
      if ((await tx.store.getKey(key)) !== undefined) continue;
      await tx.store.put({ key, value: legacy[key]! });
      put.push(key);
    }
    return put;
  });
  const { settings, preview } = records(storage);
  settings.remove();
  const choices = preview.read();
  if ('stylesheet' in choices) {
    const rest = { ...choices };
    delete rest.stylesheet;
    preview.write(rest);
  }
  return written;
}
