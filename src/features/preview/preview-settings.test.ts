import { describe, expect, it } from 'vitest';
import { defaultPreviewChoices, previewChoices, restorePreviewChoices } from './preview-settings';

function memoryStorage(initial?: string) {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set('pluma.preview.v1', initial);
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  return { data, storage: () => storage };
}

describe('preview choices', () => {
  it('round-trips what was saved, under the key earlier versions used', () => {
    const { data, storage } = memoryStorage();
    const stored = previewChoices(storage);
    expect(stored.write({ view: 'card', width: 'phone' })).toBe(true);
    expect(JSON.parse(data.get('pluma.preview.v1')!)).toEqual({ view: 'card', width: 'phone' });
    expect(stored.read()).toEqual({ view: 'card', width: 'phone' });
  });

  it('falls back to defaults for missing, broken or invalid records', () => {
    expect(previewChoices(() => null).read()).toEqual(defaultPreviewChoices);
    expect(previewChoices(memoryStorage('{not json').storage).read()).toEqual(
      defaultPreviewChoices,
    );
    expect(restorePreviewChoices('{"view":"x","width":9}')).toEqual(defaultPreviewChoices);
  });

  it('reads the view and width of an earlier version’s record, stylesheet and all', () => {
    const old = { view: 'card', width: 'tablet', stylesheet: { kind: 'url', url: 'https://x/' } };
    expect(restorePreviewChoices(JSON.stringify(old))).toEqual({ view: 'card', width: 'tablet' });
  });
});
