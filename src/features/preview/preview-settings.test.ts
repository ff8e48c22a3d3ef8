import { describe, expect, it } from 'vitest';
import {
  defaultPreviewSettings,
  loadPreviewSettings,
  savePreviewSettings,
  type SettingsStorage,
} from './preview-settings';

function memoryStorage(initial?: string): SettingsStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set('pluma.preview.v1', initial);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('preview settings', () => {
  it('round-trips what was saved', () => {
    const storage = memoryStorage();
    const settings = {
      view: 'card',
      width: 'phone',
      stylesheet: { kind: 'url', url: 'https://blog.example.org/main.css' },
    } as const;
    expect(savePreviewSettings(settings, storage)).toBe(true);
    expect(loadPreviewSettings(storage)).toEqual(settings);
  });

  it('falls back to defaults for missing, broken or invalid records', () => {
    expect(loadPreviewSettings(null)).toEqual(defaultPreviewSettings);
    expect(loadPreviewSettings(memoryStorage('{not json'))).toEqual(defaultPreviewSettings);
    expect(
      loadPreviewSettings(memoryStorage('{"view":"x","width":9,"stylesheet":{"kind":"file"}}')),
    ).toEqual(defaultPreviewSettings);
  });

  it('does not remember a stylesheet file too large for localStorage', () => {
    const storage = memoryStorage();
    const css = 'a{}'.repeat(400_000);
    savePreviewSettings(
      { ...defaultPreviewSettings, stylesheet: { kind: 'file', name: 'x.css', css } },
      storage,
    );
    expect(loadPreviewSettings(storage).stylesheet).toEqual({ kind: 'none' });
  });
});
