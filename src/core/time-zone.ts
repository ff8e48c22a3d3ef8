/**
 * The time zone new posts are dated in. A blog's posts share one offset (this blog writes
 * `-0300` everywhere) whatever the zone of the computer a post is written on, so the offset is
 * taken from what the writer chose, else the site's `_config.yml`, else the drafts, and only
 * last from the computer.
 */
import { parseJekyllDate } from './dates';

/** Where the offset of new posts comes from. */
export type OffsetSource = 'chosen' | 'site' | 'drafts' | 'computer';

/** The offset new posts are dated in, and why. */
export interface OffsetChoice {
  /** Minutes east of UTC (-180 for `-0300`). */
  minutes: number;
  source: OffsetSource;
  /** The zone name the offset was read from (`America/Santiago`), when it came from one. */
  zone?: string;
}

const OFFSET_RE = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const UTC_NAMES = /^(?:Z|UTC|GMT)$/i;
const LONG_OFFSET_RE = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/;

/**
 * Returns an offset written as `-0300`, `-03:00`, `-3`, `UTC-03:00`, `Z` or `UTC` in minutes
 * east of UTC, or null when the text is no offset or lies beyond ±14:00.
 */
export function parseOffset(text: string): number | null {
  const trimmed = text.trim();
  if (UTC_NAMES.test(trimmed)) return 0;
  const m = OFFSET_RE.exec(trimmed);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

// Building a formatter costs far more than using one (a site's posts ask the same zone often);
// only zones the runtime knows are kept, so text typed into a setting does not pile up.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Returns the offset of the IANA zone `zone` (`America/Santiago`) at the instant `at`, daylight
 * saving included, or null when the runtime does not know the zone.
 */
export function zoneOffsetAt(zone: string, at: Date): number | null {
  let name: string | undefined;
  try {
    let format = offsetFormats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      offsetFormats.set(zone, format);
    }
    name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return null;
  }
  const m = name === undefined ? null : LONG_OFFSET_RE.exec(name);
  if (!m) return null;
  // Engines differ on zero: some print `GMT+00:00`, others a bare `GMT`.
  if (m[1] === undefined) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * Returns the offset at `at` of a time zone as a person writes it, an offset (`-0300`) or a
 * zone name (`America/Santiago`), or null when it is neither.
 */
export function timeZoneOffsetAt(zone: string, at: Date): number | null {
  const trimmed = zone.trim();
  if (!trimmed) return null;
  return parseOffset(trimmed) ?? zoneOffsetAt(trimmed, at);
}

/**
 * Returns the offset most of `dates` (front-matter dates as written, `2016-06-03 12:00:00
 * -0300`) carry, or null when none carries one. A tie goes to the offset met first, so pass the
 * most recent dates first.
 */
export function commonOffset(dates: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const text of dates) {
    const minutes = parseJekyllDate(text)?.offsetMinutes;
    if (minutes !== undefined) counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [minutes, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) best = minutes;
  }
  return best;
}

/** What decides the offset of new posts, as `newPostOffset` reads it. */
export interface OffsetInputs {
  /** The zone the writer chose in Settings (an offset or a zone name), or null for automatic. */
  chosen: string | null;
  /** The site's `timezone` (from its `_config.yml`), or null when no site sets one. */
  siteZone: string | null;
  /** The drafts' front-matter dates as written, most recent first. */
  draftDates: readonly string[];
  /** The computer's offset at `at`, in minutes east of UTC (`-at.getTimezoneOffset()`). */
  computerMinutes: number;
}

/**
 * Returns the offset a post created at `at` is dated in: the writer's valid choice, else the
 * site's zone at that instant, else the offset most drafts use, else the computer's.
 */
export function newPostOffset(inputs: OffsetInputs, at: Date): OffsetChoice {
  const fromZone = (zone: string | null, source: OffsetSource): OffsetChoice | null => {
    if (zone === null) return null;
    const minutes = timeZoneOffsetAt(zone, at);
    if (minutes === null) return null;
    return parseOffset(zone) === null
      ? { minutes, source, zone: zone.trim() }
      : { minutes, source };
  };
  const drafts = commonOffset(inputs.draftDates);
  return (
    fromZone(inputs.chosen, 'chosen') ??
    fromZone(inputs.siteZone, 'site') ??
    (drafts === null ? null : { minutes: drafts, source: 'drafts' }) ?? {
      minutes: inputs.computerMinutes,
      source: 'computer',
    }
  );
}
