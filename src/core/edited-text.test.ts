import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { diffTexts, EditedText, sameText } from './edited-text.ts';
import { commonPrefix, commonSuffix } from './text.ts';

/** A text of few distinct characters, so that edits often type what is already there. */
const text = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ', 'é', '😀'), maxLength });

/** An edit as fractions of the text's length, and what it inserts (`inserts`). */
const editOf = (inserts: fc.Arbitrary<string>) =>
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    span: fc.double({ min: 0, max: 1, noNaN: true }),
    insert: inserts,
  });
const edit = editOf(text(6));

type Edit = { at: number; span: number; insert: string };

/** Returns what `diffTexts` must give for two strings: their common prefix, then suffix. */
function stringDiff(x: string, y: string): { head: number; tail: number } {
  const head = commonPrefix(x, y);
  return { head, tail: commonSuffix(x, y, Math.min(x.length, y.length) - head) };
}

/** Applies `e` to both the string model and the edited text. */
function apply(model: string, edited: EditedText, e: Edit): [string, EditedText] {
  const from = Math.floor(e.at * model.length);
  const to = from + Math.floor(e.span * (model.length - from) * 0.3);
  return [model.slice(0, from) + e.insert + model.slice(to), edited.edit(from, to, e.insert)];
}

/** Checks that `edited` reads as `model` by every means it has. */
function expectReads(edited: EditedText, model: string): void {
  expect(edited.length).toBe(model.length);
  for (let i = -1; i <= model.length; i++) {
    expect(edited.charAt(i)).toBe(model.charAt(i));
    expect(edited.charCodeAt(i)).toBe(model.charCodeAt(i));
  }
  for (let a = 0; a <= model.length; a += 3) {
    for (let b = a; b <= model.length + 1; b += 2)
      expect(edited.slice(a, b)).toBe(model.slice(a, b));
  }
  expect(edited.slice()).toBe(model);
  expect(edited.slice(2)).toBe(model.slice(2));
  expect(edited.toString()).toBe(model);
}

