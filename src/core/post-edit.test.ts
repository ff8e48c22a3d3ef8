import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldEdit, fieldRange, parsePost, setField } from './post.ts';
import { withPath } from './post-data.ts';
import { SAMPLE_POST } from '../../fixtures/paths.mjs';

const SAMPLE = readFileSync(SAMPLE_POST, 'utf8');

/** Sets a field and checks the law: re-reading gives the old data with just that path changed. */
function set(text: string, p: (string | number)[], value: unknown): string {
  const before = parsePost(text);
  const after = setField(before, p, value);
  expect(after.errors).toEqual([]);
  expect(parsePost(after.text).data).toEqual(withPath(before.data, p, value));
  expect(after.body).toBe(before.body);
  return after.text;
}

describe('the sample post', () => {
  const post = parsePost(SAMPLE);

  it('reads dates as written, never as Date', () => {
    expect(post.data.date).toBe('2016-06-03 12:00:00 -0300');
    expect(post.data.categories).toBeNull();
    expect(post.errors).toEqual([]);
  });

  it('changes only line 3 for a new title, keeping the two spaces and the quotes', () => {
    const next = set(SAMPLE, ['title'], 'Nuevo').split('\n');
    const old = SAMPLE.split('\n');
    expect(next[2]).toBe('title:  "Nuevo"');
    expect(next.filter((line, i) => line !== old[i])).toEqual(['title:  "Nuevo"']);
    expect(next).toHaveLength(old.length);
  });

  it('keeps the date line byte-identical when another key changes', () => {
    const next = set(SAMPLE, ['intro'], 'Otra intro');
    expect(next).toContain('\ndate:   2016-06-03 12:00:00 -0300\n');
  });

  it('returns the same text for the current value, and a null edit', () => {
    expect(fieldEdit(post, ['title'], post.data.title)).toBeNull();
    expect(setField(post, ['date'], '2016-06-03 12:00:00 -0300').text).toBe(SAMPLE);
    expect(fieldEdit(post, ['missing'], undefined)).toBeNull();
  });

  it('gives a minimal edit inside the value', () => {
    const edit = fieldEdit(post, ['title'], 'Encuentro Regional')!;
    const range = fieldRange(post, ['title'])!;
    expect(edit.from).toBeGreaterThanOrEqual(range.from);
    expect(edit.to).toBeLessThanOrEqual(range.to);
    expect(SAMPLE.slice(range.from, range.to)).toBe(`"${post.data.title as string}"`);
  });

  it('fills the empty categories with a block list', () => {
    const next = set(SAMPLE, ['categories'], ['a', 'b']);
    expect(next).toContain('\ncategories:\n  - a\n  - b\nsingle_image:\n');
  });

  it('replaces a whole list of images and edits nested captions in place', () => {
    const images = [
      { img: 'x.jpg', caption: 'y' },
      { img: 'z.jpg', caption: '1' },
    ];
    const next = set(SAMPLE, ['single_image'], images);
    expect(next).toContain('single_image:\n  - img: x.jpg\n    caption: "y"\n  - img: z.jpg\n');
    const caption = set(SAMPLE, ['single_image', 0, 'caption'], 'créditos: Foto # 1');
    expect(caption).toContain('    caption: "créditos: Foto # 1"\n---\n');
  });

  it('appends new keys before the closing fence and removes keys with their lines', () => {
    const added = set(SAMPLE, ['share_message'], 'Hola');
    expect(added).toContain('    caption: "lorem caption ipsum"\nshare_message: Hola\n---\n');
    const removed = set(SAMPLE, ['intro'], undefined);
    expect(removed.split('\n')).toHaveLength(SAMPLE.split('\n').length - 1);
    expect(set(SAMPLE, ['single_image', 0, 'img'], undefined)).toContain(
      'single_image:\n  - caption: "lorem caption ipsum"\n',
    );
    expect(set(SAMPLE, ['single_image', 1], { img: 'b.png' })).toContain('\n  - img: b.png\n---');
    expect(set(SAMPLE, ['author', 'name'], 'Ana')).toContain('\nauthor:\n  name: Ana\n---');
  });
});

describe('quoting', () => {
  const base = "---\nplain: hola\nsingle: 'x'\nnum: 3\n---\n";
  it.each([
    ['42'],
    ['true'],
    ['null'],
    [''],
    ['2016-06-03'],
    ['yes'],
    ['a: b'],
    ['a #b'],
    ['{{ site.baseurl }}'],
    ['- item'],
    ['line\nbreak'],
    ['trailing '],
    ['"quoted"'],
    ["it's"],
  ])('keeps %j a string', (value) => {
    set(base, ['plain'], value);
    set(base, ['single'], value);
    set(base, ['num'], value);
  });

  it('keeps plain and single-quoted styles when the value allows', () => {
    expect(set(base, ['plain'], 'chao mundo')).toContain('plain: chao mundo\n');
    expect(set(base, ['single'], "it's")).toContain("single: 'it''s'\n");
    expect(set(base, ['num'], 4)).toContain('num: 4\n');
    expect(set(base, ['plain'], 'a: b')).toContain('plain: "a: b"\n');
  });

  it('keeps a plain date plain when it is changed to another date', () => {
    const text = '---\ndate:   2016-06-03 12:00:00 -0300\n---\n';
    expect(set(text, ['date'], '2017-01-02 08:30:00 -0300')).toBe(
      '---\ndate:   2017-01-02 08:30:00 -0300\n---\n',
    );
  });

  it('keeps comments and block scalars', () => {
    const text = '---\na: 1 # uno\nlit: |\n  línea 1\n  línea 2\nb: 2\n---\n';
    expect(set(text, ['a'], 5)).toBe('---\na: 5 # uno\nlit: |\n  línea 1\n  línea 2\nb: 2\n---\n');
    expect(set(text, ['lit'], 'x\ny\n')).toContain('lit: |\n  x\n  y\nb: 2\n');
  });
});

