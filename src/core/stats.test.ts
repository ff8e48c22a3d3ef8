import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, readableText, readingTime } from './stats';
import { SAMPLE_POST, corpusFiles, readPostFile } from '../../fixtures/paths.mjs';

/** The count as first written: split at white space and `|`, keep tokens with a letter or digit. */
const byTokens = (md: string) =>
  readableText(md)
    .split(/[\s|]+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** Returns the text after the front-matter block. */
const bodyOf = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

describe('countWords', () => {
  it('counts the words of the sample post body', () => {
    const body = bodyOf(readFileSync(SAMPLE_POST, 'utf8'));
    // Every whitespace-separated token of this body is a word: emphasis markers stick to words.
    expect(countWords(body)).toBe(533);
    expect(readingTime(countWords(body))).toBe(3);
  });

  it('ignores Markdown markers, keeping heading, list and quote words', () => {
    const md =
      '# Título uno\n\n- uno\n* dos\n1. tres\n10) cuatro\n\n> cita aquí\n\n---\n\n**negrita** _cursiva_ ~~tachado~~ `código`';
    expect(countWords(md)).toBe(12);
  });

  it('counts link and alt text but not URLs', () => {
    const md =
      'Lee [el informe completo](https://example.org/a_b(1)?x=1 "Título") y ' +
      '![foto del equipo](//68.media.tumblr.com/x.jpg) más [ref][1] <https://x.cl>.\n\n' +
      '[1]: https://example.org/ref "Ref"\n';
    expect(countWords(md)).toBe(10);
  });

  it('ignores HTML tags, comments, entities, Liquid and kramdown attributes', () => {
    const md =
      '<p align="center">Hola&nbsp;mundo</p>\n<!-- nota interna -->\n' +
      '{% include image.html src="a.png" %} {{ site.baseurl }}\n' +
      '[Sitio](http://a.cl){:target="_blank"}\n{: .lead}\n<!--more-->';
    expect(countWords(md)).toBe(3);
  });

  it('counts the words inside code blocks but not the fences', () => {
    expect(countWords('```js\nconst a = 1;\n```\n')).toBe(3);
    expect(countWords('')).toBe(0);
    expect(countWords('  \n— · …  ')).toBe(0);
  });
});

describe('countWords in one pass', () => {
  it('counts as splitting into tokens does, on every post of the corpus', () => {
    const posts = corpusFiles().map((file) => readPostFile(file));
    expect(posts.length).toBeGreaterThan(200);
    for (const text of posts) expect(countWords(text)).toBe(byTokens(text));
  });

  it('counts as splitting into tokens does, with any kind of space, letter or symbol', () => {
    const unit = fc.constantFrom(
      ...['a', 'ñ', 'Ω', '7', '٣', '𝐀', '😀', '—', '|', ' ', '\t', '\n', '\u00a0', '\u2003'],
      ...['\u2028', '\u3000', '\ufeff', '\u200b', '\ud800', '\udc00', '#', '[', ']', '(', ')'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (md) => {
        expect(countWords(md)).toBe(byTokens(md));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('readingTime', () => {
  it('rounds up, with one minute for any text and none for no text', () => {
    expect(readingTime(0)).toBe(0);
    expect(readingTime(1)).toBe(1);
    expect(readingTime(200)).toBe(1);
    expect(readingTime(201)).toBe(2);
    expect(readingTime(450, 150)).toBe(3);
  });
});
