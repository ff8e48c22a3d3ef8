/** Small statistics helpers for the bench. */

/** Returns the rank (1: the smallest) of the nearest-rank p-th percentile (0-100) of `n` values. */
export const nearestRank = (n, p) => Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));

/** Returns the p-th percentile (0-100, nearest rank) of `values`, or null when empty. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(sorted.length, p) - 1];
}

/** Returns the median of `values`, or null when empty. */
export const median = (values) => percentile(values, 50);

/** Returns the mean of `values`, null and undefined left out, or null when none is left. */
export function mean(values) {
  const known = values.filter((v) => v !== null && v !== undefined);
  return known.length === 0 ? null : known.reduce((a, v) => a + v, 0) / known.length;
}

/** Returns the largest of `values`, null and undefined left out, or null when none is left. */
export function max(values) {
  const known = values.filter((v) => v !== null && v !== undefined);
  return known.length === 0 ? null : Math.max(...known);
}

/**
 * Runs `fn` once to warm up, then `runs` times; returns the median and all timings in ms.
 * Awaits `fn` when it returns a promise.
 */
export async function timeRuns(fn, runs) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), times };
}

/** Returns `ms` rounded to 0.1 (or null). */
export const round = (ms) => (ms === null || ms === undefined ? null : Math.round(ms * 10) / 10);
