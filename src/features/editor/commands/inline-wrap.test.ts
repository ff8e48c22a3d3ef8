import { describe, expect, it } from 'vitest';
import { toggleBold, toggleInlineCode, toggleItalic, toggleStrikethrough } from './inline-wrap';
import { applyMarked, runCommand, stateFromMarked } from './marked-state';

/** Asserts that a second run restores the first input exactly, selection included. */
function expectRoundTrip(command: Parameters<typeof applyMarked>[0], marked: string) {
  expect(applyMarked(command, marked, 2)).toBe(marked);
}

describe('toggleBold', () => {
  it('wraps a selection and keeps the text selected', () => {
    expect(applyMarked(toggleBold, 'Pero ⟨qué es⟩ esto')).toBe('Pero **⟨qué es⟩** esto');
    expectRoundTrip(toggleBold, 'Pero ⟨qué es⟩ esto');
  });

  it('unwraps a selection that includes its markers', () => {
    expect(applyMarked(toggleBold, 'a ⟨**b**⟩ c')).toBe('a ⟨b⟩ c');
  });

  it('wraps the word the cursor is inside, and unwraps it again', () => {
    expect(applyMarked(toggleBold, 'la Ali‸anza')).toBe('la **Ali‸anza**');
    for (const m of ['la Ali‸anza', 'ña‸ndú']) expectRoundTrip(toggleBold, m);
  });

  it('opens bold at the edge of a word instead, as word processors do', () => {
    expect(applyMarked(toggleBold, 'la Alianza‸')).toBe('la Alianza**‸**');
    expect(applyMarked(toggleBold, 'la ‸Alianza')).toBe('la **‸**Alianza');
    for (const m of ['la Alianza‸', 'la ‸Alianza', 'ñandú‸']) expectRoundTrip(toggleBold, m);
  });

  it('inserts an empty pair with the cursor between, and removes it again', () => {
    expect(applyMarked(toggleBold, 'a ‸ b')).toBe('a **‸** b');
    expectRoundTrip(toggleBold, 'a ‸ b');
    expectRoundTrip(toggleBold, '‸');
  });

  it('wraps each line of a multi-line selection, skipping blank lines and edge spaces', () => {
    const marked = '⟨uno\n\n  dos \ntr⟩es';
    expect(applyMarked(toggleBold, marked)).toBe('⟨**uno**\n\n  **dos** \n**tr**⟩es');
    expectRoundTrip(toggleBold, marked);
  });

  it('works on every selection at once', () => {
    const marked = '⟨a⟩ b ⟨c⟩ d‸e';
    expect(applyMarked(toggleBold, marked)).toBe('**⟨a⟩** b **⟨c⟩** **d‸e**');
    expectRoundTrip(toggleBold, marked);
  });

  it('keeps a backwards selection backwards', () => {
    expect(applyMarked(toggleBold, 'x ⟩yz⟨')).toBe('x **⟩yz⟨**');
  });

  it('dispatches one transaction marked as formatting input', () => {
    const tr = runCommand(toggleBold, stateFromMarked('⟨a⟩'));
    expect(tr?.isUserEvent('input.format')).toBe(true);
    expect(tr?.state.doc.toString()).toBe('**a**');
  });
});

describe('toggleItalic', () => {
  it('tells italic from bold', () => {
    expect(applyMarked(toggleItalic, '**⟨negrita⟩**')).toBe('***⟨negrita⟩***');
    expect(applyMarked(toggleItalic, '***⟨ambas⟩***')).toBe('**⟨ambas⟩**');
    expect(applyMarked(toggleBold, '***⟨ambas⟩***')).toBe('*⟨ambas⟩*');
    expect(applyMarked(toggleItalic, '*⟨cursiva⟩*')).toBe('⟨cursiva⟩');
    expectRoundTrip(toggleItalic, '**⟨negrita⟩**');
  });

  it('unwraps italic written with underscores around the word at the cursor', () => {
    expect(applyMarked(toggleItalic, 'a *pa‸labra* b')).toBe('a pa‸labra b');
  });
});

describe('toggleInlineCode and toggleStrikethrough', () => {
  it('wrap and unwrap with their own markers', () => {
    expect(applyMarked(toggleInlineCode, 'usa ⟨npm test⟩')).toBe('usa `⟨npm test⟩`');
    expectRoundTrip(toggleInlineCode, 'usa ⟨npm test⟩');
    expect(applyMarked(toggleStrikethrough, '⟨viejo⟩')).toBe('~~⟨viejo⟩~~');
    expectRoundTrip(toggleStrikethrough, 'un ‸viejo');
  });
});
