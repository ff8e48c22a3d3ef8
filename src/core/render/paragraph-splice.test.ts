import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shownOf } from '../fuzz/properties.ts';
import { changeBetween } from '../text.ts';
import { corpusBodies, sampleBody } from './corpus.fixture.ts';
import { SPLICED_KINDS, spliceParagraph } from './paragraph-splice.ts';
import { typeIntoBlock, WARM_UP, type ShownDocument } from './typing.ts';

/**
 * Splices `previous` → `next` into the block the edit starts in (a paragraph, a list, a quote
 * or a table), as the fast path does; returns the new HTML and the full render's HTML of that block
 * and its kind, or null when the edit does not fall in one such block or the splice declined.
 */
function spliced(
  shown: ShownDocument<string>,
  next: string,
): { html: string; full: string; kind: string } | null {
  const previous = shown.body;
  const { from: head, to: oldEnd } = changeBetween(previous, next);
  const index = shown.blocks.findIndex((b) => b.from <= head && oldEnd <= b.to);
  const block = shown.blocks[index];
  if (!block || !SPLICED_KINDS.has(block.kind)) return null;
  const html = spliceParagraph(previous, next, block, head, oldEnd, shown.contextFree);
  if (html === null) return null;
  const after = shownOf(next).blocks;
  // The edit may have split or joined blocks: the splice must have declined then.
  const full = after.length === shown.blocks.length ? after[index].html : '(blocks changed)';
  return { html, full, kind: block.kind };
}

/** Text a person types or pastes that the splice may take. */
const PLAIN = fc.constantFrom(
  ...['a', 'ñ', 'é', 'x', ' ', '  ', ',', '.', '1', '2.', 'ab', 'Uno dos', ' tres.', ', y '],
  ...['www', 'w.', '1. ', '.. ', 'Ω', ' 90', 's'],
);

/** Pieces of paragraphs: words, the syntax a plain edit could meet, and what the splice leaves. */
const WORDS = fc.constantFrom(
  ...['palabra', 'otra', 'ñandú', 'año', '2016', 'x', 's', ' ', ' ', ' ', '  ', ',', '.', '\n'],
);
const SYNTAX = fc.constantFrom(
  ...['*', '**', '_', '__', '~~', '[', ']', '(', ')', '](/x)', '](/x "t y z")', '![a b](/i.png)'],
  ...['www.x.com', 'http://a.b/c', 'a@b.co', '"', "'", '--', '---', '...', '..', '>>', '>'],
  ...['1. ', '1) ', '# ', '> ', '- ', '+ ', '|', '  \n', ':', '@', '\t', '=', '===', '\n    '],
  ...["'80s", '"\'', '\n1.', '\n#', '\n-', '\n===', '\n---', '\n|', '[^1]', '[a b]'],
  ...['[t](', '](', '( ', ' )', '](\n', '\n)', ' "t y"', " 't'", '(b)', '![x y](', ' (t)'],
);
const LEFT_ALONE = fc.constantFrom(
  ...['`', '``', '[l](<a b>)', '<b>', '</b>', '&amp;', '&#97;', '\\*', '\\', '{{ x }}', '{: .c}'],
  ...['\\\n', '<!--more-->', '{% raw %}'],
);
const PIECES = fc.oneof(
  { arbitrary: WORDS, weight: 12 },
  { arbitrary: SYNTAX, weight: 3 },
  { arbitrary: LEFT_ALONE, weight: 1 },
);

const paragraphText = fc
  .array(PIECES, { minLength: 3, maxLength: 40 })
  .map((pieces) => pieces.join('').replace(/\n{2,}/g, '\n'));

const bodyOf = fc.record({
  before: fc.constantFrom('', 'Uno dos.\n\n', '# Título\n\n'),
  paragraph: paragraphText,
  after: fc.constantFrom('', '\n\nFin.\n', '\n\n[a b]: /def\n', '\n\nNota[^1].\n\n[^1]: Pie.\n'),
});

/**
 * Edits `body` at `start` as a person typing plain text would: removes up to `remove` characters
 * (the plain ones only) and inserts `insert`. Checks that the splice and the fast path each give
 * exactly the full render, or decline; returns the kind of the block the splice took the edit
 * in, '' when it declined (null: no edit).
 */
