/**
 * What Jekyll puts in `page` for a post: its url from the permalink style or template, id,
 * slug, categories (folders above `_posts` and front matter), tags, title and paths. Checked
 * against Jekyll 4.3.1 (see permalink.test.ts).
 */
import { jekyllSlugify } from './jekyll-slugify';
import { JekyllTime, jekyllPostDate, rubyStrftime, timeAtInstant } from './jekyll-time';
import { escapePath } from './url-escape';

/** What Jekyll sets in `page` for a post. */
export interface JekyllPostInfo {
  url: string;
  id: string;
  slug: string;
  date: JekyllTime | null;
  categories: string[];
  tags: string[];
  title: string;
  path: string;
  relative_path: string;
  name: string;
  collection: 'posts';
  draft: boolean;
  ext: string;
}

const STYLES: Record<string, string> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
};
const MARKDOWN_EXTS = new Set(['.markdown', '.mkdown', '.mkdn', '.mkd', '.md']);
const DATE_NAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;
const DATELESS_NAME = /^(?:.+\/)*(.*)(\.[^.]+)$/;

/** Returns the front-matter value as Jekyll's pluralized_array_from_hash reads it. */
function pluralized(data: Readonly<Record<string, unknown>>, singular: string, plural: string) {
  const one = data[singular];
  const value =
    one !== undefined && one !== null
      ? one
      : typeof data[plural] === 'string'
        ? (data[plural] as string).split(/\s+/).filter(Boolean)
        : data[plural];
  return [value].flat(Infinity).filter((v) => v !== undefined && v !== null);
}

/** Returns the categories Jekyll gives a post: folders above `_posts`, then front matter. */
function categoriesOf(relativePath: string, data: Readonly<Record<string, unknown>>): string[] {
  const special = relativePath.includes('_posts') ? '_posts' : '_drafts';
  const above = relativePath.slice(0, Math.max(0, relativePath.indexOf(special)));
  const folders = above.split('/').filter((c) => c !== '' && c !== special);
  const own = data.categories;
  const written = typeof own === 'string' ? own.split(/\s+/).filter(Boolean) : [own ?? []].flat();
  const all = [...folders, ...written, ...pluralized(data, 'category', 'categories')];
  return [...new Set(all.flat(Infinity).map((c) => String(c)))];
}

/** Returns a Ruby-capitalized word: the first letter upper case, the rest lower case. */
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** Returns the URL with `..` and `./` removed and slashes squeezed, as Jekyll's URL does. */
function sanitizeUrl(url: string): string {
  return `/${url}`
    .replace(/\.\./g, '/')
    .replace(/\.\//g, '')
    .replace(/\/{2,}/g, '/');
}

/** Returns the template with every `:placeholder` replaced, escaped as Jekyll does. */
function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const pool = name.endsWith('_') ? [name, name.slice(0, -1)] : [name];
    const winner = pool.find((key) => Object.hasOwn(values, key));
    if (winner === undefined) {
      throw new Error(
        `The URL template doesn't have ${pool.join(' or ')} keys. Check your permalink template!`,
      );
    }
    return match.replace(`:${winner}`, escapePath(values[winner]));
  });
}

/** Returns Ruby's File.dirname of a URL path. */
function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const cut = trimmed.lastIndexOf('/');
  return cut <= 0 ? '/' : trimmed.slice(0, cut);
}

/**
 * Returns what Jekyll sets in `page` for a post at `path` (relative to the site root:
 * '_posts/2019-04-05-x.markdown', '_posts/sub/…', 'cat/_posts/…' or '_drafts/x.md'), with its
 * front matter `data` (site defaults already applied) and the site `config` (`permalink`,
 * `timezone`). A draft without a date is dated `now`, as Jekyll dates it by its file's mtime.
 * Throws when a permalink template names a placeholder Jekyll does not know.
 */
