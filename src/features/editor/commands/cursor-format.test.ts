import { describe, expect, it } from 'vitest';
import { toggleBold, toggleInlineCode, toggleItalic, toggleStrikethrough } from './inline-wrap';
import { applyMarked, markedFromState, press, stateFromMarked, typeInto } from './marked-state';
import { spanEdges } from './span-edges';

describe('a formatting key with nothing selected', () => {
  it('opens bold at the cursor, keeps typing inside, and leaves it on the second press', () => {
    let state = stateFromMarked('A ‸', spanEdges());
    state = press(toggleBold, state);
    expect(markedFromState(state)).toBe('A **‸**');
    state = typeInto(state, 'muy importante');
    expect(markedFromState(state)).toBe('A **muy importante‸**');
    state = press(toggleBold, state);
    expect(markedFromState(state)).toBe('A **muy importante**‸');
    state = typeInto(state, ' fin.');
    expect(markedFromState(state)).toBe('A **muy importante** fin.‸');
  });

  it('does the same for italic, strikethrough and code', () => {
    for (const [command, m] of [
      [toggleItalic, '*'],
      [toggleStrikethrough, '~~'],
      [toggleInlineCode, '`'],
    ] as const) {
      let state = press(command, stateFromMarked('Un ‸', spanEdges()));
      state = press(command, typeInto(state, 'dato'));
      expect(markedFromState(typeInto(state, ' más')), m).toBe(`Un ${m}dato${m} más‸`);
    }
  });

  it('leaves a span at its end and enters it again', () => {
    expect(applyMarked(toggleBold, 'A **muy‸** b')).toBe('A **muy**‸ b');
    expect(applyMarked(toggleBold, 'A **muy**‸ b')).toBe('A **muy‸** b');
    expect(applyMarked(toggleItalic, 'A _muy‸_')).toBe('A _muy_‸');
  });

  it('removes an empty pair, also one holding another', () => {
    expect(applyMarked(toggleBold, 'a **‸** b')).toBe('a ‸ b');
    expect(applyMarked(toggleBold, '**~~‸~~**')).toBe('~~‸~~');
    expect(applyMarked(toggleItalic, '***‸***')).toBe('**‸**');
  });

  it('leaves only the format asked for, reordering markers that open and close together', () => {
    // Markers of one character cannot be reordered apart: bold closes and opens again.
    // CommonMark reads `***x***` as italic around bold.
    expect(applyMarked(toggleItalic, '***x‸***')).toBe('***x*****‸**');
    expect(applyMarked(toggleBold, '***x‸***')).toBe('***x**‸*');
    expect(applyMarked(toggleBold, '**~~x‸~~**')).toBe('~~**x**‸~~');
  });

  it('opens the formats inside again after leaving an outer one', () => {
    expect(applyMarked(toggleBold, '**a *b‸***')).toBe('**a *b****‸*');
    expect(applyMarked(toggleBold, '**a `b‸`**')).toBe('**a `b`**`‸`');
  });

  it('puts code innermost: bold at the end of code closes it and opens both', () => {
    expect(applyMarked(toggleBold, 'usa `npm‸`')).toBe('usa `npm`**`‸`**');
    expect(applyMarked(toggleBold, 'usa `‸`')).toBe('usa **`‸`**');
    expect(applyMarked(toggleBold, 'usa `np‸m`')).toBe('usa `np‸m`');
  });

  it('splits a span at a cursor in its middle, keeping blanks outside the markers', () => {
    expect(applyMarked(toggleBold, '**muy ‸importante**')).toBe('**muy** ‸**importante**');
    expect(applyMarked(toggleBold, '**muy impor‸tante**')).toBe('**muy impor**‸**tante**');
    expect(applyMarked(toggleBold, '**‸muy**')).toBe('‸**muy**');
  });

  it('acts at every cursor', () => {
    expect(applyMarked(toggleBold, 'a ‸ b ‸')).toBe('a **‸** b **‸**');
    expect(applyMarked(toggleBold, 'a **‸** b **x‸**')).toBe('a ‸ b **x**‸');
  });
});
