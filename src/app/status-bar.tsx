import { memo, useEffect, useState, useSyncExternalStore } from 'react';
import { countWords, readingTime } from '../core/stats';
import { useI18n } from '../i18n/i18n';
import { afterPreview, whenIdle } from '../state/after-editor';
import type { PostStore } from '../state/post-store';

/**
 * A number one part of the workspace tells and the status bar alone shows, so that telling it
 * renders the status bar, not the workspace around it: the cursor's line (the editor tells it on
 * every update) and the body's words (the checks worker counts them after each pause).
 */
export interface NumberStore {
  get(): number;
  set(value: number): void;
  subscribe(listener: () => void): () => void;
}

/** The cursor's line. */
export type CursorLine = NumberStore;

/** Returns a store starting at `initial`, whose listeners hear only of real changes. */
function createNumberStore(initial: number): NumberStore {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
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

/** Returns the cursor's line, starting at 1. */
export const createCursorLine = (): CursorLine => createNumberStore(1);

/** Returns the body's words as the checks worker last counted them: -1 until it has. */
export const createWordCount = (): NumberStore => createNumberStore(-1);

interface StatusBarProps {
  /** The open post, whose first body is counted here. */
  store: PostStore;
  cursorLine: CursorLine;
  /** The words of the body, as the checks worker counts them after each pause in typing. */
  words: NumberStore;
}

/** How long after the post is parsed its first body is counted (ms): out of the start's way. */
const COUNT_AFTER_MS = 250;

/**
 * Returns the word count of the body in `store`, or -1 until it is known (a post is not shown
 * as having no words while its parser loads). The first body is counted here once the post is
 * parsed (the parser loads after the editor shows); after that, the checks worker counts each
 * body when typing pauses (`counted`), off this thread: counting a 50,000-word post takes about
 * 20 ms. The store is listened to directly, so that a key press renders nothing here.
 */
function useWordCount(store: PostStore, counted: NumberStore): number {
  const [first, setFirst] = useState(() => (store.parsed() ? countWords(store.get().body) : -1));
  const fromWorker = useSyncExternalStore(counted.subscribe, counted.get);
  useEffect(() => {
    if (store.parsed()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.subscribe(() => {
      if (!store.parsed()) return;
      stop();
      timer = setTimeout(() => setFirst(countWords(store.get().body)), COUNT_AFTER_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store]);
  return fromWorker >= 0 ? fromWorker : first;
}

/**
 * Returns the status bar: words and reading time of the body (an ellipsis until they are
 * counted), cursor line.
 */
export const StatusBar = memo(function StatusBar({
  store,
  cursorLine,
  words: counted,
}: StatusBarProps) {
  const words = useWordCount(store, counted);
  const line = useSyncExternalStore(cursorLine.subscribe, cursorLine.get);
  const { t, number } = useI18n();
  // The page's first number format loads the language's number data (about 12 ms here): it is
  // made while the page is idle once the preview shows, not inside the key that first takes
  // the count past 999 words (nor a check's line number past 999).
  useEffect(() => {
    void afterPreview().then(() => whenIdle(() => number(1_000)));
  }, [number]);
  return (
    <footer className="status-bar">
      <span>{words < 0 ? '…' : t('status.words', { count: words })}</span>
      <span>{words < 0 ? '…' : t('status.minRead', { count: readingTime(words) })}</span>
      <span>{t('status.line', { line: String(line) })}</span>
    </footer>
  );
});
