/** Test support: a Web Storage in memory, for the journal's tests. */
import type { JournalStorage } from './journal.ts';

/** An in-memory Web Storage, optionally full (every write throws as a full disk does). */
export function memoryStorage(options: { full?: boolean } = {}): JournalStorage & {
  items: Map<string, string>;
} {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      if (options.full)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(k, String(v));
    },
    removeItem: (k) => void items.delete(k),
  };
}
