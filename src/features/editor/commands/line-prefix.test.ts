import { describe, expect, it } from 'vitest';
import { toggleBulletList, toggleHeading, toggleNumberedList, toggleQuote } from './line-prefix';
import { applyMarked } from './marked-state';

describe('toggleHeading', () => {
  it('adds, replaces and removes a heading level', () => {
    expect(applyMarked(toggleHeading(2), 'Títu‸lo')).toBe('## Títu‸lo');
    expect(applyMarked(toggleHeading(2), '# Títu‸lo')).toBe('## Títu‸lo');
    expect(applyMarked(toggleHeading(1), '###### Títu‸lo')).toBe('# Títu‸lo');
    expect(applyMarked(toggleHeading(3), '### Títu‸lo')).toBe('Títu‸lo');
    for (let level = 1; level <= 6; level++) {
      expect(applyMarked(toggleHeading(level), 'Títu‸lo', 2)).toBe('Títu‸lo');
    }
  });

  it('puts a cursor at the start of an empty line after the new marks', () => {
    expect(applyMarked(toggleHeading(1), 'a\n‸\nb')).toBe('a\n# ‸\nb');
    expect(applyMarked(toggleHeading(1), 'a\n‸\nb', 2)).toBe('a\n‸\nb');
  });

  it('heads every non-blank line of a selection, not the line a selection ends at the start of', () => {
    const marked = '⟨uno\n\ndos\n⟩tres';
    expect(applyMarked(toggleHeading(2), marked)).toBe('⟨## uno\n\n## dos\n⟩tres');
    expect(applyMarked(toggleHeading(2), marked, 2)).toBe(marked);
  });

  it('does not take a hashtag for a heading', () => {
    expect(applyMarked(toggleHeading(1), '#OperaciónImpunidad‸')).toBe('# #OperaciónImpunidad‸');
  });
});

describe('toggleBulletList', () => {
  it('makes and unmakes list items, keeping indentation', () => {
    const marked = '⟨uno\n  dos\n\ntres⟩';
    expect(applyMarked(toggleBulletList, marked)).toBe('⟨- uno\n  - dos\n\n- tres⟩');
    expect(applyMarked(toggleBulletList, marked, 2)).toBe(marked);
  });

  it('turns numbered items into bullets', () => {
    expect(applyMarked(toggleBulletList, '⟨1. a\n2. b⟩')).toBe('⟨- a\n- b⟩');
  });

  it('removes any bullet marker when all lines are bullets', () => {
    expect(applyMarked(toggleBulletList, '⟨* a\n+ b⟩')).toBe('⟨a\nb⟩');
  });

  it('handles cursors on separate lines', () => {
    expect(applyMarked(toggleBulletList, 'a‸\nb\nc‸')).toBe('- a‸\nb\n- c‸');
  });
});

describe('toggleNumberedList', () => {
  it('numbers lines 1, 2, 3 and removes the numbers again', () => {
    const marked = '⟨uno\ndos\ntres⟩';
    expect(applyMarked(toggleNumberedList, marked)).toBe('⟨1. uno\n2. dos\n3. tres⟩');
    expect(applyMarked(toggleNumberedList, marked, 2)).toBe(marked);
  });

  it('renumbers bullets and partly numbered lines', () => {
    expect(applyMarked(toggleNumberedList, '⟨- a\n- b\nc⟩')).toBe('⟨1. a\n2. b\n3. c⟩');
    expect(applyMarked(toggleNumberedList, '⟨5. a\nb⟩')).toBe('⟨1. a\n2. b⟩');
  });
});

describe('toggleQuote', () => {
  it('quotes lines, blank ones with a bare >, and unquotes them', () => {
    const marked = '⟨Una cita.\n\nOtro párrafo.⟩';
    expect(applyMarked(toggleQuote, marked)).toBe('⟨> Una cita.\n>\n> Otro párrafo.⟩');
    expect(applyMarked(toggleQuote, marked, 2)).toBe(marked);
  });

  it('quotes an empty line with the cursor after the marker', () => {
    expect(applyMarked(toggleQuote, '‸')).toBe('> ‸');
    expect(applyMarked(toggleQuote, '‸', 2)).toBe('‸');
  });

  it('removes one level of a nested quote', () => {
    expect(applyMarked(toggleQuote, '> > a‸')).toBe('> a‸');
  });
});
