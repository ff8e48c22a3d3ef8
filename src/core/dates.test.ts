import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dateText,
  formatJekyllDate,
  formatSpanishDate,
  fromDateTimeLocalValue,
  nowWithOffset,
  parseJekyllDate,
  toDateTimeLocalValue,
} from './dates';
import { corpusFiles } from '../../fixtures/paths.mjs';

/** Returns every `date:` value written at the start of a line in the corpus, quotes removed. */
function corpusDates(): string[] {
  const out: string[] = [];
  for (const file of corpusFiles()) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^date:[ \t]*(.*?)[ \t]*\r?$/gm)) {
      out.push(m[1].replace(/^(['"])(.*)\1$/, '$2'));
    }
  }
  return out;
}

describe('parseJekyllDate', () => {
  it('splits the sample date into its written parts', () => {
    const d = parseJekyllDate('2016-06-03 12:00:00 -0300');
    expect(d).toMatchObject({
      year: 2016,
      month: 6,
      day: 3,
      hour: 12,
      minute: 0,
      second: 0,
      offset: '-0300',
      offsetMinutes: -180,
    });
    expect(d?.style).toMatchObject({ seconds: true, offsetSeparator: ' ', offsetColon: false });
  });

  it('reads ISO forms, colons in offsets, Z and missing seconds', () => {
    expect(parseJekyllDate('2014-09-15T14:39:05-04:00')).toMatchObject({
      hour: 14,
      offset: '-04:00',
      offsetMinutes: -240,
    });
    expect(parseJekyllDate('2020-07-07T00:00:00.000Z')?.style.fraction).toBe('.000');
    expect(parseJekyllDate('2015-12-08 14:00')).toMatchObject({ hour: 14, minute: 0 });
    expect(parseJekyllDate('2015-12-08 14:00')?.second).toBeUndefined();
    expect(parseJekyllDate('2010-01-10')).toMatchObject({ year: 2010, month: 1, day: 10 });
  });

  it('rejects days and times that do not exist, and trailing noise', () => {
    expect(parseJekyllDate('2019-02-29')).toBeNull();
    expect(parseJekyllDate('2020-02-29')).not.toBeNull();
    expect(parseJekyllDate('2016-13-01')).toBeNull();
    expect(parseJekyllDate('2016-06-03 24:00')).toBeNull();
    expect(parseJekyllDate('2016-06-03 12:00:00 -0300)')).toBeNull();
    expect(parseJekyllDate('2016-06-03 12:00:00 -1900')).toBeNull();
    expect(parseJekyllDate('')).toBeNull();
  });

  it('writes every corpus date it reads back byte for byte', () => {
    const dates = corpusDates();
    expect(dates.length).toBeGreaterThan(150);
    const unread: string[] = [];
    for (const text of dates) {
      const d = parseJekyllDate(text);
      if (d) expect(formatJekyllDate(d, d.style)).toBe(text);
      else unread.push(text);
    }
    // The only corpus dates left unread are the ones that are not YYYY-MM-DD dates at all.
    for (const text of unread) {
      expect(text).toMatch(/\)$|^\{\{|^[A-Z][a-z]+ \d|\(optional\)$| EDT$|:\d\d \d{4} /);
    }
    expect(unread.length).toBeLessThan(dates.length / 5);
  });
});

describe('formatJekyllDate', () => {
  it('builds an offset from minutes in the style asked for', () => {
    const parts = { year: 2016, month: 6, day: 3, hour: 9, minute: 5, second: 0 };
    const style = parseJekyllDate('2016-06-03 12:00:00-03:00')!.style;
    expect(formatJekyllDate({ ...parts, offsetMinutes: -180 }, style)).toBe(
      '2016-06-03 09:05:00-03:00',
    );
    expect(formatJekyllDate({ ...parts, offsetMinutes: 330 })).toBe('2016-06-03 09:05:00 +0530');
  });

  it('keeps non-zero seconds even when the style had none', () => {
    const style = parseJekyllDate('2015-12-08 14:00')!.style;
    expect(
      formatJekyllDate({ year: 2015, month: 12, day: 8, hour: 14, minute: 0, second: 7 }, style),
    ).toBe('2015-12-08 14:00:07');
  });
});

describe('datetime-local values', () => {
  it('shows the wall time as written, without converting zones', () => {
    expect(toDateTimeLocalValue('2016-06-03 12:00:00 -0300')).toBe('2016-06-03T12:00:00');
    expect(toDateTimeLocalValue('2024-09-16 21:34:22 +0530')).toBe('2024-09-16T21:34:22');
    expect(toDateTimeLocalValue('2016-03-03 3:00')).toBe('2016-03-03T03:00');
    expect(toDateTimeLocalValue('2010-01-10')).toBe('2010-01-10T00:00');
    expect(toDateTimeLocalValue('{{ page.date }}')).toBe('');
  });

  it('writes a picked time in the original format and offset', () => {
    const original = '2016-06-03 12:00:00 -0300';
    expect(fromDateTimeLocalValue('2016-06-04T18:30', original)).toBe('2016-06-04 18:30:00 -0300');
    expect(fromDateTimeLocalValue('2016-06-04T18:30:15', '2018-05-02 12:00:00-0300')).toBe(
      '2016-06-04 18:30:15-0300',
    );
    expect(fromDateTimeLocalValue('2014-09-16T08:00', '2014-09-15T14:39:05-04:00')).toBe(
      '2014-09-16T08:00:00-04:00',
    );
    expect(fromDateTimeLocalValue('2015-12-09T10:00', '2015-12-08 14:00')).toBe('2015-12-09 10:00');
  });

  it('round-trips every value it produces to the same text', () => {
    for (const text of ['2016-06-03 12:00:00 -0300', '2019-03-5 16:30:00 -0300', '2010-01-10']) {
      expect(fromDateTimeLocalValue(toDateTimeLocalValue(text), text)).toBe(text);
    }
  });

  it('falls back to the default format and rejects bad values', () => {
    expect(fromDateTimeLocalValue('2020-01-02T03:04', '', -180)).toBe('2020-01-02 03:04:00 -0300');
    expect(fromDateTimeLocalValue('2020-01-02T03:04', 'nonsense')).toBe('2020-01-02 03:04:00');
    expect(fromDateTimeLocalValue('2010-01-10T09:00', '2010-01-10')).toBe('2010-01-10 09:00:00');
    expect(fromDateTimeLocalValue('', '2016-06-03 12:00:00 -0300')).toBeNull();
    expect(fromDateTimeLocalValue('2019-02-29T00:00', '2016-06-03')).toBeNull();
  });
});

describe('nowWithOffset', () => {
  it('gives the wall time in the offset, with the offset written', () => {
    const instant = new Date(Date.UTC(2016, 5, 3, 15, 0, 9));
    expect(nowWithOffset(instant, -180)).toBe('2016-06-03 12:00:09 -0300');
    expect(nowWithOffset(instant, 330)).toBe('2016-06-03 20:30:09 +0530');
    expect(nowWithOffset(new Date(Date.UTC(2016, 0, 1, 1, 0, 0)), -180)).toBe(
      '2015-12-31 22:00:00 -0300',
    );
  });
});

describe('formatSpanishDate', () => {
  it('prints the date as the blog does, from the date as written', () => {
    expect(formatSpanishDate('2016-06-03 12:00:00 -0300')).toBe('3 de Junio, 2016');
    expect(formatSpanishDate('2016-06-03 12:00:00 -0300', 'en')).toBe('June 3, 2016');
    // 23:30 at -0300 is already the next day in UTC; the written day wins.
    expect(formatSpanishDate('2017-09-05 23:30:00 -0300')).toBe('5 de Septiembre, 2017');
    expect(formatSpanishDate('2019-06-07 12:00:00 -0300)')).toBeNull();
  });
});

describe('dateText', () => {
  it('gives strings trimmed and YAML timestamps as ISO text', () => {
    expect(dateText(' 2016-06-03 ')).toBe('2016-06-03');
    expect(dateText(new Date(Date.UTC(2016, 5, 3)))).toBe('2016-06-03T00:00:00.000Z');
    expect(dateText(42)).toBeNull();
  });
});
