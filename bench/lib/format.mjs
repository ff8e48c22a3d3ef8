/** Formatting helpers of the bench's printed tables. */
import { round } from './stats.mjs';

/** Returns `rows` (arrays of cells) as aligned plain-text lines; numbers align right. */
export function table(header, rows) {
  const cells = [header, ...rows].map((r) => r.map((c) => (c === null ? '—' : String(c))));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const numeric = header.map((_, i) =>
    rows.every((r) => r[i] === null || /^([\d.,—]|none$|n\/a$)/.test(String(r[i]))),
  );
  const line = (r) =>
    r.map((c, i) => (numeric[i] && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)]
    .map((l) => l.trimEnd())
    .join('\n');
}

export const ms = (v) => (v === null || v === undefined ? null : round(v).toFixed(1));
export const words = (n) => n.toLocaleString('en');
/** Returns "≤ limit met|MISSED" for `value` (null counts as met: nothing over the limit). */
export const against = (value, limit) =>
  limit === undefined ? null : `≤ ${limit} ${value === null || value <= limit ? 'met' : 'MISSED'}`;
/** Returns a long-task figure: ms, "none" (no task over 50 ms) or "n/a" (API missing). */
export const task = (v) => (v === 'n/a' ? 'n/a' : v === null ? 'none' : ms(v));

/**
 * Returns "≤ limit met|MISSED" where a missing figure misses: no value (the moment never came,
 * or every key timed out), or `timeouts` > 0 (a key whose preview never showed what it should).
 */
export const strictAgainst = (value, limit, timeouts) =>
  limit === undefined
    ? null
    : `≤ ${limit} ${value !== null && value !== undefined && !timeouts && value <= limit ? 'met' : 'MISSED'}`;
