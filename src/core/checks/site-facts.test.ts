import { describe, expect, it } from 'vitest';
import { JEKYLL_BLOG_DIR } from '../../../fixtures/paths.mjs';
import { readSiteFiles } from './site-files.fixture';
import { BUILT_IN_SITE_FACTS, withPosts } from './built-in-facts';
import { categoriesOf, siteFactsFrom } from './site-facts';

const blog = readSiteFiles(JEKYLL_BLOG_DIR);
const facts = siteFactsFrom(blog);

describe('siteFactsFrom on the blog source', () => {
  it('reads the truncate lengths of the post layout and the home card', () => {
    expect(facts).toMatchObject({
      titleLimit: 42,
      titleShown: 42,
      introLimit: 112,
      introShown: 112,
    });
  });

  it('reads url and future from _config.yml, and the layouts', () => {
    expect(facts.url).toBe('https://blog.ciudadaniai.org');
    expect(facts.future).toBe(false);
    expect(facts.layouts).toContain('post');
    expect(facts.layouts).toHaveLength(6);
  });

  it('lists the 75 posts with name, slug and title', () => {
    expect(facts.posts).toHaveLength(75);
    expect(facts.posts).toContainEqual({
      path: '_posts/2019-04-05-declaracion-alertadores.markdown',
      name: '2019-04-05-declaracion-alertadores',
      slug: 'declaracion-alertadores',
      title: 'Declaración para protección de alertadores',
    });
  });

  it('knows the layout prints the title as <h1> and that dates carry offsets', () => {
    expect(facts.titleIsH1).toBe(true);
    expect(facts.datesHaveOffset).toBe(true);
  });

  it('agrees with the built-in facts on everything the built-in facts know', () => {
    const known = { ...facts, posts: null, files: null };
    expect(known).toEqual(BUILT_IN_SITE_FACTS);
  });
});

describe('siteFactsFrom on other sites', () => {
  it('takes a layout’s own truncate length and ellipsis', () => {
    const files = new Map(blog);
    files.set(
      '_layouts/post.html',
      blog.get('_layouts/post.html')!.replace('truncate: 42, ""', 'truncate: 60'),
    );
    files.set('_config.yml', 'url: http://example.org\nfuture: true\n');
    const other = siteFactsFrom(files);
    expect(other).toMatchObject({
      titleLimit: 60,
      titleShown: 57,
      url: 'http://example.org',
      future: true,
    });
  });

  it('falls back to the built-in title length and no intro limit on a bare site', () => {
    const bare = siteFactsFrom(new Map([['_config.yml', 'title: x']]));
    expect(bare).toMatchObject({ titleLimit: 42, introLimit: null, titleIsH1: false, posts: [] });
  });
});

describe('categoriesOf', () => {
  it('reads a list, a string split at spaces (as Jekyll does) and category', () => {
    expect(categoriesOf({ categories: ['La Fundación'] })).toEqual(['La Fundación']);
    expect(categoriesOf({ categories: 'Proyecto Actualidad' })).toEqual(['Proyecto', 'Actualidad']);
    expect(categoriesOf({ category: 'Política' })).toEqual(['Política']);
    expect(categoriesOf({ categories: null })).toEqual([]);
  });
});

describe('withPosts', () => {
  it('gives the built-in facts a repository’s post list, in any folder', () => {
    const facts = withPosts(BUILT_IN_SITE_FACTS, [
      { path: 'blog/_posts/2019-04-05-x.md', title: ' Una entrada ' },
      { path: '_drafts/borrador.md', title: 'Borrador' },
    ]);
    expect(facts.posts).toEqual([
      {
        path: 'blog/_posts/2019-04-05-x.md',
        name: '2019-04-05-x',
        slug: 'x',
        title: 'Una entrada',
      },
      { path: '_drafts/borrador.md', name: 'borrador', slug: 'borrador', title: 'Borrador' },
    ]);
    expect(facts.titleLimit).toBe(42);
  });
});
