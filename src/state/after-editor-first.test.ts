// What loads first after the editor (the post's parser, the preview, the form) goes ahead of the
// page's other parts, which wait for it, for the preview and for a pause in the input: checked on
// a stand-in page (Node's EventTarget as the window, fake timers for frames and timeouts).
import { expect, test, vi } from 'vitest';
import { standInPage } from './stand-in-page.fixture';

/**
 * Opens a fresh start-up order on a stand-in page with one first load, which starts once the
 * editor is painted and ends when `finish` is called; returns the order and what happened.
 */
async function page() {
  const { order, win } = await standInPage();
  const state = { firstStarted: false, rest: false };
  let finish: () => void = () => {};
  void order.loadFirst(() => {
    state.firstStarted = true;
    return new Promise<void>((resolve) => (finish = resolve));
  });
  void order.afterFirstShown().then(() => (state.rest = true));
  return { order, state, win, finish: () => finish() };
}

test('the rest waits for the first loads, the preview and a pause in the input', async () => {
  const { order, state, win, finish } = await page();
  await vi.advanceTimersByTimeAsync(100);
  // Nothing before the editor is painted.
  expect(state).toEqual({ firstStarted: false, rest: false });
  order.editorShown();
  // The editor's frame (a frame, then a task): the first load starts, the rest does not.
  await vi.advanceTimersByTimeAsync(20);
  expect(state).toEqual({ firstStarted: true, rest: false });
  finish();
  await vi.advanceTimersByTimeAsync(200);
  // Its code came, but the preview has not shown the post yet.
  expect(state.rest).toBe(false);
  order.previewShown();
  await vi.advanceTimersByTimeAsync(20);
  // The preview's frame is painted; a key typed then holds the rest back 400 ms more.
  expect(state.rest).toBe(false);
  win.dispatchEvent(new Event('keydown'));
  await vi.advanceTimersByTimeAsync(390);
  expect(state.rest).toBe(false);
  await vi.advanceTimersByTimeAsync(20);
  expect(state.rest).toBe(true);
});

test('the rest waits for a first load that has not come even when the preview showed', async () => {
  const { order, state, finish } = await page();
  order.editorShown();
  await vi.advanceTimersByTimeAsync(20);
  order.previewShown();
  await vi.advanceTimersByTimeAsync(600);
  expect(state.rest).toBe(false);
  finish();
  await vi.advanceTimersByTimeAsync(0);
  expect(state.rest).toBe(true);
});

test('a first load that never comes holds the rest back 1.5 s after the editor at most', async () => {
  const { order, state } = await page();
  order.editorShown();
  await vi.advanceTimersByTimeAsync(20);
  await vi.advanceTimersByTimeAsync(1_450);
  expect(state.rest).toBe(false);
  await vi.advanceTimersByTimeAsync(60);
  expect(state.rest).toBe(true);
});

test('a first load that fails holds nothing back', async () => {
  const { order } = await standInPage();
  const failed = order.loadFirst(() => Promise.reject(new Error('offline')));
  failed.catch(() => undefined);
  let rest = false;
  void order.afterFirstShown().then(() => (rest = true));
  order.editorShown();
  await vi.advanceTimersByTimeAsync(20);
  await expect(failed).rejects.toThrow('offline');
  order.previewShown();
  await vi.advanceTimersByTimeAsync(500);
  expect(rest).toBe(true);
});

test('where there is no page, the rest goes at once', async () => {
  const order = await import('./after-editor');
  await expect(order.afterFirstShown()).resolves.toBeUndefined();
});
