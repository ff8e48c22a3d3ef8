/**
 * Jekyll post filenames: `_posts/YYYY-MM-DD-slug.md` from the date as written and the title,
 * `_drafts/slug.md` for a post without a date.
 */
import { dateText, parseJekyllDate } from './dates';
import { defaultPostsCollection } from './schema';
import type { Collection } from './schema';
import { slugify } from './slug';

/** Where a post's file goes: a folder of the site and a filename. */
export interface PostFilename {
  folder: string;
  name: string;
}

/** A Jekyll post filename split into its date and slug. */
export interface ParsedFilename {
  /** The date as `YYYY-MM-DD`, zero-padded even when the name was not. */
  date: string;
  year: number;
  month: number;
  day: number;
  slug: string;
  /** The extension with its dot ('.md'), or '' when the name has none. */
  ext: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Returns the day a written date names, from its leading `YYYY-MM-DD` alone, so that a date with
 * a broken tail (`2019-06-07 12:00:00 -0300)`) still names its day; null when there is none.
 */
function writtenDay(value: unknown) {
  const text = dateText(value) ?? '';
  const full = parseJekyllDate(text);
  if (full) return full;
  const head = /^\d{4}-\d{1,2}-\d{1,2}(?!\d)/.exec(text);
  return head ? parseJekyllDate(head[0]) : null;
}

/**
 * Returns the folder and filename of a post: the collection's folder and its slug template
 * (`{{year}}-{{month}}-{{day}}-{{slug}}` by default) filled from the date as written (never
 * shifted by its offset) and a slug of the title; `_drafts` and `slug.md` when the post names no
 * day. Template tokens: year, month, day, hour, minute, second, slug, and `fields.NAME` (or
 * NAME) for a slug of any other field.
 */
export function postFilename(
  data: Record<string, unknown>,
  collection: Collection = defaultPostsCollection,
): PostFilename {
  const fallback = collection.lang?.startsWith('en') ? 'untitled' : 'sin-titulo';
  const slugOf = (v: unknown) =>
    slugify(typeof v === 'string' || typeof v === 'number' ? String(v) : '', 60, fallback);
  const slug = slugOf(data[collection.identifier_field ?? 'title']);
  const ext = collection.extension ?? 'md';
  const d = writtenDay(data.date);
  if (!d) return { folder: '_drafts', name: `${slug}.${ext}` };
  const tokens: Record<string, string> = {
    year: String(d.year),
    month: pad(d.month),
    day: pad(d.day),
    hour: pad(d.hour ?? 0),
    minute: pad(d.minute ?? 0),
    second: pad(d.second ?? 0),
    slug,
  };
  const template = collection.slug ?? '{{year}}-{{month}}-{{day}}-{{slug}}';
  const name = template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, token: string) => {
    if (Object.hasOwn(tokens, token)) return tokens[token];
    return slugOf(data[token.replace(/^fields\./, '')]);
  });
  return { folder: collection.folder, name: `${name}.${ext}` };
}

/**
 * Returns the date, slug and extension of a Jekyll post filename (`2016-06-03-slug.md`, any
 * folders before it ignored), or null when the name does not start with a real date.
 */
export function parseFilename(name: string): ParsedFilename | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+?)(\.[^.]+)?$/.exec(base);
  if (!m) return null;
  const d = parseJekyllDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!d) return null;
  return {
    date: `${d.year}-${pad(d.month)}-${pad(d.day)}`,
    year: d.year,
    month: d.month,
    day: d.day,
    slug: m[4],
    ext: m[5] ?? '',
  };
}
