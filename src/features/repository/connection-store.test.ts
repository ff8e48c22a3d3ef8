import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byDraft, loadLink, saveLink } from './connection-store';
import { loadPending, savePending, type PendingPublish } from './pending-store';

/** A localStorage double. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('byDraft', () => {
  it('keeps a value per draft id and forgets one with null, leaving the others', () => {
    const record = byDraft('pluma.test.v1');
    expect(record.set('a', { n: 1 })).toBe(true);
    expect(record.set('b', { n: 2 })).toBe(true);
    expect(record.set('a', null)).toBe(true);
    expect(record.get('a')).toBeUndefined();
    expect(record.get('b')).toEqual({ n: 2 });
    expect(JSON.parse(localStorage.getItem('pluma.test.v1')!)).toEqual({ b: { n: 2 } });
  });

  it('reads damaged text as nothing stored, and says false where storage is refused', () => {
    localStorage.setItem('pluma.test.v1', '{not json');
    expect(byDraft('pluma.test.v1').get('a')).toBeUndefined();
    vi.stubGlobal('localStorage', undefined);
    expect(byDraft('pluma.test.v1').set('a', 1)).toBe(false);
  });
});

describe('draft links and pending publishes', () => {
  it('round-trip by draft id, and a damaged entry reads as none', () => {
    const link = { path: '_posts/a.md', commit: 'c1', blob: 'b1' };
    saveLink('d1', link);
    expect(loadLink('d1')).toEqual(link);
    saveLink('d1', null);
    expect(loadLink('d1')).toBeNull();

    const pending = { plan: { text: 'x' }, message: 'm', target: 'main', review: false };
    expect(savePending('d1', pending as unknown as PendingPublish)).toBe(true);
    expect(loadPending('d1')).toEqual(pending);
    expect(loadPending('d2')).toBeNull();
    savePending('d2', { target: 'main' } as unknown as PendingPublish);
    expect(loadPending('d2')).toBeNull();
  });
});
