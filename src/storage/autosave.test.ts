import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosave.ts';
import type { AutosaveStatus } from './autosave.ts';

/** A save whose calls stay pending until the test settles them. */
function controlledSave() {
  const calls: { text: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const save = vi.fn(
    (text: string) =>
      new Promise<void>((resolve, reject) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        const settle = (fn: () => void) => () => {
          running--;
          fn();
        };
        calls.push({
          text,
          resolve: settle(resolve),
          reject: (e) => settle(() => reject(e))(),
        });
      }),
  );
  return { save, calls, maxRunning: () => maxRunning };
}

let statuses: AutosaveStatus[];
const onStatus = (s: AutosaveStatus) => statuses.push(s);

beforeEach(() => {
  vi.useFakeTimers();
  statuses = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('saves once after a pause in typing, with the latest text', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 300, onStatus });
    saver.schedule('h');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('ho');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('hola');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save.mock.calls).toEqual([['hola']]);
    expect(saver.hasUnsavedChanges()).toBe(true);
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
    expect(saver.status()).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('saves at least once per maximum wait while typing never pauses', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 300, maxWaitMs: 1000, onStatus });
    const typed: string[] = [];
    // A key every 200 ms for 3 s: never the 300 ms pause.
    for (let i = 1; i <= 15; i++) {
      typed.push('x'.repeat(i));
      saver.schedule(typed[i - 1]);
      await vi.advanceTimersByTimeAsync(200);
      // Storage answers within the 200 ms, as IndexedDB does.
      calls.at(-1)?.resolve();
      await vi.advanceTimersByTimeAsync(0);
    }
    // Keys at 0, 200 … 2800 ms; a save when the oldest unsaved key has waited 1 s.
    expect(save.mock.calls.map(([text]) => text.length)).toEqual([5, 10, 15]);
    expect(statuses.filter((s) => s === 'saved').length).toBeGreaterThanOrEqual(2);
  });

  it('never runs two saves at once and coalesces what came meanwhile', async () => {
    const { save, calls, maxRunning } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100, onStatus });
    saver.schedule('v1');
    await vi.advanceTimersByTimeAsync(100);
    for (const text of ['v2', 'v3', 'v4']) {
      saver.schedule(text);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(save).toHaveBeenCalledTimes(1);
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map(([t]) => t)).toEqual(['v1', 'v4']);
    calls[1].resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(maxRunning()).toBe(1);
    expect(saver.status()).toBe('saved');
  });

  it('does not save back to back while typing goes on during slow saves', async () => {
    // A long post's save can take longer than the time between two keys: each save must still
    // wait for its own pause or maximum wait, not start as soon as the one before it ended.
    const started: number[] = [];
    const save = vi.fn(async () => {
      started.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 250));
    });
    const saver = createAutosaver({ save, delayMs: 300, maxWaitMs: 1000, onStatus });
    const t0 = Date.now();
    // A key every 100 ms for 4 s: never the 300 ms pause.
    for (let i = 1; i <= 40; i++) {
      saver.schedule('x'.repeat(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(started.map((t) => t - t0)).toEqual([1000, 2000, 3000, 4000]);
    // Once the typing pauses, the rest is saved and the status says so.
    await vi.advanceTimersByTimeAsync(1000);
    expect(save.mock.calls.at(-1)).toEqual(['x'.repeat(40)]);
    expect(saver.status()).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('saves at once when the typing paused during a save', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 300, maxWaitMs: 1000, onStatus });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    expect(save.mock.calls).toEqual([['a']]);
    saver.schedule('ab');
    // The pause after 'ab' ends while 'a' is still being stored.
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.status()).toBe('saving');
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map(([t]) => t)).toEqual(['a', 'ab']);
    calls[1].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['pending', 'saving', 'pending', 'saving', 'saved']);
  });

  it('flushes text typed while the flush is saving, too', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 5000, onStatus });
    saver.schedule('a');
    const flushed = saver.flush();
    saver.schedule('ab');
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule('abc');
    calls[1].resolve();
    await vi.advanceTimersByTimeAsync(0);
    calls[2].resolve();
    await flushed;
    expect(save.mock.calls.map(([t]) => t)).toEqual(['a', 'ab', 'abc']);
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('flushes at once, waiting for a running save first', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 5000, onStatus });
    saver.schedule('a');
    const first = saver.flush();
    expect(save.mock.calls).toEqual([['a']]);
    saver.schedule('ab');
    const second = saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map(([t]) => t)).toEqual(['a', 'ab']);
    calls[1].resolve();
    await Promise.all([first, second]);
    expect(saver.hasUnsavedChanges()).toBe(false);
    // Nothing left for the long timer to do.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('reports an error, does not retry by itself, and retries on the next change', async () => {
    const failure = new Error('disk full');
    const save = vi.fn<(text: string) => Promise<void>>().mockRejectedValueOnce(failure);
    save.mockResolvedValue(undefined);
    const seen: [AutosaveStatus, unknown][] = [];
    const saver = createAutosaver({ save, delayMs: 100, onStatus: (s, e) => seen.push([s, e]) });
    saver.schedule('texto');
    await vi.advanceTimersByTimeAsync(100);
    expect(seen.at(-1)).toEqual(['error', failure]);
    expect(saver.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);

    saver.schedule('texto 2');
    await vi.advanceTimersByTimeAsync(100);
    expect(save.mock.calls.map(([t]) => t)).toEqual(['texto', 'texto 2']);
    expect(saver.status()).toBe('saved');
  });

  it('retries the failed text on flush', async () => {
    const save = vi.fn<(text: string) => Promise<void>>().mockRejectedValueOnce(new Error('x'));
    save.mockResolvedValue(undefined);
    const saver = createAutosaver({ save, onStatus });
    saver.schedule('texto');
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.status()).toBe('error');
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(save.mock.calls.map(([t]) => t)).toEqual(['texto', 'texto']);
    expect(saver.status()).toBe('saved');
  });

  it('saves text newer than a failed save without waiting for another change', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100, onStatus });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(100);
    calls[0].reject(new Error('x'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map(([t]) => t)).toEqual(['a', 'ab']);
    calls[1].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['pending', 'saving', 'error', 'saving', 'saved']);
  });

  it('ignores changes after dispose', async () => {
    const save = vi.fn(async () => {});
    const saver = createAutosaver({ save, delayMs: 100 });
    saver.schedule('a');
    saver.dispose();
    saver.schedule('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });
});
