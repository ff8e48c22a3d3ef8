import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nowWithOffset } from './dates';
import { newPostText } from './new-post';
import { parsePost } from './post';
import { postDate, siteTimeZone } from './post-dates';
import { defaultPostsCollection } from './schema';
import {
  commonOffset,
  newPostOffset,
  parseOffset,
  timeZoneOffsetAt,
  zoneOffsetAt,
} from './time-zone';
import { CORPUS_DIR, SAMPLES_DIR, SITE_DIR } from '../../fixtures/paths.mjs';

const CORPUS = CORPUS_DIR;
const SAMPLES = SAMPLES_DIR;

/** Returns the texts of the corpus folder `name`, in path order. */
const postsOf = (name: string) =>
  readdirSync(path.join(CORPUS, name))
    .sort()
    .map((file) => readFileSync(path.join(CORPUS, name, file), 'utf8'));

const JANUARY = new Date('2026-01-15T12:00:00Z');
const JULY = new Date('2026-07-15T12:00:00Z');

describe('parseOffset', () => {
  it('reads the ways an offset is written', () => {
    expect(parseOffset('-0300')).toBe(-180);
    expect(parseOffset('-03:00')).toBe(-180);
    expect(parseOffset(' +0530 ')).toBe(330);
    expect(parseOffset('-3')).toBe(-180);
    expect(parseOffset('UTC-03:00')).toBe(-180);
    expect(parseOffset('GMT+1')).toBe(60);
    expect(parseOffset('Z')).toBe(0);
    expect(parseOffset('utc')).toBe(0);
  });

  it('refuses what is no offset or lies beyond ±14:00', () => {
    for (const text of ['', '0300', '-03:0', '-0360', '+1500', 'America/Santiago', '-03 00']) {
      expect(parseOffset(text), text).toBeNull();
    }
    expect(parseOffset('+1400')).toBe(840);
  });
});

describe('zoneOffsetAt', () => {
  it('gives a zone’s offset at an instant, daylight saving included', () => {
    // Chile's summer time is -03:00 and its winter time -04:00.
    expect(zoneOffsetAt('America/Santiago', JANUARY)).toBe(-180);
    expect(zoneOffsetAt('America/Santiago', JULY)).toBe(-240);
    expect(zoneOffsetAt('America/Argentina/Buenos_Aires', JULY)).toBe(-180);
    expect(zoneOffsetAt('Europe/Madrid', JULY)).toBe(120);
    expect(zoneOffsetAt('Asia/Kolkata', JANUARY)).toBe(330);
    expect(zoneOffsetAt('Asia/Kathmandu', JANUARY)).toBe(345);
    expect(zoneOffsetAt('UTC', JULY)).toBe(0);
  });

  it('gives null for a zone the runtime does not know', () => {
    expect(zoneOffsetAt('Mars/Olympus', JULY)).toBeNull();
    expect(zoneOffsetAt('', JULY)).toBeNull();
  });
});

describe('timeZoneOffsetAt', () => {
  it('takes an offset or a zone name', () => {
    expect(timeZoneOffsetAt('-0300', JULY)).toBe(-180);
    expect(timeZoneOffsetAt(' America/Santiago ', JULY)).toBe(-240);
    expect(timeZoneOffsetAt('   ', JULY)).toBeNull();
    expect(timeZoneOffsetAt('-0300 America', JULY)).toBeNull();
  });
});

describe('commonOffset', () => {
  it('picks the offset most dates carry, ignoring dates without one', () => {
    const dates = [
      '2016-06-03 12:00:00 -0300',
      '2016-06-04 10:00:00 +0100',
      '2016-06-05',
      '2016-06-06 08:30 -03:00',
      'not a date',
    ];
    expect(commonOffset(dates)).toBe(-180);
  });

  it('gives a tie to the offset met first, and null without any offset', () => {
    expect(commonOffset(['2020-01-01 10:00 +0100', '2020-01-02 10:00 -0300'])).toBe(60);
    expect(commonOffset(['2020-01-01', '2020-01-02 10:00'])).toBeNull();
    expect(commonOffset([])).toBeNull();
  });

  it('finds -0300 in the blog’s posts and +0530 in Jekyll’s release posts', () => {
    const blog = postsOf('ciudadanointeligente-blog').map(postDate);
    expect(blog.filter((d) => d?.endsWith('-0300')).length).toBeGreaterThan(40);
    expect(commonOffset(blog.filter((d) => d !== null))).toBe(-180);
    const jekyll = postsOf('jekyll-docs').map(postDate);
    expect(commonOffset(jekyll.filter((d) => d !== null))).toBe(330);
  });
});

