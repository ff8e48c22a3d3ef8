import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BYTE_SIZE_CHUNK, byteSize } from './util.ts';

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

  test('counts a long text chunk by chunk, a pair or a lone surrogate at any cut', () => {
    const filler = 'añ€'.repeat(BYTE_SIZE_CHUNK);
    for (const odd of ['😀', '\uD83D', '\uDE00', '\uD83D\uD83D\uDE00', 'ñ']) {
      for (let shift = -3; shift <= 3; shift++) {
        for (const chunks of [1, 2]) {
          const at = chunks * BYTE_SIZE_CHUNK + shift;
          const text = filler.slice(0, at) + odd + filler.slice(at, at + 50);
          expect(byteSize(text), `${JSON.stringify(odd)} at ${at}`).toBe(encoded(text));
        }
      }
    }
    const long = filler + '😀'.repeat(BYTE_SIZE_CHUNK);
    expect(byteSize(long)).toBe(encoded(long));
  });
});
