/**
 * Where a dropped or pasted image goes in the blog's repository (the collection's media folder,
 * `assets/images/YYYY/MM/` by default), the URL the post uses for it, and which stored images a
 * post refers to.
 */
import { dateText, parseJekyllDate } from './dates';
import { defaultPostsCollection } from './schema';
import type { Collection } from './schema';
import { slugify } from './slug';
import { uniquePaths } from './unique-paths';

/** A year and month (1-12), for the media folder when a post has no date. */
export interface YearMonth {
  year: number;
  month: number;
}

/** A new image's place: its repository path and the URL the post writes. */
export interface MediaPlace {
  /** `assets/images/2016/06/foto.png` (no leading '/'). */
  path: string;
  /** `/assets/images/2016/06/foto.png`, as Jekyll serves it. */
  url: string;
}

const EXT_BY_MIME: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Returns the year and month a front-matter date names as written (its offset ignored). */
function writtenMonth(value: unknown): YearMonth | null {
  const text = dateText(value) ?? '';
  const head = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text);
  const date = parseJekyllDate(text) ?? (head ? parseJekyllDate(head[0]) : null);
  return date ? { year: date.year, month: date.month } : null;
}

/** Fills `{{year}}`/`{{month}}`/`{{slug}}` tokens of a media or public folder template. */
function fillFolder(template: string, when: YearMonth, slug: string): string {
  const tokens: Record<string, string> = { year: String(when.year), month: pad(when.month), slug };
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, t: string) => tokens[t] ?? m);
}

/**
 * Returns the path and URL for image file `fileName` (of type `mime`) in a post with front matter
 * `data`: the collection's media folder (year and month from the post's date as written, else
 * `today`), a slug of the file's name and its extension (from the name, else the type), made
 * unique against `existing` paths with a -2, -3… suffix.
 */
export function mediaPlace(
  fileName: string,
  mime: string,
  data: Record<string, unknown>,
  today: YearMonth,
  existing: Iterable<string> = [],
  collection: Collection = defaultPostsCollection,
): MediaPlace {
  const when = writtenMonth(data.date) ?? today;
  const dot = fileName.lastIndexOf('.');
  const rawExt = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const ext = /^[a-z0-9]{1,5}$/.test(rawExt) ? rawExt : (EXT_BY_MIME[mime] ?? 'bin');
  const base = slugify(dot > 0 ? fileName.slice(0, dot) : fileName, 60, 'imagen');
  const postSlug = slugify(String(data[collection.identifier_field ?? 'title'] ?? ''));
  const folder = fillFolder(collection.media_folder ?? 'assets/images', when, postSlug)
    .replace(/^\/+|\/+$/g, '')
    .replace(/\/{2,}/g, '/');
  const [path] = uniquePaths([`${folder}/${base}.${ext}`], existing);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const publicFolder = collection.public_folder
    ? fillFolder(collection.public_folder, when, postSlug).replace(/\/+$/, '')
    : `/${path.slice(0, path.lastIndexOf('/'))}`;
  return { path, url: `${publicFolder}/${name}` };
}

/** Returns a Markdown image for `url` whose alt text is the file's name without extension. */
export function imageMarkdown(fileName: string, url: string): string {
  const alt = fileName
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/[[\]\\]/g, '')
    .trim();
  const target = /[\s()<>]/.test(url) ? `<${url}>` : url;
  return `![${alt}](${target})`;
}

/**
 * Returns the stored image paths that `text` refers to (by the path, with or without a leading
 * '/' or a site prefix before it), in the order given.
 */
export function referencedImages(text: string, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const bare = path.replace(/^\/+/, '');
    return bare !== '' && text.includes(bare);
  });
}
