/**
 * A Jekyll site as the preview needs it, read from its text files: the config with Jekyll's
 * defaults, the layouts, the data files and the posts (for `site.posts`, `site.categories`,
 * `site.tags` and `{% post_url %}`). Pure; built once per site, in a worker.
 */
import { parsePost } from '../post.ts';
import { readConfigYaml } from '../schema-yaml.ts';
import { parseYaml } from '../yaml-doc.ts';
import type { JekyllTime } from './jekyll-time.ts';
import { jekyllPostInfo, type JekyllPostInfo } from './permalink.ts';

/** The site's text files, by path relative to its root ('_layouts/post.html' → text). */
export type SiteFiles = ReadonlyMap<string, string>;

/** A layout: its front matter and its template, and where the template starts in its file. */
export interface SiteLayout {
  path: string;
  data: Record<string, unknown>;
  template: string;
  /** The line of the file the template's first line is on (1-based), for error lines. */
  firstLine: number;
}

/** A post of the site, as `site.posts` lists it. */
export interface SitePost {
  path: string;
  data: Record<string, unknown>;
  body: string;
  info: JekyllPostInfo;
}

/** Something the site's files got wrong that the preview should say. */
export interface SiteProblem {
  file: string;
  message: string;
}

export interface Site {
  files: SiteFiles;
  /** `_config.yml` over Jekyll's defaults. */
  config: Record<string, unknown>;
  layouts: ReadonlyMap<string, SiteLayout>;
  /** Published posts, newest first (as `site.posts`). */
  posts: readonly SitePost[];
  /** `_data/` files by name (`_data/team.yml` → `team`). */
  data: Record<string, unknown>;
  problems: readonly SiteProblem[];
}

/** Jekyll's defaults for the settings the preview reads (Jekyll::Configuration::DEFAULTS). */
export const JEKYLL_DEFAULTS: Readonly<Record<string, unknown>> = {
  baseurl: '',
  url: '',
  permalink: 'date',
  excerpt_separator: '\n\n',
  layouts_dir: '_layouts',
  includes_dir: '_includes',
  data_dir: '_data',
  sass: { sass_dir: '_sass' },
  future: false,
  show_drafts: null,
  markdown: 'kramdown',
  timezone: null,
  defaults: [],
};

const POST_NAME =
  /^(?:.*\/)?_posts\/(?:.*\/)?\d{2,4}-\d{1,2}-\d{1,2}-[^/]+\.(?:md|markdown|mkdn|mkd|mdown|mkdown|html)$/i;

