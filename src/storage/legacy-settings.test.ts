import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPlumaDb } from './db.ts';
import {
  LEGACY_SETTINGS_KEY,
  PREVIEW_CHOICES_KEY,
  migrateLegacySettings,
  readLegacySettings,
} from './legacy-settings.ts';
import { getSetting, setSetting } from './settings.ts';

let counter = 0;
const freshDb = () => openPlumaDb(`pluma-legacy-settings-test-${++counter}`);

/** A localStorage as an earlier version left it. */
function oldBrowser(settings: unknown, preview: unknown) {
  const data = new Map<string, string>([
    [LEGACY_SETTINGS_KEY, JSON.stringify(settings)],
    [PREVIEW_CHOICES_KEY, JSON.stringify(preview)],
    ['pluma.layout.v1', '{"formWidth":400}'],
  ]);
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  return { data, storage: () => storage };
}

const OLD_SETTINGS = {
  siteUrl: 'https://ciudadaniai.org/',
  decapConfig: 'collections: []\n',
  collection: 'blog',
  timeZone: 'America/Santiago',
  siteTimeZone: null,
};
const OLD_PREVIEW = {
  view: 'card',
  width: 'phone',
  stylesheet: { kind: 'url', url: 'https://ciudadaniai.org/css/main.css' },
};

describe('readLegacySettings', () => {
  it('reads the valid settings of an earlier version under their new keys', () => {
    const { storage } = oldBrowser(OLD_SETTINGS, OLD_PREVIEW);
    expect(readLegacySettings(storage)).toEqual({
      siteUrl: 'https://ciudadaniai.org/',
      schemaConfig: 'collections: []\n',
      collection: 'blog',
      timeZone: 'America/Santiago',
      stylesheet: { kind: 'url', url: 'https://ciudadaniai.org/css/main.css' },
    });
  });

  it('skips damaged, empty and missing values', () => {
    const { storage } = oldBrowser(
      { siteUrl: '', decapConfig: 7, timeZone: '-0300' },
      { view: 'post', stylesheet: { kind: 'file', name: 'x.css' } },
    );
    expect(readLegacySettings(storage)).toEqual({ timeZone: '-0300' });
    expect(readLegacySettings(() => null)).toEqual({});
  });
});

describe('migrateLegacySettings', () => {
  it('moves the settings into IndexedDB once and removes them from localStorage', async () => {
    const db = await freshDb();
    const { data, storage } = oldBrowser(OLD_SETTINGS, OLD_PREVIEW);
    expect((await migrateLegacySettings(db, storage)).sort()).toEqual(
      ['collection', 'schemaConfig', 'siteUrl', 'stylesheet', 'timeZone'].sort(),
    );
    expect(await getSetting(db, 'siteUrl')).toBe('https://ciudadaniai.org/');
    expect(await getSetting(db, 'schemaConfig')).toBe('collections: []\n');
    expect(await getSetting(db, 'stylesheet')).toEqual(OLD_PREVIEW.stylesheet);
    expect(await getSetting(db, 'siteTimeZone')).toBeUndefined();
    expect(data.has(LEGACY_SETTINGS_KEY)).toBe(false);
    // The preview's view and width are this device's choices: they stay, without the stylesheet.
    expect(JSON.parse(data.get(PREVIEW_CHOICES_KEY)!)).toEqual({ view: 'card', width: 'phone' });
    expect(data.get('pluma.layout.v1')).toBe('{"formWidth":400}');
    // Nothing is left to move the second time.
    expect(await migrateLegacySettings(db, storage)).toEqual([]);
    db.close();
  });

  it('keeps a value IndexedDB already has over the old one', async () => {
    const db = await freshDb();
    await setSetting(db, 'siteUrl', 'https://nuevo.example/');
    const { storage } = oldBrowser(OLD_SETTINGS, OLD_PREVIEW);
    const written = await migrateLegacySettings(db, storage);
    expect(written).not.toContain('siteUrl');
    expect(await getSetting(db, 'siteUrl')).toBe('https://nuevo.example/');
    expect(await getSetting(db, 'collection')).toBe('blog');
    db.close();
  });

  it('leaves localStorage as it was when IndexedDB cannot take the settings', async () => {
    const db = await freshDb();
    db.close();
    const { data, storage } = oldBrowser(OLD_SETTINGS, OLD_PREVIEW);
    await expect(migrateLegacySettings(db, storage)).rejects.toThrow();
    expect(JSON.parse(data.get(LEGACY_SETTINGS_KEY)!)).toEqual(OLD_SETTINGS);
    expect(JSON.parse(data.get(PREVIEW_CHOICES_KEY)!)).toEqual(OLD_PREVIEW);
  });
});
