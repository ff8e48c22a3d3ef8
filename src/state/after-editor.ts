/**
 * The page's start-up order: the editor first, everything else after it. The code the editor
 * needs is all that loads before it shows the post; once it has been painted (or after
 * `FALLBACK_MS`, should no editor ever show, e.g. while storage fails to open) the preview and
 * what typing relies on load (`afterEditor`), and once the preview shows the post the rest:
 * checks, grammars, the typing fast path's later warm-up (`afterPreview`).
 */
import { useSyncExternalStore } from 'react';

/** When nothing reports an editor, the rest of the page loads anyway after this long. */
const FALLBACK_MS = 3_000;

/**
 * Returns a hook that says whether `moment` has come, re-rendering the component when it does
 * (it learns of it before any later `then` on the same promise).
 */
function followed(moment: Promise<void>): () => boolean {
  let done = false;
  const listeners = new Set<() => void>();
  void moment.then(() => {
    done = true;
    for (const listener of [...listeners]) listener();
  });
  const get = () => done;
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return () => useSyncExternalStore(subscribe, get, get);
}

let opening = false;
let release: () => void = () => {};
const ready = new Promise<void>((resolve) => (release = resolve));
/** Whether the editor has been painted (and what it holds came). */
const useReady = followed(ready);
/** What the page after the editor waits for (`holdAfterEditor`), started with the editor. */
const holds: (() => Promise<unknown>)[] = [];
let held: Promise<unknown>[] | null = null;

/** Starts the holds' work, once (when the editor holds the post, or at the latest on `open`). */
function startHolds(): Promise<unknown>[] {
  return (held ??= holds.map((work) => work()));
}

function open(): void {
  if (opening) return;
  opening = true;
  const waits = startHolds();
  if (waits.length === 0) release();
  // A hold that fails holds nothing back: what it would have given is then missing, not late.
  else void Promise.allSettled(waits).then(release);
}

// Without a page (Node tests) there is no editor to wait for.
if (typeof window === 'undefined') open();
else setTimeout(open, FALLBACK_MS);

/**
 * Says that the editor holds the post: the rest of the page loads once that frame is painted
 * (a task after the next animation frame), so that none of it delays the editor.
 */
export function editorShown(): void {
  if (!created) {
    created = true;
    for (const start of [...starters]) start();
    starters.clear();
    startHolds();
  }
  if (opening) return;
  requestAnimationFrame(() => setTimeout(open, 0));
}

let created = false;
const starters = new Set<() => void>();

/**
 * Runs `start` once the editor holds the post, before that frame is painted (at once if it
 * does already): only for what runs off the page's thread, like starting a worker, which can
 * then boot while the browser paints the editor.
 */
export function whenEditorHolds(start: () => void): () => void {
  if (created) start();
  else starters.add(start);
  return () => void starters.delete(start);
}

/**
 * Makes what shows after the editor (`afterEditor`, `useAfterEditor`) wait for `work` too, which
 * starts once the editor holds the post (so that none of it delays the editor): for what all
 * of it needs, like the messages the page did not need before (main.tsx). Call it before the
 * page renders (main.tsx), as an editor could otherwise show first.
 */
export function holdAfterEditor(work: () => Promise<unknown>): void {
  // Too late to hold anything back (Node tests, where nothing waits for an editor): it just runs.
  if (held) void work();
  else holds.push(work);
}

/** Returns a promise that resolves once the editor has been painted (and what it holds came). */
export function afterEditor(): Promise<void> {
  return ready;
}

/**
 * At the latest this long after the editor shows, the page's other parts load (`afterFirstShown`)
 * even if the preview has not shown the post (a stalled request, a slow first render).
 */
const FIRST_SHOWN_CAP_MS = 1_500;

/**
 * What loads first once the editor shows (`loadFirst`): what the page shows of the post next.
 * Only those asked for before the editor is painted are waited for (null once it is).
 */
let firstLoads: Promise<unknown>[] | null = [];

/**
 * The starts of the loads asked for (`loadFirst`, then `loadAfterFirst`) before the editor has
 * been painted; they all start then, in this order (null once they have).
 */
let queued: { first: (() => void)[]; after: (() => void)[] } | null = { first: [], after: [] };
void ready.then(() => {
  const { first, after } = queued!;
  queued = null;
  for (const start of [...first, ...after]) start();
});

/** Returns `load`'s promise, started once the editor has been painted, in `queue`'s turn. */
function startOnce<T>(queue: 'first' | 'after', load: () => Promise<T>): Promise<T> {
  if (!queued) return ready.then(load);
  const waiting = queued[queue];
  return new Promise<T>((resolve) => waiting.push(() => resolve(Promise.resolve().then(load))));
}

/**
 * Starts `load` once the editor has been painted, among the first loads: the post's parser, the
 * preview and the form, what the page shows next, and the writing keys' inline rules. Returns
 * what it gives.
 */
export function loadFirst<T>(load: () => Promise<T>): Promise<T> {
  const loading = startOnce('first', load);
  firstLoads?.push(loading);
  return loading;
}

/**
 * Starts `load` once the editor has been painted, right after the first loads (`loadFirst`), even
 * those asked for later: for code the page needs soon that must not take the browser's few
 * connections to the server ahead of theirs (the typing fast path). Not waited for by
 * `afterFirstShown`. Returns what it gives.
 */
