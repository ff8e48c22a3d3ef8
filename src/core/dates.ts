/**
 * Jekyll front-matter dates, kept exactly as written. Nothing here goes through a JavaScript
 * `Date` on the way back into the file: a date is split into its written parts, edited as parts,
 * and written again in the style it came in (spacing, seconds, offset with or without a colon).
 */

/** How a date was written, so that it can be written back the same way. */
export interface JekyllDateStyle {
  /** Text between the date and the time as written: ' ', 'T', or several spaces. */
  timeSeparator: string;
  /** Whether the time carried seconds. */
  seconds: boolean;
  /** Fractional seconds as written, dot included ('.000'), or ''. */
  fraction: string;
  /** Text between the time and the offset as written (' ', '' or several spaces). */
  offsetSeparator: string;
  /** Whether an offset built from minutes gets a colon (-03:00) or not (-0300). */
  offsetColon: boolean;
  /** Whether month, day and hour were written with two digits. */
  pad: { month: boolean; day: boolean; hour: boolean };
}

/** A date split into the parts it was written with. */
export interface JekyllDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** The offset as written: '-0300', '-03:00', '+05', 'Z'. */
  offset?: string;
  /** The offset in minutes east of UTC (-180 for '-0300'). */
  offsetMinutes?: number;
  style: JekyllDateStyle;
}

const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(T|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:([ \t]*)(Z|[+-]\d{2}(?::?\d{2})?))?)?$/;

/** Default style for dates Pluma writes itself: `2016-06-03 12:00:00 -0300`. */
export const defaultDateStyle: JekyllDateStyle = {
  timeSeparator: ' ',
  seconds: true,
  fraction: '',
  offsetSeparator: ' ',
  offsetColon: false,
  pad: { month: true, day: true, hour: true },
};

/** Returns the number of days in a month of a (proleptic Gregorian) year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns the offset in minutes east of UTC, or null when it is out of range. */
function offsetToMinutes(offset: string): number | null {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * Returns the written value of a front-matter date as text: strings trimmed, a `Date` (from a
 * YAML reader that converts timestamps) as its ISO form, anything else null.
 */
export function dateText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return null;
}

/**
 * Returns the parts of a date written as `YYYY-MM-DD[ HH:mm[:ss[.fff]][ ±HHMM|±HH:MM|±HH|Z]]`
 * (a `T` may separate date and time; the offset follows a time), or null when the text is not
 * such a date or names a day or time that does not exist.
 */
export function parseJekyllDate(text: string): JekyllDate | null {
  const m = DATE_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, sep, h, mi, s, frac, offSep, off] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date: JekyllDate = {
    year,
    month,
    day,
    style: {
      timeSeparator: sep ?? ' ',
      seconds: s !== undefined,
      fraction: frac ?? '',
      offsetSeparator: off === undefined ? ' ' : (offSep ?? ''),
      offsetColon: off?.includes(':') ?? false,
      pad: { month: mo.length === 2, day: d.length === 2, hour: h === undefined || h.length === 2 },
    },
  };
  if (h !== undefined) {
    date.hour = Number(h);
    date.minute = Number(mi);
    if (date.hour > 23 || date.minute > 59) return null;
    if (s !== undefined) {
      date.second = Number(s);
      if (date.second > 60) return null;
    }
  }
  if (off !== undefined) {
    const minutes = offsetToMinutes(off);
    if (minutes === null) return null;
    date.offset = off;
    date.offsetMinutes = minutes;
  }
  return date;
}

/** Returns a number as text, zero-padded to `width` digits when `pad` is set. */
function num(n: number, pad = true, width = 2): string {
  return pad ? String(n).padStart(width, '0') : String(n);
}

