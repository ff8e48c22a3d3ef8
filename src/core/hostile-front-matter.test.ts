import { afterEach, describe, expect, it } from 'vitest';
import { parsePost, serializePost, setField } from './post.ts';
import type { Post } from './post.ts';

/** Returns the post and checks the laws every parse keeps: the text is kept, byte for byte. */
function parsed(text: string): Post {
  const post = parsePost(text);
  expect(post.text).toBe(text);
  expect(serializePost(post)).toBe(text);
  return post;
}

/** Returns how long `run` took, in ms. */
function ms(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Returns the new text, or the Error's message when setField refuses. */
function trySet(post: Post, path: (string | number)[], value: unknown): string | Error {
  try {
    return setField(post, path, value).text;
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    return err as Error;
  }
}

const g = globalThis as Record<string, unknown>;

describe('front matter in a language that would run code', () => {
  afterEach(() => {
    delete g.__pwned;
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  // JSON cannot run code, but gray-matter would JSON.parse it into data no form or edit can keep
  // lossless; Pluma refuses it like the code languages (the text stays as it is).
  it.each(['--- js', '---JS', '---Js', '---  javascript', '---JAVASCRIPT', '---coffee', '---json'])(
    '%s is refused with a message on line 1, and the text is kept',
    (fence) => {
      const text = `${fence}\n{ title: (globalThis.__pwned = 1, 'x') }\n---\nCuerpo\n`;
      const post = parsed(text);
      expect(g.__pwned).toBeUndefined();
      expect(post.data).toEqual({});
      expect(post.body).toBe('Cuerpo\n');
      expect(post.errors).toEqual([
        expect.objectContaining({ kind: 'front-matter-language', line: 1 }),
      ]);
      expect(post.errors[0].message).toMatch(/not supported|Unknown front-matter language/);
      expect(trySet(post, ['title'], 'y')).toBeInstanceOf(Error);
    },
  );

  it('prototype member names as languages are not looked up', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const post = parsed(`---${name}\na: 1\n---\n`);
      expect(post.errors[0].kind).toBe('front-matter-language');
    }
    // `__proto__` is not a language name at all (it starts with `_`): no front matter.
    expect(parsed('---__proto__\na: 1\n---\n').ranges.frontMatter).toBeNull();
  });
});

describe('YAML alias bombs', () => {
  const levels = Array.from({ length: 9 }, (_, i) => {
    const name = String.fromCharCode(97 + i);
    const items = i === 0 ? 'lol' : `*${String.fromCharCode(96 + i)}`;
    return `${name}: &${name} [${Array(9).fill(items).join(', ')}]`;
  });

  it('a billion laughs gives an error at once, no data and no blow-up', () => {
    const text = `---\n${levels.join('\n')}\ntitle: hola\n---\nCuerpo\n`;
    let post: Post | undefined;
    const took = ms(() => (post = parsed(text)));
    expect(took).toBeLessThan(1000);
    expect(post?.data).toEqual({});
    expect(post?.errors).toEqual([
      expect.objectContaining({ kind: 'yaml', message: expect.stringMatching(/alias/i) }),
    ]);
    // An edit would have to re-read the bomb: it is refused, not expanded.
    expect(trySet(post as Post, ['title'], 'chao')).toBeInstanceOf(Error);
  });

  it('a few honest aliases still read', () => {
    const post = parsed('---\nbase: &b {a: 1}\nuno: *b\ndos: *b\n---\n');
    expect(post.errors).toEqual([]);
    expect(post.data).toEqual({ base: { a: 1 }, uno: { a: 1 }, dos: { a: 1 } });
  });
});

describe('__proto__, constructor and prototype keys', () => {
  const text = [
    '---',
    '__proto__: {polluted: 1}',
    'constructor: {prototype: {polluted: 2}}',
    'prototype: {polluted: 3}',
    'nested:',
    '  __proto__:',
    '    polluted: 4',
    '  list:',
    '    - __proto__: {polluted: 5}',
    '---',
    '',
  ].join('\n');

  it('become own data keys at every depth and pollute nothing', () => {
    const post = parsed(text);
    expect(post.errors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(post.data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(post.data)).toBe(Object.prototype);
    expect(post.data.__proto__).toEqual({ polluted: 1 });
    const nested = post.data.nested as Record<string, unknown>;
    expect(Object.hasOwn(nested, '__proto__')).toBe(true);
    expect((nested.list as Record<string, unknown>[])[0].polluted).toBeUndefined();
    expect(post.data.constructor).toEqual({ prototype: { polluted: 2 } });
  });

  it('setField edits them as ordinary keys, still without pollution', () => {
    const post = parsed(text);
    const next = setField(post, ['__proto__', 'polluted'], 9);
    expect(next.text).toBe(text.replace('{polluted: 1}', '{polluted: 9}'));
    expect(next.data.__proto__).toEqual({ polluted: 9 });
    const added = setField(next, ['nested', '__proto__', 'x'], 'y');
    expect(parsePost(added.text).data.nested).toMatchObject({ __proto__: { polluted: 4, x: 'y' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('deep nesting', () => {
  it.each([
    ['10,000 nested flow lists', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['10,000 nested flow maps', `a: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`],
    [
      '3,000 nested block maps',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
    ],
    ['100,000 nested flow lists', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('%s: an error, no crash, in bounded time', (_name, yaml) => {
    const text = `---\n${yaml}\n---\nCuerpo\n`;
    let post: Post | undefined;
    const took = ms(() => (post = parsed(text)));
    console.log(`front matter, ${_name}: ${took.toFixed(0)} ms`);
    expect(took).toBeLessThan(10_000);
    expect(post?.body).toBe('Cuerpo\n');
    expect(post?.errors.length).toBeGreaterThan(0);
    expect(post?.errors[0]).toMatchObject({ kind: 'yaml' });
    expect(trySet(post as Post, ['title'], 'x')).toBeInstanceOf(Error);
  });
});

describe('duplicate keys, tabs, long lines, non-string keys', () => {
  it('a duplicate key is an error with its line; the last value is the data, edits keep it', () => {
    const text = '---\ntitle: uno\nintro: hola\ntitle: dos\n---\n';
    const post = parsed(text);
    expect(post.errors).toEqual([
      {
        kind: 'yaml',
        code: 'DUPLICATE_KEY',
        detail: 'title',
        message: 'Map keys must be unique',
        line: 4,
        column: 1,
      },
    ]);
    expect(post.data).toEqual({ title: 'dos', intro: 'hola' });
    // Editing another key works and keeps the error where it is; the repeated key edits its last.
    expect(trySet(post, ['intro'], 'chao')).toBe(text.replace('hola', 'chao'));
    expect(trySet(post, ['title'], 'tres')).toBe(text.replace('title: dos', 'title: tres'));
  });

  it('tabs as indentation are an error with the line; the text is kept', () => {
    const post = parsed('---\nimage:\n\tsrc: a.png\n---\nCuerpo\n');
    expect(post.errors[0]).toMatchObject({
      kind: 'yaml',
      line: 3,
      message: expect.stringMatching(/tab/i),
    });
    expect(post.body).toBe('Cuerpo\n');
  });

  it('a 1 MB value reads and edits', () => {
    const long = 'x'.repeat(1_000_000);
    const text = `---\ntitle: ${long}\nintro: corto\n---\n`;
    let post: Post | undefined;
    expect(ms(() => (post = parsed(text)))).toBeLessThan(3000);
    expect(post?.data.title).toBe(long);
    const next = setField(post as Post, ['intro'], 'largo');
    expect(next.text).toBe(text.replace('corto', 'largo'));
    expect(setField(next, ['title'], 'breve').text).toBe('---\ntitle: breve\nintro: largo\n---\n');
  });

  it('non-string keys become string data keys (null and ~ as ""), as documented', () => {
    const text = '---\n? [a, b]\n: c\n1: x\ntrue: z\n1.5: v\nnull: y\n---\n';
    const post = parsed(text);
    expect(post.errors).toEqual([]);
    expect(post.data).toEqual({ '[ a, b ]': 'c', '1': 'x', true: 'z', '1.5': 'v', '': 'y' });
    expect(trySet(post, ['1'], 'q')).toBe(text.replace('1: x', '1: q'));
    expect(trySet(post, ['true'], 'q')).toBe(text.replace('true: z', 'true: q'));
    // Keys that are not scalars cannot be addressed: refused, the text unchanged.
    expect(trySet(post, ['[ a, b ]'], 'q')).toBeInstanceOf(Error);
  });
});
