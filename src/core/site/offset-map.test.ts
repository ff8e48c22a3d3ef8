import { describe, expect, test } from 'vitest';
import { IDENTITY_MAP, liquidOffsetMap } from './offset-map.ts';

describe('liquidOffsetMap', () => {
  test('a text without Liquid maps to itself', () => {
    expect(liquidOffsetMap('abc', 'abc')).toBe(IDENTITY_MAP);
  });

  test('text around a printed value keeps its place; the value maps to its tag', () => {
    const source = 'Hola {{ page.title }} y adiós';
    const output = 'Hola Un título largo y adiós';
    const map = liquidOffsetMap(source, output);
    expect(map.toSource(0)).toBe(0);
    expect(map.toSource(3)).toBe(3);
    // Inside what Liquid printed: the start of the tag.
    expect(map.toSource(output.indexOf('título'))).toBe(source.indexOf('{{'));
    // After it: the same character of the source.
    expect(map.toSource(output.indexOf('adiós'))).toBe(source.indexOf('adiós'));
    expect(map.toSource(output.length)).toBe(source.length);
  });

  test('a run that Liquid dropped is skipped, later runs still map', () => {
    const source = 'A\n{% if false %}\nOculto\n{% endif %}\nB final';
    const output = 'A\n\nB final';
    const map = liquidOffsetMap(source, output);
    expect(map.toSource(output.indexOf('B final'))).toBe(source.indexOf('B final'));
    expect(map.toSource(0)).toBe(0);
  });

  test('offsets only grow with the output (blocks stay in order)', () => {
    const source = 'x {{ a }} y {% for i in (1..3) %}z{% endfor %} w {{ b }} v';
    const output = 'x AAAA y zzz w B v';
    const map = liquidOffsetMap(source, output);
    let last = -1;
    for (let i = 0; i <= output.length; i++) {
      const at = map.toSource(i);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
    }
  });
});