describe('EditedText', () => {
  it('reads as the string it stands for after any edits, and so do its views', () => {
    fc.assert(
      fc.property(text(40), fc.array(edit, { maxLength: 8 }), fc.nat(50), (base, edits, cut) => {
        let model = base;
        let edited = EditedText.of(base);
        for (const e of edits) [model, edited] = apply(model, edited, e);
        expectReads(edited, model);
        const offset = Math.min(cut, model.length);
        expectReads(edited.view(offset), model.slice(offset));
      }),
    );
  });

  it('finds where two texts differ exactly as the string comparison does', () => {
    fc.assert(
      fc.property(
        text(40),
        fc.array(edit, { maxLength: 4 }),
        fc.array(edit, { maxLength: 4 }),
        fc.nat(50),
        (base, left, right, cut) => {
          let x = base;
          let a = EditedText.of(base);
          for (const e of left) [x, a] = apply(x, a, e);
          // The second text comes from the first, as the next keys' texts do.
          let y = x;
          let b = a;
          for (const e of right) [y, b] = apply(y, b, e);
          const offset = Math.min(cut, x.length, y.length);
          const [vx, vy] = [x.slice(offset), y.slice(offset)];
          const want = stringDiff(vx, vy);
          // An unedited text is compared as its base string too, or as the part of it in view
          // (the text and the body a post opened with).
          const va = left.length === 0 ? base.slice(offset) : a.view(offset);
          expect(diffTexts(va, b.view(offset))).toEqual(want);
          expect(diffTexts(b.view(offset), va)).toEqual(want);
          expect(sameText(va, b.view(offset))).toBe(vx === vy);
        },
      ),
    );
  });

  it('compares long texts (whole chunks at a time) exactly as the string comparison does', () => {
    // Repeated pieces: long equal runs, within and around the stretches.
    const long = fc
      .tuple(text(12), fc.integer({ min: 1, max: 120 }))
      .map(([piece, times]) => piece.repeat(times));
    const bigEdit = editOf(fc.oneof(text(6), long));
    fc.assert(
      fc.property(
        long,
        fc.array(bigEdit, { maxLength: 3 }),
        fc.array(bigEdit, { maxLength: 3 }),
        (base, left, right) => {
          let [x, a] = [base, EditedText.of(base)];
          for (const e of left) [x, a] = apply(x, a, e);
          let [y, b] = [x, a];
          for (const e of right) [y, b] = apply(y, b, e);
          const want = stringDiff(x, y);
          expect(diffTexts(a, b)).toEqual(want);
          expect(diffTexts(b, a)).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads and compares the same across new bases (pastes longer than a stretch may grow)', () => {
    const huge = fc.constantFrom('p'.repeat(17_000), 'q'.repeat(9_000));
    const anyEdit = editOf(fc.oneof(text(4), huge));
    fc.assert(
      fc.property(
        text(30),
        fc.array(anyEdit, { minLength: 1, maxLength: 5 }),
        fc.nat(40),
        (base, edits, cut) => {
          let [x, a] = [base, EditedText.of(base)];
          for (const e of edits) {
            const [y, b] = apply(x, a, e);
            expect(b.toString() === y).toBe(true);
            const offset = Math.min(cut, x.length, y.length);
            const [vx, vy] = [x.slice(offset), y.slice(offset)];
            const want = stringDiff(vx, vy);
            expect(diffTexts(a.view(offset), b.view(offset))).toEqual(want);
            expect(diffTexts(b.view(offset), a.view(offset))).toEqual(want);
            for (const at of [0, offset, Math.floor(y.length / 2), y.length - 3]) {
              expect(b.slice(at, at + 40)).toBe(y.slice(at, at + 40));
            }
            [x, a] = [y, b];
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds one changed character anywhere in a long pasted stretch, from either end', () => {
    const base = 'Un texto. '.repeat(300);
    const pasted = 'abcdefghij'.repeat(100);
    const a = EditedText.of(base).edit(1_000, 1_000, pasted);
    for (let k = 0; k < pasted.length; k++) {
      const b = a.edit(1_000 + k, 1_001 + k, 'X');
      expect(diffTexts(a, b)).toEqual({ head: 1_000 + k, tail: a.length - 1_001 - k });
    }
  });

  it('compares the parts after an edit before them (a body after a front-matter edit) as equal', () => {
    fc.assert(
      fc.property(text(20), text(30), edit, (head, rest, e) => {
        const whole = EditedText.of(head + rest);
        const [model, edited] = apply(head, EditedText.of(head), e);
        const after = edited.toString() === model ? whole.edit(0, head.length, model) : whole;
        const [x, y] = [whole.view(head.length), after.view(model.length)];
        expect(x.toString()).toBe(rest);
        expect(y.toString()).toBe(rest);
        expect(diffTexts(x, y)).toEqual({ head: rest.length, tail: 0 });
        expect(sameText(x, y)).toBe(true);
      }),
    );
  });

  it('keeps one base while typing at one place, and compares its texts without reading the rest', () => {
    const base = 'x'.repeat(100_000) + '\nUn párrafo.\n' + 'y'.repeat(100_000);
    let edited = EditedText.of(base);
    const at = 100_000 + 'Un párrafo'.length + 1;
    const texts = [edited];
    for (const ch of 'Hola, ¿qué tal?') {
      edited = edited.edit(at + texts.length - 1, at + texts.length - 1, ch);
      texts.push(edited);
    }
    expect(edited.base === base).toBe(true);
    expect(edited.insert.length).toBeLessThan(40);
    expect(edited.toString() === base.slice(0, at) + 'Hola, ¿qué tal?' + base.slice(at)).toBe(true);
    const [before, after] = [texts[4], texts[5]];
    // What the comparison reads of the two texts: a few characters around their stretches.
    const { charCodeAt, slice } = EditedText.prototype;
    let read = 0;
    const spies = [
      vi.spyOn(EditedText.prototype, 'charCodeAt').mockImplementation(function (
        this: EditedText,
        index: number,
      ) {
        read += 1;
        return charCodeAt.call(this, index);
      }),
      vi.spyOn(EditedText.prototype, 'slice').mockImplementation(function (
        this: EditedText,
        start = 0,
        end = this.length,
      ) {
        read += Math.max(0, Math.min(end, this.length) - start);
        return slice.call(this, start, end);
      }),
      vi.spyOn(EditedText.prototype, 'toString'),
    ];
    try {
      expect(diffTexts(before, after)).toEqual({ head: at + 4, tail: before.length - at - 4 });
      expect(spies[2]).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(read).toBeLessThan(1_000);
  });

  it('compares the string a text was opened with, or its body, on the base: no text made whole', () => {
    const front = '---\ntitle: Hola\n---\n';
    const base = `${front}${'Un párrafo — con texto.\n\n'.repeat(4_000)}`;
    const body = base.slice(front.length);
    const at = front.length + 50_000;
    const typed = EditedText.of(base).edit(at, at, 'x');
    const made = vi.spyOn(EditedText.prototype, 'toString');
    try {
      expect(diffTexts(body, typed.view(front.length))).toEqual({
        head: at - front.length,
        tail: base.length - at,
      });
      expect(diffTexts(base, typed)).toEqual({ head: at, tail: base.length - at });
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
    // A string of the body's length that is not the body compares as strings.
    const other = `${body.slice(0, 10)}?${body.slice(11)}`;
    const view = typed.view(front.length);
    expect(diffTexts(other, view)).toEqual(stringDiff(other, view.toString()));
    expect(diffTexts(view, other)).toEqual(stringDiff(view.toString(), other));
  });

  it('starts a new base when the replaced stretch grows long: the text before, made whole', () => {
    const base = 'a'.repeat(40_000);
    const near = EditedText.of(base).edit(10, 10, 'b');
    const far = near.edit(30_000, 30_000, 'c');
    expect(far.base === base).toBe(false);
    expect(far.toString() === `${'a'.repeat(10)}b${'a'.repeat(29_989)}c${'a'.repeat(10_001)}`).toBe(
      true,
    );
    // The new base is the text before the edit, made whole: the two compare on it, and so do
    // their views.
    expect(far.base === near.toString()).toBe(true);
    expect(near.view(5).on(far.base)).not.toBeNull();
    const [x, y] = [near.toString(), far.toString()];
    const want = stringDiff(x, y);
    const { head } = want;
    expect(head).toBe(30_000);
    expect(diffTexts(near, far)).toEqual(want);
    expect(diffTexts(far.view(5), near.view(5))).toEqual({ head: head - 5, tail: want.tail });
    // Texts on unrelated bases compare as strings.
    expect(sameText(far, EditedText.of(far.toString()))).toBe(true);
    expect(diffTexts(far, EditedText.of(x))).toEqual(want);
  });

  it('refuses stretches, offsets and edits outside the text', () => {
    expect(() => new EditedText('abc', 2, 1, '')).toThrow(RangeError);
    expect(() => new EditedText('abc', 0, 0, '', 4)).toThrow(RangeError);
    expect(() => EditedText.of('abc').edit(2, 4, 'x')).toThrow(RangeError);
    expect(() => EditedText.of('abc').view(1).edit(0, 0, 'x')).toThrow();
  });
});
