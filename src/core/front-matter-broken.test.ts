import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writtenField } from './front-matter-broken.ts';
import { parsePost, type Post, type TextEdit } from './post.ts';
import { brokenYamlPost } from '../../fixtures/paths.mjs';

const PLAN = [
  '---',
  'layout: post',
  'title: "El "Plan Nacional": qué significa"',
  'intro: "Qué dice el plan"',
  'date:   2016-06-03 12:00:00 -0300',
  'categories: ',
  'highlighted: true # portada',
  '---',
  'Cuerpo con "comillas": intactas.',
  '',
].join('\n');

const apply = (post: Post, edit: TextEdit) =>
  post.text.slice(0, edit.from) + edit.insert + post.text.slice(edit.to);

describe('writtenField', () => {
  it('finds keys a broken line swallowed, with their line and value as written', () => {
    const post = parsePost(PLAN);
    // The parser reads intro, date… as parts of a broken title, so the data has none of them.
    expect(Object.keys(post.data)).toEqual(['layout', 'title']);
    expect(writtenField(post, 'title')).toEqual({
      line: 3,
      text: 'El "Plan Nacional": qué significa',
    });
    expect(writtenField(post, 'intro')).toEqual({ line: 4, text: 'Qué dice el plan' });
    expect(writtenField(post, 'date')).toEqual({ line: 5, text: '2016-06-03 12:00:00 -0300' });
    expect(writtenField(post, 'categories')).toEqual({ line: 6, text: null });
    expect(writtenField(post, 'highlighted')).toEqual({ line: 7, text: 'true' });
    expect(writtenField(post, 'share_message')).toBeNull();
  });

  it('reads the last line of a repeated key, unquotes single quotes, counts CRLF lines', () => {
    const post = parsePost("---\r\ntitle: uno\r\ntitle: 'L''Oréal'\r\n---\r\n");
    expect(writtenField(post, 'title')).toEqual({ line: 3, text: "L'Oréal" });
  });

  it('finds only top-level keys, and none in a post without front matter', () => {
    const post = parsePost('---\nsingle_image:\n  - caption: hola\n---\n');
    expect(writtenField(post, 'caption')).toBeNull();
    expect(writtenField(parsePost('caption: hola\n'), 'caption')).toBeNull();
  });

  it('reads a real swallowed date and a quoted title that goes on at column 0', () => {
    const text = readFileSync(
      brokenYamlPost('2016-06-12-Nuevo-proyecto-de-ciudadano.markdown'),
      'utf8',
    );
    const post = parsePost(text);
    expect(writtenField(post, 'date')).toEqual({ line: 6, text: '2016-07-12 14:30:00 -0300' });
    expect(writtenField(post, 'title')).toEqual({
      line: 3,
      text: "'Nuevo proyecto de Ciudadano Inteligente",
    });
  });
});

describe('the fix a quotes-inside error carries', () => {
  it('fixes the title line only: every other byte stays, the post reads whole again', () => {
    const post = parsePost(PLAN);
    expect(post.errors).toMatchObject([{ code: 'QUOTES_INSIDE', line: 3 }]);
    const edit = post.errors[0].fix;
    expect(edit).toBeDefined();
    const text = apply(post, edit!);
    const before = PLAN.split('\n');
    const after = text.split('\n');
    expect(after.flatMap((line, i) => (line === before[i] ? [] : [i + 1]))).toEqual([3]);
    expect(after[2]).toBe(`title: 'El "Plan Nacional": qué significa'`);
    const fixed = parsePost(text);
    expect(fixed.errors).toEqual([]);
    expect(fixed.data).toEqual({
      layout: 'post',
      title: 'El "Plan Nacional": qué significa',
      intro: 'Qué dice el plan',
      date: '2016-06-03 12:00:00 -0300',
      categories: null,
      highlighted: true,
    });
    expect(fixed.body).toBe(post.body);
  });

  it('works in a CRLF file with a BOM', () => {
    const crlf = `\uFEFF${PLAN.replace(/\n/g, '\r\n')}`;
    const post = parsePost(crlf);
    const text = apply(post, post.errors[0].fix!);
    expect(text).toBe(
      crlf.replace(`"El "Plan Nacional": qué significa"`, `'El "Plan Nacional": qué significa'`),
    );
    expect(parsePost(text).errors).toEqual([]);
  });

  it.each([
    '2018-07-03-no-me-ocupa.markdown',
    '2016-01-11-introducing-the-css-coding-style-guide.md',
    '2016-06-12-Nuevo-proyecto-de-ciudadano.markdown',
    '2020-03-10-ask-18f-po-vs-cor.md',
    '2014-03-20-buscamos-lider-de-comunidad.md',
  ])('offers no quote fix for the other slips of %s', (name) => {
    const post = parsePost(readFileSync(brokenYamlPost(name), 'utf8'));
    expect(post.errors.length).toBeGreaterThan(0);
    expect(post.errors.filter((e) => e.fix)).toEqual([]);
  });
});
