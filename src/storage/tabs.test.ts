import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTabMessenger, holdDraftLock, parseTabMessage, withLock } from './tabs.ts';
import type { TabMessage } from './tabs.ts';

/** Joins `channelName` as tab `tabId` and collects the messages it receives. */
function listen(channelName: string, tabId: string) {
  const received: TabMessage[] = [];
  const messenger = createTabMessenger({ channelName, tabId, onMessage: (m) => received.push(m) });
  return { messenger, received };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createTabMessenger', () => {
  it("delivers one tab's announcements to the others, never to itself", async () => {
    const a = listen('pluma-test-1', 'tab-a');
    const b = listen('pluma-test-1', 'tab-b');
    a.messenger.announceSaved('d1', 4);
    b.messenger.announceOpened('d2');
    await tick();
    expect(b.received).toEqual([{ type: 'saved', draftId: 'd1', revision: 4, tabId: 'tab-a' }]);
    expect(a.received).toEqual([{ type: 'opened', draftId: 'd2', tabId: 'tab-b' }]);
    a.messenger.close();
    b.messenger.close();
  });

  it('ignores foreign messages on the same channel', async () => {
    const a = listen('pluma-test-2', 'tab-a');
    const stranger = new BroadcastChannel('pluma-test-2');
    stranger.postMessage({ type: 'saved', draftId: 'd1', tabId: 'x' });
    stranger.postMessage('hello');
    await tick();
    expect(a.received).toEqual([]);
    stranger.close();
    a.messenger.close();
  });

  it('works as a silent no-op without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { messenger } = listen('pluma', 'tab-a');
    expect(() => messenger.announceSaved('d1', 1)).not.toThrow();
    expect(messenger.tabId).toBe('tab-a');
    messenger.close();
  });
});

describe('parseTabMessage', () => {
  it('accepts only well-formed messages', () => {
    const saved = { type: 'saved', draftId: 'd', revision: 2, tabId: 't' };
    expect(parseTabMessage({ ...saved, extra: 1 })).toEqual(saved);
    expect(parseTabMessage({ ...saved, revision: '2' })).toBeNull();
    expect(parseTabMessage({ type: 'opened', draftId: 'd' })).toBeNull();
    expect(parseTabMessage(null)).toBeNull();
  });
});

/** A LockManager for one process, enough for exclusive and ifAvailable requests. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    async request(name: string, ...rest: unknown[]) {
      const callback = rest.at(-1) as (lock: { name: string } | null) => unknown;
      const options = (rest.length > 1 ? rest[0] : {}) as { ifAvailable?: boolean };
      if (held.has(name) && options.ifAvailable) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

describe('Web Locks helpers', () => {
  it('tells a second tab that a draft is taken, until released', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const first = await holdDraftLock('d1');
    const second = await holdDraftLock('d1');
    expect([first.held, second.held]).toEqual([true, false]);
    expect((await holdDraftLock('d2')).held).toBe(true);
    first.release();
    await tick();
    expect(locks.held.has('pluma:draft:d1')).toBe(false);
    expect((await holdDraftLock('d1')).held).toBe(true);
  });

  it('runs withLock inside the lock, and plainly without Web Locks', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    expect(await withLock('save', async () => [...locks.held])).toEqual(['pluma:save']);
    vi.stubGlobal('navigator', {});
    expect(await withLock('save', async () => 7)).toBe(7);
    const lock = await holdDraftLock('d1');
    expect(lock).toMatchObject({ held: true, supported: false });
  });
});
