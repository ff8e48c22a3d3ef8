/**
 * Cross-tab coordination: a BroadcastChannel messenger so that a tab learns when another one
 * saved or opened a draft, and Web Locks (where the browser has them) to tell whether another
 * tab is editing the same draft.
 */
import { newId } from './util.ts';

/** A message between Pluma tabs. */
export type TabMessage =
  | { type: 'saved'; draftId: string; revision: number; tabId: string }
  | { type: 'opened'; draftId: string; tabId: string };

/** This tab's end of the channel. */
export interface TabMessenger {
  readonly tabId: string;
  /** Tells other tabs that this tab stored `revision` of draft `draftId`. */
  announceSaved(draftId: string, revision: number): void;
  /** Tells other tabs that this tab opened draft `draftId`. */
  announceOpened(draftId: string): void;
  /** Stops sending and receiving. */
  close(): void;
}

/** How to join the channel. */
export interface MessengerOptions {
  /** Called with each valid message from another tab (never with this tab's own). */
  onMessage: (message: TabMessage) => void;
  channelName?: string;
  tabId?: string;
}

/**
 * Returns a messenger on BroadcastChannel `channelName` ('pluma'). Without BroadcastChannel it
 * returns one that sends and receives nothing, so callers need no special case.
 */
export function createTabMessenger({
  onMessage,
  channelName = 'pluma',
  tabId = newId(),
}: MessengerOptions): TabMessenger {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = parseTabMessage(event.data);
      if (message && message.tabId !== tabId) onMessage(message);
    };
  }
  const post = (message: TabMessage) => channel?.postMessage(message);
  return {
    tabId,
    announceSaved: (draftId, revision) => post({ type: 'saved', draftId, revision, tabId }),
    announceOpened: (draftId) => post({ type: 'opened', draftId, tabId }),
    close: () => channel?.close(),
  };
}

/**
 * Returns `data` as a TabMessage, or null when it is not one (another version of Pluma, or
 * anything else sharing the channel name).
 */
export function parseTabMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.draftId !== 'string' || typeof m.tabId !== 'string') return null;
  if (m.type === 'opened') return { type: 'opened', draftId: m.draftId, tabId: m.tabId };
  if (m.type === 'saved' && Number.isSafeInteger(m.revision)) {
    return { type: 'saved', draftId: m.draftId, revision: m.revision as number, tabId: m.tabId };
  }
  return null;
}

/** A claim on a draft: `held` is false when another tab already holds it. */
export interface DraftLock {
  held: boolean;
  /** False when the browser has no Web Locks (then `held` is always true). */
  supported: boolean;
  /** Lets another tab take the draft. */
  release(): void;
}

/**
 * Tries to claim draft `draftId` for this tab until `release()` (or the tab closes). Returns
 * `held: false` at once when another tab has it, so the UI can warn before both edit it.
 */
export function holdDraftLock(draftId: string): Promise<DraftLock> {
  const locks = lockManager();
  if (!locks) return Promise.resolve({ held: true, supported: false, release: () => {} });
  return new Promise<DraftLock>((resolve, reject) => {
    locks
      .request(lockName(draftId), { ifAvailable: true }, (lock) => {
        if (lock === null) return resolve({ held: false, supported: true, release: () => {} });
        return new Promise<void>((release) => resolve({ held: true, supported: true, release }));
      })
      .catch(reject);
  });
}

/**
 * Runs `fn` while holding the exclusive lock `name` across tabs and returns its result; without
 * Web Locks it simply runs `fn`.
 */
export async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return fn();
  return locks.request(`pluma:${name}`, fn);
}

/**
 * Returns the ids of the drafts that some tab holds now (through `holdDraftLock`); empty without
 * Web Locks. Asked before this tab claims any, it names the drafts open in other live tabs.
 */
export async function heldDrafts(): Promise<Set<string>> {
  const locks = lockManager();
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  const prefix = lockName('');
  return new Set(
    held.flatMap((lock) => (lock.name?.startsWith(prefix) ? [lock.name.slice(prefix.length)] : [])),
  );
}

function lockName(draftId: string): string {
  return `pluma:draft:${draftId}`;
}

function lockManager(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}
