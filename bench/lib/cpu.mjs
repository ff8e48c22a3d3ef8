/**
 * Main-thread CPU of a page through the Chrome DevTools Protocol: the renderer main thread's
 * `TaskDuration` (Performance.getMetrics), in thread time where Chromium offers it, so that
 * time the thread spent descheduled on a loaded machine does not count.
 */

/**
 * Opens a CDP session on `page` and returns `{ timeDomain, taskMs, close }`: `taskMs()` resolves
 * with the main thread's total task time so far, in ms (a difference of two readings is the CPU
 * spent between them, the CDP calls' own small tasks included).
 */
export async function openCpuProbe(page) {
  const cdp = await page.context().newCDPSession(page);
  let timeDomain = 'threadTicks';
  try {
    await cdp.send('Performance.enable', { timeDomain });
  } catch {
    timeDomain = 'timeTicks';
    await cdp.send('Performance.enable', { timeDomain });
  }
  const taskMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const task = metrics.find((m) => m.name === 'TaskDuration');
    return task ? task.value * 1000 : null;
  };
  return { timeDomain, taskMs, close: () => cdp.detach().catch(() => {}) };
}
