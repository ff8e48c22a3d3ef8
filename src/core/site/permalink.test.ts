// Every expectation here was checked against Jekyll 4.3.1 (Debian): a site with these posts,
// `timezone: America/Santiago` and each permalink style, printing `page` with jsonify.
import { describe, expect, it } from 'vitest';
import { jekyllSlugify } from './jekyll-slugify';
import { jekyllPostInfo, jekyllPostUrlNames } from './permalink';

const zone = { timezone: 'America/Santiago' };
const uno = {
  categories: ['tecnología', 'la fundación'],
  tags: 'a b',
  date: '2016-06-03 22:00:00 -0300',
};
const dos = { category: 'Opinión', title: 'Dos ya', tag: ['x'] };
const spaces = '_posts/2016-06-07-Título con espacios & más.md';
const urlOf = (path: string, data: Record<string, unknown>, permalink?: string) =>
  jekyllPostInfo(path, data, { ...zone, permalink }).url;

describe('jekyllPostInfo', () => {
  it('fills page as Jekyll does for a dated post with categories', () => {
    const info = jekyllPostInfo('_posts/sub/2016-06-04-dos.markdown', dos, zone);
    expect({ ...info, date: String(info.date) }).toEqual({
      url: '/opini%C3%B3n/2016/06/04/dos.html',
      id: '/opini%C3%B3n/2016/06/04/dos',
      slug: 'dos',
      categories: ['Opinión'],
      tags: ['x'],
      title: 'Dos ya',
      path: '_posts/sub/2016-06-04-dos.markdown',
      relative_path: '_posts/sub/2016-06-04-dos.markdown',
      name: '2016-06-04-dos.markdown',
      collection: 'posts',
      draft: false,
      ext: '.markdown',
      date: '2016-06-04 00:00:00 -0400',
    });
  });

  it('takes categories from folders above _posts and splits a string', () => {
    const info = jekyllPostInfo(
      'a/_posts/2016-06-05-tres.md',
      { categories: 'la fundación' },
      zone,
    );
    expect(info.categories).toEqual(['a', 'la', 'fundación']);
    expect(info.url).toBe('/a/la/fundaci%C3%B3n/2016/06/05/tres.html');
    const cinco = { date: '2016-06-09 10:00:00 -0300', categories: ['a', 'A', 'b'] };
    expect(urlOf('_posts/2016-06-09-cinco.html', cinco)).toBe('/a/b/2016/06/09/cinco.html');
  });

  it('escapes non-ASCII and spaces in categories, and dates in the site zone', () => {
    const info = jekyllPostInfo('_posts/2016-06-03-uno.md', uno, zone);
    expect(info.url).toBe('/tecnolog%C3%ADa/la%20fundaci%C3%B3n/2016/06/03/uno.html');
    expect(info.tags).toEqual(['a', 'b']);
    expect(String(info.date)).toBe('2016-06-03 21:00:00 -0400');
  });

  it('builds each permalink style', () => {
    expect(urlOf(spaces, {})).toBe('/2016/06/07/T%C3%ADtulo-con-espacios-&-m%C3%A1s.html');
    expect(urlOf(spaces, {}, 'pretty')).toBe('/2016/06/07/T%C3%ADtulo-con-espacios-&-m%C3%A1s/');
    expect(urlOf(spaces, {}, '/:categories/:year/:slug/')).toBe(
      '/2016/t%C3%ADtulo-con-espacios-m%C3%A1s/',
    );
    expect(urlOf(spaces, {}, 'ordinal')).toBe('/2016/159/T%C3%ADtulo-con-espacios-&-m%C3%A1s.html');
    expect(urlOf(spaces, {}, 'weekdate')).toBe(
      '/2016/W23/Tue/T%C3%ADtulo-con-espacios-&-m%C3%A1s.html',
    );
    expect(urlOf(spaces, {}, 'none')).toBe('/T%C3%ADtulo-con-espacios-&-m%C3%A1s.html');
    const custom =
      '/:year/:i_month/:i_day/:short_year/:hour:minute:second/:y_day/:title:output_ext';
    expect(urlOf('_posts/2016-06-03-uno.md', uno, custom)).toBe('/2016/6/3/16/210000/155/uno.html');
    expect(() => urlOf(spaces, {}, '/:nope/')).toThrow(/doesn't have nope keys/);
  });

  it("uses the post's own permalink and slug", () => {
    const data = { permalink: '/custom/:title/:categories/', slug: 'Otro Slug', categories: ['Z'] };
    const info = jekyllPostInfo('_posts/2016-06-06-cuatro.md', data, zone);
    expect([info.url, info.id, info.slug, info.title]).toEqual([
      '/custom/Otro-Slug/z/',
      '/custom/Otro-Slug/Otro Slug',
      'Otro Slug',
      'Cuatro',
    ]);
  });

  it('fills a draft', () => {
    const info = jekyllPostInfo('_drafts/borrador.md', { date: '2016-06-08 10:00:00 -0300' }, zone);
    expect([info.url, info.draft, info.title, String(info.date)]).toEqual([
      '/2016/06/08/borrador.html',
      true,
      'Borrador',
      '2016-06-08 09:00:00 -0400',
    ]);
    const undated = jekyllPostInfo('_drafts/x.md', {}, {}, new Date('2020-01-02T03:04:05Z'));
    expect(undated.url).toBe('/2020/01/02/x.html');
  });
});

describe('jekyllSlugify', () => {
  // Checked against Jekyll 4.3.1's slugify filter.
  const text = 'Hola, Mundo! Qué tal _x_';
  it('slugifies in each mode', () => {
    expect(jekyllSlugify("Hola, Mundo! Qué tal -- ¿bien? _x_ 'y' (z)")).toBe(
      'hola-mundo-qué-tal-bien-x-y-z',
    );
    expect(jekyllSlugify(text, 'pretty')).toBe('hola,-mundo!-qué-tal-_x_');
    expect(jekyllSlugify(`${text}.html`, 'ascii')).toBe('hola-mundo-qu-tal-x-html');
    expect(jekyllSlugify('Hola Mundo Qué', 'latin')).toBe('hola-mundo-que');
    expect(jekyllSlugify('Hola Mundo Qué', 'raw')).toBe('hola-mundo-qué');
    expect(jekyllSlugify('Hola Mundo Qué', 'none')).toBe('hola mundo qué');
  });
});

describe('jekyllPostUrlNames', () => {
  // Checked against Jekyll 4.3.1: `{% post_url sub/2016-06-04-dos %}`, `{% post_url
  // a/2016-06-05-tres %}` and the bare names all resolve (the bare ones with a deprecation).
  it('lists the names post_url finds a post by', () => {
    expect(jekyllPostUrlNames('_posts/2016-06-03-uno.md')).toEqual(['2016-06-03-uno']);
    expect(jekyllPostUrlNames('_posts/sub/2016-06-04-dos.markdown')).toEqual([
      'sub/2016-06-04-dos',
      '2016-06-04-dos',
    ]);
    expect(jekyllPostUrlNames('a/_posts/2016-06-05-tres.md')).toEqual([
      'a/2016-06-05-tres',
      '2016-06-05-tres',
    ]);
    expect(jekyllPostUrlNames('_drafts/borrador.md')).toEqual([]);
  });
});
