/**
 * A framework-free autosaver: waits for a pause in typing but never longer than a maximum wait
 * (a steady writer never pauses), never runs two saves at once (the latest text wins), and can
 * be flushed when the page is hidden.
 */

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
  /** Remembers `text` as the newest text and saves it after the pause. */
  schedule(text: string): void;
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
  let pending: string | null = null;
  // When the oldest text not yet handed to `save` was scheduled; null when there is none.
  let waitingSince: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loop: Promise<void> | null = null;
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

  const drain = async () => {
    while (pending !== null) {
      const text = pending;
      pending = null;
      report('saving');
      try {
        await save(text);
      } catch (error) {
        report('error', error);
        // Newer text supersedes the failed one; without it, keep the failed text for a retry
        // but do not retry by ourselves, which would spin while storage is broken.
        if (pending === null) {
          pending = text;
          return;
        }
      }
    }
    report('saved');
  };

  const kick = (): Promise<void> => {
    clearTimer();
    waitingSince = null;
    if (loop) return loop;
    if (pending === null) return Promise.resolve();
    loop = drain().finally(() => {
      loop = null;
    });
    return loop;
  };

  return {
    schedule(text) {
      if (disposed) return;
      pending = text;
      if (current !== 'pending' && !loop) report('pending');
      clearTimer();
      waitingSince ??= now();
      const left = Math.max(0, waitingSince + maxWaitMs - now());
      timer = setTimeout(() => void kick(), Math.min(delayMs, left));
    },
    async flush() {
      await kick();
      // A save that was already running may have failed before this call joined it.
      if (pending !== null) await kick();
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
    status: () => current,
    hasUnsavedChanges: () => pending !== null || loop !== null,
  };
}
