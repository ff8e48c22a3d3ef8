import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { prepareLiquidSource } from './liquid.ts';
import { refusedStretches, rescanRefusals, scanRefusals, type RefusalScan } from './limits.ts';

// Lines that open or close fences (also as highlight tags), lines that add to the nesting and
// inline depth a stretch accumulates (eleven `<div>` lines, or three of open emphasis, in one
// stretch are refused), blank lines, definitions and plain text.
const DEEP_QUOTE = `${'>'.repeat(33)} hondo`;
const DIVS = '<div>'.repeat(10);
const STARS = '*a '.repeat(40);
const LINES = [
  '',
  'Texto llano con *énfasis*.',
  '```',
  '```js',
  '````',
  '~~~',
  '   ```',
  '{% highlight ruby %}',
  '{% endhighlight %}',
  DEEP_QUOTE,
  '> - cita',
  DIVS,
  '</div>'.repeat(10),
  STARS,
  '[r]: https://ejemplo.cl/r',
  '- item',
  '    sangrado',
];
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r'];

const join = (lines: string[], end: string) => lines.map((l) => l + end).join('');
// Stretches that are refused, or would be once a line (a fence, a blank line) is taken away or
// added: hostile lines inside fences, and halves of a too-deep stretch split by a blank line.
const segment = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.constantFrom('Texto llano.', '- item', '> cita', 'Otra frase más.'), {
        minLength: 1,
        maxLength: 6,
      })
      .map((lines) => [...lines, '']),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          ['```', '```'],
          ['~~~~', '~~~~'],
          ['{% highlight js %}', '{% endhighlight %}'],
        ),
        fc.array(fc.constantFrom(DEEP_QUOTE, DIVS, STARS, 'x', ''), {
          minLength: 1,
          maxLength: 14,
        }),
      )
      .map(([[open, close], inside]) => [open, ...inside, close, '']),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(DIVS, STARS), fc.integer({ min: 1, max: 10 }))
      .map(([line, n]) => [
        ...Array<string>(n).fill(line),
        '',
        ...Array<string>(11 - n).fill(line),
        '',
      ]),
  },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...LINES), { maxLength: 4 }) },
);
const body = fc
  .tuple(fc.array(segment, { maxLength: 60 }), fc.constantFrom(...BREAKS))
  .map(([segments, end]) => join(segments.flat(), end));
const line = fc
  .tuple(fc.constantFrom(...LINES), fc.constantFrom(...BREAKS))
  .map(([text, end]) => text + end);
const inserted = fc.oneof(
  fc.constantFrom('a', '\n', '\n\n', ' ', '`', '```\n', '>', '<div>', '\r', '{% endhighlight %}\n'),
  fc.array(line, { maxLength: 12 }).map((lines) => lines.join('')),
);
/**
 * An edit as a fraction of the text's length (the text is generated first), how much it
 * replaces, what it inserts, and whether it replaces whole lines (a fence or a blank line taken
 * away or added).
 */
const edit = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat(400),
  inserted,
  fc.boolean(),
);

/** Returns the start of the line `at` is on. */
const lineStart = (text: string, at: number) =>
  Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;

/** Applies an edit drawn by `edit` to `text`; returns the new text and the replaced range. */
function apply(text: string, [at, length, insert, lines]: [number, number, string, boolean]) {
  let from = Math.min(text.length, Math.floor(at * text.length));
  let to = Math.min(text.length, from + (length % 3 === 0 ? 0 : length));
  if (lines) {
    from = lineStart(text, from);
    to = length % 2 === 0 ? from : lineStart(text, Math.min(text.length, from + 1 + (length % 40)));
    if (to <= from && length % 2 === 1) to = text.length;
  }
  return { next: text.slice(0, from) + insert + text.slice(to), from, to };
}

describe('refusal pre-check re-read around an edit', () => {
  test.each([false, true])(
    'equals a full scan after every edit of a chain (jekyll %s)',
    (jekyll) => {
      const lineOf = jekyll ? prepareLiquidSource : undefined;
      const full = (text: string) => refusedStretches(jekyll ? prepareLiquidSource(text) : text);
      fc.assert(
        fc.property(body, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
          let text = start;
          let scan: RefusalScan = scanRefusals(text, lineOf);
          expect(scan.refusals).toEqual(full(text));
          for (const drawn of edits) {
            const { next, from, to } = apply(text, drawn);
            scan = rescanRefusals(scan, next, { from, to }, lineOf);
            expect(scan.refusals).toEqual(full(next));
            expect(scan.length).toBe(next.length);
            text = next;
          }
        }),
        { numRuns: 300, seed: 15 },
      );
    },
  );

  test('each checkpoint kept after edits is a line start, in order', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        let text = start;
        let scan = scanRefusals(text);
        for (const drawn of edits) {
          const { next, from, to } = apply(text, drawn);
          scan = rescanRefusals(scan, next, { from, to });
          text = next;
          let last = -1;
          for (const { at } of scan.checkpoints) {
            expect(at).toBeGreaterThan(last);
            const lineStart =
              at === 0 || text[at - 1] === '\n' || (text[at - 1] === '\r' && text[at] !== '\n');
            expect(lineStart).toBe(true);
            last = at;
          }
        }
      }),
      { numRuns: 200, seed: 16 },
    );
  });
});
