import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { byteSize } from './util.ts';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('byteSize', () => {
  test('counts UTF-8 bytes as TextEncoder does', () => {
    for (const text of [
      '',
      'a',
      'ñ',
      '€',
      '😀',
      'a\uD83D',
      '\uDE00b',
      '\uD83D\uD83D\uDE00',
      'x\uDBFF',
    ]) {
      expect(byteSize(text), JSON.stringify(text)).toBe(encoded(text));
    }
  });

  test('equals the encoded length of any string of UTF-16 units (lone surrogates too)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({
            unit: fc.constantFrom('a', 'ñ', '€', '\uD83D', '\uDE00', '😀'),
            maxLength: 50,
          }),
        ),
        (text) => byteSize(text) === encoded(text),
      ),
      { numRuns: 2000, seed: 15 },
    );
  });
});
