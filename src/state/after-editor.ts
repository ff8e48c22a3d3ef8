/**
 * The page's start-up order: the editor first, everything else after it. The code the editor
 * needs is all that loads before it shows the post; once it has been painted (or after
 * `FALLBACK_MS`, should no editor ever show, e.g. while storage fails to open) the preview and
 * what typing relies on load (`afterEditor`), and when the page is next idle the rest: menus,
 * checks, grammars (`idleAfterEditor`).
 */
import { useSyncExternalStore } from 'react';

/** When nothing reports an editor, the rest of the page loads anyway after this long. */
const FALLBACK_MS = 3_000;

let shown = false;
let release: () => void = () => {};
const ready = new Promise<void>((resolve) => (release = resolve));
const listeners = new Set<() => void>();

function open(): void {
  if (shown) return;
  shown = true;
  release();
  for (const listener of [...listeners]) listener();
}

// Without a page (Node tests) there is no editor to wait for.
if (typeof window === 'undefined') open();
else setTimeout(open, FALLBACK_MS);

/**
 * Says that the editor holds the post: the rest of the page loads once that frame is painted
 * (a task after the next animation frame), so that none of it delays the editor.
 */
export function editorShown(): void {
  if (shown) return;
  requestAnimationFrame(() => setTimeout(open, 0));
}

/** Returns a promise that resolves once the editor has been painted. */
export function afterEditor(): Promise<void> {
  return ready;
}

/** At the latest this long after the editor shows, idle-time work starts anyway. */
const IDLE_TIMEOUT_MS = 2_000;

let idle: Promise<void> | null = null;

/**
 * Returns a promise that resolves once the editor has been painted and then the page was idle
 * (or `IDLE_TIMEOUT_MS` later): for what the first seconds can do without.
 */
export function idleAfterEditor(): Promise<void> {
  idle ??= ready.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function') {
          requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
        } else setTimeout(resolve, 0);
      }),
  );
  return idle;
}

/** Returns whether the editor has been painted (re-rendering when it has). */
export function useAfterEditor(): boolean {
  return useSyncExternalStore(subscribe, isShown, isShown);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isShown(): boolean {
  return shown;
}
