/**
 * Ruby's Time as Jekyll holds it: `page.date`, `site.time`, what the `date` filters take and
 * print. Jekyll runs with ENV TZ set to the site's `timezone`, so a post's date is the instant
 * its front matter names, shown in that zone (an offset written in the post is not kept).
 */
import { formatOffset, parseJekyllDate, wallClockAt, type JekyllDate } from '../dates';
import { zoneOffsetAt } from '../time-zone';
import { rubyStrftime } from './ruby-strftime';

export { rubyStrftime };

/** The wall-clock parts of a time and its offset (minutes east of UTC). */
export interface JekyllTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
  /** The zone's abbreviation for `%Z` ('UTC', '-04'); absent for a fixed offset, as in Ruby. */
  zone?: string;
}

/** A Ruby Time as Jekyll holds it: a wall-clock date and time with its UTC offset. */
export class JekyllTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly offsetMinutes: number;
  readonly zone: string | undefined;

  constructor(parts: JekyllTimeParts) {
    this.year = parts.year;
    this.month = parts.month;
    this.day = parts.day;
    this.hour = parts.hour;
    this.minute = parts.minute;
    this.second = parts.second;
    this.offsetMinutes = parts.offsetMinutes;
    this.zone = parts.zone;
  }

  /** Returns the instant in milliseconds since the epoch. */
  get epochMs(): number {
    const wall = Date.UTC(this.year, this.month - 1, this.day, this.hour, this.minute, this.second);
    return wall - this.offsetMinutes * 60_000;
  }

  /** Returns the time as Ruby's Time#to_s prints it: `2016-06-03 10:00:00 -0300`. */
  toString(): string {
    return rubyStrftime(this, '%Y-%m-%d %H:%M:%S %z');
  }

  /** Returns the epoch milliseconds, so that Liquid's `<`, `>` and `==` compare instants. */
  valueOf(): number {
    return this.epochMs;
  }

  /** Returns what Jekyll's `jsonify` prints for a Time: its to_s. */
  toJSON(): string {
    return this.toString();
  }
}

// Each zone's tzdata abbreviation is known to the CLDR of some English locale (en-GB knows CEST
// and BST, en-AU AEST, en-IN IST, ja-JP JST); zones tzdata names by offset are named by none.
const ZONE_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'ja-JP', 'en-ZA'];
const zoneFormats = new Map<string, Intl.DateTimeFormat[]>();
// A zone's abbreviation follows its offset (CET at +1, CEST at +2): one lookup per pair.
const abbreviations = new Map<string, string>();

/** Returns the abbreviation Ruby prints for `%Z` in `zone` at `ms` ('UTC', 'EST', '-04'). */
function zoneAbbreviation(zone: string, ms: number, offset: number): string {
  const key = `${zone}|${offset}`;
  let name = abbreviations.get(key);
  if (name === undefined) {
    name = lookUpAbbreviation(zone, ms, offset);
    abbreviations.set(key, name);
  }
  return name;
}

/** Returns the abbreviation the CLDR of an English locale gives, else the offset as tzdata writes it. */
function lookUpAbbreviation(zone: string, ms: number, offset: number): string {
  if (/^(?:UTC|Etc\/UTC|GMT|Etc\/GMT)$/i.test(zone)) return 'UTC';
  let formats = zoneFormats.get(zone);
  if (!formats) {
    formats = ZONE_LOCALES.map(
      (locale) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }),
    );
    zoneFormats.set(zone, formats);
  }
  for (const format of formats) {
    const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value;
    if (name && /^[A-Z]{2,5}$/.test(name) && (name !== 'GMT' || offset === 0)) return name;
  }
  // tzdata names most zones of South America, Asia and Africa by their offset: '-04', '+0530'.
  const text = formatOffset(offset);
  return text.endsWith('00') ? text.slice(0, 3) : text;
}

/** Returns the offset of `zone` at `ms`, treating an unknown zone as UTC (as Ruby does). */
function offsetAt(zone: string, ms: number): number {
  return zoneOffsetAt(zone, new Date(ms)) ?? 0;
}

/** Returns the time at the instant `ms` on the clocks of `zone` (an IANA name, e.g. 'UTC'). */
export function timeAtInstant(ms: number, zone: string): JekyllTime {
  const offset = offsetAt(zone, ms);
  return new JekyllTime({ ...wallClockAt(ms, offset), zone: zoneAbbreviation(zone, ms, offset) });
}

