// What waits for the preview also waits for a pause in the person's input: checked on a
// stand-in page (Node's EventTarget as the window, fake timers for frames and timeouts).
import { expect, test, vi } from 'vitest';
import { standInPage } from './stand-in-page.fixture';

/** Opens a fresh start-up order on a stand-in page; returns it and its window. */
async function page() {
  const { order, win } = await standInPage();
  const state = { released: false };
  void order.afterPreview().then(() => (state.released = true));
  order.editorShown();
  await vi.advanceTimersByTimeAsync(100);
  order.previewShown();
  // The frame that shows the preview is painted (a frame, then a task).
  await vi.advanceTimersByTimeAsync(16);
  /** Presses `count` keys, `everyMs` apart (the time after the last one passes too). */
  const keys = async (count: number, everyMs: number) => {
    for (let i = 0; i < count; i++) {
      win.dispatchEvent(new Event('keydown'));
      await vi.advanceTimersByTimeAsync(everyMs);
    }
  };
  return { state, keys };
}

test('with no input it goes 400 ms after the preview shows', async () => {
  const { state } = await page();
  await vi.advanceTimersByTimeAsync(390);
  expect(state.released).toBe(false);
  await vi.advanceTimersByTimeAsync(20);
  expect(state.released).toBe(true);
});

test('keys typed as the preview shows hold it back until they pause', async () => {
  const { state, keys } = await page();
  await keys(4, 300);
  expect(state.released).toBe(false);
  // 400 ms after the last key.
  await vi.advanceTimersByTimeAsync(90);
  expect(state.released).toBe(false);
  await vi.advanceTimersByTimeAsync(20);
  expect(state.released).toBe(true);
});

test('typing that never pauses holds it back 2 s at most', async () => {
  const { state, keys } = await page();
  await keys(19, 100);
  expect(state.released).toBe(false);
  await keys(1, 150);
  expect(state.released).toBe(true);
});

test('a longer pause can be asked for, with no cap, and the wait cancelled', async () => {
  const { order, win } = await standInPage();
  const calls: string[] = [];
  order.afterInputPause(() => calls.push('long'), 2_000, null);
  const stop = order.afterInputPause(() => calls.push('cancelled'), 2_000, null);
  stop();
  // Keys 1.5 s apart for 20 s: never a pause of 2 s, and no cap.
  for (let i = 0; i < 14; i++) {
    win.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(1_500);
  }
  expect(calls).toEqual([]);
  await vi.advanceTimersByTimeAsync(510);
  expect(calls).toEqual(['long']);
  // Once done, its listeners are gone: more input calls nothing.
  win.dispatchEvent(new Event('keydown'));
  await vi.advanceTimersByTimeAsync(5_000);
  expect(calls).toEqual(['long']);
});
