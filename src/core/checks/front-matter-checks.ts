/**
 * The checks of a post's front matter against its site: a title or intro longer than the layout
 * shows, a header image without caption or over `http:`, YAML Jekyll would reject, a layout the
 * site does not have, a new category, and dates Jekyll would hide or read otherwise.
 */
import { dateText, parseJekyllDate, type JekyllDate } from '../dates';
import { fieldLocks } from '../field-locks';
import { fieldRange, type Post } from '../post';
import { categoriesOf } from './site-facts';
import type { Finding, SiteFacts } from './types';

/** Adds a finding at an offset of the post's text. */
export type TextReport = (finding: Omit<Finding, 'line' | 'from'> & { at: number }) => void;

/** What the front-matter checks are given besides the post. */
export interface FrontMatterContext {
  facts: SiteFacts;
  /** The post's file name (`2019-04-05-x.markdown`), when it has one. */
  filename?: string;
  /** The moment to compare dates with. */
  now: Date;
}

/** Returns the UTC time a written date names (its offset, else UTC). */
function timeOf(d: JekyllDate): number {
  const utc = Date.UTC(d.year, d.month - 1, d.day, d.hour ?? 0, d.minute ?? 0, d.second ?? 0);
  return utc - (d.offsetMinutes ?? 0) * 60_000;
}

const length = (s: string) => [...s].length;

/** Reports the front matter's problems of `post` through `report`. */
export function checkFrontMatter(post: Post, context: FrontMatterContext, report: TextReport) {
  const { facts } = context;
  // Values a YAML error makes unreadable are not judged: the error is the finding there.
  const KEYS = ['title', 'intro', 'single_image', 'layout', 'categories', 'category', 'date'];
  const locked = fieldLocks(post, KEYS);
  const data = Object.fromEntries(Object.entries(post.data).filter(([k]) => !locked.has(k)));
  const at = (path: (string | number)[]) =>
    fieldRange(post, path)?.from ?? post.ranges.yaml?.from ?? 0;

  for (const error of post.errors) {
    const offset = lineOffset(post.text, error.line) + error.column - 1;
    const params = { code: error.code, detail: error.detail ?? '' };
    report({ id: 'yaml', severity: 'error', params, at: offset });
  }

  const title = typeof data.title === 'string' ? data.title.trim() : '';
  if (length(title) > facts.titleLimit) {
    const params = { length: length(title), shown: facts.titleShown };
    report({ id: 'title-cut', severity: 'warning', params, at: at(['title']) });
  }
  const intro = typeof data.intro === 'string' ? data.intro.trim() : '';
  if (facts.introLimit !== null && length(intro) > facts.introLimit) {
    const params = { length: length(intro), shown: facts.introShown ?? facts.introLimit };
    report({ id: 'intro-cut', severity: 'warning', params, at: at(['intro']) });
  }

  const images = Array.isArray(data.single_image) ? data.single_image : [];
  images.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) return;
    const { img, caption } = item as Record<string, unknown>;
    if (typeof img !== 'string' || img.trim() === '') return;
    if (typeof caption !== 'string' || caption.trim() === '') {
      const place = at(['single_image', i, 'caption']);
      report({ id: 'header-caption', severity: 'warning', params: { url: img }, at: place });
    }
    if (/^https:/i.test(facts.url) && /^http:/i.test(img.trim())) {
      const place = at(['single_image', i, 'img']);
      report({ id: 'http-media', severity: 'warning', params: { url: img }, at: place });
    }
  });

  const layout = data.layout;
  if (typeof layout === 'string' && facts.layouts && !facts.layouts.includes(layout)) {
    report({ id: 'layout-unknown', severity: 'warning', params: { layout }, at: at(['layout']) });
  }
  if (facts.categories) {
    const known = new Set(facts.categories);
    const key = Object.hasOwn(data, 'categories') ? 'categories' : 'category';
    for (const category of categoriesOf(data)) {
      if (!known.has(category)) {
        report({ id: 'category-new', severity: 'tip', params: { category }, at: at([key]) });
      }
    }
  }
  if (!locked.has('date')) checkDate(post, context, report, at(['date']));
}

/** Reports a date Jekyll would hide (future), that differs from the file name's, or has no offset. */
function checkDate(post: Post, context: FrontMatterContext, report: TextReport, place: number) {
  const { facts, filename, now } = context;
  const written = dateText(post.data.date) ?? '';
  const date = parseJekyllDate(written);
  if (!date) return;
  if (!facts.future && timeOf(date) > now.getTime()) {
    report({ id: 'date-future', severity: 'warning', params: { date: written }, at: place });
  }
  // A name such as `2017-25-10-x` is no real day, yet it is a day that differs from the date.
  const base = filename?.slice(filename.lastIndexOf('/') + 1) ?? '';
  const named = /^(\d{4})-(\d{1,2})-(\d{1,2})-/.exec(base)?.slice(1, 4).map(Number);
  if (named && (named[0] !== date.year || named[1] !== date.month || named[2] !== date.day)) {
    const params = { date: written, file: base.slice(0, base.indexOf('-', 8)) };
    report({ id: 'date-filename', severity: 'warning', params, at: place });
  }
  if (date.offset === undefined && facts.datesHaveOffset) {
    report({ id: 'date-offset', severity: 'tip', params: { date: written }, at: place });
  }
}

/** Returns the offset where 1-based line `line` of `text` starts. */
function lineOffset(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = text.slice(at).search(/\r\n|\r|\n/);
    if (next < 0) return text.length;
    at += next + (text.startsWith('\r\n', at + next) ? 2 : 1);
  }
  return at;
}
