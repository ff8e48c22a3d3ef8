/**
 * Ruby's Time#strftime, with its flags and widths, for the times Jekyll prints (`JekyllTime`).
 */
import { formatOffset, MONTHS as MONTH_NAMES } from '../dates';

/** The parts of a time strftime reads (a JekyllTime has them). */
export interface StrftimeTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly offsetMinutes: number;
  readonly zone: string | undefined;
  readonly epochMs: number;
}

const MONTHS = MONTH_NAMES.en;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Returns the day of the week (0 = Sunday) and the day of the year (1-366). */
function calendar(t: StrftimeTime): { wday: number; yday: number } {
  const day = Date.UTC(t.year, t.month - 1, t.day);
  return {
    wday: new Date(day).getUTCDay(),
    yday: Math.round((day - Date.UTC(t.year, 0, 1)) / 86_400_000) + 1,
  };
}

/** Returns the ISO 8601 week-based year and week number. */
function isoWeek(t: StrftimeTime): { year: number; week: number } {
  const { wday } = calendar(t);
  const thursday = new Date(Date.UTC(t.year, t.month - 1, t.day + 3 - ((wday + 6) % 7)));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return { year, week };
}

type Conversion = [value: string | number, pad: '0' | ' ' | '', width: number];

/** Returns the value of one strftime conversion, or null for a letter Ruby does not know. */
function convert(t: StrftimeTime, letter: string, colons: number): Conversion | string | null {
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
export function rubyStrftime(time: StrftimeTime, format: string): string {
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
