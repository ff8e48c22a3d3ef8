/**
 * The unsaved-text journal: a synchronous copy of an open draft's newest text in localStorage.
 * An IndexedDB transaction started in `pagehide` does not finish before the page is gone, but a
 * localStorage write does, so the session writes the journal when the page goes (or is hidden)
 * and applies it at the next start. One entry per draft and tab, so two tabs never overwrite each
 * other's journal.
 */
import { fieldsOf, parseJson } from './local-value.ts';
import { newId } from './util.ts';

/** A draft's text that was not yet stored when its tab went away. */
export interface JournalEntry {
  draftId: string;
  /** The stored revision the text was edited from. */
  revision: number;
  text: string;
  /** The tab that wrote it. */
  tabId: string;
  /** When it was written (ms since the epoch). */
  at: number;
}

/** The part of the Web Storage API the journal uses (localStorage, or a test double). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** One tab's view of the journal. */
export interface Journal {
  readonly tabId: string;
  /** Writes this tab's entry for `draftId`; returns false when it could not (full, disabled). */
  write(draftId: string, revision: number, text: string): boolean;
  /** Removes this tab's entry for `draftId`. */
  clear(draftId: string): void;
  /** Returns every readable entry of every tab; unreadable ones are removed. */
  list(): JournalEntry[];
  /** Removes `entry` (an entry of any tab, as `list` returned it). */
  remove(entry: JournalEntry): void;
}

const PREFIX = 'pluma.journal.';
const VERSION = 1;

/** Returns the journal over `storage` (null: one that keeps nothing and says so). */
export function createJournal(
  storage: JournalStorage | null,
  { tabId = newId(), now = Date.now }: { tabId?: string; now?: () => number } = {},
): Journal {
  const keyOf = (draftId: string, tab: string) => `${PREFIX}${draftId}.${tab}`;
  const attempt = (fn: () => void): boolean => {
    try {
      fn();
      return true;
    } catch {
      return false;
    }
  };
  return {
    tabId,
    write(draftId, revision, text) {
      if (!storage) return false;
      const entry = { v: VERSION, draftId, revision, text, tabId, at: now() };
      return attempt(() => storage.setItem(keyOf(draftId, tabId), JSON.stringify(entry)));
    },
    clear(draftId) {
      if (storage) attempt(() => storage.removeItem(keyOf(draftId, tabId)));
    },
    list() {
      if (!storage) return [];
      const keys: string[] = [];
      attempt(() => {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(PREFIX)) keys.push(key);
        }
      });
      const entries: JournalEntry[] = [];
      for (const key of keys) {
        const entry = restoreEntry(storage.getItem(key));
        if (entry && key === keyOf(entry.draftId, entry.tabId)) entries.push(entry);
        else attempt(() => storage.removeItem(key));
      }
      return entries.sort((a, b) => a.at - b.at);
    },
    remove(entry) {
      if (storage) attempt(() => storage.removeItem(keyOf(entry.draftId, entry.tabId)));
    },
  };
}

/** Returns the journal entry stored as `raw`, or null when it is not one of this version. */
export function restoreEntry(raw: string | null): JournalEntry | null {
  const v = fieldsOf(parseJson(raw));
  const ok =
    v.v === VERSION &&
    typeof v.draftId === 'string' &&
    typeof v.tabId === 'string' &&
    typeof v.text === 'string' &&
    Number.isSafeInteger(v.revision) &&
    typeof v.at === 'number';
  if (!ok) return null;
  return {
    draftId: v.draftId as string,
    revision: v.revision as number,
    text: v.text as string,
    tabId: v.tabId as string,
    at: v.at as number,
  };
}
