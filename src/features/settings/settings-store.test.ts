import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  applyRestore,
  backupWorkspace,
  deletePlumaDb,
  getSetting,
  openPlumaDb,
  planRestore,
} from '../../storage';
import { defaultSettings, loadSettings, saveSettings, settingsFrom } from './settings-store';
import type { AppSettings } from './settings-store';

let counter = 0;
const dbName = () => `pluma-settings-store-test-${++counter}`;

const MINE: AppSettings = {
  siteUrl: 'https://ciudadaniai.org/',
  decapConfig: 'collections:\n  - name: blog\n    folder: _posts\n',
  collection: 'blog',
  timeZone: 'America/Santiago',
  siteTimeZone: '-0300',
  stylesheet: { kind: 'file', name: 'main.css', css: 'body { font-family: "Lato" }\r\n' },
};

describe('settings in IndexedDB', () => {
  it('reads back what was stored, and the defaults from an empty database', async () => {
    const db = await openPlumaDb(dbName());
    expect(await loadSettings(db)).toEqual(defaultSettings);
    await saveSettings(db, MINE);
    expect(await loadSettings(db)).toEqual(MINE);
    await saveSettings(db, { stylesheet: { kind: 'url', url: 'https://ciudadaniai.org/a.css' } });
    expect((await loadSettings(db)).stylesheet).toEqual({
      kind: 'url',
      url: 'https://ciudadaniai.org/a.css',
    });
    db.close();
  });

  it('removes a setting emptied, so that its default applies', async () => {
    const db = await openPlumaDb(dbName());
    await saveSettings(db, MINE);
    await saveSettings(db, { siteUrl: '', decapConfig: null, stylesheet: null });
    expect(await getSetting(db, 'siteUrl')).toBeUndefined();
    expect(await getSetting(db, 'schemaConfig')).toBeUndefined();
    expect(await loadSettings(db)).toEqual({
      ...MINE,
      siteUrl: '',
      decapConfig: null,
      stylesheet: null,
    });
    db.close();
  });

  it('travels in a workspace backup: restored into a fresh database, the same settings', async () => {
    const name = dbName();
    let db = await openPlumaDb(name);
    await saveSettings(db, MINE);
    const backup = await backupWorkspace(db);
    expect(backup.counts.settings).toBe(6);
    db.close();
    await deletePlumaDb(name);

    db = await openPlumaDb(name);
    expect(await loadSettings(db)).toEqual(defaultSettings);
    const planned = await planRestore(db, backup.bytes);
    if (!planned.ok) throw new Error(planned.reason);
    expect((await applyRestore(db, planned.plan)).settings).toBe(6);
    expect(await loadSettings(db)).toEqual(MINE);
    db.close();
  });
});

describe('settingsFrom', () => {
  it('maps stored keys to the fields, defaults for the rest', () => {
    expect(settingsFrom({})).toEqual(defaultSettings);
    expect(settingsFrom({ schemaConfig: 'collections: []', timeZone: '-0400' })).toEqual({
      ...defaultSettings,
      decapConfig: 'collections: []',
      timeZone: '-0400',
    });
  });
});