/** Returns whether `path` is a post as Jekyll finds them (`_posts/`, any category folder above). */
export function isSitePost(path: string): boolean {
  return POST_NAME.test(path) && !path.split('/').some((part) => part.startsWith('.'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the site's config: `_config.yml` over Jekyll's defaults, and what was wrong in it. */
export function readSiteConfig(files: SiteFiles): {
  config: Record<string, unknown>;
  problems: SiteProblem[];
} {
  const text = files.get('_config.yml') ?? files.get('_config.yaml');
  if (text === undefined) return { config: { ...JEKYLL_DEFAULTS }, problems: [] };
  const { value, errors } = readConfigYaml(text);
  const problems = errors.map((message) => ({ file: '_config.yml', message }));
  const config = { ...JEKYLL_DEFAULTS, ...(isRecord(value) ? value : {}) };
  return { config, problems };
}

/** The front-matter `defaults` of `config` that apply to a file at `path` of `type`, merged. */
export function frontMatterDefaults(
  config: Readonly<Record<string, unknown>>,
  path: string,
  type: string,
): Record<string, unknown> {
  const entries = Array.isArray(config.defaults) ? config.defaults : [];
  // Jekyll applies the least specific first, so that a longer scope path wins.
  const matching = entries
    .filter(isRecord)
    .map((entry) => ({ scope: isRecord(entry.scope) ? entry.scope : {}, values: entry.values }))
    .filter(({ scope, values }) => {
      if (!isRecord(values)) return false;
      const scopePath = typeof scope.path === 'string' ? scope.path.replace(/^\/+|\/+$/g, '') : '';
      if (scopePath && path !== scopePath && !path.startsWith(`${scopePath}/`)) {
        if (!scopePath.includes('*') || !globMatch(scopePath, path)) return false;
      }
      return typeof scope.type !== 'string' || scope.type === type;
    })
    .sort((a, b) => specificity(a.scope) - specificity(b.scope));
  const merged: Record<string, unknown> = {};
  for (const { values } of matching) Object.assign(merged, values);
  return merged;
}

function specificity(scope: Record<string, unknown>): number {
  const path = typeof scope.path === 'string' ? scope.path.replace(/^\/+|\/+$/g, '') : '';
  return (path ? path.split('/').length * 2 : 0) + (typeof scope.type === 'string' ? 1 : 0);
}

function globMatch(glob: string, path: string): boolean {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${pattern}(?:/|$)`).test(path);
}

/** Returns a file's front matter (with the config's defaults under it) and its body. */
export function readSiteDocument(
  config: Readonly<Record<string, unknown>>,
  path: string,
  text: string,
  type: string,
): { data: Record<string, unknown>; body: string; firstLine: number; broken: boolean } {
  const post = parsePost(text);
  const data = { ...frontMatterDefaults(config, path, type), ...post.data };
  const firstLine = text.slice(0, post.ranges.body.from).split('\n').length;
  return { data, body: post.body, firstLine, broken: post.errors.length > 0 };
}

function readLayouts(files: SiteFiles, config: Record<string, unknown>): Map<string, SiteLayout> {
  const dir = typeof config.layouts_dir === 'string' ? config.layouts_dir : '_layouts';
  const layouts = new Map<string, SiteLayout>();
  for (const [path, text] of files) {
    if (!path.startsWith(`${dir}/`)) continue;
    const name = path.slice(dir.length + 1).replace(/\.[^./]+$/, '');
    const { data, body, firstLine } = readSiteDocument(config, path, text, 'layouts');
    layouts.set(name, { path, data, template: body, firstLine });
  }
  return layouts;
}

function readData(files: SiteFiles, config: Record<string, unknown>): Record<string, unknown> {
  const dir = typeof config.data_dir === 'string' ? config.data_dir : '_data';
  const data: Record<string, unknown> = {};
  for (const [path, text] of files) {
    const m = new RegExp(`^${dir}/(.+)\\.(ya?ml|json)$`).exec(path);
    if (!m) continue;
    let value: unknown;
    if (m[2] === 'json') {
      try {
        value = JSON.parse(text) as unknown;
      } catch {
        continue;
      }
    } else {
      value = parseYaml(text).data;
    }
    // `_data/a/b.yml` is `site.data.a.b`.
    const keys = m[1].split('/');
    let node = data;
    for (const key of keys.slice(0, -1)) {
      if (!isRecord(node[key])) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]] = value;
  }
  return data;
}

/** Returns the time's instant in ms, for sorting (dateless drafts sort as now). */
export function timeValue(time: JekyllTime | null): number {
  if (!time) return Date.now();
  const utc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  return utc - time.offsetMinutes * 60_000;
}

function readPosts(
  files: SiteFiles,
  config: Record<string, unknown>,
  problems: SiteProblem[],
  now: Date,
): SitePost[] {
  const posts: SitePost[] = [];
  for (const [path, text] of files) {
    if (!isSitePost(path)) continue;
    const { data, body, broken } = readSiteDocument(config, path, text, 'posts');
    if (broken) {
      // Jekyll stops at a post whose front matter it cannot read and leaves it out.
      problems.push({ file: path, message: 'front matter that YAML cannot read' });
      continue;
    }
    if (data.published === false) continue;
    let info: JekyllPostInfo;
    try {
      info = jekyllPostInfo(path, data, config, now);
    } catch (error) {
      problems.push({
        file: path,
        message: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    if (config.future !== true && timeValue(info.date) > now.getTime()) continue;
    posts.push({ path, data, body, info });
  }
  // Jekyll sorts by date, then by path; site.posts is newest first.
  return posts.sort(
    (a, b) => timeValue(b.info.date) - timeValue(a.info.date) || (a.path < b.path ? 1 : -1),
  );
}

/** Returns the site read from its text files; never throws (problems are listed). */
export function loadSite(files: SiteFiles, now: Date = new Date()): Site {
  const { config, problems } = readSiteConfig(files);
  const layouts = readLayouts(files, config);
  const data = readData(files, config);
  const posts = readPosts(files, config, problems, now);
  return { files, config, layouts, data, posts, problems };
}
