/**
 * A post rendered the way Jekyll renders it, in Jekyll's order: Liquid in the body (with `site`
 * and `page`), then Markdown, then the layout chain (the post's `layout:`, then each layout's
 * own), with the site's includes and config. The preview renders the two halves apart so that
 * typing stays fast: `renderBody` gives the Markdown text of the body (Liquid done), which the
 * incremental renderer turns into blocks; `renderPage` gives the page around the content, with
 * {@link CONTENT_MARK} where the content goes, re-rendered when the front matter changes.
 */
import { hasLiquid } from '../render/liquid.ts';
import { renderMarkdown } from '../render/render-markdown.ts';
import { smartText } from '../render/pipeline.ts';
import { createJekyllLiquid, SiteLiquidError, type JekyllLiquid } from './liquid-jekyll.ts';
import { timeAtInstant, type JekyllTime } from './jekyll-time.ts';
import { jekyllPostInfo } from './permalink.ts';
import {
  frontMatterDefaults,
  readSiteDocument,
  timeValue,
  type Site,
  type SitePost,
} from './site.ts';

/** Where the post's content goes in the page `renderPage` returns. */
export const CONTENT_MARK = '<!--pluma:content-->';
/**
 * Around the content while the layouts render: they get the real content (a layout may count
 * its words), and the page is cut back to {@link CONTENT_MARK} between the two after. Comments
 * glued to the content change no word count and are dropped by `strip_html`.
 */
const CONTENT_START = '<!--pluma:content-start-->';
const CONTENT_END = '<!--pluma:content-end-->';

/** Returns `html` with the first marked content cut down to {@link CONTENT_MARK}. */
function cutContent(html: string): string {
  const from = html.indexOf(CONTENT_START);
  const to = from < 0 ? -1 : html.indexOf(CONTENT_END, from);
  // Content printed inside an attribute or a filter that ate the marks: the page stays whole.
  if (to < 0) return html.split(CONTENT_START).join('').split(CONTENT_END).join('');
  const rest = html
    .slice(to + CONTENT_END.length)
    .split(CONTENT_START)
    .join('')
    .split(CONTENT_END)
    .join('');
  return html.slice(0, from) + CONTENT_MARK + rest;
}

/** Something the preview should tell about the site's templates. */
export interface SiteNotice {
  kind: 'unknown-tag' | 'liquid-error' | 'body-liquid-error' | 'missing-layout' | 'site-problem';
  /** The file it is about, relative to the site root. */
  file: string;
  line: number | null;
  /** The tag's name, the missing layout's name, or the error's message. */
  detail: string;
}

/** The post as the preview has it: where it would live, its front matter and its body. */
export interface SitePostInput {
  /** Its path in the site ('_posts/2019-04-05-x.markdown'); a draft gets one from its name. */
  path: string;
  data: Readonly<Record<string, unknown>>;
  body: string;
}

export interface SitePageRender {
  /**
   * The page with {@link CONTENT_MARK} where the content is (the content stays in the page when
   * the layout printed it where no mark can stand); null when Liquid failed (see notices).
   */
  html: string | null;
  /** The post's card as the site's home page shows it, or null when the site has no such loop. */
  card: string | null;
  notices: SiteNotice[];
}

export interface SiteRenderer {
  readonly site: Site;
  /** Returns the body's Markdown after Liquid (Jekyll's first step); throws SiteLiquidError. */
  renderBody(post: SitePostInput): string;
  /** Returns the page around `content` (the body's HTML, for `page.content`) and the card. */
  renderPage(post: SitePostInput, content: string): SitePageRender;
  /** Tags no one knows that rendering met so far (a plugin's), by name. */
  unknownTags(): ReadonlySet<string>;
}

type Drop = Record<string, unknown>;

const MARKDOWN_EXT = /\.(?:md|markdown|mkdn|mkd|mdown|mkdown)$/i;

/** Returns the url Jekyll gives a page (not a post) at `path` with front matter `data`. */
function pageUrl(path: string, data: Readonly<Record<string, unknown>>): string {
  if (typeof data.permalink === 'string' && data.permalink) return data.permalink;
  const html = `/${path.replace(MARKDOWN_EXT, '.html')}`;
  return html.endsWith('/index.html') ? html.slice(0, -'index.html'.length) : html;
}

