/**
 * A framework-free autosaver: waits for a pause in typing but never longer than a maximum wait
 * (a steady writer never pauses), never runs two saves at once (the latest text wins), and can
 * be flushed when the page is hidden.
 */
import type { TextSource } from '../core/text.ts';

/** What the save indicator shows. */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** How the autosaver stores text and reports progress. */
export interface AutosaverOptions {
  /** Stores the text; rejects when it could not. */
  save: (text: string) => Promise<void>;
  /** The pause in typing (ms) after which the text is saved. */
  delayMs?: number;
  /** The longest time (ms) text may wait unsaved while typing goes on without a pause. */
  maxWaitMs?: number;
  /** The clock (ms); tests pass a fake one. */
  now?: () => number;
  onStatus?: (status: AutosaveStatus, error?: unknown) => void;
}

/** A running autosaver. */
export interface Autosaver {
  /**
   * Remembers `text` as the newest text and saves it after the pause: made whole then (an
   * edited text, edited-text.ts, is a string only once read), not on each key.
   */
  schedule(text: TextSource): void;
  /** Saves at once whatever is unsaved; resolves when stored or failed (never rejects). */
  flush(): Promise<void>;
  /** Stops the timer; later `schedule` calls are ignored. Flush first to keep the last text. */
  dispose(): void;
  /** Returns the last reported status. */
  status(): AutosaveStatus;
  /** Returns true while some scheduled text is not yet known to be stored. */
  hasUnsavedChanges(): boolean;
}

/**
 * Returns an autosaver around `save`. A failed save is reported with status 'error' and the
 * text is kept: it is retried (or superseded) on the next `schedule` or `flush`.
 */
export function createAutosaver({
  save,
  delayMs = 300,
  maxWaitMs = 1000,
  now = Date.now,
  onStatus,
}: AutosaverOptions): Autosaver {
  let pending: TextSource | null = null;
  // When the oldest text not yet handed to `save` was scheduled; null when there is none.
  let waitingSince: number | null = null;
  // When the newest text was scheduled: the pause in typing is counted from it.
  let lastScheduledAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let current: AutosaveStatus = 'idle';
  let disposed = false;

  const report = (status: AutosaveStatus, error?: unknown) => {
    current = status;
    onStatus?.(status, error);
  };

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /**
   * Sets the timer for the pending text: the pause after its last change, or the maximum wait
   * since the oldest unsaved change, whichever comes first (at once when either has passed, as
   * when the typing paused during a save).
   */
  const arm = () => {
    clearTimer();
    if (disposed || running || pending === null || waitingSince === null) return;
    const due = Math.min(lastScheduledAt + delayMs, waitingSince + maxWaitMs);
    timer = setTimeout(() => void kick(), Math.max(0, due - now()));
  };

  /**
   * Saves the pending text, one save at a time. Text typed during a save waits for its own
   * pause or maximum wait, as if no save had run: saving again as soon as a save ends would, while
   * typing goes on, save without a break (each save of a long post costs the page a structured
   * copy and the storage's work).
   */
  const saveOnce = async (): Promise<void> => {
    const text = pending!.toString();
    pending = null;
    waitingSince = null;
    report('saving');
    try {
      await save(text);
    } catch (error) {
      report('error', error);
      // Newer text supersedes the failed one; without it, keep the failed text for a retry
      // but do not retry by ourselves, which would spin while storage is broken: it has no
      // `waitingSince`, so `arm` sets no timer for it until the next `schedule`.
      if (pending === null) pending = text;
      return;
    }
    report(pending === null ? 'saved' : 'pending');
  };

  const kick = (): Promise<void> => {
    clearTimer();
    if (running) return running;
    if (pending === null) return Promise.resolve();
    running = saveOnce().finally(() => {
      running = null;
      arm();
    });
    return running;
  };

  return {
    schedule(text) {
      if (disposed) return;
      pending = text;
      if (current !== 'pending' && !running) report('pending');
      lastScheduledAt = now();
      waitingSince ??= lastScheduledAt;
      arm();
    },
    async flush() {
      // Joins a running save, then saves what is left, text typed meanwhile included. A failed
      // save's text is tried once more, not again and again while storage is broken.
      await kick();
      let retried = false;
      while (pending !== null || running) {
        if (current === 'error') {
          if (retried) return;
          retried = true;
        }
        await kick();
      }
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
    status: () => current,
    hasUnsavedChanges: () => pending !== null || running !== null,
  };
}