/** Returns the wall-clock time (parts without offset) read as local time in `zone`. */
export function timeAtWallClock(
  parts: Omit<JekyllTimeParts, 'offsetMinutes' | 'zone'>,
  zone: string,
): JekyllTime {
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  // The offset at the wall time read as UTC is a first guess; one correction settles it.
  const guess = wall - offsetAt(zone, wall) * 60_000;
  return timeAtInstant(wall - offsetAt(zone, guess) * 60_000, zone);
}

const FILE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})-/;
// Ruby's Time.parse finds a date (and a time, and an offset) anywhere in the text.
const LOOSE_DATE =
  /(\d{4}-\d{1,2}-\d{1,2})(?:(?:T|\s+(?:\D*?\s)?)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:\s*(Z|[+-]\d{2}(?::?\d{2})?)(?![\d:]))?)?/;

/** Returns the parts of the first date in `text`, read as leniently as Ruby's Time.parse. */
function looseDate(text: string): JekyllDate | null {
  const exact = parseJekyllDate(text);
  if (exact) return exact;
  const m = LOOSE_DATE.exec(text);
  if (!m) return null;
  const [, day, time, offset] = m;
  return parseJekyllDate(`${day}${time ? ` ${time}` : ''}${time && offset ? ` ${offset}` : ''}`);
}
// Psych reads an unquoted timestamp with seconds but no offset as UTC; anything else that is
// a string goes through Ruby's Time.parse, which reads it in the local zone.
const YAML_TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?$/;

/** The wall-clock parts of a date read loosely (a missing time is midnight). */
function wallOf(parts: JekyllDate) {
  const { year, month, day } = parts;
  return {
    year,
    month,
    day,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/**
 * Returns the time a date string names as Jekyll reads it in `zone`: with an offset, that
 * instant; a YAML timestamp without offset, that time in UTC; a date alone, local midnight;
 * else null. The string is taken as unquoted YAML (the project's YAML reader keeps timestamps
 * as text); a quoted `"2016-06-03 12:00:00"` would be local time in Jekyll.
 */
export function parseRubyTime(text: string, zone: string): JekyllTime | null {
  const trimmed = text.trim();
  const parts = looseDate(trimmed);
  if (!parts) return null;
  const wall = wallOf(parts);
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (parts.offsetMinutes !== undefined) {
    return timeAtInstant(utc - parts.offsetMinutes * 60_000, zone);
  }
  if (YAML_TIMESTAMP.test(trimmed)) return timeAtInstant(utc, zone);
  return timeAtWallClock(wall, zone);
}

/**
 * Returns page.date as Jekyll sets it from a front-matter `date` value (string or Date from
 * YAML, or undefined) and the post's file name (date prefix YYYY-MM-DD), emulating Jekyll run
 * with ENV TZ = `timezone` (the _config.yml `timezone`, or 'UTC' when null). A front-matter
 * date Jekyll could not read falls back to the file name's (Jekyll stops the build there).
 * Returns null when neither gives a date.
 */
export function jekyllPostDate(
  value: unknown,
  fileName: string,
  timezone: string | null,
): JekyllTime | null {
  const zone = timezone ?? 'UTC';
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return timeAtInstant(value.getTime(), zone);
  }
  if (typeof value === 'string') {
    const time = parseRubyTime(value, zone);
    if (time) return time;
  }
  const m = FILE_DATE.exec(fileName.split('/').pop() ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return timeAtWallClock({ year, month, day, hour: 0, minute: 0, second: 0 }, zone);
}

/**
 * Returns `text` read as Ruby's Time.parse reads it in `zone` (what Liquid's `date` filter
 * does): a written offset is kept (and `%Z` is empty), a time without one is local time, a date
 * alone local midnight; null when it is no date.
 */
export function rubyTimeParse(text: string, zone: string): JekyllTime | null {
  const parts = looseDate(text.trim());
  if (!parts) return null;
  const wall = wallOf(parts);
  if (parts.offsetMinutes === undefined) return timeAtWallClock(wall, zone);
  return new JekyllTime({ ...wall, offsetMinutes: parts.offsetMinutes });
}