export function loadAfterFirst<T>(load: () => Promise<T>): Promise<T> {
  return startOnce('after', load);
}

/**
 * Resolves once the editor has been painted, what loads first (`loadFirst`) has come or failed,
 * and the preview has shown the post with the person's input paused (`afterPreview`), or at the
 * latest `FIRST_SHOWN_CAP_MS` after the editor: for the page's other parts (menus, dialogs, the
 * checks panel). Fetched and run any earlier, their code queues ahead of the preview's (a
 * browser fetches a few scripts from a server at a time, the preview's worker script among them)
 * and their first renders take the page's thread from the preview's mount; run as soon as the
 * preview shows, they delay the first key typed then.
 */
export function afterFirstShown(): Promise<void> {
  return firstShownDone;
}

const firstShownDone = ready.then(
  () =>
    new Promise<void>((resolve) => {
      const waited = firstLoads ?? [];
      firstLoads = null;
      // Where there is no page, nothing is fetched or shown: the rest goes at once.
      if (typeof window === 'undefined') return resolve();
      setTimeout(resolve, FIRST_SHOWN_CAP_MS);
      void Promise.allSettled(waited)
        .then(() => previewQuiet)
        .then(() => resolve());
    }),
);
const useFirstShown = followed(firstShownDone);

/**
 * At the latest this long after the editor shows, what waits for the preview starts anyway (no
 * preview in this layout, an empty post, a worker that failed).
 */
const PREVIEW_FALLBACK_MS = 2_500;

let previewDone = false;
let releaseQuiet: () => void = () => {};
const previewQuiet = new Promise<void>((resolve) => (releaseQuiet = resolve));

/**
 * Once the preview shows, what waits for it (`afterPreview`) waits, besides, for a pause this
 * long in the person's input (keys, clicks): someone who starts typing as soon as the post shows
 * types into a quiet page, not beside the fast path's warm-up, the checks' first run over the
 * whole post and the editor's reconfiguration; those come in the first pause.
 */
const INPUT_PAUSE_MS = 400;
/** ...but no later than this after the preview showed, however long the typing goes on. */
const INPUT_PAUSE_CAP_MS = 2_000;

/**
 * Calls `done` after a pause of `pauseMs` in the page's input (keys, clicks, the wheel), or
 * `capMs` after the call at the latest (null: no cap). Returns a function that cancels the wait.
 */
export function afterInputPause(
  done: () => void,
  pauseMs = INPUT_PAUSE_MS,
  capMs: number | null = INPUT_PAUSE_CAP_MS,
): () => void {
  const events = ['keydown', 'pointerdown', 'beforeinput', 'wheel'] as const;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    clearTimeout(cap);
    for (const type of events) window.removeEventListener(type, wait, { capture: true });
  };
  const finish = () => {
    stop();
    done();
  };
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(finish, pauseMs);
  };
  const cap = capMs === null ? undefined : setTimeout(finish, capMs);
  for (const type of events) window.addEventListener(type, wait, { capture: true, passive: true });
  wait();
  return stop;
}

function openPreview(): void {
  if (previewDone) return;
  previewDone = true;
  if (typeof window === 'undefined') releaseQuiet();
  else void afterInputPause(releaseQuiet);
}

void ready.then(() => {
  if (typeof window === 'undefined') openPreview();
  else setTimeout(openPreview, PREVIEW_FALLBACK_MS);
});

/**
 * Says that the preview shows the post: what waits for it loads once that frame is painted (a
 * task after the next animation frame).
 */
export function previewShown(): void {
  if (previewDone) return;
  if (typeof requestAnimationFrame !== 'function') openPreview();
  else requestAnimationFrame(() => setTimeout(openPreview, 0));
}

/**
 * Returns a promise that resolves once the preview has shown the post after the editor (or
 * `PREVIEW_FALLBACK_MS` after the editor at the latest) and the person's input paused
 * (`INPUT_PAUSE_MS`, at most `INPUT_PAUSE_CAP_MS` later): for what the first seconds can do
 * without (the checks' first run, the editor's deferred tools, the fast path's warm-up), so
 * that it competes neither with the preview's worker on a machine of few cores nor with the
 * first keys typed.
 */
export function afterPreview(): Promise<void> {
  return previewQuiet;
}

/**
 * Runs `fn` when the page is idle, with the idle period's deadline: after `timeout` ms at the
 * latest when one is given (without one, work that can wait never runs ahead of a key press).
 * Where idle callbacks do not exist, `fn` runs after `fallbackMs`, without a deadline.
 */
export function whenIdle(
  fn: (deadline?: IdleDeadline) => void,
  { timeout, fallbackMs = 0 }: { timeout?: number; fallbackMs?: number } = {},
): void {
  if (typeof requestIdleCallback !== 'function') setTimeout(fn, fallbackMs);
  else if (timeout === undefined) requestIdleCallback(fn);
  else requestIdleCallback(fn, { timeout });
}

/** Returns whether `afterFirstShown` has resolved (re-rendering when it does). */
export function useAfterFirstShown(): boolean {
  return useFirstShown();
}

/** Returns whether the editor has been painted (re-rendering when it has). */
export function useAfterEditor(): boolean {
  return useReady();
}
