import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, remarkGfmSyntax } from './parse.ts';
import { CORPUS_DIR, corpusFiles } from '../../../fixtures/paths.mjs';

// remark-gfm's reading of Markdown, which parse.ts replaces (without GFM's Markdown writer).
const reference = unified().use(remarkParse).use(remarkGfm).freeze();
const withSyntax = unified().use(remarkParse).use(remarkGfmSyntax).freeze();

describe('parseMarkdown', () => {
  test('gives the tree remark-parse with remark-gfm gives, on every corpus post', () => {
    const corpus = corpusFiles(CORPUS_DIR);
    expect(corpus.length).toBeGreaterThan(250);
    for (const file of corpus) {
      const text = readFileSync(file, 'utf8');
      const expected = reference.parse(text);
      expect(parseMarkdown(text), file).toEqual(expected);
      expect(withSyntax.parse(text), file).toEqual(expected);
    }
  });

  test('reads GFM: tables, strikethrough, task lists, footnotes and bare URLs', () => {
    const text = '| a |\n|---|\n| ~~b~~ |\n\n- [x] hecho[^1]\n\n[^1]: Nota en www.example.com\n';
    expect(parseMarkdown(text)).toEqual(reference.parse(text));
    const types = JSON.stringify(parseMarkdown(text));
    for (const type of ['table', 'delete', 'footnoteReference', 'footnoteDefinition', 'link']) {
      expect(types).toContain(`"type":"${type}"`);
    }
  });
});
