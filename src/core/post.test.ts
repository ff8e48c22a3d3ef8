import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldRange, parsePost, serializePost, setField } from './post.ts';
import type { Post } from './post.ts';
import { withPath } from './post-data.ts';
import { topLevelValueSpan } from './value-span.ts';
import { FIXTURES_DIR, corpusFiles, readPostFile } from '../../fixtures/paths.mjs';

const SAMPLE_DIR = path.join(FIXTURES_DIR, 'samples');

const corpus = corpusFiles()
  .concat(
    readdirSync(SAMPLE_DIR)
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(SAMPLE_DIR, f)),
  )
  .map((file) => ({ name: path.relative(FIXTURES_DIR, file), text: readPostFile(file) }));

const BREAK = /\r\n|\r|\n/;

/** Splits into lines, keeping every line's break so that a line diff sees ending changes too. */
function lines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function lineIndex(text: string, offset: number): number {
  return text.slice(0, offset).split(BREAK).length - 1;
}

/** Asserts that `after` differs from `before` only in the lines `first`..`last` of `before`. */
function expectOnlyLines(before: string, after: string, first: number, last: number, added = 1) {
  const a = lines(before);
  const b = lines(after);
  expect(b.slice(0, first)).toEqual(a.slice(0, first));
  const tail = a.length - last - 1;
  expect(b.slice(b.length - tail)).toEqual(a.slice(a.length - tail));
  expect(b.length - first - tail).toBeLessThanOrEqual(added);
}

describe('the corpus', () => {
  it('has the files CORPUS.md describes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(260);
  });

  it.each(corpus.map((c) => [c.name, c.text] as const))('round-trips %s', (_name, text) => {
    const post = parsePost(text);
    expect(serializePost(post)).toBe(text);
    expect(post.text).toBe(text);
    expect(text.slice(post.ranges.body.from)).toBe(post.body);
    for (const e of post.errors) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }
  });

  const withFrontMatter = corpus.filter((c) => parsePost(c.text).ranges.frontMatter !== null);

  it.each(withFrontMatter.map((c) => [c.name, c.text] as const))(
    'changes only one field’s lines in %s',
    (_name, text) => {
      const post = parsePost(text);
      const key = Object.keys(post.data).find((k) => {
        const v = post.data[k];
        return (v === null || typeof v !== 'object') && fieldRange(post, [k]) !== null;
      });
      if (!key) return;
      const range = fieldRange(post, [key]);
      // A broken value may run past what the parser read of it: its whole written span counts.
      const yamlFrom = post.ranges.yaml!.from;
      const whole = topLevelValueSpan(text.slice(yamlFrom, post.ranges.yaml!.to), key);
      const lastLine = Math.max(
        lineIndex(text, range!.to),
        whole && post.errors.length > 0 ? lineIndex(text, yamlFrom + whole.to) : 0,
      );
      let next: Post;
      try {
        next = setField(post, [key], 'Nuevo título ñ');
      } catch (err) {
        // Only broken front matter may refuse, and it must say why.
        expect(post.errors.length).toBeGreaterThan(0);
        expect((err as Error).message).toMatch(/^Cannot (edit|change)/);
        return;
      }
      expect(next.data[key]).toBe('Nuevo título ñ');
      expect(next.body).toBe(post.body);
      expectOnlyLines(text, next.text, lineIndex(text, range!.from), lastLine);
      if (post.errors.length === 0) {
        expect(next.data).toEqual(withPath(post.data, [key], 'Nuevo título ñ'));
      }
    },
  );

  it('opens the tricky real files, reports their YAML errors and keeps every byte', () => {
    const broken = corpus.filter((c) => parsePost(c.text).errors.some((e) => e.kind === 'yaml'));
    expect(broken.length).toBeGreaterThan(0);
    for (const { text } of broken) {
      const post = parsePost(text);
      expect(post.text).toBe(text);
      const fileLines = text.split(BREAK);
      for (const e of post.errors) expect(e.line).toBeLessThanOrEqual(fileLines.length);
    }
    const snippets = ['{{ site.baseurl }}', 'créditos: ', '-0300)'];
    for (const snippet of snippets) {
      const file = corpus.find((c) => {
        const post = parsePost(c.text);
        return (
          post.ranges.yaml &&
          c.text.slice(post.ranges.yaml.from, post.ranges.yaml.to).includes(snippet)
        );
      });
      expect(file, snippet).toBeDefined();
    }
  });
});