describe('postDate', () => {
  it('reads the date as written, from the front matter only', () => {
    const sample = readdirSync(SAMPLES).map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'))[0];
    expect(postDate(sample)).toBe('2016-06-03 12:00:00 -0300');
    expect(postDate('---\ntitle: x\n---\ndate: 2020-01-01 10:00 +0100\n')).toBeNull();
    expect(postDate('date: 2020-01-01 10:00 +0100\n')).toBeNull();
    expect(postDate('---\ndate: "2020-01-01 10:00 +0100"\n---\n')).toBe('2020-01-01 10:00 +0100');
  });
});

describe('siteTimeZone', () => {
  it('reads `timezone` from a _config.yml', () => {
    expect(siteTimeZone('title: Blog\ntimezone: America/Santiago # Chile\n')).toBe(
      'America/Santiago',
    );
    const blogConfig = readFileSync(path.join(SITE_DIR, '_config.yml'), 'utf8');
    // The blog itself sets none: Jekyll then uses the zone of the machine that builds it.
    expect(siteTimeZone(blogConfig)).toBeNull();
    expect(siteTimeZone('timezone:\n')).toBeNull();
    expect(siteTimeZone('- a list\n')).toBeNull();
    expect(siteTimeZone('timezone: [broken\n')).toBeNull();
  });
});

describe('newPostOffset', () => {
  const base = {
    chosen: null,
    siteZone: null,
    draftDates: ['2016-06-03 12:00:00 -0300', '2016-06-02 12:00:00 -0300'],
    computerMinutes: 0,
  };

  it('takes the drafts’ offset over the computer’s', () => {
    expect(newPostOffset(base, JULY)).toEqual({ minutes: -180, source: 'drafts' });
    expect(newPostOffset({ ...base, draftDates: ['2016-06-03'] }, JULY)).toEqual({
      minutes: 0,
      source: 'computer',
    });
  });

  it('takes the site’s zone, at the instant, over the drafts', () => {
    const site = { ...base, siteZone: 'America/Santiago' };
    expect(newPostOffset(site, JULY)).toEqual({
      minutes: -240,
      source: 'site',
      zone: 'America/Santiago',
    });
    expect(newPostOffset(site, JANUARY).minutes).toBe(-180);
    // A zone the runtime does not know is passed over.
    expect(newPostOffset({ ...base, siteZone: 'Nowhere/Town' }, JULY).source).toBe('drafts');
  });

  it('takes the writer’s valid choice over everything', () => {
    const inputs = { ...base, siteZone: 'Asia/Kolkata', chosen: '+01:00' };
    expect(newPostOffset(inputs, JULY)).toEqual({ minutes: 60, source: 'chosen' });
    expect(newPostOffset({ ...inputs, chosen: 'Europe/Madrid' }, JANUARY)).toEqual({
      minutes: 60,
      source: 'chosen',
      zone: 'Europe/Madrid',
    });
    expect(newPostOffset({ ...inputs, chosen: 'Mars/Olympus' }, JULY).source).toBe('site');
  });

  it('dates a new post written at 12:00 UTC at 09:00 -0300', () => {
    const at = new Date('2026-03-10T12:00:00Z');
    const { minutes } = newPostOffset(base, at);
    expect(nowWithOffset(at, minutes)).toBe('2026-03-10 09:00:00 -0300');
    const post = parsePost(newPostText(defaultPostsCollection, at, minutes));
    expect(post.data.date).toBe('2026-03-10 09:00:00 -0300');
  });

  it('moves the day when the offset crosses midnight', () => {
    const late = new Date('2026-03-10T01:30:00Z');
    expect(nowWithOffset(late, newPostOffset(base, late).minutes)).toBe(
      '2026-03-09 22:30:00 -0300',
    );
  });
});
