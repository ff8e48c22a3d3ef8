/** Short English texts for the drafts UI: relative dates and sizes. */

/**
 * Returns when `then` was, relative to `now` (both ms since the epoch): 'just now', '5 minutes
 * ago', 'yesterday', … up to a week; older times as a short date ('Jun 3, 2016').
 */
export function relativeTime(then: number, now: number, locale = 'en'): string {
  const seconds = Math.round((now - then) / 1000);
  // A time slightly ahead (another tab's clock) still reads as now.
  if (seconds < 45) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const ago = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
    rtf.format(-Math.max(1, Math.round(value)), unit);
  if (seconds < 45 * 60) return ago(seconds / 60, 'minute');
  if (seconds < 22 * 3600) return ago(seconds / 3600, 'hour');
  if (seconds < 7 * 86400) return ago(seconds / 86400, 'day');
  const date = new Date(then);
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Returns a byte count as people read it: '512 B', '3.4 KB', '1.2 MB'. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Returns `text` folded for matching: lower case, accents dropped ('Artículo' → 'articulo'). */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