function checkPlainEdit(
  body: string,
  start: number,
  remove: number,
  insert: string,
): string | null {
  const removed = body.slice(start, start + remove).replace(/[^\p{L}\p{N}., ]/gu, '');
  const next = body.slice(0, start) + insert + body.slice(start + removed.length);
  if (next === body) return null;
  const shown = shownOf(body);
  const result = spliced(shown, next);
  if (result) expect(result.html, JSON.stringify({ body, next })).toBe(result.full);
  const typed = typeIntoBlock(shown, next);
  if (typed) expect(typed, JSON.stringify({ body, next })).toEqual(shownOf(next).blocks);
  return result?.kind ?? '';
}

/**
 * Checks plain edits (`checkPlainEdit`) at random places of `before + text + after`, over the
 * property test's runs (SPLICE_RUNS, SPLICE_SEED or `seed`); returns how many edits there were
 * and how many the splice took in a block of a kind that `counts` accepts.
 */
function plainEditsIn(
  befores: string[],
  text: fc.Arbitrary<string>,
  afters: string[],
  seed: number,
  counts: (kind: string) => boolean,
): { taken: number; tries: number } {
  let taken = 0;
  let tries = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...befores),
      text,
      fc.constantFrom(...afters),
      fc.nat(),
      fc.integer({ min: 0, max: 4 }),
      fc.array(PLAIN, { maxLength: 3 }),
      (before, body, after, at, remove, insert) => {
        const start = before.length + (at % (body.length + 1));
        const kind = checkPlainEdit(`${before}${body}${after}`, start, remove, insert.join(''));
        if (kind !== null) tries++;
        if (kind && counts(kind)) taken++;
      },
    ),
    {
      numRuns: Number(process.env.SPLICE_RUNS ?? 3000),
      seed: Number(process.env.SPLICE_SEED ?? seed),
    },
  );
  return { taken, tries };
}

/** An edit: the body, the text it comes after, what it inserts, how much it removes there. */
type EditCase = [body: string, needle: string, insert: string, remove?: number];

/** Returns the body of `edit` once edited. */
function edited([body, needle, insert, remove = 0]: EditCase): string {
  const at = body.indexOf(needle) + needle.length;
  return body.slice(0, at) + insert + body.slice(at + remove);
}

/** Asserts that the splice takes each edit, in a block of a kind `isKind` accepts, exactly. */
function expectTaken(cases: EditCase[], isKind: (kind: string) => boolean): void {
  for (const edit of cases) {
    const next = edited(edit);
    const result = spliced(shownOf(edit[0]), next);
    expect(result, next).not.toBeNull();
    expect(result?.kind, next).toSatisfy(isKind);
    expect(result?.html, next).toBe(result?.full);
  }
}

/** Asserts that the splice declines each edit, and that the fast path is exact or declines. */
function expectDeclined(cases: EditCase[]): void {
  for (const edit of cases) {
    const next = edited(edit);
    expect(spliced(shownOf(edit[0]), next), next).toBeNull();
    const typed = typeIntoBlock(shownOf(edit[0]), next);
    if (typed) expect(typed, next).toEqual(shownOf(next).blocks);
  }
}

