/**
 * What the checks know about a site, read from its files: how much of a title and an intro its
 * layouts show, its `url` and `future:`, its layouts, categories and posts. Pure: the site is a
 * map of its files (path relative to the site root → text).
 */
import { dateText, parseJekyllDate } from '../dates';
import { parsePost } from '../post';
import { listItems } from '../schema';
import type { SiteFacts, SitePost } from './types';
import { BUILT_IN_SITE_FACTS, sitePost } from './built-in-facts';

/** The site's files: path relative to its root (`_layouts/post.html`) → text. */
export type SiteFiles = ReadonlyMap<string, string>;

const POST_FILE = /^_(posts|drafts)\/(?:.*\/)?([^/]+?)\.(md|markdown|mkdn|mkd|mdown|html)$/i;

/** Returns the `truncate: N[, "…"]` applied to `subject` (e.g. `page.title`), as limit and shown. */
function truncateOf(text: string, subject: RegExp): { limit: number; shown: number } | null {
  const re = new RegExp(
    `\\{\\{-?\\s*${subject.source}\\s*\\|\\s*truncate:\\s*(\\d+)\\s*(?:,\\s*(?:"([^"]*)"|'([^']*)'))?`,
  );
  const m = re.exec(text);
  if (!m) return null;
  const limit = Number(m[1]);
  const ellipsis = m[2] ?? m[3] ?? '...';
  return { limit, shown: Math.max(0, limit - [...ellipsis].length) };
}

/** Returns the first `truncate` of `subject` in the files under `folders`, in path order. */
function firstTruncate(files: SiteFiles, folders: RegExp, subject: RegExp) {
  for (const path of [...files.keys()].sort()) {
    if (!folders.test(path)) continue;
    const found = truncateOf(files.get(path) ?? '', subject);
    if (found) return found;
  }
  return null;
}

/** Returns the layout named `name` and the layouts it sits in, innermost first. */
function layoutChain(files: SiteFiles, name: string): string[] {
  const chain: string[] = [];
  let current: string | null = name;
  while (current && chain.length < 10) {
    const text = layoutText(files, current);
    if (text === undefined) break;
    chain.push(text);
    const parent = parsePost(text).data.layout;
    current = typeof parent === 'string' ? parent : null;
  }
  return chain;
}

function layoutText(files: SiteFiles, name: string): string | undefined {
  const path = [...files.keys()].find((p) => p.replace(/\.[^./]+$/, '') === `_layouts/${name}`);
  return path === undefined ? undefined : files.get(path);
}

/**
 * Returns the categories a post's data names, as Jekyll reads them: `categories` as a list, or
 * a string split at spaces; `category` as one.
 */
export function categoriesOf(data: Record<string, unknown>): string[] {
  const list =
    typeof data.categories === 'string'
      ? data.categories.split(/\s+/).filter(Boolean)
      : listItems(data.categories);
  const single = typeof data.category === 'string' && data.category.trim() ? [data.category] : [];
  return [...list, ...single].map((c) => c.trim());
}

/** Returns the post entry of a site file, or null when the path is not a post. */
function sitePostOf(path: string, text: string): SitePost | null {
  if (!POST_FILE.test(path)) return null;
  const title = parsePost(text).data.title;
  return sitePost(path, typeof title === 'string' ? title : '');
}

/**
 * Returns what the checks know about the site of `files`: the title and intro lengths its
 * layouts cut at (the built-in values when it has none), its `url` and `future:`, its layouts,
 * the categories and dates of its posts, its posts and files, and whether the post layout
 * prints the title as `<h1>`.
 */
export function siteFactsFrom(files: SiteFiles): SiteFacts {
  const config = parsePost(`---\n${files.get('_config.yml') ?? ''}\n---\n`).data;
  const title =
    truncateOf(layoutChain(files, 'post').join('\n'), /page\.title/) ??
    firstTruncate(files, /^_(layouts|includes)\//, /(?:page|post)\.title/);
  const intro = firstTruncate(files, /^(_includes\/|_layouts\/|index\.html$)/, /\w+\.intro/);
  const posts: SitePost[] = [];
  const categories = new Set<string>();
  let dated = 0;
  let withOffset = 0;
  for (const [path, text] of files) {
    const post = sitePostOf(path, text);
    if (!post) continue;
    posts.push(post);
    const data = parsePost(text).data;
    for (const c of categoriesOf(data)) categories.add(c);
    const date = parseJekyllDate(dateText(data.date) ?? '');
    if (date?.hour !== undefined) {
      dated++;
      if (date.offset !== undefined) withOffset++;
    }
  }
  const h1 = /<h1\b[^>]*>\s*\{\{-?\s*page\.title\b/;
  return {
    titleLimit: title?.limit ?? BUILT_IN_SITE_FACTS.titleLimit,
    titleShown: title?.shown ?? BUILT_IN_SITE_FACTS.titleShown,
    introLimit: intro?.limit ?? null,
    introShown: intro?.shown ?? null,
    url: typeof config.url === 'string' ? config.url : '',
    future: config.future === true,
    layouts: [...files.keys()]
      .filter((p) => p.startsWith('_layouts/'))
      .map((p) => p.slice('_layouts/'.length).replace(/\.[^.]+$/, ''))
      .sort(),
    categories: [...categories].sort((a, b) => a.localeCompare(b)),
    posts: posts.sort((a, b) => a.path.localeCompare(b.path)),
    files: new Set(files.keys()),
    titleIsH1: layoutChain(files, 'post').some((text) => h1.test(text)),
    datesHaveOffset: dated > 0 && withOffset * 2 > dated,
  };
}
