import matter from 'gray-matter';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFrontMatter, splitFrontMatter } from './front-matter.ts';
import { parsePost, setField } from './post.ts';

const SAMPLE = '---\ntitle: "Hola"\ndate:   2016-06-03 12:00:00 -0300\n---\nCuerpo\n';

describe('splitFrontMatter', () => {
  it('finds the block with exact offsets, the BOM and the language', () => {
    const text = '\uFEFF---yaml\r\na: 1\r\n...\r\nbody';
    const split = splitFrontMatter(text);
    expect(split.bom).toBe(true);
    expect(split.block).toEqual({
      frontMatter: { from: 1, to: 21 },
      yaml: { from: 10, to: 16 },
      language: 'yaml',
      languageAt: 4,
    });
    expect(text.slice(21)).toBe('body');
  });

  it('reads CR-only files and empty blocks', () => {
    expect(splitFrontMatter('---\ra: 1\r---\rx').block?.yaml).toEqual({ from: 4, to: 9 });
    expect(splitFrontMatter('---\n---').block?.yaml).toEqual({ from: 4, to: 4 });
  });

  it('does not take a Markdown rule or prose for a fence', () => {
    expect(splitFrontMatter('----\na: 1\n----\n').block).toBeNull();
    expect(splitFrontMatter('--- not a language\na\n---\n').block).toBeNull();
    expect(splitFrontMatter('text\n---\na: 1\n---\n').block).toBeNull();
  });

  it('reports an unclosed block as unterminated, not as front matter', () => {
    expect(splitFrontMatter('---\ntitle: x\nbody')).toEqual({
      bom: false,
      block: null,
      unterminated: true,
    });
  });
});

describe('gray-matter traps', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (globalThis as Record<string, unknown>).__pwned;
  });

  it('never fills gray-matter’s module cache, however many posts are parsed', () => {
    // gray-matter's cache is untyped: it fills whenever matter() runs without options.
    const grayMatter = matter as unknown as { cache: Record<string, unknown>; clearCache(): void };
    grayMatter.clearCache();
    for (let i = 0; i < 2000; i++) parsePost(`${SAMPLE}línea ${i}\n`);
    expect(Object.keys(grayMatter.cache)).toHaveLength(0);
  });

  it('parses without Buffer, as in a browser or worker', () => {
    vi.stubGlobal('Buffer', undefined);
    const post = parsePost(SAMPLE);
    expect(post.data).toEqual({ title: 'Hola', date: '2016-06-03 12:00:00 -0300' });
    expect(setField(post, ['title'], 'Chao').text).toContain('title: "Chao"');
  });

  it.each(['js', 'javascript', 'coffee', 'cson', 'json', 'JavaScript'])(
    'never runs ---%s front matter',
    (lang) => {
      const text = `---${lang}\n{ title: (globalThis.__pwned = 1, 'x') }\n---\nbody\n`;
      const post = parsePost(text);
      expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
      expect(post.text).toBe(text);
      expect(post.body).toBe('body\n');
      expect(post.data).toEqual({});
      expect(post.errors).toHaveLength(1);
      expect(post.errors[0]).toMatchObject({ kind: 'front-matter-language', line: 1, column: 4 });
      expect(() => setField(post, ['title'], 'y')).toThrow(/not supported|Unknown/);
    },
  );

  it('does not run code that throws either', () => {
    const post = parsePost('---js\n(() => { throw new Error("boom") })()\n---\n');
    expect(post.errors[0].kind).toBe('front-matter-language');
  });

  it('rejects unknown and prototype-named languages without looking them up', () => {
    expect(readFrontMatter('toml', 'a = 1')).toMatchObject({ ok: false });
    expect(readFrontMatter('constructor', 'a')).toMatchObject({ ok: false });
    expect(readFrontMatter('yml', 'a: 1')).toMatchObject({ ok: true, yaml: { data: { a: 1 } } });
  });
});