describe('spliceParagraph', () => {
  test('gives exactly the HTML of a full render, or declines, for plain edits next to any syntax', () => {
    let taken = 0;
    let tries = 0;
    fc.assert(
      fc.property(
        bodyOf,
        fc.nat(),
        fc.integer({ min: 0, max: 4 }),
        fc.array(PLAIN, { maxLength: 3 }),
        ({ before, paragraph, after }, at, remove, insert) => {
          const start = before.length + (at % (paragraph.length + 1));
          const took = checkPlainEdit(
            `${before}${paragraph}${after}`,
            start,
            remove,
            insert.join(''),
          );
          if (took !== null) tries++;
          if (took) taken++;
        },
      ),
      {
        numRuns: Number(process.env.SPLICE_RUNS ?? 3000),
        seed: Number(process.env.SPLICE_SEED ?? 20261204),
      },
    );
    console.log(`splice taken for ${taken} of ${tries} plain edits next to syntax`);
    // Most of these paragraphs hold syntax the splice leaves to the parser; some must be taken.
    expect(taken).toBeGreaterThan(tries / 20);
  }, 300_000);

  test('gives exactly the full render, or declines, for plain edits in and around links', () => {
    const space = fc.constantFrom('', ' ', '  ', '\n', ' \n ');
    const tail = fc
      .tuple(
        space,
        fc.constantFrom('foo', 'a(b)', '/u', 'palabra', 'a(b)c', ''),
        space,
        fc.constantFrom('', '"t y"', '(t y)', "'t'", 'foo', '"a ) b"', 'x y'),
        space,
        fc.constantFrom(')', ' )', '', ') y'),
      )
      .map((parts) => parts.join(''));
    let taken = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('[t', '![a b', '[a b'),
        tail,
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        fc.array(PLAIN, { maxLength: 2 }),
        (text, linkTail, at, remove, insert) => {
          const paragraph = `Ver ${text}](${linkTail} y más palabras.`;
          const start = 8 + (at % (paragraph.length + 1));
          const body = `Antes.\n\n${paragraph}\n\nFin.\n`;
          if (checkPlainEdit(body, start, remove, insert.join(''))) taken++;
        },
      ),
      { numRuns: Number(process.env.SPLICE_RUNS ?? 3000), seed: 20261205 },
    );
    console.log(`splice taken for ${taken} plain edits in and around links`);
    expect(taken).toBeGreaterThan(100);
  }, 300_000);

  test('gives exactly the full render, or declines, for plain edits in lists and quotes', () => {
    // A line's start: spaces, quote and list markers, as many as come (task items, code).
    const prefix = fc.constantFrom(
      ...['- ', '* ', '+ ', '1. ', '2) ', '10. ', '> ', '> - ', '- > ', '>', '> > ', '- - '],
      ...['', ' ', '  ', '   ', '    ', '     ', '\t', '-  ', '-    ', '-     ', '1.  ', '  - '],
      ...['    - ', '  1. ', '- [ ] ', '- [x] ', '-\t', '> 1. ', '>     ', '2. ', '- # '],
    );
    const content = fc
      .array(PIECES, { minLength: 1, maxLength: 8 })
      .map((pieces) => pieces.join('').replace(/\n/g, ' '));
    const line = fc.oneof(
      { arbitrary: fc.tuple(prefix, content).map(([p, c]) => p + c), weight: 8 },
      { arbitrary: fc.constantFrom('', '  ===', '  ---', '> ', '-', '  | a |'), weight: 1 },
    );
    const container = fc
      .tuple(
        fc.constantFrom('- ', '1. ', '> ', '* ', '> - '),
        content,
        fc.array(line, { maxLength: 6 }),
      )
      .map(([first, text, rest]) => [first + text, ...rest].join('\n'));
    const { taken, tries } = plainEditsIn(
      ['', 'Uno dos.\n\n'],
      container,
      ['', '\n\nFin.\n', '\n\n[a b]: /def\n'],
      20261206,
      (kind) => kind !== 'paragraph',
    );
    console.log(`splice taken for ${taken} of ${tries} plain edits in lists and quotes`);
    expect(taken).toBeGreaterThan(tries / 40);
  }, 300_000);

  test('gives exactly the full render, or declines, for plain edits in tables', () => {
    // Cells: words and some syntax on one line, with or without spaces at their ends (syntax
    // the splice leaves alone in any cell declines the whole table: it comes seldom here).
    const cellPieces = fc.oneof(
      { arbitrary: WORDS, weight: 30 },
      { arbitrary: SYNTAX, weight: 3 },
      { arbitrary: LEFT_ALONE, weight: 1 },
    );
    const cell = fc
      .tuple(
        fc.constantFrom('', ' ', '  ', '\t'),
        fc.array(cellPieces, { maxLength: 5 }),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([l, pieces, r]) => l + pieces.join('').replace(/\n/g, ' ').replace(/\|/g, '') + r);
    const rule = fc.constantFrom('---', ':--', '--:', ':-:', ' --- ', '-');
    // A row: its cells between pipes, the edge pipes optional (not both left out for one cell).
    const row = (cells: string[], edges: number) =>
      `${edges & 1 || cells.length === 1 ? '|' : ''}${cells.join('|')}${edges & 2 ? '|' : ''}`;
    const tableText = fc
      .tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.nat(3)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(rule, { minLength: 3, maxLength: 3 }),
        fc.nat(3),
        fc.constantFrom('', ' ', '  ', '    ', '> '),
      )
      .map(([columns, rows, rules, edges, indent]) => {
        const [head, ...body] = rows;
        const header = row(
          head[0].slice(0, columns).concat(Array(columns).fill('a')).slice(0, columns),
          edges,
        );
        return [header, row(rules.slice(0, columns), edges), ...body.map(([c, e]) => row(c, e))]
          .map((line, k) => (k === 0 ? line : indent + line))
          .join('\n');
      });
    const { taken, tries } = plainEditsIn(
      ['', 'Uno dos.\n\n', '    code\n\n', 'Uno dos.\n', '- uno\n\n'],
      tableText,
      ['', '\n\nFin.\n', '\n\n[a b]: /def\n', '\nsigue aquí\n'],
      20261207,
      (kind) => kind === 'table',
    );
    console.log(`splice taken for ${taken} of ${tries} plain edits in tables`);
    // Most edits meet a pipe, a cell's end, syntax or a row's first word, and are declined.
    expect(taken).toBeGreaterThan(tries / 80);
  }, 300_000);

  test('takes plain text typed in table cells; declines at their ends', () => {
    const table = 'Antes.\n\n| Año | Nombre |\n|:---|---:|\n| 2010 | la casa grande |\n\nFin.\n';
    const taken: EditCase[] = [
      [table, 'la ca', 'x'],
      [table, 'la casa', ' muy'],
      [table, 'la', '', 1],
      [table, 'Nom', 'b'],
      [table, 'grande', 's'], // at a cell's end, as a person fills a table
      [table, 'grande', 's y'],
      [table, '| 2010 | ', 'muy '], // at its start
      [table, '| 2010 | ', '', 3], // its first word cut

      ['Año | Nombre\n--- | ---\n2010 | la casa\n', 'la c', ' vieja'],
      ['Año | Nombre\n--- | ---\n2010 | la casa\n', '', 'x'], // a row's first word: letters
      // Cells without spaces at their pipes (the bench's table): a word ends at a `|`.
      ['|a|Team   |\n|---|---|\n|Notes with names   |Yes   |\n', '|Yes', 's'],
      ['|a|Team   |\n|---|---|\n|Notes with names   |Yes   |\n', '|Not', 'x'],
    ];
    expectTaken(taken, (kind) => kind === 'table');
    const declined: EditCase[] = [
      [table, 'grande', ' '], // a space at the cell's end: trimmed
      [table, '| 2010 |', ' '], // one at the next cell's start
      [table, 'grande', 's '],
      [table, '2010', '', 4], // the cell emptied
      ['Año | Nombre\n--- | ---\n2010 | la casa\n', '', '1'], // a row's first word: a digit
      ['| a | b |\n|---|---|\n| c | d | e f |\n', 'e', 'x'], // a cell past the header's
    ];
    expectDeclined(declined);
  });

  test('takes plain text typed in list items and quotes; declines where the markers decide', () => {
    const taken: EditCase[] = [
      ['Antes.\n\n- uno dos tres\n- cuatro cinco\n\nFin.\n', 'do', 'x'],
      ['- uno dos tres\n- cuatro cinco\n', 'cuatro', ' y seis'],
      ['1. uno dos\n2. tres cuatro\n   sigue aquí\n', 'sigue', '', 1],
      ['- uno dos\n  - tres cuatro\n', 'cua', ', 12'],
      ['> una cita\n> larga y lenta\n', 'larga', ' y honda'],
      ['> - uno [dos](/d) tres\n', 'tres', ' x'],
      ['- [ ] tarea por hacer\n', 'por', ' no'],
    ];
    expectTaken(taken, (kind) => kind !== 'paragraph');
    const declined: EditCase[] = [
      // One more space before an item's first word: its later lines leave it.
      ['-  x foo\n   - bar\n', '-  ', '', 1],
      ['- x foo\n', '- ', '1. '], // a list in the item
      ['- 1. foo\n', '- 1', '2'], // the item's number
      ['> x     foo\n', '> ', '', 1], // code in the quote
      ['- [a]: x y\n', 'x', '', 1], // a definition
      ['- a\n\n  | b | c |\n  |---|---|\n  | d |\n', '| d', ' e'], // a table's cell
      ['- # título largo\n', 'título', 's'], // a heading's id
      // After indented code, an item numbered from 2 is a paragraph that renders as a list.
      ['    code\n\n2. | c | d |\n   | - | - |\n   | e  f |\n', 'e  ', '', 1],
      ['    e\n\n2. [a]: x y', 'x', '', 2],
    ];
    expectDeclined(declined);
  });

  test('takes plain typing and pastes in the corpus paragraphs, each exactly', () => {
    const paste = sampleBody
      .slice(0, 4000)
      .replace(/[^\p{L}\p{N}., ]+/gu, ' ')
      .replace(/\.{2,}/g, '.')
      .replace(/www\./gi, 'w ')
      .slice(0, 2000);
    let keys = 0;
    let taken = 0;
    for (const corpusBody of corpusBodies.slice(0, 40)) {
      let shown = shownOf(corpusBody);
      const paragraphs = shown.blocks.filter((b) => b.kind === 'paragraph');
      for (const paragraph of paragraphs.slice(0, 3)) {
        // After the paragraph's second word: a key, a space, a paste, a Backspace.
        const text = shown.body.slice(paragraph.from, paragraph.to);
        const second = /^\S+\s+\S+/.exec(text);
        if (!second) continue;
        let at = paragraph.from + second[0].length;
        for (const key of ['s', ' ', 'y', ` ${paste}`, 'Backspace']) {
          const next =
            key === 'Backspace'
              ? shown.body.slice(0, at - 1) + shown.body.slice(at)
              : shown.body.slice(0, at) + key + shown.body.slice(at);
          at += key === 'Backspace' ? -1 : key.length;
          keys++;
          const result = spliced(shown, next);
          const full = shownOf(next);
          if (result) {
            taken++;
            expect(result.html).toBe(result.full);
          }
          const typed = typeIntoBlock(shown, next);
          if (typed) expect(typed).toEqual(full.blocks);
          shown = full;
        }
      }
    }
    console.log(`splice taken for ${taken} of ${keys} keys in corpus paragraphs`);
    expect(keys).toBeGreaterThan(200);
    expect(taken).toBeGreaterThan(keys / 3);
  }, 300_000);

  test("the fast path's warm-up runs the splice on its first sample", () => {
    const [before, after] = WARM_UP[0];
    expect(spliced(shownOf(before), after)?.html).toBe(
      '<p>Un párrafo de textos, con palabras y 2016.</p>',
    );
  });

  test('declines what would change the markup, with the reason in the text', () => {
    const cases: [string, string, string][] = [
      // [paragraph, needle, inserted after the needle]
      ['Uno www dos tres cuatro.\n', 'www', '.x'], // an autolink
      ['Uno dos.. tres cuatro.\n', 'dos..', '.'], // an ellipsis
      ['Uno *dos* tres cuatro.\n', 'dos*', 'x'], // next to emphasis
      ['Uno dos tres\ncuatro cinco.\n', 'tres\n', '1. '], // a list item's marker
      ['Uno dos tres\ncuatro cinco.\n', 'tres', '  '], // a hard line break
      ['Uno `dos` tres cuatro.\n', 'tres', 'x'], // a code span in the paragraph
      ['Uno &amp; tres cuatro.\n', 'tres', 'x'], // a character reference
    ];
    // Found by a review: whole-line syntax, definitions, byte order marks.
    const pairs: [string, string][] = [
      ['[a]: x y\n', '[a]: xy\n'], // a link reference definition
      ['[a]\n\n[a]: x y\n', '[a]\n\n[a]: xy\n'],
      ['_ _ x _\n', '_ _  _\n'], // a thematic break
      ['a\n| - x |\n', 'a\n| -  |\n'], // a table's rule row
      ['a | b\n-|- x |\n', 'a | b\n-|-  |\n'],
      ['\ufeff a\n', '\ufeff 1. a\n'], // a list after a byte order mark
      ['\ufeff  b\n', '\ufeff   b\n'],
      ['a\n\n\ufeff# T\nb c\n\n# T\n', 'a\n\n\ufeff# T\nb xc\n\n# T\n'],
      // Markers joined into a run the refusal pre-check finds too deep (a second review).
      [`a\n2. x${' 2.'.repeat(21)}\n`, `a\n2. ${' 2.'.repeat(21)}\n`],
    ];
    for (const [body, next] of pairs) {
      const typed = typeIntoBlock(shownOf(body), next);
      if (typed) expect(typed, next).toEqual(shownOf(next).blocks);
      expect(spliced(shownOf(body), next), next).toBeNull();
    }
    // At the pre-check's limit: a last line without a line break still counts one, and the
    // edited paragraph becomes a refused block, which is the worker's to give.
    const long = `zebra${' a'.repeat(24_997)}`;
    expect(typeIntoBlock(shownOf(long), long.replace('zebra', 'zebras'))).toBeNull();
    for (const [paragraph, needle, insert] of cases) {
      const body = `Antes.\n\n${paragraph}\nDespués.\n`;
      const at = body.indexOf(needle) + needle.length;
      const next = body.slice(0, at) + insert + body.slice(at);
      expect(spliced(shownOf(body), next), `${paragraph} + ${insert}`).toBeNull();
    }
  });
});
