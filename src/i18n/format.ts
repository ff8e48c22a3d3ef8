/** Numbers, sizes and dates written for the UI's language (Intl formatters). Pure. */
import { formatMessage, formatNumber, intlOnce } from './translate';
import type { Lang } from './translate';

export { formatNumber };

/** Returns a date and time as the language writes it ('Jun 3, 2016, 12:00 PM', '3 jun 2016, 12:00'). */
export function formatDateTime(
  lang: Lang,
  when: Date | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const key = `date\t${lang}\t${JSON.stringify(options)}`;
  return intlOnce(key, () => new Intl.DateTimeFormat(lang, options)).format(when);
}

/**
 * Returns when `then` was, relative to `now` (both ms since the epoch): 'just now', '5 minutes
 * ago' / 'hace 5 minutos', 'yesterday' / 'ayer', … up to a week; older times as a short date.
 */
export function formatRelativeTime(lang: Lang, then: number, now: number): string {
  const seconds = Math.round((now - then) / 1000);
  // A time slightly ahead (another tab's clock) still reads as now.
  if (seconds < 45) return formatMessage(lang, 'time.justNow');
  const rtf = intlOnce(
    `relative\t${lang}`,
    () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
  );
  const ago = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
    rtf.format(-Math.max(1, Math.round(value)), unit);
  if (seconds < 45 * 60) return ago(seconds / 60, 'minute');
  if (seconds < 22 * 3600) return ago(seconds / 3600, 'hour');
  if (seconds < 7 * 86400) return ago(seconds / 86400, 'day');
  return formatDateTime(lang, then, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Returns a byte count as people read it: '512 B', '3.4 KB' (English), '3,4 KB' (Spanish). */
export function formatSize(lang: Lang, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(lang, bytes)} B`;
  const one = intlOnce(
    `size\t${lang}`,
    () => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  );
  if (bytes < 1024 * 1024) return `${one.format(bytes / 1024)} KB`;
  return `${one.format(bytes / (1024 * 1024))} MB`;
}
