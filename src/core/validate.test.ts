import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPostsCollection } from './schema';
import { readConfigYaml } from './schema-yaml';
import { validatePost, validationMessages } from './validate';
import { CORPUS_DIR, SAMPLE_POST } from '../../fixtures/paths.mjs';
import { loadDecapConfig } from './schema-load';

const TITLE =
  'Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo';

/** The sample post's front matter as a YAML reader gives it. */
const sample = () => ({
  layout: 'post',
  title: TITLE,
  intro: TITLE,
  date: '2016-06-03 12:00:00 -0300',
  categories: null,
  single_image: [
    {
      img: '//68.media.tumblr.com/x/tumblr_inline_o879wqbazZ1r9usgg_500.jpg',
      caption: 'lorem caption ipsum',
    },
  ],
});

const posts = defaultPostsCollection;

describe('validatePost on the default posts collection', () => {
  it('finds only the title warning in the sample post', () => {
    expect(readFileSync(SAMPLE_POST, 'utf8')).toContain(`title:  "${TITLE}"`);
    const issues = validatePost(posts, sample(), { filename: path.basename(SAMPLE_POST) });
    expect(issues).toEqual([
      {
        path: ['title'],
        severity: 'warning',
        message: 'The title has 96 characters; the post page shows only the first 42.',
      },
    ]);
  });

  it('requires title, date and layout, but not the optional fields', () => {
    const issues = validatePost(posts, { title: '  ', categories: [] });
    expect(issues.map((i) => [i.path.join('.'), i.severity, i.message])).toEqual([
      ['layout', 'error', 'Layout is required.'],
      ['title', 'error', 'Title is required.'],
      ['date', 'error', 'Date is required.'],
    ]);
  });

  it('reports a date it cannot read, as the CORPUS_DIR has them', () => {
    const issues = validatePost(posts, { ...sample(), date: '2019-06-07 12:00:00 -0300)' });
    expect(issues.find((i) => i.path[0] === 'date')).toEqual({
      path: ['date'],
      severity: 'error',
      message:
        'Date "2019-06-07 12:00:00 -0300)" is not a date Pluma can read. Write it like 2016-06-03 12:00:00 -0300.',
    });
    expect(validatePost(posts, { ...sample(), date: '2016-02-30' })[0].path).toEqual(['date']);
  });

  it('checks select options, booleans and list items', () => {
    const data = {
      ...sample(),
      layout: 'page',
      highlighted: 'yes',
      single_image: [{ caption: 'sin imagen' }, 'suelto'],
    };
    const issues = validatePost(posts, data, { titleShownLength: 0 });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['layout'], 'Layout should be one of: post.'],
      [['highlighted'], 'Highlighted should be yes or no (true or false).'],
      [['single_image', 0, 'img'], 'Image URL is required.'],
      [['single_image', 1], 'Images should be a group of fields.'],
    ]);
  });

  it('accepts the older shapes of categories', () => {
    for (const categories of ['Actualidad', ['Política', 'Datos'], null, '']) {
      expect(validatePost(posts, { ...sample(), title: 'Corto', categories })).toEqual([]);
    }
    const old: Record<string, unknown> = { ...sample(), title: 'Corto', category: { a: 1 } };
    delete old.categories;
    expect(validatePost(posts, old)[0].message).toBe('Categories should be a list.');
  });

  it('warns when the filename date differs from the date field', () => {
    const issues = validatePost(
      posts,
      { ...sample(), title: 'Corto', date: '2019-06-07 12:00:00 -0300' },
      {
        filename: '_posts/2016-06-11-cop25.markdown',
      },
    );
    expect(issues).toEqual([
      {
        path: ['date'],
        severity: 'warning',
        message:
          'The filename says 2016-06-11 but the date field says 2019-06-07; Jekyll uses the date field.',
      },
    ]);
    // Same day written with one digit, or a draft name without a date: nothing to say.
    const same = { ...sample(), title: 'Corto', date: '2019-03-5 16:30:00 -0300' };
    expect(validatePost(posts, same, { filename: '2019-03-05-x.md' })).toEqual([]);
    expect(validatePost(posts, same, { filename: '_drafts/x.md' })).toEqual([]);
  });

  it('counts title characters by code point', () => {
    const title = '🎉'.repeat(42);
    expect(validatePost(posts, { ...sample(), title })).toEqual([]);
    expect(validatePost(posts, { ...sample(), title: title + 'a' })[0].severity).toBe('warning');
  });

  it('says nothing about the keys broken YAML makes unreadable, and the rest as before', () => {
    // `title: "El "Plan Nacional": qué significa"` reads as a group that swallows the date.
    const data = { layout: 'post', title: { 'El ': 'qué significa"', date: '2016-06-03' } };
    const before = validatePost(posts, data, { filename: '2016-06-03-plan.md' });
    expect(before.map((i) => i.message)).toEqual(['Title should be text.', 'Date is required.']);
    const after = validatePost(posts, data, {
      filename: '2016-06-03-plan.md',
      unreadable: new Set(['title', 'date']),
    });
    expect(after).toEqual([]);
    const long = { ...sample(), layout: undefined };
    expect(
      validatePost(posts, long, { unreadable: new Set(['title']) }).map((i) => i.path),
    ).toEqual([['layout']]);
    const wrongDay = validatePost(posts, sample(), {
      filename: '2016-06-04-x.md',
      unreadable: new Set(['date']),
    });
    expect(wrongDay.map((i) => i.path)).toEqual([['title']]);
  });

  it('uses swapped messages', () => {
    const messages = { ...validationMessages, required: (l: string) => `Falta ${l}.` };
    expect(validatePost(posts, { ...sample(), title: '' }, { messages })[0].message).toBe(
      'Falta Title.',
    );
  });
});