export function jekyllPostInfo(
  path: string,
  data: Readonly<Record<string, unknown>>,
  config: Readonly<Record<string, unknown>>,
  now: Date = new Date(),
): JekyllPostInfo {
  const name = path.split('/').pop() ?? path;
  const draft = !path.includes('_posts');
  const zone = typeof config.timezone === 'string' && config.timezone ? config.timezone : 'UTC';
  const dated = DATE_NAME.exec(path);
  const dateless = DATELESS_NAME.exec(path);
  const fileSlug = (dated?.[2] ?? dateless?.[1] ?? name).replace(/\.*$/, '');
  const fileExt = dated?.[3] ?? dateless?.[2] ?? '';
  const slug = data.slug === undefined || data.slug === null ? fileSlug : String(data.slug);
  const ext = typeof data.ext === 'string' ? data.ext : fileExt;
  const date = jekyllPostDate(data.date, dated ? `${dated[1]}-` : '', zone);
  const time = date ?? timeAtInstant(now.getTime(), zone);
  const categories = categoriesOf(path, data);
  const basename = name.replace(/\.[^.]*$/, '');
  const extname = /\.[^.]*$/.exec(name)?.[0] ?? '';
  const values: Record<string, string> = {
    collection: 'posts',
    path: path
      .slice(0, path.length - extname.length)
      .replace('_posts', '')
      .replace(/\.*$/, ''),
    name: jekyllSlugify(basename),
    title: jekyllSlugify(slug, 'pretty', true),
    slug: jekyllSlugify(slug),
    categories: [...new Set(categories.map((c) => c.toLowerCase()))].join('/'),
    slugified_categories: [...new Set(categories.map((c) => jekyllSlugify(c)))].join('/'),
    output_ext: MARKDOWN_EXTS.has(extname.toLowerCase()) ? '.html' : extname,
  };
  const formats: Record<string, string> = {
    year: '%Y',
    month: '%m',
    day: '%d',
    hour: '%H',
    minute: '%M',
    second: '%S',
    i_day: '%-d',
    i_month: '%-m',
    short_month: '%b',
    long_month: '%B',
    short_year: '%y',
    w_year: '%G',
    week: '%V',
    w_day: '%u',
    short_day: '%a',
    long_day: '%A',
    y_day: '%j',
  };
  for (const [key, format] of Object.entries(formats)) values[key] = rubyStrftime(time, format);
  const style = typeof config.permalink === 'string' ? config.permalink : 'date';
  const template =
    typeof data.permalink === 'string' && data.permalink
      ? data.permalink
      : (STYLES[style] ?? style);
  const url = sanitizeUrl(fillTemplate(template, values));
  const parent = dirname(url);
  return {
    url,
    id: `${parent === '/' ? '' : parent}/${slug}`,
    slug,
    date: date ?? (draft ? time : null),
    categories,
    tags: pluralized(data, 'tag', 'tags').map((t) => (typeof t === 'string' ? t : String(t))),
    title:
      data.title === undefined || data.title === null
        ? fileSlug.split('-').map(capitalize).join(' ')
        : String(data.title),
    path,
    relative_path: path,
    name,
    collection: 'posts',
    draft,
    ext,
  };
}

/**
 * Returns the names `{% post_url %}` finds the post at `path` by: the folders above or below
 * `_posts` with the file name without extension ('sub/2019-04-05-x'), and the bare name, which
 * Jekyll still accepts with a deprecation warning ('2019-04-05-x'). Empty for a draft or a file
 * without a date prefix.
 */
export function jekyllPostUrlNames(path: string): string[] {
  const m = /^(.*?)_posts\/(.*?)([^/]*)\.[^./]+$/.exec(path);
  if (!m || !/^\d+-\d+-\d+-/.test(m[3])) return [];
  const folders = `${m[1]}${m[2]}`;
  return folders ? [`${folders}${m[3]}`, m[3]] : [m[3]];
}
