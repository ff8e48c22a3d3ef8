import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePost, setField } from '../post.ts';
import {
  checkIncremental,
  checkNoScript,
  checkRoundTrip,
  checkSetField,
  fuzzProperties,
  scriptIn,
  setFieldOutcomes,
  checkTyping,
  typingOutcomes,
} from './properties.ts';

// The quick run: a few cases of every long-run property (`npm run fuzz` runs ~100,000).
describe('fuzzed laws, quick run', () => {
  it.each(fuzzProperties().map((p) => [p.name, p] as const))('%s', (_name, p) => {
    fc.assert(p.property, { numRuns: Math.max(20, Math.round(p.longRuns / 400)) });
  });

  it('setField really edits in most generated cases (the law is not vacuous)', () => {
    const before = { ...setFieldOutcomes };
    const plain = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(plain, plain, fc.nat(), plain, (k, v, pick, value) => {
        checkSetField(`---\n${k}: ${v}\nzz: 1\n---\nCuerpo\n`, pick, value);
      }),
      { numRuns: 100 },
    );
    expect(setFieldOutcomes.edited - before.edited).toBeGreaterThan(50);
  });

  it('the typing fast path is really taken for plain typing (the law is not vacuous)', () => {
    const before = typingOutcomes.taken;
    const word = fc.stringMatching(/^[a-zñ]{1,8}$/);
    fc.assert(
      fc.property(word, word, fc.double({ min: 0.1, max: 0.9, noNaN: true }), (a, b, at) => {
        checkTyping(`Una ${a} frase.\n\nOtra ${b}.\n`, [
          { at, length: 0, insert: 'x', edge: false },
        ]);
      }),
      { numRuns: 100 },
    );
    expect(typingOutcomes.taken - before).toBeGreaterThan(80);
  });
});

describe('the checks catch what they are for', () => {
  it('scriptIn recognises obfuscated script URLs, handlers and elements', () => {
    expect(scriptIn('<a href="https://ejemplo.cl">x</a>')).toBeNull();
    expect(scriptIn('<a href="jav&#x61;script&colon;x">x</a>')).toBe('URL javascript:x');
    expect(scriptIn("<img src=' &#10;VBScript:x'>")).toBe('URL vbscript:x');
    expect(scriptIn('<a href=DATA&Tab;:text/html,x>')).toMatch(/^URL data:/);
    expect(scriptIn('<p onclick="x">')).toBe('attribute onclick');
    expect(scriptIn('<svg></svg>')).toBe('element <svg>');
    expect(() =>
      checkNoScript('[x](javascript:alert(1)) <a href="&#106;avascript:x">y</a>'),
    ).not.toThrow();
  });

  it('checkRoundTrip and checkIncremental pass on plain posts', () => {
    expect(checkRoundTrip('---\ntitle: x\n---\nCuerpo\n').data).toEqual({ title: 'x' });
    expect(() =>
      checkIncremental('# A\n\nB [r]\n\n[r]: /x\n', [{ at: 0.5, length: 3, insert: '\n\n' }]),
    ).not.toThrow();
  });
});

describe('regressions found by fuzzing', () => {
  it('removing the last `? key` of a block says why it refuses (not "flow style")', () => {
    // Long run, seed 20250611: ["---\n? \n---\n", 0, undefined].
    const post = parsePost('---\n? \n---\n');
    expect(post.data).toEqual({ '': null });
    expect(() => setField(post, [''], undefined)).toThrow(/^Cannot make this edit: .*"\?" keys/);
    expect(() => checkSetField(post.text, 0, undefined)).not.toThrow();
  });
});

describe('edge cases the generators aim at', () => {
  it('a lone surrogate in a value does not break parsing or editing', () => {
    const post = parsePost('---\ntitle: "\uD800"\n---\n');
    expect(post.data.title).toBe('\uD800');
    expect(() => checkSetField(post.text, 0, '\uDFFFx')).not.toThrow();
  });
});