/** Returns an offset in minutes as `±HHMM` (or `±HH:MM` with `colon`). */
export function formatOffset(minutes: number, colon = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${num(Math.floor(abs / 60))}${colon ? ':' : ''}${num(abs % 60)}`;
}

/**
 * Returns the date written in `style`. The offset is written as `parts.offset` when present
 * (exactly as it was written), else built from `parts.offsetMinutes`. Seconds are written when
 * the style has them or when they are not zero, so that no information is dropped.
 */
export function formatJekyllDate(
  parts: Omit<JekyllDate, 'style'>,
  style: JekyllDateStyle = defaultDateStyle,
): string {
  let out = `${num(parts.year, true, 4)}-${num(parts.month, style.pad.month)}-${num(parts.day, style.pad.day)}`;
  if (parts.hour !== undefined) {
    out += `${style.timeSeparator}${num(parts.hour, style.pad.hour)}:${num(parts.minute ?? 0)}`;
    if (style.seconds || (parts.second !== undefined && parts.second !== 0)) {
      out += `:${num(parts.second ?? 0)}${style.fraction}`;
    }
  }
  const offset =
    parts.offset ??
    (parts.offsetMinutes === undefined
      ? undefined
      : formatOffset(parts.offsetMinutes, style.offsetColon));
  // An offset only means something after a time; a date alone is a whole day.
  if (offset !== undefined && parts.hour !== undefined) out += `${style.offsetSeparator}${offset}`;
  return out;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Returns the value for an `<input type="datetime-local">` showing the wall time exactly as
 * written (in the date's own offset, never converted to the browser's zone), or '' when the text
 * is not a date. A date without a time shows midnight.
 */
export function toDateTimeLocalValue(text: string): string {
  const d = parseJekyllDate(text);
  if (!d) return '';
  const day = `${num(d.year, true, 4)}-${num(d.month)}-${num(d.day)}`;
  const time = `${num(d.hour ?? 0)}:${num(d.minute ?? 0)}`;
  return `${day}T${time}${d.style.seconds ? `:${num(d.second ?? 0)}` : ''}`;
}

/**
 * Returns the date picked in a datetime-local input written in the format and with the offset of
 * `original` (as written), or null when `value` is not a datetime-local value. When `original`
 * is not a date, the default format is used with `fallbackOffsetMinutes` as the offset (if
 * given). A date-only original stays date-only while the picked time is midnight.
 */
export function fromDateTimeLocalValue(
  value: string,
  original: string,
  fallbackOffsetMinutes?: number,
): string | null {
  const m = LOCAL_RE.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const check = parseJekyllDate(`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`);
  if (!check) return null;
  const orig = parseJekyllDate(original);
  if (orig && orig.hour === undefined && hour === 0 && minute === 0 && second === 0) {
    return formatJekyllDate({ year, month, day }, orig.style);
  }
  if (orig && orig.hour !== undefined) {
    const { offset, offsetMinutes } = orig;
    return formatJekyllDate(
      { year, month, day, hour, minute, second, offset, offsetMinutes },
      orig.style,
    );
  }
  return formatJekyllDate(
    { year, month, day, hour, minute, second, offsetMinutes: fallbackOffsetMinutes },
    defaultDateStyle,
  );
}

/**
 * Returns the wall time of `date` in a zone `offsetMinutes` east of UTC, written as
 * `YYYY-MM-DD HH:mm:ss ±HHMM`. For a new post pass `new Date()` and the offset `newPostOffset`
 * (time-zone.ts) picks: the blog's, not the computer's.
 */
export function nowWithOffset(date: Date, offsetMinutes: number): string {
  return formatJekyllDate(wallClockAt(date.getTime(), offsetMinutes), defaultDateStyle);
}

/** Returns the wall-clock parts of the instant `ms` in a zone `offsetMinutes` east of UTC. */
export function wallClockAt(ms: number, offsetMinutes: number) {
  // Shifting the instant and reading UTC fields gives the wall time in that offset.
  const wall = new Date(ms + offsetMinutes * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    offsetMinutes,
  };
}

/** Month names, from January, as the blog (es) and Jekyll's date filters (en) print them. */
export const MONTHS: Record<'es' | 'en', readonly string[]> = {
  // Capitalised, as the blog's post layout prints them.
  es: [
    'Enero',
    'Febrero',
    'Marzo',
    'Abril',
    'Mayo',
    'Junio',
    'Julio',
    'Agosto',
    'Septiembre',
    'Octubre',
    'Noviembre',
    'Diciembre',
  ],
  en: [
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
  ],
};

/**
 * Returns the day as the blog prints it — "3 de Junio, 2016" in Spanish, "June 3, 2016" in
 * English (any `lang` starting with 'en') — from the date as written, or null when the text is
 * not a date.
 */
export function formatSpanishDate(text: string, lang = 'es'): string | null {
  const d = parseJekyllDate(text);
  if (!d) return null;
  if (lang.toLowerCase().startsWith('en')) return `${MONTHS.en[d.month - 1]} ${d.day}, ${d.year}`;
  return `${d.day} de ${MONTHS.es[d.month - 1]}, ${d.year}`;
}
