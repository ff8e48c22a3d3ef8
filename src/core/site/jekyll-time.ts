/**
 * Ruby's Time as Jekyll holds it: `page.date`, `site.time`, what the `date` filters take and
 * print. Jekyll runs with ENV TZ set to the site's `timezone`, so a post's date is the instant
 * its front matter names, shown in that zone (an offset written in the post is not kept).
 */
import { formatOffset, parseJekyllDate, type JekyllDate } from '../dates';
import { zoneOffsetAt } from '../time-zone';

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

/** Returns the abbreviation Ruby prints for `%Z` in `zone` at `ms` ('UTC', 'EST', '-04'). */
function zoneAbbreviation(zone: string, ms: number, offset: number): string {
  if (/^(?:UTC|Etc\/UTC|GMT|Etc\/GMT)$/i.test(zone)) return 'UTC';
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date(ms))
    .find((part) => part.type === 'timeZoneName')?.value;
  if (name && /^[A-Z]{3,5}$/.test(name) && !name.startsWith('GMT')) return name;
  // tzdata names most zones outside North America by their offset: '-04', '+0530'.
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
  const wall = new Date(ms + offset * 60_000);
  return new JekyllTime({
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    offsetMinutes: offset,
    zone: zoneAbbreviation(zone, ms, offset),
  });
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
  const wall = {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Returns the day of the week (0 = Sunday) and the day of the year (1-366). */
function calendar(t: JekyllTime): { wday: number; yday: number } {
  const day = Date.UTC(t.year, t.month - 1, t.day);
  return {
    wday: new Date(day).getUTCDay(),
    yday: Math.round((day - Date.UTC(t.year, 0, 1)) / 86_400_000) + 1,
  };
}

/** Returns the ISO 8601 week-based year and week number. */
function isoWeek(t: JekyllTime): { year: number; week: number } {
  const { wday } = calendar(t);
  const thursday = new Date(Date.UTC(t.year, t.month - 1, t.day + 3 - ((wday + 6) % 7)));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return { year, week };
}

type Conversion = [value: string | number, pad: '0' | ' ' | '', width: number];

/** Returns the value of one strftime conversion, or null for a letter Ruby does not know. */
function convert(t: JekyllTime, letter: string, colons: number): Conversion | string | null {
  const { wday, yday } = calendar(t);
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (letter) {
    case 'Y':
      return [t.year, '', 0];
    case 'C':
      return [Math.floor(t.year / 100), '0', 2];
    case 'y':
      return [t.year % 100, '0', 2];
    case 'm':
      return [t.month, '0', 2];
    case 'B':
      return MONTHS[t.month - 1];
    case 'b':
    case 'h':
      return MONTHS[t.month - 1].slice(0, 3);
    case 'd':
      return [t.day, '0', 2];
    case 'e':
      return [t.day, ' ', 2];
    case 'j':
      return [yday, '0', 3];
    case 'H':
      return [t.hour, '0', 2];
    case 'k':
      return [t.hour, ' ', 2];
    case 'I':
      return [hour12, '0', 2];
    case 'l':
      return [hour12, ' ', 2];
    case 'P':
      return t.hour < 12 ? 'am' : 'pm';
    case 'p':
      return t.hour < 12 ? 'AM' : 'PM';
    case 'M':
      return [t.minute, '0', 2];
    case 'S':
      return [t.second, '0', 2];
    case 'L':
      return [0, '0', 3];
    case 'N':
      return [0, '0', 9];
    case 'z':
      return formatOffset(t.offsetMinutes, colons > 0) + (colons > 1 ? ':00' : '');
    case 'Z':
      return t.zone ?? '';
    case 'A':
      return DAYS[wday];
    case 'a':
      return DAYS[wday].slice(0, 3);
    case 'u':
      return [wday === 0 ? 7 : wday, '', 1];
    case 'w':
      return [wday, '', 1];
    case 'U':
      return [Math.floor((yday + 6 - wday) / 7), '0', 2];
    case 'W':
      return [Math.floor((yday + 6 - ((wday + 6) % 7)) / 7), '0', 2];
    case 'G':
      return [isoWeek(t).year, '', 0];
    case 'g':
      return [isoWeek(t).year % 100, '0', 2];
    case 'V':
      return [isoWeek(t).week, '0', 2];
    case 's':
      return [Math.floor(t.epochMs / 1000), '', 0];
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    case 'c':
      return rubyStrftime(t, '%a %b %e %H:%M:%S %Y');
    case 'x':
    case 'D':
      return rubyStrftime(t, '%m/%d/%y');
    case 'X':
    case 'T':
      return rubyStrftime(t, '%H:%M:%S');
    case 'F':
      return rubyStrftime(t, '%Y-%m-%d');
    case 'R':
      return rubyStrftime(t, '%H:%M');
    case 'r':
      return rubyStrftime(t, '%I:%M:%S %p');
    case '+':
      return rubyStrftime(t, '%a %b %e %H:%M:%S %Z %Y');
    default:
      return null;
  }
}

const DIRECTIVE = /%([-_0^#]*)(\d*)(:{0,2})([a-zA-Z%+])/g;

/**
 * Returns `time` formatted as Ruby's Time#strftime does, with its flags (`-` no padding, `_`
 * spaces, `0` zeros, `^` upper case, `#` swapped case), widths (`%10A`) and `%:z`/`%::z`.
 * An unknown directive is printed as written, as Ruby does.
 */
export function rubyStrftime(time: JekyllTime, format: string): string {
  return format.replace(DIRECTIVE, (all, flags: string, width: string, colons: string, letter) => {
    if (colons && letter !== 'z') return all;
    const value = convert(time, letter as string, colons.length);
    if (value === null) return all;
    let text: string;
    if (typeof value === 'string') {
      text = value;
      const w = Number(width || 0);
      if (w > text.length) text = text.padStart(w, flags.includes('0') ? '0' : ' ');
    } else {
      const [n, defaultPad, defaultWidth] = value;
      let pad = defaultPad || (defaultWidth > 0 ? '0' : '');
      if (flags.includes('-')) pad = '';
      else if (flags.includes('_')) pad = ' ';
      else if (flags.includes('0')) pad = '0';
      const w = width ? Number(width) : defaultWidth;
      const digits = String(Math.abs(Number(n)));
      const sign = Number(n) < 0 ? '-' : '';
      text = pad ? sign + digits.padStart(w - sign.length, pad) : sign + digits;
    }
    if (flags.includes('^')) text = text.toUpperCase();
    else if (flags.includes('#'))
      text = text === text.toUpperCase() ? text.toLowerCase() : text.toUpperCase();
    return text;
  });
}

/**
 * Returns `text` read as Ruby's Time.parse reads it in `zone` (what Liquid's `date` filter
 * does): a written offset is kept (and `%Z` is empty), a time without one is local time, a date
 * alone local midnight; null when it is no date.
 */
export function rubyTimeParse(text: string, zone: string): JekyllTime | null {
  const parts = looseDate(text.trim());
  if (!parts) return null;
  const wall = {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
  if (parts.offsetMinutes === undefined) return timeAtWallClock(wall, zone);
  return new JekyllTime({ ...wall, offsetMinutes: parts.offsetMinutes });
}
