import { describe, expect, it } from 'vitest';
import { defaultSettings, restoreSettings } from './settings-store';

describe('restoreSettings', () => {
  it('reads stored settings back', () => {
    const s = {
      siteUrl: 'https://blog.example/',
      decapConfig: 'collections: []',
      collection: 'posts',
    };
    expect(restoreSettings(JSON.stringify(s))).toEqual(s);
  });

  it('falls back on damaged or foreign data, field by field', () => {
    expect(restoreSettings(null)).toEqual(defaultSettings);
    expect(restoreSettings('{not json')).toEqual(defaultSettings);
    expect(restoreSettings('42')).toEqual(defaultSettings);
    expect(restoreSettings('{"siteUrl": 7, "collection": "posts"}')).toEqual({
      ...defaultSettings,
      collection: 'posts',
    });
  });
});
