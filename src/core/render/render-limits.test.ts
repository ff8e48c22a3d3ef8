import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { splitBlocks } from './blocks.ts';
import { createIncrementalRenderer } from './incremental.ts';
import { RENDER_LIMITS, refusedStretches } from './limits.ts';
import { renderMarkdown } from './render-markdown.ts';
import { CORPUS_DIR, corpusFiles } from '../../../fixtures/paths.mjs';

/** Returns the result of `run` and how long it took, in ms. */
function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const nestedList = (n: number) =>
  Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- nivel ${i}`).join('\n');
const repeat = (unit: string, n: number) => unit.repeat(n);

// Each of these took seconds in remark or overflowed its stack before the pre-checks.
const PATHOLOGICAL: [string, string, string][] = [
  ['300 nested lists', nestedList(300), 'too-deep'],
  ['3,000 nested lists (9 MB of indentation)', nestedList(3000), 'document-too-long'],
  ['300 nested quotes on one line', `${repeat('>', 300)} a`, 'too-deep'],
  ['3,000 nested quotes', `${repeat('>', 3000)} a`, 'too-deep'],
  ['10,000 nested quotes', `${repeat('> ', 10000)}a`, 'too-deep'],
  ['300 quote+list levels', `${repeat('> - ', 300)}a`, 'too-deep'],
  ['3,000 list markers on one line', `${repeat('- ', 3000)}a`, 'too-deep'],
  ['3,000 nested emphasis', `${repeat('*', 3000)}a${repeat('*', 3000)}`, 'too-deep'],
  ['3,000 open emphasis', `${repeat('*a ', 3000)}${repeat('b* ', 3000)}`, 'too-deep'],
  ['3,000 nested <div>', `${repeat('<div>', 3000)}a`, 'too-deep'],
  ['3,000 nested <span>', `x ${repeat('<span>', 3000)}a`, 'too-deep'],
  ['1 MB single line', repeat('Lorem *ipsum* [dolor](http://x.y) sit. ', 25_000), 'too-long'],
];

describe('render limits: pathological Markdown gives a placeholder quickly', () => {
  test.each(PATHOLOGICAL)(
    '%s',
    (_name, markdown, kind) => {
      const render = timed(() => renderMarkdown(markdown));
      const split = timed(() => splitBlocks(markdown));
      console.log(
        `${_name.padEnd(42)} render ${render.ms.toFixed(0).padStart(5)} ms, split ${split.ms.toFixed(0).padStart(5)} ms`,
      );
      expect(render.value).toContain(`data-refused="${kind}"`);
      expect(render.value).toMatch(/too (deeply|long) to preview/);
      expect(split.value.map((b) => b.source).join('')).toBe(markdown);
      // Bounded: a few hundred ms here (printed above; speed is the bench's business). The test's
      // timeout is the guard against a render that never ends.
    },
    60_000,
  );

  test('a refused stretch leaves the blocks around it rendered as usual', () => {
    const deep = `${repeat('>', 500)} x`;
    const text = `# Antes\n\nPárrafo *uno*.\n\n${deep}\n\nDespués [enlace][r].\n\n[r]: https://ejemplo.cl\n`;
    const html = renderMarkdown(text);
    expect(html).toContain('<h1 id="antes">Antes</h1>');
    expect(html).toContain('<em>uno</em>');
    expect(html).toContain('data-refused="too-deep"');
    expect(html).toContain('<a href="https://ejemplo.cl">enlace</a>');
    expect(splitBlocks(text).map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'too-deep',
      'paragraph',
      'definition',
    ]);
  });

  test('nesting under the limits still renders', () => {
    const html = renderMarkdown(nestedList(RENDER_LIMITS.maxNesting - 2));
    expect(html.match(/<ul>/g)).toHaveLength(RENDER_LIMITS.maxNesting - 2);
    expect(renderMarkdown(`${repeat('>', 20)} a`).match(/<blockquote>/g)).toHaveLength(20);
    expect(renderMarkdown(`${repeat('*', 40)}a${repeat('*', 40)}`)).toContain('<strong>');
  });

  test('a 10 MB body is refused as a whole, at once', () => {
    const body = repeat('Párrafo con *énfasis* y [un enlace](https://x.cl).\n\n', 200_000);
    expect(body.length).toBeGreaterThan(10_000_000);
    const { value, ms } = timed(() => renderMarkdown(body));
    console.log(`10 MB body: refused in ${ms.toFixed(0)} ms`);
    expect(value).toContain('data-refused="document-too-long"');
  }, 60_000);

  test('a long fenced code block is not refused (remark reads it as plain text)', () => {
    const code = repeat('const x = [[[[***___<div>]]]];\n', 3000);
    const text = `\`\`\`js\n${code}\`\`\`\n\nFin\n`;
    expect(refusedStretches(text)).toEqual([]);
    expect(renderMarkdown(text)).toContain('<code class="language-js">');
  });

  test('10,000 reference definitions render in bounded time', () => {
    const defs = Array.from({ length: 10_000 }, (_, i) => `[r${i}]: https://ejemplo.cl/${i}`);
    const paras = Array.from({ length: 200 }, (_, i) => `Texto [r${i * 50}] y [otro].`);
    const text = `${paras.join('\n\n')}\n\n${defs.join('\n')}\n`;
    const { value, ms } = timed(() => renderMarkdown(text));
    console.log(`10,000 definitions + 200 paragraphs: render ${ms.toFixed(0)} ms`);
    expect(value).toContain('<a href="https://ejemplo.cl/9950">r9950</a>');
    expect(value).toContain('[otro]');
  }, 180_000);

  test('no real post in the corpus has a refused stretch', () => {
    const corpus = corpusFiles(CORPUS_DIR);
    expect(corpus.length).toBeGreaterThan(250);
    for (const file of corpus) {
      expect(refusedStretches(readFileSync(file, 'utf8')), file).toEqual([]);
    }
  });
});

describe('render limits: the incremental renderer equals the full render', () => {
  test('while a block grows too deep and back', () => {
    const renderer = createIncrementalRenderer();
    const base = '# Título\n\nUno.\n\nDos [a].\n\n[a]: /x\n\nTres.\n';
    const steps = [
      base,
      base.replace('Dos', `${repeat('>', 40)} Dos`),
      base.replace('Dos', `${repeat('> ', 20)}Dos`),
      base.replace('Uno.', `${repeat('- ', 200)}Uno.`),
      base.replace('Uno.\n\n', 'Uno.\n'),
      base.replace('Tres.', repeat('Tres *a* ', 7000)),
      base,
      repeat(base, 1 + Math.ceil(RENDER_LIMITS.maxDocumentChars / base.length)),
      base,
    ];
    for (const text of steps) {
      expect(renderer.update(text).html).toBe(renderMarkdown(text));
    }
  });
});
