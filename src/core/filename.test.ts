import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFilename, postFilename } from './filename';
import { defaultPostsCollection } from './schema';
import type { Collection } from './schema';
import { FIXTURES_DIR } from '../../fixtures/paths.mjs';

const SAMPLE = path.join(
  FIXTURES_DIR,
  'samples/2016-06-03-encuentro-regional-alianza-gobierno-abierto-montevideo.md',
);

/** Returns the unquoted value of a top-level front-matter key, found line by line. */
function frontValue(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(.*?)[ \\t]*\\r?$`, 'm').exec(text);
  return m?.[1].replace(/^(['"])(.*)\1$/, '$2');
}

describe('postFilename', () => {
  it('names the sample post from its date as written and its title', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const data = { title: frontValue(text, 'title'), date: frontValue(text, 'date') };
    const { folder, name } = postFilename(data);
    expect(folder).toBe('_posts');
    expect(name).toBe('2016-06-03-encuentro-regional-de-la-alianza-para-el-gobierno-abierto.md');
    expect(name.startsWith('2016-06-03-encuentro-regional')).toBe(true);
  });

  it('never shifts the day by the offset', () => {
    // 23:30 at -0300 is the next day in UTC; the file keeps the day written.
    const late = postFilename({ title: 'Noche', date: '2017-09-05 23:30:00 -0300' });
    expect(late.name).toBe('2017-09-05-noche.md');
    const early = postFilename({ title: 'Mañana', date: '2017-09-05 00:30:00 +0530' });
    expect(early.name).toBe('2017-09-05-manana.md');
  });

  it('pads a day written with one digit', () => {
    expect(postFilename({ title: 'X', date: '2019-03-5 16:30:00 -0300' }).name).toBe(
      '2019-03-05-x.md',
    );
  });

  it('keeps the day of a date with a broken tail (the validator reports the date)', () => {
    const data = { title: '¡Levanta la mano!', date: '2019-06-07 12:00:00 -0300)' };
    expect(postFilename(data)).toEqual({ folder: '_posts', name: '2019-06-07-levanta-la-mano.md' });
  });

  it('sends a post without a usable date to _drafts', () => {
    expect(postFilename({ title: 'Borrador sin fecha' })).toEqual({
      folder: '_drafts',
      name: 'borrador-sin-fecha.md',
    });
    expect(postFilename({ title: 'X', date: '{{ page.date }}' }).folder).toBe('_drafts');
    expect(postFilename({ title: 'X', date: '2019-02-30' }).folder).toBe('_drafts');
    expect(postFilename({}).name).toBe('sin-titulo.md');
  });

  it('follows a collection slug template, extension and language', () => {
    const c: Collection = {
      ...defaultPostsCollection,
      folder: 'content/blog',
      slug: '{{year}}/{{month}}-{{fields.author}}-{{slug}}-{{hour}}{{minute}}',
      extension: 'markdown',
      lang: 'en',
    };
    const data = { title: 'Hello', author: 'Ana Pérez', date: '2016-06-03 09:05:00 -0300' };
    expect(postFilename(data, c)).toEqual({
      folder: 'content/blog',
      name: '2016/06-ana-perez-hello-0905.markdown',
    });
    expect(postFilename({}, c).name).toBe('untitled.markdown');
  });

  it('gives every dated post of the blog a name starting with its written day', () => {
    const dir = path.join(FIXTURES_DIR, 'corpus/ciudadanointeligente-blog');
    let checked = 0;
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const date = frontValue(text, 'date');
      const day = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(date ?? '');
      if (!day) continue;
      const { folder, name } = postFilename({ title: frontValue(text, 'title'), date });
      expect(folder).toBe('_posts');
      expect(name).toMatch(new RegExp(`^${day[0]}-[a-z0-9]+(-[a-z0-9]+)*\\.md$`));
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('parseFilename', () => {
  it('splits a Jekyll post name, folders ignored', () => {
    expect(parseFilename('_posts/2016-06-03-encuentro-regional.md')).toEqual({
      date: '2016-06-03',
      year: 2016,
      month: 6,
      day: 3,
      slug: 'encuentro-regional',
      ext: '.md',
    });
    expect(parseFilename('2021-04-01-building_a_user-centered.v2.markdown')).toMatchObject({
      slug: 'building_a_user-centered.v2',
      ext: '.markdown',
    });
    expect(parseFilename('C:\\blog\\_posts\\2019-3-5-x')).toMatchObject({
      date: '2019-03-05',
      ext: '',
    });
  });

  it('rejects names without a real date', () => {
    expect(parseFilename('about.md')).toBeNull();
    expect(parseFilename('2016-02-30-nope.md')).toBeNull();
    expect(parseFilename('2016-06-03.md')).toBeNull();
  });

  it('reads every name in the blog corpus but the one with month 25', () => {
    const names = readdirSync(path.join(FIXTURES_DIR, 'corpus/ciudadanointeligente-blog'));
    expect(names.filter((name) => !parseFilename(name))).toEqual(['2017-25-10-panama.markdown']);
  });
});
