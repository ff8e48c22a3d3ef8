// Checks the pure Jekyll pieces against the real thing: the fixture site `cuaderno` is built
// with `jekyll build` (fixtures/jekyll-build.mjs; CI installs Debian's jekyll 4.3.1), and every
// post's url, date and date include, as computed here, must match the pages Jekyll wrote.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithJekyll } from '../../../fixtures/jekyll-build.mjs';
import { JEKYLL_BLOG_DIR, JEKYLL_CUADERNO_DIR } from '../../../fixtures/paths.mjs';
import { parsePost } from '../post';
import { readConfigYaml } from '../schema-yaml';
import { createJekyllLiquid } from './liquid-jekyll';
import { jekyllPostInfo } from './permalink';

const SITE = JEKYLL_CUADERNO_DIR;
const config = readConfigYaml(readFileSync(path.join(SITE, '_config.yml'), 'utf8')).value as Record<
  string,
  unknown
>;

/** Returns the site's post files, relative to the site root. */
function postPaths(dir = ''): string[] {
  return readdirSync(path.join(SITE, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(SITE, rel)).isDirectory()) return postPaths(rel);
    return /(^|\/)_posts\//.test(rel) ? [rel] : [];
  });
}

const posts = postPaths().map((rel) => {
  const data = parsePost(readFileSync(path.join(SITE, rel), 'utf8')).data;
  return { rel, data, info: jekyllPostInfo(rel, data, config) };
});

describe('the cuaderno site as Jekyll builds it', () => {
  const out = buildWithJekyll(SITE);
  const pageOf = (url: string) =>
    path.join(out, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : '');

  it('has eight posts, one of them dated only by its file name', () => {
    expect(posts).toHaveLength(8);
    expect(posts.filter((p) => p.data.date === undefined)).toHaveLength(1);
  });

  it('writes every post at the url computed here', () => {
    for (const { rel, info } of posts) {
      expect(existsSync(pageOf(info.url)), `${rel} → ${info.url}`).toBe(true);
    }
  });

  it('dates every post as computed here, and prints the date include the same way', () => {
    const liquid = createJekyllLiquid({
      files: new Map([
        ['_includes/fecha.html', readFileSync(path.join(SITE, '_includes/fecha.html'), 'utf8')],
      ]),
      config,
      postUrls: new Map(),
      fileUrls: new Map(),
      markdownify: (text) => text,
      smartify: (text) => text,
    });
    for (const { rel, data, info } of posts) {
      const html = readFileSync(pageOf(info.url), 'utf8');
      const time = /<time datetime="([^"]+)">([^<]*)<\/time>/.exec(html);
      const page = { ...info, lang: data.lang };
      const ours = liquid.render(
        '{{ page.date | date_to_xmlschema }}|{% include fecha.html date=page.date lang=page.lang %}',
        { page, site: config },
        rel,
      );
      expect(ours, rel).toBe(`${time?.[1]}|${time?.[2]}`);
    }
  });
});

/** Returns what Jekyll gives `site.posts` for the site at `dir`: newest first. */
function sitePosts(dir: string, siteConfig: Record<string, unknown>) {
  const walk = (sub: string): string[] =>
    readdirSync(path.join(dir, sub)).flatMap((name) => {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory())
        return rel.startsWith('_site') ? [] : walk(rel);
      return /(^|\/)_posts\//.test(rel) ? [rel] : [];
    });
  return walk('')
    .map((rel) => {
      const post = parsePost(readFileSync(path.join(dir, rel), 'utf8'));
      // Jekyll keeps no front matter at all from a post whose YAML it cannot read (the blog's
      // 2018-07-03-no-me-ocupa): no `highlighted`, so the pages' `where` filters leave it out.
      const data = post.errors.length > 0 ? {} : post.data;
      return { ...data, ...jekyllPostInfo(rel, data, siteConfig) };
    })
    .sort((a, b) => b.date!.epochMs - a.date!.epochMs || (a.path < b.path ? 1 : -1));
}

/** Returns the text files of a site's _includes, keyed as createJekyllLiquid wants them. */
function includesOf(dir: string): Map<string, string> {
  return new Map(
    readdirSync(path.join(dir, '_includes')).map((name) => [
      `_includes/${name}`,
      readFileSync(path.join(dir, '_includes', name), 'utf8'),
    ]),
  );
}

/** Returns a page's text after its front matter, cut where Jekyll cuts it (its own regex, which
 *  also drops the blank lines right after the closing `---`). */
const bodyOf = (file: string) =>
  readFileSync(file, 'utf8').replace(/^(---\s*\n[\s\S]*?\n?)^((---|\.\.\.)\s*$\n?)/m, '');

describe.each([
  ['cuaderno', JEKYLL_CUADERNO_DIR, 'index.html', 'index.html'],
  ['cuaderno', JEKYLL_CUADERNO_DIR, 'etiquetas.html', 'etiquetas/index.html'],
  ['the blog', JEKYLL_BLOG_DIR, 'index.html', 'index.html'],
  ['the blog', JEKYLL_BLOG_DIR, 'entradas-antiguas.html', 'entradas-antiguas.html'],
])('%s: %s', (_name, dir, page, output) => {
  it('renders as in the page Jekyll built', () => {
    const siteConfig = readConfigYaml(readFileSync(path.join(dir, '_config.yml'), 'utf8'))
      .value as Record<string, unknown>;
    const posts = sitePosts(dir, siteConfig);
    const liquid = createJekyllLiquid({
      files: includesOf(dir),
      config: siteConfig,
      postUrls: new Map(),
      fileUrls: new Map(),
      markdownify: (text) => text,
      smartify: (text) => text,
    });
    const ours = liquid.render(
      bodyOf(path.join(dir, page)),
      { site: { ...siteConfig, posts }, page: { path: page } },
      page,
    );
    const built = readFileSync(path.join(buildWithJekyll(dir), output), 'utf8');
    expect(built).toContain(ours);
  });
});
