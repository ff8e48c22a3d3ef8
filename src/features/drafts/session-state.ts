/** The drafts session's state (what the UI shows) and a tiny observable store for it. */
import type { DraftMeta, PersistenceState, PlumaDb } from '../../storage';
import { message } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';

/** What the save indicator (role `status`) says. */
export interface SaveStatus {
  kind: 'idle' | 'saving' | 'saved' | 'error' | 'unavailable';
  /** What it says; null before anything was opened. */
  message: Message | null;
}

/**
 * Which draft the editor mounts, and the text it starts from: remount the editor whenever `key`
 * changes. (The live document, once mounted, is `state/use-document.ts`'s OpenDocument.)
 */
export interface DraftToMount {
  /** The draft's id, or null when storage is unavailable and nothing is kept. */
  id: string | null;
  key: string;
  /** The text the editor starts from; later edits come back through `onText`. */
  text: string;
  /** A new post the person just asked for: the page puts the caret in its first field. */
  fresh?: boolean;
}

/** Another tab stored the open draft while this tab had edits it had not stored. */
export interface DraftConflict {
  draftId: string;
  /** True when the draft no longer exists (emptied from the trash elsewhere). */
  theirsGone: boolean;
}

/** Everything the drafts UI renders. Replaced as a whole on every change. */
export interface SessionState {
  /** False until storage answered (or failed) and a document is open. */
  ready: boolean;
  /** The session's open database connection, shared with other features; null without one. */
  db: PlumaDb | null;
  open: DraftToMount | null;
  status: SaveStatus;
  /** A sentence for role `alert`, or null. */
  alert: Message | null;
  /** A quieter sentence (e.g. the draft is open in another tab), or null. */
  notice: Message[];
  persistent: PersistenceState | null;
  /** Drafts not in the trash, most recently changed first. */
  drafts: DraftMeta[];
  /** Drafts in the trash, most recently changed first. */
  trash: DraftMeta[];
  conflict: DraftConflict | null;
  /** Another tab stored a newer text of the open draft; this tab has no unsaved edits. */
  theirsNewer: boolean;
  /**
   * True from the moment the person asks for another draft (New post, a draft in the list)
   * until it is in the editor: the draft being left is still shown, and takes no edits meanwhile
   * (a title typed for the new post would rename the old one).
   */
  opening: boolean;
}

/** The state before storage has answered. */
export const INITIAL_STATE: SessionState = {
  ready: false,
  db: null,
  open: null,
  status: { kind: 'idle', message: null },
  alert: null,
  notice: [],
  persistent: null,
  drafts: [],
  trash: [],
  conflict: null,
  theirsNewer: false,
  opening: false,
};

/** The save indicator's messages; 'Saved' appears only when everything is stored. */
export const STATUS = {
  saving: { kind: 'saving', message: message('status.saving') },
  saved: { kind: 'saved', message: message('status.saved') },
  conflict: { kind: 'error', message: message('status.conflict') },
  quota: { kind: 'error', message: message('status.quota') },
  failed: { kind: 'error', message: message('status.failed') },
  unavailable: { kind: 'unavailable', message: message('status.unavailable') },
} as const satisfies Record<string, SaveStatus>;

/** An observable holder of one immutable value. */
export interface Store<T> {
  get(): T;
  /**
   * Replaces the value with `{ ...value, ...patch }` and tells the listeners (mutates), unless
   * every value of the patch is already the store's.
   */
  patch(patch: Partial<T>): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Returns a store holding `initial`. */
export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    patch(patch) {
      // A patch that changes nothing (a status reported again) wakes no listener.
      const keys = Object.keys(patch) as (keyof T)[];
      if (keys.every((key) => Object.is(value[key], patch[key]))) return;
      value = { ...value, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Returns the notice that `count` stored drafts could not be read. */
export function unreadableMessage(count: number): Message {
  return message('session.unreadable', { count });
}