describe('validatePost on a loaded Decap config', () => {
  const { collections } = loadDecapConfig(`media_folder: img
collections:
  - name: notes
    label: Notes
    folder: _notes
    fields:
      - {name: title, label: Title, pattern: ['^[A-Z]', 'Start the title with a capital letter.']}
      - {name: rating, label: Rating, widget: number, value_type: int, min: 1, max: 5, required: false}
      - {name: tags, label: Tags, widget: select, multiple: true, max: 2, options: [a, b, c], required: false}
      - {name: links, label: Links, widget: list, min: 1, field: {name: url, label: URL, pattern: ['^https?://', 'Use a web address.']}}
      - {name: seo, label: SEO, widget: object, required: false, fields: [{name: description, label: Description}]}
      - {name: extra, label: Extra, widget: relation, collection: x}
`);
  const notes = collections[0];
  const ok = { title: 'Hola', links: ['https://a.cl'] };

  it('passes a valid entry', () => {
    expect(validatePost(notes, ok)).toEqual([]);
  });

  it('checks patterns, numbers, multiple selects, list lengths and nested fields', () => {
    const data = {
      title: 'hola',
      rating: 4.5,
      tags: ['a', 'b', 'z'],
      links: ['ftp://x'],
      seo: { description: '' },
    };
    expect(validatePost(notes, data).map((i) => [i.path, i.message])).toEqual([
      [['title'], 'Start the title with a capital letter.'],
      [['rating'], 'Rating should be a whole number.'],
      [['tags'], 'Tags should be one of: a, b, c.'],
      [['tags'], 'Tags should have at most 2 items.'],
      [['links', 0], 'Use a web address.'],
      [['seo', 'description'], 'Description is required.'],
    ]);
    expect(validatePost(notes, { ...ok, rating: 9 })[0].message).toBe(
      'Rating should be at most 5.',
    );
    expect(validatePost(notes, { ...ok, rating: 'x' })[0].message).toBe(
      'Rating should be a number.',
    );
    expect(validatePost(notes, { ...ok, links: [] })[0].message).toBe('Links is required.');
    expect(validatePost(notes, { ...ok, seo: 'x' })[0].message).toBe(
      'SEO should be a group of fields.',
    );
  });
});

describe('validatePost on the blog CORPUS_DIR', () => {
  it('flags only the real problems of the blog posts', () => {
    const found: string[] = [];
    let checked = 0;
    for (const dir of ['ciudadanointeligente-blog', 'ciudadanointeligente-blog-deleted']) {
      for (const file of readdirSync(path.join(CORPUS_DIR, dir))) {
        const text = readFileSync(path.join(CORPUS_DIR, dir, file), 'utf8');
        const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        // The front-matter reader is another module's; a YAML map is enough to check here.
        const yaml = block && readConfigYaml(block[1]);
        if (!yaml || yaml.errors.length) continue;
        const data = yaml.value as Record<string, unknown>;
        const issues = validatePost(posts, data, { filename: file, titleShownLength: 0 });
        for (const i of issues) found.push(`${i.severity} ${i.path.join('.')}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
    // Dates ending in ')' (9 posts), one `single_image:` written as a map, and posts whose
    // filename was dated differently from the date field.
    expect(found.filter((f) => f === 'error date')).toHaveLength(9);
    expect(found.filter((f) => f === 'error single_image')).toHaveLength(1);
    expect(new Set(found)).toEqual(new Set(['error date', 'error single_image', 'warning date']));
  });
});