describe('line endings, BOM and odd shapes', () => {
  it.each([
    ['CRLF', '---\r\ntitle: a\r\n---\r\nbody\r\n', '---\r\ntitle: a\r\nnew: x\r\n---\r\nbody\r\n'],
    ['CR', '---\rtitle: a\r---\rbody\r', '---\rtitle: a\rnew: x\r---\rbody\r'],
    ['BOM', '\uFEFF---\ntitle: a\n---\nbody', '\uFEFF---\ntitle: a\nnew: x\n---\nbody'],
    ['dots', '---\ntitle: a\n...\nbody\n---\n', '---\ntitle: a\nnew: x\n...\nbody\n---\n'],
    ['no final newline', '---\ntitle: a\n---', '---\ntitle: a\nnew: x\n---'],
    ['empty', '---\n---\n', '---\nnew: x\n---\n'],
    ['comment only', '---\n# nada\n---\n', '---\n# nada\nnew: x\n---\n'],
  ])('%s round-trips and takes new keys in its own style', (_name, text, expected) => {
    const post = parsePost(text);
    expect(post.text).toBe(text);
    expect(set(text, ['new'], 'x')).toBe(expected);
  });

  it('uses the file’s line ending for lists', () => {
    const out = set('---\r\ntags: \r\n---\r\n', ['tags'], ['a', 'b']);
    expect(out).toBe('---\r\ntags:\r\n  - a\r\n  - b\r\n---\r\n');
  });

  it('prepends a block to a post without front matter', () => {
    expect(set('Hola\r\n---\r\nmundo', ['title'], 'T')).toBe(
      '---\r\ntitle: T\r\n---\r\nHola\r\n---\r\nmundo',
    );
    expect(set('\uFEFFHola', ['title'], 'T')).toBe('\uFEFF---\ntitle: T\n---\nHola');
  });

  it('keeps --- in the body as body', () => {
    const post = parsePost('---\na: 1\n---\nuno\n---\ndos: 2\n');
    expect(post.body).toBe('uno\n---\ndos: 2\n');
    expect(post.data).toEqual({ a: 1 });
  });
});

describe('broken front matter', () => {
  const broken = '---\nlayout: post\ntitle: "abc\ndef"\nimage: {{ site.baseurl }}/x.png\n---\nbody';

  it('reports errors in file lines and keeps the text', () => {
    const post = parsePost(broken);
    expect(post.text).toBe(broken);
    expect(post.body).toBe('body');
    expect(post.errors.length).toBeGreaterThan(0);
    expect(post.errors[0]).toMatchObject({ kind: 'yaml', line: 3 });
    expect(post.errors.map((e) => e.line)).toContain(5);
  });

  it('edits fields clear of the errors and refuses the broken ones', () => {
    const post = parsePost(broken);
    expect(setField(post, ['layout'], 'page').text).toBe(
      broken.replace('layout: post', 'layout: page'),
    );
    expect(() => setField(post, ['title'], 'x')).toThrow(/^Cannot /);
    expect(() => setField(post, ['new'], 'x')).toThrow(/YAML errors/);
  });

  it('refuses edits of an unterminated block', () => {
    const post = parsePost('---\ntitle: a\nbody');
    expect(post.errors).toMatchObject([{ kind: 'unterminated', line: 1, column: 1 }]);
    expect(post.ranges.frontMatter).toBeNull();
    expect(() => setField(post, ['title'], 'b')).toThrow(/never closed/);
  });
});

describe('data safety', () => {
  it('keeps __proto__ and constructor keys as plain data', () => {
    const post = parsePost('---\n__proto__:\n  polluted: 1\nconstructor: x\n---\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(post.data)).toBe(Object.prototype);
    expect(Object.keys(post.data)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(post.data, '__proto__')?.value).toEqual({ polluted: 1 });
  });

  it('refuses non-plain values such as Date', () => {
    const post = parsePost('---\ndate: 2016-06-03\n---\n');
    expect(() => setField(post, ['date'], new Date())).toThrow(/Date/);
  });
});

describe('the post date', () => {
  it('is written plain, as the blog writes it, when added or filled in', () => {
    const added = setField(
      parsePost('---\ntitle: x\n---\n'),
      ['date'],
      '2016-06-03 12:00:00 -0300',
    );
    expect(added.text).toBe('---\ntitle: x\ndate: 2016-06-03 12:00:00 -0300\n---\n');
    const filled = setField(parsePost('---\ndate:\n---\n'), ['date'], '2016-06-03');
    expect(filled.text).toBe('---\ndate: 2016-06-03\n---\n');
    expect(filled.data.date).toBe('2016-06-03');
  });

  it('stays quoted elsewhere, where a date-like string must read back as a string', () => {
    const other = setField(parsePost('---\ntitle: x\n---\n'), ['title'], '2016-06-03');
    expect(other.text).toBe('---\ntitle: "2016-06-03"\n---\n');
  });
});
