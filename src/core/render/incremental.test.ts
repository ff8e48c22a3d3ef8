import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createIncrementalRenderer } from './incremental.ts';
import { renderMarkdown } from './render-markdown.ts';
import {
  blogBodies as blogPosts,
  corpusBodies as corpus,
  sampleBody as sample,
} from './corpus.fixture.ts';

const SNIPPETS = [
  'a',
  '2. ',
  '3) ',
  '-\n',
  '1.\n',
  '    x\n',
  ' ',
  '\n',
  '\n\n',
  '[^1]',
  '[^1]: nota\n',
  '[a]',
  '[a]: /x\n',
  '[a]: /y "t"\n',
  '# ',
  '## Título\n',
  '- ',
  '1. ',
  '> ',
  '```\n',
  '~~~',
  '    ',
  '===\n',
  '---\n',
  '|a|b|\n|-|-|\n',
  '<div>\n',
  '</div>',
  '<!--more-->',
  '{: .x}\n',
  '{:target="_blank"}',
  '{% raw %}',
  '{% endraw %}',
  '{{ site.baseurl }}',
  '*',
  '_',
  '`',
  '![i](/x.png)',
  '[l](//h.com/x)',
  '<!--',
  '-->',
  '\\',
  '&amp;',
  '\r\n',
];

type Edit = { at: number; remove: number; insert: string };

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 80 })),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
});

function apply(text: string, { at, remove, insert }: Edit): string {
  const index = Math.floor(at * text.length);
  return text.slice(0, index) + insert + text.slice(index + remove);
}

