// A fresh start-up order (state/after-editor.ts) on a stand-in page, for its tests: Node's
// EventTarget as the window, fake timers for the frames (16 ms) and timeouts.
import { afterEach, vi } from 'vitest';

/** Puts the globals back after each test of the file that imports this fixture. */
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Returns a fresh start-up order on a stand-in page, and that page's window. */
export async function standInPage() {
  vi.useFakeTimers();
  const win = new EventTarget();
  vi.stubGlobal('window', win);
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => setTimeout(frame, 16));
  const order = await import('./after-editor');
  return { order, win };
}
