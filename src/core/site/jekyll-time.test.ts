// Every expectation here was checked against Jekyll 4.3.1 (Debian, Ruby 3.1), building a site
// whose posts carry these dates with and without `timezone:` in _config.yml.
import { describe, expect, it } from 'vitest';
import {
  JekyllTime,
  jekyllPostDate,
  parseRubyTime,
  rubyStrftime,
  timeAtInstant,
} from './jekyll-time';

const printed = (value: unknown, file: string, zone: string | null) =>
  String(jekyllPostDate(value, file, zone));

describe('jekyllPostDate', () => {
  it('shows the instant a dated post names in the site zone, not the offset written', () => {
    const file = '2016-06-03-p.md';
    expect(printed('2016-06-03 12:00:00 -0300', file, null)).toBe('2016-06-03 15:00:00 +0000');
    expect(printed('2016-06-03 12:00:00 -0300', file, 'America/Santiago')).toBe(
      '2016-06-03 11:00:00 -0400',
    );
    expect(printed('2016-06-03 23:30:00 +0530', file, 'America/Santiago')).toBe(
      '2016-06-03 14:00:00 -0400',
    );
    expect(printed('2016-06-03T23:30:00Z', file, 'Asia/Tokyo')).toBe('2016-06-04 08:30:00 +0900');
  });

  it('reads a YAML timestamp without offset as UTC, a date alone as local midnight', () => {
    const file = '2016-06-03-p.md';
    expect(printed('2016-06-03 12:00:00', file, 'America/Santiago')).toBe(
      '2016-06-03 08:00:00 -0400',
    );
    expect(printed('2016-06-03', file, 'America/Santiago')).toBe('2016-06-03 00:00:00 -0400');
    expect(printed('2016-06-03', file, null)).toBe('2016-06-03 00:00:00 +0000');
    // Without seconds it is no YAML timestamp: Ruby's Time.parse reads it as local time.
    expect(printed('2016-06-03 12:00', file, 'Asia/Tokyo')).toBe('2016-06-03 12:00:00 +0900');
  });

  it("reads a date among other text as Ruby's Time.parse does (a blog post has `-0300)`)", () => {
    const file = '2019-06-11-cop25.markdown';
    expect(printed('2019-06-07 12:00:00 -0300)', file, null)).toBe('2019-06-07 15:00:00 +0000');
    expect(printed('el 2019-06-07 a las 10:00', file, null)).toBe('2019-06-07 10:00:00 +0000');
    expect(printed('2019-06-07 12:00 -03:00 x', file, null)).toBe('2019-06-07 15:00:00 +0000');
    expect(printed('2019-6-7', file, null)).toBe('2019-06-07 00:00:00 +0000');
    // Jekyll stops the build on a date it cannot read; Pluma falls back to the file name's.
    expect(printed('junio', file, null)).toBe('2019-06-11 00:00:00 +0000');
  });

  it('moves to the day before when the zone is behind UTC', () => {
    expect(printed('2016-01-03 02:00:00', '2016-01-03-p.md', 'America/Santiago')).toBe(
      '2016-01-02 23:00:00 -0300',
    );
  });

  it('takes the file name date at local midnight when there is no date', () => {
    expect(printed(undefined, '_posts/2016-06-04-p4.md', 'America/Santiago')).toBe(
      '2016-06-04 00:00:00 -0400',
    );
    expect(printed(undefined, '2016-06-04-p4.md', null)).toBe('2016-06-04 00:00:00 +0000');
    expect(jekyllPostDate(undefined, 'about.md', null)).toBeNull();
  });

  it('takes a Date from a YAML reader as an instant', () => {
    expect(printed(new Date('2016-06-03T15:00:00Z'), 'x.md', 'America/Santiago')).toBe(
      '2016-06-03 11:00:00 -0400',
    );
  });

  it('knows the zone abbreviation Ruby prints for %Z', () => {
    expect(jekyllPostDate('2016-06-03', 'x.md', 'America/Santiago')?.zone).toBe('-04');
    expect(jekyllPostDate('2016-06-03', 'x.md', null)?.zone).toBe('UTC');
    expect(jekyllPostDate('2016-06-03', 'x.md', 'America/New_York')?.zone).toBe('EDT');
    // Ruby 3.1 with Debian's tzdata, at 2016-06-03 15:00 UTC and 2016-01-01 00:00 UTC.
    const zones: [string, string, string][] = [
      ['Europe/Madrid', 'CEST', 'CET'],
      ['Europe/London', 'BST', 'GMT'],
      ['Asia/Tokyo', 'JST', 'JST'],
      ['Asia/Kolkata', 'IST', 'IST'],
      ['Australia/Sydney', 'AEST', 'AEDT'],
      ['America/Sao_Paulo', '-03', '-02'],
      ['America/Mexico_City', 'CDT', 'CST'],
      ['Africa/Johannesburg', 'SAST', 'SAST'],
    ];
    for (const [zone, june, january] of zones) {
      expect(timeAtInstant(1464966000_000, zone).zone, zone).toBe(june);
      expect(timeAtInstant(1451606400_000, zone).zone, zone).toBe(january);
    }
  });
});

describe('rubyStrftime', () => {
  // Time.parse keeps a written offset and has no zone name: "%Z" prints nothing.
  const t = parseRubyTime('2016-06-03 12:00:00 -0300', 'America/Santiago')!;
  const fixed = new JekyllTime({
    year: 2016,
    month: 6,
    day: 3,
    hour: 12,
    minute: 0,
    second: 0,
    offsetMinutes: -180,
  });

  it('prints what Ruby prints', () => {
    expect(t.toString()).toBe('2016-06-03 11:00:00 -0400');
    const f = '%Y-%m-%d %H:%M %z|%-d %e|%j %y %I %p %a %A %b %B %Z %s %%|%:z';
    expect(rubyStrftime(fixed, f)).toBe(
      '2016-06-03 12:00 -0300|3  3|155 16 12 PM Fri Friday Jun June  1464966000 %|-03:00',
    );
    const g =
      '%c|%x|%X|%D|%F|%T|%R|%r|%l|%k|%-I|%-m|%u|%w|%U|%W|%G|%V|%C|%h|%n|%t|%L|%N|%P|%^a|%^B|%10A|%-y';
    expect(rubyStrftime(fixed, g)).toBe(
      'Fri Jun  3 12:00:00 2016|06/03/16|12:00:00|06/03/16|2016-06-03|12:00:00|12:00|12:00:00 PM|12|12|12|6|5|5|22|22|2016|22|20|Jun|\n|\t|000|000000000|pm|FRI|JUNE|    Friday|16',
    );
  });

  it('pads and cuts by flag', () => {
    const morning = new JekyllTime({ ...fixed, hour: 7, day: 9, month: 1 });
    expect(rubyStrftime(morning, '%-H %_m %e %-e %l %I %j %-j')).toBe('7  1  9 9  7 07 009 9');
    expect(rubyStrftime(morning, '%Q %5 %y')).toBe('%Q %5 16');
  });
});
