import { describe, expect, it } from 'vitest';
import { parsePost } from './post.ts';
import { createIncrementalRenderer, renderMarkdown, splitBlocks } from './render.ts';

const UNICODE: [string, string][] = [
  ['RTL marks and overrides', 'Hola \u200F\u202Eمرحبا\u202C \u2067שלום\u2069 fin'],
  ['zero-width joiners and spaces', 'fa\u200Dmi\u200Blia 👩‍👩‍👧‍👦 \u2060x\uFEFFy'],
  ['combining sequences', 'e\u0301 n\u0303 Z\u0351\u0358\u0362a\u0336\u0337lgo\u0489'],
  ['astral emoji and math', '😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏳️‍🌈 \u{1F9D1}\u{1F3FD}\u200D\u{1F4BB}'],
  ['lone surrogates', 'alto \uD800 bajo \uDFFF par \uDBFF\uDFFF invertido \uDC00\uD800'],
  ['C0/C1 controls and NUL', 'a\u0000b\u0001c\u007Fd\u0085e\u2028f\u2029g'],
  [
    'unicode in syntax',
    '# Tí\u0301tulo 😀\n\n- ítem \u200F\n\n> cita \uD800\n\n[enlace 😀](https://ejemplo.cl/ñ)\n',
  ],
];

describe('unusual Unicode in the body', () => {
  it.each(UNICODE)('%s: blocks cover the text, render and incremental agree', (_name, body) => {
    const text = `${body}\n\nOtro párrafo *con* [ref].\n\n[ref]: /x\n`;
    expect(
      splitBlocks(text)
        .map((b) => b.source)
        .join(''),
    ).toBe(text);
    const html = renderMarkdown(text);
    expect(html).toContain('<em>con</em>');
    const renderer = createIncrementalRenderer();
    expect(renderer.update(text).html).toBe(html);
    const edited = text.replace('Otro', `Otro ${body}`);
    expect(renderer.update(edited).html).toBe(renderMarkdown(edited));
  });

  it('keeps the visible text of RTL, joiners and astral characters in the output', () => {
    const html = renderMarkdown(UNICODE[0][1] + UNICODE[1][1] + UNICODE[3][1]);
    expect(html).toContain('مرحبا');
    expect(html).toContain('👩‍👩‍👧‍👦');
    expect(html).toContain('😀');
    expect(html).toContain('𝔘𝔫𝔦𝔠𝔬𝔡𝔢');
  });

  it('unicode in the front matter keeps the post lossless', () => {
    for (const [, value] of UNICODE) {
      const text = `---\ntitle: ${JSON.stringify(value)}\n---\n${value}\n`;
      const post = parsePost(text);
      expect(post.text).toBe(text);
      expect(post.body).toBe(`${value}\n`);
    }
  });
});

describe('very long lines and many definitions stay correct', () => {
  it('a 40,000-character line renders as one paragraph with all its links', () => {
    const line = 'Texto [enlace](https://ejemplo.cl/a) y *énfasis*. '.repeat(800);
    const html = renderMarkdown(line);
    expect(html.match(/<a href/g)).toHaveLength(800);
    expect(html.match(/<em>/g)).toHaveLength(800);
  });

  it('references resolve to the first of many definitions, in full and incremental renders', () => {
    const defs = Array.from({ length: 2000 }, (_, i) => `[d${i % 1000}]: https://ejemplo.cl/${i}`);
    const text = `Ver [d7] y [D999][] y [nada].\n\n${defs.join('\n')}\n`;
    const html = renderMarkdown(text);
    expect(html).toContain('<a href="https://ejemplo.cl/7">d7</a>');
    expect(html).toContain('<a href="https://ejemplo.cl/999">D999</a>');
    expect(html).toContain('[nada]');
    const renderer = createIncrementalRenderer();
    renderer.update(text);
    const edited = text.replace('[nada]', '[d5]');
    expect(renderer.update(edited).html).toBe(renderMarkdown(edited));
    expect(renderer.stats.lastRendered).toBe(1);
  });
});
