import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimate, requestPersistence } from './persist.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const stubStorage = (storage: Partial<StorageManager> | undefined) =>
  vi.stubGlobal('navigator', storage === undefined ? {} : { storage });

describe('requestPersistence', () => {
  it("is 'unsupported' without navigator.storage", async () => {
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistence()).toBe('unsupported');
    stubStorage(undefined);
    expect(await requestPersistence()).toBe('unsupported');
  });

  it('does not ask again when already persistent', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persisted: async () => true, persist });
    expect(await requestPersistence()).toBe('persistent');
    expect(persist).not.toHaveBeenCalled();
  });

  it("asks, and is 'best-effort' when refused or when asking fails", async () => {
    stubStorage({ persisted: async () => false, persist: async () => true });
    expect(await requestPersistence()).toBe('persistent');
    stubStorage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistence()).toBe('best-effort');
    stubStorage({ persist: () => Promise.reject(new Error('opaque origin')) });
    expect(await requestPersistence()).toBe('best-effort');
  });
});

describe('estimate', () => {
  it('returns usage and quota, or null when unknown', async () => {
    stubStorage({ estimate: async () => ({ usage: 10, quota: 1000 }) });
    expect(await estimate()).toEqual({ usage: 10, quota: 1000 });
    stubStorage({ estimate: async () => ({}) });
    expect(await estimate()).toBeNull();
    stubStorage(undefined);
    expect(await estimate()).toBeNull();
  });
});
