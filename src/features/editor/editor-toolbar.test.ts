import { describe, expect, it } from 'vitest';
import { buttonName } from './editor-toolbar';

describe('buttonName', () => {
  it('keeps a name that already holds what the button shows', () => {
    expect(buttonName('B', 'Bold')).toBe('Bold');
    expect(buttonName('Link', 'Link')).toBe('Link');
  });

  it('leads with the shown text when the name does not contain it', () => {
    expect(buttonName('H1', 'Heading 1')).toBe('H1 Heading 1');
    expect(buttonName('1. List', 'Numbered list')).toBe('1. List Numbered list');
    expect(buttonName('B', 'Negrita')).toBe('B Negrita');
  });

  it('leaves pure symbols out of the name', () => {
    expect(buttonName('❝', 'Quote')).toBe('Quote');
    expect(buttonName('{ }', 'Code block')).toBe('Code block');
  });
});
