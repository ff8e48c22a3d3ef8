import { describe, expect, it, vi } from 'vitest';
import { afterEditor, afterPreview, editorShown, whenEditorHolds, whenIdle } from './after-editor';

/**
 * Runs `test` on a fresh copy of the module as a page loads it (a window, animation frames as
 * timers), then restores Node's globals.
 */
async function inPage(test: (page: typeof import('./after-editor')) => Promise<void>) {
  vi.resetModules();
  vi.stubGlobal('window', {});
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => setTimeout(frame, 0));
  try {
    await test(await import('./after-editor'));
  } finally {
    vi.unstubAllGlobals();
    vi.resetModules();
  }
}

describe('afterEditor', () => {
  it('resolves at once where there is no page and so no editor to wait for', async () => {
    await expect(afterEditor()).resolves.toBeUndefined();
  });

  it('lets what waits for the preview go at once where there is no page', async () => {
    await expect(afterPreview()).resolves.toBeUndefined();
  });

  it('starts what waits for the editor to hold the post only once it does', () => {
    let started = 0;
    let cancelled = 0;
    whenEditorHolds(() => started++);
    const stop = whenEditorHolds(() => cancelled++);
    expect(started).toBe(0);
    stop();
    // Without a page the editor's paint is not waited for (no animation frame is asked).
    editorShown();
    expect(started).toBe(1);
    expect(cancelled).toBe(0);
    editorShown();
    expect(started).toBe(1);
    // Once the editor holds the post, what asks later starts at once.
    whenEditorHolds(() => started++);
    expect(started).toBe(2);
  });

  it('waits, in a page, for what holds it back, which starts once the editor holds the post', async () => {
    await inPage(async (page) => {
      let started = 0;
      let release = () => {};
      page.holdAfterEditor(() => {
        started++;
        return new Promise<void>((resolve) => (release = resolve));
      });
      let shown = false;
      void page.afterEditor().then(() => (shown = true));
      expect(started).toBe(0);
      page.editorShown();
      expect(started).toBe(1);
      // The editor's frame has been painted, but what it holds has not come.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(shown).toBe(false);
      release();
      await page.afterEditor();
      expect([shown, started]).toEqual([true, 1]);
    });
  });

  it('starts, in a page, the loads after the first ones once the editor is painted, after those', async () => {
    await inPage(async (page) => {
      const started: string[] = [];
      const load = (name: string) => () => {
        started.push(name);
        return Promise.resolve(name);
      };
      // Asked for before a first load, a later load still starts after it.
      const later = page.loadAfterFirst(load('later'));
      const first = page.loadFirst(load('first'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(started).toEqual([]);
      page.editorShown();
      await expect(Promise.all([first, later])).resolves.toEqual(['first', 'later']);
      expect(started).toEqual(['first', 'later']);
      // Once the editor has been painted, each starts at once.
      await expect(page.loadAfterFirst(load('then'))).resolves.toBe('then');
      expect(started).toEqual(['first', 'later', 'then']);
    });
  });
});

describe('whenIdle', () => {
  it('asks for an idle callback, with the timeout only when one is given', () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    try {
      const fn = () => {};
      whenIdle(fn);
      whenIdle(fn, { timeout: 2_000, fallbackMs: 50 });
      expect(idle.mock.calls).toEqual([[fn], [fn, { timeout: 2_000 }]]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs after `fallbackMs` where idle callbacks do not exist', () => {
    vi.useFakeTimers();
    try {
      const ran: string[] = [];
      whenIdle(() => ran.push('soon'));
      whenIdle(() => ran.push('later'), { fallbackMs: 50 });
      vi.advanceTimersByTime(0);
      expect(ran).toEqual(['soon']);
      vi.advanceTimersByTime(50);
      expect(ran).toEqual(['soon', 'later']);
    } finally {
      vi.useRealTimers();
    }
  });
});
