// The site-true preview against real Jekyll: each fixture site is built with `jekyll build`
// (Debian's 4.3.1; see fixtures/jekyll-build.mjs), and every post page Jekyll wrote is compared
// with the page Pluma's preview renders for that post file — the title, dates, images and
// captions of its article, and its blocks (tag and text). Differences are printed with reasons.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildWithJekyll } from '../../../fixtures/jekyll-build.mjs';
import { JEKYLL_BLOG_DIR, JEKYLL_CUADERNO_DIR, siteTextFiles } from '../../../fixtures/paths.mjs';
import { parsePost } from '../post.ts';
import { renderMarkdown } from '../render/render-markdown.ts';
import { matchBlocks, seenPage, type SeenBlock } from './page-seen.fixture.ts';
import { CONTENT_MARK, createSiteRenderer, type SiteRenderer } from './render-page.ts';
import { loadSite } from './site.ts';

/** Returns the page Pluma's preview renders for the post at `postPath` (its content inline). */
function previewPage(renderer: SiteRenderer, postPath: string) {
  const { site } = renderer;
  const post = parsePost(site.files.get(postPath) ?? '');
  const input = { path: postPath, data: post.data, body: post.body };
  const siteUrl = typeof site.config.url === 'string' ? site.config.url : undefined;
  const content = renderMarkdown(renderer.renderBody(input), { siteUrl, wrapBlocks: false });
  const page = renderer.renderPage(input, content);
  return {
    html: page.html?.replace(CONTENT_MARK, content) ?? null,
    content,
    notices: page.notices,
  };
}

interface Difference {
  post: string;
  what: string;
  jekyll: string;
  pluma: string;
}

/** Why a known difference is there (by a piece of the text it concerns). */
const REASONS: [RegExp, string][] = [
  [
    /^<p> \d+ (?:palabras|words)$/,
    "the layout counts the words of the content's HTML (`content | number_of_words`), tags " +
      'and attributes included: kramdown and rouge write other markup than Pluma (rouge wraps ' +
      'each code token in a <span>), so the count differs while the text is the same',
  ],
];

function reasonOf(d: Difference): string {
  return REASONS.find(([re]) => re.test(d.jekyll) || re.test(d.pluma))?.[1] ?? 'unexplained';
}

const show = (b: SeenBlock[]) => b.map((x) => `<${x.tag}> ${x.text}`).join(' | ');

for (const [name, dir] of [
  ['the blog', JEKYLL_BLOG_DIR],
  ['cuaderno', JEKYLL_CUADERNO_DIR],
] as const) {
  describe(`${name}: the preview is the page Jekyll writes`, () => {
    const out = buildWithJekyll(dir);
    // One site and one renderer for all its posts, as the preview worker keeps them.
    const site = loadSite(siteTextFiles(dir));
    const renderer = createSiteRenderer(site);
    const differences: Difference[] = [];
    let blocks = 0;
    let same = 0;
    let bodyBlocks = 0;
    let bodySame = 0;
    const checked: string[] = [];

    for (const post of site.posts) {
      const url = post.info.url;
      const file = path.join(out, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : '');
      const jekyll = seenPage(readFileSync(file, 'utf8'));
      const ours = previewPage(renderer, post.path);
      expect(ours.html, `${post.path}: ${JSON.stringify(ours.notices)}`).not.toBeNull();
      const pluma = seenPage(ours.html ?? '');
      // The preview loads images from the site's address (the frame has no address of its own).
      const base = `${String(site.config.url)}${String(site.config.baseurl ?? '')}/`;
      jekyll.images = jekyll.images.map((img) => {
        const [src, ...alt] = img.split(' ');
        return [new URL(src, base).href, ...alt].join(' ');
      });
      checked.push(post.path);
      for (const what of ['title', 'dates', 'images', 'captions'] as const) {
        const j = JSON.stringify(jekyll[what]);
        const p = JSON.stringify(pluma[what]);
        if (j !== p) differences.push({ post: post.path, what, jekyll: j, pluma: p });
      }
      // The post's own blocks: those of its content, found in Jekyll's article in order.
      const body = seenPage(`<article>${ours.content}</article>`).blocks;
      bodyBlocks += body.length;
      bodySame += matchBlocks(jekyll.blocks, body).same;
      const match = matchBlocks(jekyll.blocks, pluma.blocks);
      blocks += jekyll.blocks.length;
      same += match.same;
      if (match.onlyA.length || match.onlyB.length) {
        differences.push({
          post: post.path,
          what: 'blocks',
          jekyll: show(match.onlyA),
          pluma: show(match.onlyB),
        });
      }
    }

    test(`every post's title, date, images and captions are Jekyll's; ≥ 99% of body blocks`, () => {
      const table = differences.map((d) => ({ ...d, reason: reasonOf(d) }));
      const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
      console.log(
        `${name}: ${checked.length} posts; body blocks identical: ${bodySame} of ${bodyBlocks} ` +
          `(${pct(bodySame, bodyBlocks)}); article blocks identical: ${same} of ${blocks} ` +
          `(${pct(same, blocks)})`,
      );
      if (table.length) console.table(table);
      expect(checked.length).toBeGreaterThan(5);
      expect(differences.filter((d) => d.what !== 'blocks')).toEqual([]);
      expect(bodySame / bodyBlocks).toBeGreaterThanOrEqual(0.99);
      expect(table.filter((d) => d.reason === 'unexplained')).toEqual([]);
    });
  });
}
