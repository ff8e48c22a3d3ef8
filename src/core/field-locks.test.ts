import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldLocks, lockedValue } from './field-locks';
import { parsePost } from './post';
import { defaultPostsCollection, type Field } from './schema';
import { brokenYamlPost } from '../../fixtures/paths.mjs';

const PLAN = parsePost(
  [
    '---',
    'layout: post',
    'title: "El "Plan Nacional": qué significa"',
    'intro: "Qué dice el plan"',
    'date:   2016-06-03 12:00:00 -0300',
    'highlighted: true',
    '---',
    'Cuerpo.',
    '',
  ].join('\n'),
);

const KEYS = ['layout', 'title', 'intro', 'date', 'highlighted', 'share_message'];
const field = (name: string): Field => {
  const found = defaultPostsCollection.fields.find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('fieldLocks', () => {
  it('locks nothing in valid front matter', () => {
    expect(fieldLocks(parsePost('---\ntitle: a\n---\n'), KEYS).size).toBe(0);
  });

  it('locks the broken title, the keys it swallowed and the keys not written, with reasons', () => {
    const locks = fieldLocks(PLAN, KEYS);
    expect(Object.fromEntries(locks)).toEqual({
      title: { line: 3 },
      intro: { line: 3 },
      date: { line: 3 },
      highlighted: { line: 3 },
      share_message: { line: null },
    });
  });

  it('leaves a key on the line before a problem editable', () => {
    const post = parsePost('---\nlayout: post\ntitle: "abc\ndate: 2016-06-03\n---\n');
    expect(fieldLocks(post, ['layout', 'title']).has('layout')).toBe(false);
    expect(fieldLocks(post, ['layout', 'title']).get('title')).toEqual({ line: 3 });
  });

  it('locks a list whose item holds the problem, and only it, in a real post', () => {
    const text = readFileSync(brokenYamlPost('2018-07-03-no-me-ocupa.markdown'), 'utf8');
    const post = parsePost(text);
    const keys = ['title', 'intro', 'date', 'categories', 'highlighted', 'single_image'];
    expect(Object.fromEntries(fieldLocks(post, keys))).toEqual({ single_image: { line: 12 } });
  });

  it('locks every field of front matter that is not YAML, at the fence', () => {
    const post = parsePost('---js\n{ title: 1 }\n---\n');
    expect(Object.fromEntries(fieldLocks(post, ['title']))).toEqual({ title: { line: 1 } });
  });
});

describe('lockedValue', () => {
  it('shows the text as written, never the group a broken title reads as', () => {
    expect(typeof PLAN.data.title).toBe('object');
    expect(lockedValue(PLAN, field('title'), 'title', PLAN.data.title)).toBe(
      'El "Plan Nacional": qué significa',
    );
    expect(lockedValue(PLAN, field('date'), 'date', undefined)).toBe('2016-06-03 12:00:00 -0300');
    expect(lockedValue(PLAN, field('highlighted'), 'highlighted', undefined)).toBe(true);
    expect(lockedValue(PLAN, field('share_message'), 'share_message', undefined)).toBeUndefined();
  });

  it('keeps lists and groups only when they have their shape', () => {
    const images = field('single_image');
    expect(lockedValue(PLAN, images, 'single_image', [{ img: 'a.jpg' }])).toEqual([
      { img: 'a.jpg' },
    ]);
    expect(lockedValue(PLAN, images, 'single_image', { img: 'a.jpg' })).toBeUndefined();
  });
});
