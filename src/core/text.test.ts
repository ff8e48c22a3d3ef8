import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { commonPrefix, commonSuffix, lineColumn } from './text.ts';

function naivePrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function naiveSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) {
    i++;
  }
  return i;
}

describe('commonPrefix and commonSuffix', () => {
  test('agree with a character-by-character scan, across chunk boundaries', () => {
    const base = fc.string({ minLength: 0, maxLength: 3000, unit: fc.constantFrom('a', 'b', 'ñ') });
    fc.assert(
      fc.property(base, base, base, fc.nat(4000), (head, middle, tail, limit) => {
        const a = head + middle + tail;
        const b = `${head}x${middle.slice(1)}${tail}`;
        expect(commonPrefix(a, b)).toBe(naivePrefix(a, b));
        expect(commonSuffix(a, b, limit)).toBe(naiveSuffix(a, b, limit));
        const cap = Math.min(a.length, b.length) - commonPrefix(a, b);
        expect(commonSuffix(a, b, cap)).toBe(naiveSuffix(a, b, cap));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  test('find a one-character edit in the middle of a long text', () => {
    const text = 'palabra '.repeat(40_000);
    const edited = `${text.slice(0, 160_003)}X${text.slice(160_003)}`;
    expect(commonPrefix(text, edited)).toBe(160_003);
    expect(commonSuffix(text, edited, text.length - 160_003)).toBe(text.length - 160_003);
    expect(commonPrefix(text, text)).toBe(text.length);
  });
});

describe('lineColumn', () => {
  test('counts CRLF, CR and LF as one break each; a split CRLF has not started a line', () => {
    const text = 'ab\r\ncd\ref\ngh';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn(text, 3)).toEqual({ line: 1, column: 4 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, 11)).toEqual({ line: 4, column: 2 });
    expect(lineColumn(text, 99)).toEqual({ line: 4, column: 90 });
  });

  test('agrees with splitting the text before the offset into lines', () => {
    const chars = fc.constantFrom('a', '\r', '\n', 'é');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 30 }).map((a) => a.join('')),
        fc.nat(35),
        (text, at) => {
          const offset = Math.min(at, text.length);
          // A CR right before `offset` whose LF is at `offset` ends no line yet.
          const head = text.slice(0, offset);
          const cut = head.endsWith('\r') && text[offset] === '\n' ? head.slice(0, -1) : head;
          const lines = cut.split(/\r\n|\r|\n/);
          const last = lines[lines.length - 1];
          expect(lineColumn(text, offset)).toEqual({
            line: lines.length,
            column: last.length + 1 + (cut.length < head.length ? 1 : 0),
          });
        },
      ),
    );
  });
});
