import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shownOf, typableOffset } from '../fuzz/properties.ts';
import { corpusBodies, sampleBody } from './corpus.fixture.ts';
import {
  FAST_PATH_MAX_CHARS,
  typeIntoBlock,
  type ShownBlock,
  type ShownDocument,
} from './typing.ts';

/** What a person types: mostly letters, often a character that means something. */
const LETTERS = [...'abcñé ,.'];
const MARKUP = [
  ...'1;:?¿!¡"\'*_`~#->+=|[]()<>{}^\\&%$\n\t',
  ...['\n\n', '  \n', '# ', '- ', '1. ', '> ', '```', '~~~', '    ', '===', '---'],
  ...['[^1]', '[^1]: x', '[a]: /x', '{: .x}', '{% raw %}', '{{ site.url }}', '<div>', '<pre>'],
  ...['<!--', '-->', '<!--more-->', '![i](/x.png)', '[l](//h.com/x)', '&amp;', '\r\n', 'www.x.com'],
];

type Step = { at: number; remove: number; insert: string };

const step: fc.Arbitrary<Step> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(
    { arbitrary: fc.constant(0), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 1 },
  ),
  insert: fc.oneof(
    { arbitrary: fc.constantFrom(...LETTERS), weight: 3 },
    { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
    { arbitrary: fc.constant(''), weight: 1 },
  ),
});

/**
 * Applies an edit inside the paragraphs of `shown` (`at` picks a position among their
 * characters), or anywhere in a body without paragraphs.
 */
function apply(shown: ShownDocument, { at, remove, insert }: Step): string {
  const index = typableOffset(shown, (n) => at % (n + 1));
  return shown.body.slice(0, index) + insert + shown.body.slice(index + remove);
}

describe('typeIntoBlock', () => {
  test('gives exactly the blocks of a full render, or declines, for random edits of the corpus', () => {
    let hits = 0;
    let tries = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpusBodies.length - 1 }),
        fc.array(step, { minLength: 1, maxLength: 6 }),
        (which, steps) => {
          let shown = shownOf(corpusBodies[which].slice(0, 3000));
          for (const s of steps) {
            const next = apply(shown, s);
            if (next === shown.body) continue;
            const typed = typeIntoBlock(shown, next);
            tries++;
            const full = shownOf(next);
            if (typed) {
              hits++;
              expect(typed).toEqual(full.blocks);
              // Keep typing on the fast path's own result, as the page does.
              shown = { ...full, blocks: typed };
            } else {
              shown = full;
            }
          }
        },
      ),
      {
        numRuns: Number(process.env.TYPING_RUNS ?? 300),
        seed: Number(process.env.TYPING_SEED ?? 20261127),
      },
    );
    console.log(`fast path taken for ${hits} of ${tries} random edits`);
    expect(hits).toBeGreaterThan(tries / 4);
  });

  test('covers plain typing and deleting inside paragraphs of the sample post', () => {
    const paragraphs = shownOf(sampleBody).blocks.filter(
      (b) => b.kind === 'paragraph' && !/[[{]/.test(sampleBody.slice(b.from, b.to)),
    );
    expect(paragraphs.length).toBeGreaterThan(3);
    let shown = shownOf(sampleBody);
    let taken = 0;
    let keys = 0;
    for (const paragraph of paragraphs.slice(0, 6)) {
      const block = shown.blocks.find((b) => b.key === paragraph.key) as ShownBlock;
      // The end of the paragraph's first word, then type a phrase and take some of it back.
      let at = block.from + shown.body.slice(block.from).search(/\s/);
      for (const key of [...' y luego, *otra* mesa: `datos` 2016.', 'Backspace', 'Backspace']) {
        const next =
          key === 'Backspace'
            ? shown.body.slice(0, at - 1) + shown.body.slice(at)
            : shown.body.slice(0, at) + key + shown.body.slice(at);
        at += key === 'Backspace' ? -1 : 1;
        keys++;
        const typed = typeIntoBlock(shown, next);
        const full = shownOf(next);
        if (typed) {
          taken++;
          expect(typed).toEqual(full.blocks);
        }
        shown = { ...full, blocks: typed ?? full.blocks };
      }
    }
    // Every key takes the fast path, those that open or close emphasis and code spans too: it
    // renders the whole paragraph again.
    expect(taken).toBe(keys);
  });

  test('declines edits that can reach other blocks', () => {
    const body = 'Uno dos.\n\nTres cuatro.\n\n# Título\n\nCinco.\n';
    const shown = shownOf(body);
    const at = (needle: string, insert: string, remove = 0) => {
      const i = body.indexOf(needle);
      return body.slice(0, i) + insert + body.slice(i + remove);
    };
    // On the blank line between two paragraphs: joins them.
    expect(typeIntoBlock(shown, at('\nTres', 'x'))).toBeNull();
    // Before a paragraph's first character: its indentation decides what it continues.
    expect(typeIntoBlock(shown, at('Tres', '  '))).toBeNull();
    // A heading whose id no other heading uses: taken, with its new id.
    const retitled = typeIntoBlock(shown, at('tulo', 'x'));
    expect(retitled).toEqual(shownOf(at('tulo', 'x')).blocks);
    expect(retitled?.[2].html).toBe('<h1 id="tíxtulo">Tíxtulo</h1>');
    // A line that starts a new block inside the paragraph.
    expect(typeIntoBlock(shown, at(' cuatro', '\n# '))).toBeNull();
    // An attribute list or a Liquid tag.
    expect(typeIntoBlock(shown, at(' cuatro', ' {: .x}'))).toBeNull();
    expect(typeIntoBlock(shown, at(' cuatro', ' {% raw %}'))).toBeNull();
    // A paragraph too long to render in the key press's task is left to the worker.
    const long = `Uno ${'palabra '.repeat(FAST_PATH_MAX_CHARS / 8)}dos.\n\nTres.\n`;
    expect(typeIntoBlock(shownOf(long), long.replace('Uno', 'Unos'))).toBeNull();
    // The same text twice: nothing to do.
    expect(typeIntoBlock(shown, body)).toBeNull();
    // Inside a paragraph: taken, and equal to the full render.
    const typed = typeIntoBlock(shown, at(' cuatro', ' y *media*'));
    expect(typed).toEqual(shownOf(at(' cuatro', ' y *media*')).blocks);
  });

  test('declines a heading whose id another heading uses, before or after the edit', () => {
    const body = '## Notas\n\nTexto.\n\n## Notas 2\n\nMás.\n';
    const shown = shownOf(body);
    // "Notas 2" → "Notas": the second "notas" would become notas-1.
    expect(typeIntoBlock(shown, body.replace('Notas 2', 'Notas'))).toBeNull();
    // "Notas" → "Notas 2x" is free of both: taken.
    const free = body.replace('Notas 2', 'Notas 2x');
    expect(typeIntoBlock(shown, free)).toEqual(shownOf(free).blocks);
    const twice = '## Uno\n\n## Uno\n';
    expect(typeIntoBlock(shownOf(twice), '## Uno\n\n## Unos\n')).toBeNull();
  });

  test('declines links in a document with definitions, and takes them without', () => {
    const withDefinitions = 'Ver esto.\n\n[a]: https://example.com/\n';
    const edited = withDefinitions.replace('esto', 'esto [a]');
    expect(typeIntoBlock(shownOf(withDefinitions), edited)).toBeNull();
    const without = 'Ver esto.\n\nOtro.\n';
    const linked = without.replace('esto', 'esto [a] [^1]');
    const typed = typeIntoBlock(shownOf(without), linked);
    expect(typed).toEqual(shownOf(linked).blocks);
  });
});