/** The loop of the site's home page that shows each post with an include, if it has one. */
interface CardLoop {
  variable: string;
  include: string;
}

const FOR_LOOP = /\{%-?\s*for\s+(\w+)\s+in\s+[^%]*?-?%\}([\s\S]*?)\{%-?\s*endfor/g;
const INCLUDE = /\{%-?\s*include\s+([\w./-]+)/g;

/**
 * Returns the home page's card: a `{% for post in … %}` loop of the index page (or a layout)
 * whose include shows that post (the include's text uses `post.`), as this blog's
 * `{% include post_preview.html %}` does; a helper include such as a date's is passed over.
 */
function findCardLoop(site: Site): CardLoop | null {
  const templates = [
    ...['index.html', 'index.md', 'index.markdown'].map((p) => site.files.get(p) ?? ''),
    ...[...site.layouts.values()].map((l) => l.template),
  ];
  const includesDir =
    typeof site.config.includes_dir === 'string' ? site.config.includes_dir : '_includes';
  for (const template of templates) {
    for (const [, variable, loop] of template.matchAll(FOR_LOOP)) {
      for (const [, include] of loop.matchAll(INCLUDE)) {
        const text = site.files.get(`${includesDir}/${include}`) ?? '';
        if (new RegExp(`\\b${variable}\\.`).test(text)) return { variable, include };
      }
    }
  }
  return null;
}

/** Returns a renderer for `site`; it keeps its parsed templates between renders. */
export function createSiteRenderer(site: Site): SiteRenderer {
  const { config } = site;
  const siteUrl = typeof config.url === 'string' && config.url ? config.url : undefined;
  const markdownify = (text: string) => renderMarkdown(text, { siteUrl, wrapBlocks: false }).trim();
  const posts = site.posts;
  const postUrls = new Map<string, string>();
  const fileUrls = new Map<string, string>();
  for (const post of posts) {
    postUrls.set(
      post.path.replace(/^(?:.*\/)?_posts\//, '').replace(/\.[^./]+$/, ''),
      post.info.url,
    );
    fileUrls.set(post.path, post.info.url);
  }
  for (const [path, text] of site.files) {
    if (path.startsWith('_') || !/\.(?:html|md|markdown)$/.test(path)) continue;
    if (!text.startsWith('---')) continue;
    fileUrls.set(path, pageUrl(path, readSiteDocument(config, path, text, 'pages').data));
  }
  const liquid: JekyllLiquid = createJekyllLiquid({
    files: site.files,
    config,
    postUrls,
    fileUrls,
    markdownify,
    smartify: smartText,
  });
  const cardLoop = findCardLoop(site);

  /** A post of site.posts as Liquid sees it; its content is rendered only when read. */
  const postDrop = (post: SitePost): Drop => {
    let content: string | null = null;
    let excerpt: string | null = null;
    const drop: Drop = { ...post.data, ...post.info };
    Object.defineProperty(drop, 'content', {
      enumerable: true,
      get: () => (content ??= markdownify(post.body)),
    });
    Object.defineProperty(drop, 'excerpt', {
      enumerable: true,
      get: () => (excerpt ??= markdownify(excerptOf(post.body))),
    });
    return drop;
  };

  const excerptOf = (body: string): string => {
    const separator =
      typeof config.excerpt_separator === 'string' ? config.excerpt_separator : '\n\n';
    const text = body.replace(/^\s+/, '');
    const at = separator ? text.indexOf(separator) : -1;
    return at >= 0 ? text.slice(0, at) : text;
  };

  let siteDrop: Drop | null = null;
  let siteDropFor: string | null = null;
  /** `site` for Liquid, with the post being written in `site.posts` in its place. */
  const siteFor = (current: Drop, path: string): Drop => {
    const key = `${path}\n${String(current.url)}\n${timeValue(current.date as JekyllTime | null)}`;
    if (siteDrop && siteDropFor === key) return siteDrop;
    const drops = posts.filter((p) => p.path !== path).map(postDrop);
    drops.push(current);
    drops.sort(
      (a, b) =>
        timeValue(b.date as JekyllTime | null) - timeValue(a.date as JekyllTime | null) ||
        (String(a.path) < String(b.path) ? 1 : -1),
    );
    const byName = (field: 'categories' | 'tags') => {
      const groups: Record<string, Drop[]> = {};
      for (const drop of drops) {
        const names = Array.isArray(drop[field]) ? (drop[field] as unknown[]) : [];
        for (const name of names) (groups[String(name)] ??= []).push(drop);
      }
      return groups;
    };
    siteDrop = {
      ...config,
      time: timeAtInstant(
        Date.now(),
        typeof config.timezone === 'string' ? config.timezone : 'UTC',
      ),
      posts: drops,
      related_posts: drops.filter((d) => d !== current).slice(0, 10),
      documents: drops,
      categories: byName('categories'),
      tags: byName('tags'),
      data: site.data,
      pages: [],
      html_pages: [],
      static_files: [],
      collections: [],
    };
    siteDropFor = key;
    return siteDrop;
  };

  /** `page` for Liquid: the front matter, then what Jekyll sets (url, date, id, …). */
  const pageOf = (post: SitePostInput, content: string | null): Drop => {
    // The site's front-matter `defaults` for this path sit under what the post says.
    const data = { ...frontMatterDefaults(config, post.path, 'posts'), ...post.data };
    const info = jekyllPostInfo(post.path, data, config);
    const page: Drop = { ...data, ...info };
    page.content = content ?? post.body;
    return page;
  };

  const renderBody = (post: SitePostInput): string => {
    if (!hasLiquid(post.body)) return post.body;
    const page = pageOf(post, null);
    return liquid.render(post.body, { site: siteFor(page, post.path), page }, post.path);
  };

  const renderPage = (post: SitePostInput, content: string): SitePageRender => {
    const notices: SiteNotice[] = [];
    let page: Drop;
    try {
      page = pageOf(post, content);
      page.excerpt = markdownify(excerptOfRendered(post));
    } catch (error) {
      notices.push(noticeOf(error, post.path));
      return { html: null, card: null, notices };
    }
    const siteVars = siteFor(page, post.path);
    let html: string | null = CONTENT_START + content + CONTENT_END;
    let layoutName = typeof page.layout === 'string' ? page.layout : null;
    const seen = new Set<string>();
    // Jekyll merges each layout's front matter under the inner ones': `layout` sees them all.
    let layoutData: Drop = {};
    try {
      while (layoutName && layoutName !== 'none' && layoutName !== 'null') {
        const layout = site.layouts.get(layoutName);
        if (!layout) {
          notices.push({ kind: 'missing-layout', file: post.path, line: null, detail: layoutName });
          break;
        }
        // A layout that names itself again would loop forever in Jekyll's chain too.
        if (seen.has(layoutName)) break;
        seen.add(layoutName);
        layoutData = { ...layout.data, ...layoutData };
        html = liquid.render(
          layout.template,
          { site: siteVars, page, layout: layoutData, content: html },
          layout.path,
        );
        layoutName = typeof layout.data.layout === 'string' ? layout.data.layout : null;
      }
      html = cutContent(html);
    } catch (error) {
      notices.push(noticeOf(error, post.path));
      html = null;
    }
    let card: string | null = null;
    if (cardLoop) {
      try {
        card = liquid.render(
          `{% include ${cardLoop.include} %}`,
          { site: siteVars, page, [cardLoop.variable]: page },
          'index.html',
        );
      } catch (error) {
        notices.push(noticeOf(error, `_includes/${cardLoop.include}`));
      }
    }
    return { html, card, notices };
  };

  /** The excerpt's Markdown with its Liquid rendered (Jekyll renders it like the body). */
  const excerptOfRendered = (post: SitePostInput): string => {
    const excerpt = excerptOf(post.body);
    return renderBody({ ...post, body: excerpt });
  };

  return { site, renderBody, renderPage, unknownTags: () => liquid.unknownTags };
}

/** Returns the notice for an error thrown while rendering `file`. */
export function noticeOf(error: unknown, file: string): SiteNotice {
  if (error instanceof SiteLiquidError) {
    return { kind: 'liquid-error', file: error.file, line: error.line, detail: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'liquid-error', file, line: null, detail };
}
