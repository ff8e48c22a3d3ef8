/**
 * One typed value in localStorage, for the choices that belong to this device and not to the
 * workspace (layout, theme, language, the preview's view and width): everything a backup must
 * carry lives in IndexedDB instead (`settings.ts`). Reading and writing never throw: where the
 * browser refuses storage (private mode, blocked site data, a full disk) the value is simply not
 * remembered.
 */
import type { JournalStorage } from './journal.ts';

/** Returns the page's localStorage, or null where there is none or it may not be used. */
export function pageStorage(): JournalStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading `localStorage` throws where the person blocked site data.
    return null;
  }
}

/** Where a value is kept: the page's localStorage by default, or a test double; null for none. */
export type LocalStorageSource = () => Pick<
  JournalStorage,
  'getItem' | 'setItem' | 'removeItem'
> | null;

/** A value kept under one localStorage key. */
export interface LocalValue<T> {
  readonly key: string;
  /** Returns the stored value as `restore` reads it; `restore(null)` when none can be read. */
  read(): T;
  /** Stores `value`; returns false when the browser refused. */
  write(value: T): boolean;
  /** Forgets the stored value. */
  remove(): void;
}

/**
 * Returns the value stored under `key`: `restore` turns the stored text (null when there is
 * none) into a `T` and must accept anything, since another version or a person may have written
 * it; `serialize` turns a `T` into text (JSON by default). `storage` is asked at each use (tests
 * pass a double; by default the page's localStorage, or none).
 */
export function localValue<T>(
  key: string,
  restore: (raw: string | null) => T,
  serialize: (value: T) => string = (value) => JSON.stringify(value),
  storage: LocalStorageSource = pageStorage,
): LocalValue<T> {
  return {
    key,
    read() {
      let raw: string | null = null;
      try {
        raw = storage()?.getItem(key) ?? null;
      } catch {
        // Refused storage reads as nothing stored.
      }
      try {
        return restore(raw);
      } catch {
        // A restore step that trips on foreign text still gives the default.
        return restore(null);
      }
    },
    write(value) {
      try {
        const target = storage();
        target?.setItem(key, serialize(value));
        return target !== null;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to forget where nothing could be stored.
      }
    },
  };
}

/** Returns the JSON value of `raw`, or undefined when it is missing or not JSON. */
export function parseJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Returns `value` as a record of unknown fields, or an empty one when it is not an object. */
export function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
