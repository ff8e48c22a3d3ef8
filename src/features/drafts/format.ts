/** Texts of the drafts UI: relative dates and sizes (English by default), and search folding. */
import { formatRelativeTime, formatSize as formatSizeIn } from '../../i18n/format';
import type { Lang } from '../../i18n/translate';

/**
 * Returns when `then` was, relative to `now` (both ms since the epoch), in `lang`: 'just now',
 * '5 minutes ago', 'yesterday', … up to a week; older times as a short date ('Jun 3, 2016').
 */
export function relativeTime(then: number, now: number, lang: Lang = 'en'): string {
  return formatRelativeTime(lang, then, now);
}

/** Returns a byte count as people read it in `lang`: '512 B', '3.4 KB', '1.2 MB'. */
export function formatSize(bytes: number, lang: Lang = 'en'): string {
  return formatSizeIn(lang, bytes);
}
