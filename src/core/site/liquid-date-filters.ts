/**
 * Jekyll's date filters on Liquid: `date` (Ruby strftime on a Time, on a string Ruby's
 * Time.parse reads, on 'now' or epoch seconds), `date_to_xmlschema`, `date_to_rfc822`,
 * `date_to_string` and `date_to_long_string`, in the site's time zone as Jekyll runs them.
 */
import type { FilterImplOptions } from 'liquidjs';
import { JekyllTime, rubyStrftime, rubyTimeParse, timeAtInstant } from './jekyll-time';
import { rubyInspect, rubyToS } from './ruby-values';

/** Returns `input` as Liquid's Utils.to_date reads it in `zone`, or null when it is no date. */
export function toRubyTime(input: unknown, zone: string, now: () => Date): JekyllTime | null {
  if (input instanceof JekyllTime) return input;
  if (input instanceof Date) return timeAtInstant(input.getTime(), zone);
  if (typeof input === 'number' && Number.isFinite(input)) {
    return timeAtInstant(Math.trunc(input) * 1000, zone);
  }
  if (typeof input !== 'string' || input === '') return null;
  const lower = input.toLowerCase();
  if (lower === 'now' || lower === 'today') return timeAtInstant(now().getTime(), zone);
  if (/^\d+$/.test(input)) return timeAtInstant(Number(input) * 1000, zone);
  return rubyTimeParse(input, zone);
}

const ordinal = (day: number) =>
  day >= 11 && day <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[day % 10] ?? 'th');

/** Returns the date filters, reading dates in `zone` ('UTC' when the site sets none). */
export function dateFilters(zone: string, now: () => Date): Record<string, FilterImplOptions> {
  /** Jekyll's `time(input)`: the date in the site zone, or its InvalidDateError. */
  const local = (input: unknown): JekyllTime => {
    const time = toRubyTime(input, zone, now);
    if (!time) throw new Error(`Invalid Date: '${rubyInspect(input)}' is not a valid datetime.`);
    return timeAtInstant(time.epochMs, zone);
  };
  const stringify = (month: string) =>
    function (input: unknown, type?: unknown, style?: unknown): unknown {
      if (rubyToS(input) === '') return input;
      const time = local(input);
      if (type === 'ordinal') {
        const day = `${time.day}${ordinal(time.day)}`;
        const format = style === 'US' ? `${month} ${day}, %Y` : `${day} ${month} %Y`;
        return rubyStrftime(time, format);
      }
      return rubyStrftime(time, `%d ${month} %Y`);
    };
  return {
    date(input: unknown, format?: unknown): unknown {
      const pattern = rubyToS(format);
      if (pattern === '') return input;
      const time = toRubyTime(input, zone, now);
      return time ? rubyStrftime(time, pattern) : input;
    },
    date_to_xmlschema(input: unknown): unknown {
      return rubyToS(input) === '' ? input : rubyStrftime(local(input), '%Y-%m-%dT%H:%M:%S%:z');
    },
    date_to_rfc822(input: unknown): unknown {
      return rubyToS(input) === '' ? input : rubyStrftime(local(input), '%a, %d %b %Y %H:%M:%S %z');
    },
    date_to_string: stringify('%b'),
    date_to_long_string: stringify('%B'),
  };
}