describe('incremental renderer', () => {
  test('equals renderMarkdown after every edit of random edit sequences on corpus bodies', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpus.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (which, edits) => {
          // Long bodies make each run slow without exercising anything new: cut them.
          let text = corpus[which].slice(0, 4000);
          const renderer = createIncrementalRenderer();
          expect(renderer.update(text).html).toBe(renderMarkdown(text));
          for (const step of edits) {
            text = apply(text, step);
            expect(renderer.update(text).html).toBe(renderMarkdown(text));
          }
        },
      ),
      { numRuns: 100, seed: 20240604 },
    );
    // A time limit against a hang only: these runs take about 40 s on 2 busy cores.
  }, 180_000);

  test('equals renderMarkdown on line edits of small documents full of dependencies', () => {
    const lines = [
      '# Notas',
      '## Notas',
      'Notas',
      '===',
      '',
      '',
      'Texto[^1] y [a].',
      'Otra[^2] y [^1].',
      '[^1]: Uno.',
      '[^2]: Dos [b].',
      '[a]: /a',
      '[b]: //h.com/b',
      '- item [a]',
      '    código',
      '```',
      '{: #fijo}',
      '{: .clase}',
      '> cita[^2]',
      '<div>',
      '</div>',
      '<!--more-->',
      '| x | y |',
      '|---|---|',
      '{% raw %}',
      '{{ site.baseurl }}',
      '{% endraw %}',
      'Dos [a][] y [^3]',
      '[^3]: Tres.',
    ];
    const line = fc.constantFrom(...lines);
    const step = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: line }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), value: fc.constant('') }),
      fc.record({
        kind: fc.constant('type' as const),
        at: fc.nat(),
        value: fc.constantFrom('x', ' ', '#', '[', ']', '^', '\n'),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 14 }),
        fc.array(step, { minLength: 1, maxLength: 10 }),
        (start, steps) => {
          let doc = [...start];
          let text = doc.join('\n');
          const renderer = createIncrementalRenderer();
          renderer.update(text);
          for (const { kind, at, value } of steps) {
            if (kind === 'type') {
              const index = text.length === 0 ? 0 : at % (text.length + 1);
              text = text.slice(0, index) + value + text.slice(index);
              doc = text.split('\n');
            } else {
              const index = doc.length === 0 ? 0 : at % (doc.length + (kind === 'insert' ? 1 : 0));
              if (kind === 'insert') doc.splice(index, 0, value);
              else doc.splice(index, 1);
              text = doc.join('\n');
            }
            expect(renderer.update(text).html).toBe(renderMarkdown(text));
          }
        },
      ),
      { numRuns: 250, seed: 7 },
    );
  }, 180_000);

  test('the first render, from the split’s own parse, equals renderMarkdown on every corpus post', () => {
    let blocks = 0;
    let reused = 0;
    for (const text of [sample, ...corpus]) {
      const renderer = createIncrementalRenderer();
      expect(renderer.update(text).html).toBe(renderMarkdown(text));
      blocks += renderer.stats.lastRendered;
      reused += renderer.stats.lastReused;
    }
    // Most posts have no reference definitions, so most blocks are not parsed twice.
    expect(reused).toBeGreaterThan(blocks / 2);
    console.log(
      `first renders of ${corpus.length + 1} posts: ${reused} of ${blocks} blocks not parsed again`,
    );
  }, 120_000);

  test('the first render equals renderMarkdown on generated documents, with every option', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SNIPPETS),
      fc.constantFrom(
        'Hola',
        'mundo',
        'www.ejemplo.com',
        'a@b.cl',
        '~~no~~',
        '  \n',
        '\t',
        '1986\\.',
        '\n\n    x\n\n',
        '\n\n<pre>\n',
        '<!-- c -->',
        '[^n]: y\n',
        '\r\uFEFF',
      ),
    );
    const options = fc.constantFrom(
      {},
      { jekyll: false },
      { sanitize: false },
      { siteUrl: 'https://example.org/blog/' },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), options, (pieces, opts) => {
        const text = pieces.join('');
        const renderer = createIncrementalRenderer(opts);
        expect(renderer.update(text).html).toBe(renderMarkdown(text, opts));
      }),
      { numRuns: 3000, seed: 11 },
    );
  }, 120_000);

  test('a block that starts with U+FEFF is parsed alone, on a full split and in a window', () => {
    // micromark drops a leading byte order mark: the block alone reads `# h` as a heading.
    for (const text of ['a\n\n\uFEFF# h\n', 'a\n\n\uFEFF- x\n']) {
      expect(createIncrementalRenderer().update(text).html).toBe(renderMarkdown(text));
    }
    const renderer = createIncrementalRenderer();
    renderer.update('a\n\nb\n\nc\n\nd\n\ne\n');
    const next = 'a\n\nb\n\nc\n\nd\n\n\uFEFF# e\n';
    expect(renderer.update(next).html).toBe(renderMarkdown(next));
    expect(renderer.stats.fullSplits).toBe(1);
  });

  test("a window takes the whole text's refusals, not its own pre-check's", () => {
    // The refusal pre-check reads the indented ``` as a fence that hides the deep quotes after
    // it; the window around an edit after that line starts without it.
    const quote = `${'>'.repeat(33)} hondo\n\n`;
    const text = `Dos\n    \`\`\`\n\n# Título\n\n${quote}${quote}`;
    const renderer = createIncrementalRenderer();
    renderer.update(text);
    const next = `${text.slice(0, 24)}a${text.slice(24)}`;
    expect(renderer.update(next).html).toBe(renderMarkdown(next));
    // The edit was taken by the window, not by splitting the whole text again.
    expect(renderer.stats.fullSplits).toBe(1);
  });

  test('per-block fragments joined are the whole render; keys are unique', () => {
    for (const text of blogPosts.slice(0, 40)) {
      const result = createIncrementalRenderer().update(text);
      expect(result.html).toBe(renderMarkdown(text));
      expect(new Set(result.blocks.map((b) => b.key)).size).toBe(result.blocks.length);
      for (const block of result.blocks) expect(result.html).toContain(block.html);
    }
  });

  test('plain typing never falls back to a full split and re-renders one block', () => {
    const renderer = createIncrementalRenderer();
    let text = sample;
    renderer.update(text);
    const at = text.indexOf('\n\n', Math.floor(text.length / 2));
    const typed = ' Escribo una frase nueva, con acentos: ¿qué tal? Sí.';
    let rendered = 0;
    for (let i = 1; i <= typed.length; i++) {
      text = sample.slice(0, at) + typed.slice(0, i) + sample.slice(at);
      const update = renderer.update(text);
      rendered += renderer.stats.lastRendered;
      expect(renderer.stats.lastRendered).toBe(1);
      // The block typed in is rendered from the parse of the window around the edit.
      expect(renderer.stats.lastReused).toBe(1);
      expect(update.blocks.filter((b) => b.changed)).toHaveLength(1);
    }
    expect(renderer.update(text).html).toBe(renderMarkdown(text));
    expect(renderer.stats.fullSplits).toBe(1);
    console.log(
      `typing ${typed.length} chars: ${rendered} block renders, ${renderer.stats.fullSplits - 1} fallbacks`,
    );
  });

  test('a new definition re-renders the blocks that use it, and only those', () => {
    const text = 'Uso [a] aquí.\n\nOtro párrafo.\n\nY [a] otra vez.\n';
    const renderer = createIncrementalRenderer();
    renderer.update(text);
    const next = renderer.update(`${text}\n[a]: https://example.com/\n`);
    expect(next.html).toBe(renderMarkdown(`${text}\n[a]: https://example.com/\n`));
    expect(next.html).toContain('<a href="https://example.com/">a</a> aquí');
    expect(next.blocks.map((b) => b.changed)).toEqual([true, false, true, true]);
  });

  test('footnote numbering follows the order of calls across blocks', () => {
    const renderer = createIncrementalRenderer();
    const first = 'Uno[^b].\n\nDos[^a].\n\n[^a]: A.\n[^b]: B.\n';
    renderer.update(first);
    const swapped = 'Dos[^a].\n\nUno[^b].\n\n[^a]: A.\n[^b]: B.\n';
    const result = renderer.update(swapped);
    expect(result.html).toBe(renderMarkdown(swapped));
    expect(result.blocks[0].html).toContain('>1</a>');
    expect(result.blocks.at(-1)?.key).toBe('footnotes');
  });
});
