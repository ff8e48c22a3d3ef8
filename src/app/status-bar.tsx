import { useEffect, useState, useSyncExternalStore } from 'react';
import { countWords, readingTime } from '../core/stats';
import { useT } from '../i18n/i18n';
import type { PostStore } from '../state/post-store';

/** The cursor's line, told by the editor on every update; only the status bar listens. */
export interface CursorLine {
  get(): number;
  set(line: number): void;
  subscribe(listener: () => void): () => void;
}

/** Returns a cursor line starting at 1, whose listeners hear only of real changes. */
export function createCursorLine(): CursorLine {
  let line = 1;
  const listeners = new Set<() => void>();
  return {
    get: () => line,
    set(next) {
      if (next === line) return;
      line = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

interface StatusBarProps {
  /** The open post, whose body's words are counted. */
  store: PostStore;
  /**
   * The cursor's line. A store of its own, so that Enter renders the status bar alone, not the
   * workspace around it.
   */
  cursorLine: CursorLine;
}

/** How long typing must pause before the word count is taken again (ms). */
const COUNT_AFTER_MS = 250;

/**
 * Returns the word count of the body in `store`, taken at once for the first body and then only
 * once the body has stopped changing for COUNT_AFTER_MS: counting a 50,000-word post takes about
 * 20 ms, which must not run on every key press. The store is listened to directly, so that a
 * key press renders nothing here.
 */
function useSettledWordCount(store: PostStore): number {
  const [words, setWords] = useState(() => countWords(store.get().body));
  useEffect(() => {
    let counted = store.get().body;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      const { body } = store.get();
      if (body === counted) return;
      counted = body;
      setWords(countWords(body));
    };
    const stop = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(count, COUNT_AFTER_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store]);
  return words;
}

/** Returns the status bar: words and reading time of the body, cursor line. */
export function StatusBar({ store, cursorLine }: StatusBarProps) {
  const words = useSettledWordCount(store);
  const line = useSyncExternalStore(cursorLine.subscribe, cursorLine.get);
  const minutes = readingTime(words);
  const t = useT();
  return (
    <footer className="status-bar">
      <span>{t('status.words', { count: words })}</span>
      <span>{t('status.minRead', { count: minutes })}</span>
      <span>{t('status.line', { line: String(line) })}</span>
    </footer>
  );
}
