// Every Liquid template of both fixture sites (layouts, includes, pages, the feed and every
// post) renders with Pluma's Jekyll Liquid without an error and without a tag it does not know.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JEKYLL_BLOG_DIR, JEKYLL_CUADERNO_DIR, sitePaths } from '../../../fixtures/paths.mjs';
import { parsePost } from '../post';
import { readConfigYaml } from '../schema-yaml';
import { createJekyllLiquid } from './liquid-jekyll';
import { jekyllPostInfo, jekyllPostUrlNames } from './permalink';

/** Folders whose files hold no Liquid template (build output, Sass, images). */
const NOT_TEMPLATES = new Set(['_site', '_sass', 'assets', 'img', 'css']);

/** Returns the site's text files with Liquid in them, by path relative to the site root. */
function templates(dir: string): Map<string, string> {
  return new Map(
    sitePaths(dir)
      .filter(
        (rel) =>
          /\.(html|md|markdown|xml|svg)$/.test(rel) &&
          !rel
            .split('/')
            .slice(0, -1)
            .some((folder) => NOT_TEMPLATES.has(folder)),
      )
      .map((rel) => [rel, readFileSync(path.join(dir, rel), 'utf8')]),
  );
}

describe.each([
  ['the blog', JEKYLL_BLOG_DIR],
  ['cuaderno', JEKYLL_CUADERNO_DIR],
])('the templates of %s', (_name, dir) => {
  it('all render, with no unknown tag', () => {
    const config = readConfigYaml(readFileSync(path.join(dir, '_config.yml'), 'utf8'))
      .value as Record<string, unknown>;
    const files = templates(dir);
    const postUrls = new Map<string, string>();
    const fileUrls = new Map<string, string>();
    for (const [rel, text] of files) {
      if (!rel.includes('_posts/')) {
        // Pages' own urls do not matter here: `{% link %}` only has to find them.
        fileUrls.set(rel, `/${rel}`);
        continue;
      }
      const { url } = jekyllPostInfo(rel, parsePost(text).data, config);
      fileUrls.set(rel, url);
      for (const name of jekyllPostUrlNames(rel)) postUrls.set(name, url);
    }
    const liquid = createJekyllLiquid({
      files,
      config,
      postUrls,
      fileUrls,
      markdownify: (text) => text,
      smartify: (text) => text,
    });
    for (const [rel, text] of files) {
      const post = parsePost(text);
      const scope = { site: { ...config, posts: [] }, page: { ...post.data, path: rel } };
      expect(() => liquid.render(post.body, scope, rel), rel).not.toThrow();
    }
    expect([...liquid.unknownTags]).toEqual([]);
    expect(files.size).toBeGreaterThan(dir === JEKYLL_BLOG_DIR ? 90 : 15);
  });
});
