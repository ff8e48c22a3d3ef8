import { describe, expect, it } from 'vitest';
import { defaultSettings, restoreSettings } from './settings-store';

describe('restoreSettings', () => {
  it('reads stored settings back', () => {
    const s = {
      siteUrl: 'https://blog.example/',
      decapConfig: 'collections: []',
      collection: 'posts',
      timeZone: 'America/Santiago',
      siteTimeZone: null,
    };
    expect(restoreSettings(JSON.stringify(s))).toEqual(s);
  });

  it('falls back on damaged or foreign data, field by field', () => {
    expect(restoreSettings(null)).toEqual(defaultSettings);
    expect(restoreSettings('{not json')).toEqual(defaultSettings);
    expect(restoreSettings('42')).toEqual(defaultSettings);
    expect(restoreSettings('{"siteUrl": 7, "collection": "posts", "timeZone": -3}')).toEqual({
      ...defaultSettings,
      collection: 'posts',
    });
  });
});

describe('restoreSettings from an older version', () => {
  it('reads settings stored before time zones as automatic, with no site zone', () => {
    const old = { siteUrl: 'https://blog.example/', decapConfig: null, collection: null };
    expect(restoreSettings(JSON.stringify(old))).toEqual({
      ...old,
      timeZone: null,
      siteTimeZone: null,
    });
  });
});
