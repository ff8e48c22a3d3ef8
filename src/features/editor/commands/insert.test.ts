import { describe, expect, it } from 'vitest';
import { insertHorizontalRule, toggleImage, toggleLink } from './insert';
import { applyMarked } from './marked-state';

describe('toggleLink', () => {
  it('links the selection and selects the url placeholder', () => {
    expect(applyMarked(toggleLink, 'Lee ⟨el informe⟩.')).toBe('Lee [el informe](⟨url⟩).');
  });

  it('removes the link when run again, leaving its text selected', () => {
    expect(applyMarked(toggleLink, 'Lee ⟨el informe⟩.', 2)).toBe('Lee ⟨el informe⟩.');
    expect(applyMarked(toggleLink, 'Ver [si‸tio](https://a.cl) hoy')).toBe('Ver ⟨sitio⟩ hoy');
  });

  it('makes a selected URL the target and selects the text to write', () => {
    expect(applyMarked(toggleLink, 'en ⟨https://ciudadanointeligente.org⟩')).toBe(
      'en [⟨text⟩](https://ciudadanointeligente.org)',
    );
  });

  it('links the word at a cursor, or inserts a placeholder link', () => {
    expect(applyMarked(toggleLink, 'la Ali‸anza')).toBe('la [Alianza](⟨url⟩)');
    expect(applyMarked(toggleLink, 'a ‸ b')).toBe('a [text](⟨url⟩) b');
  });

  it('leaves images alone', () => {
    expect(applyMarked(toggleLink, '![fo‸to](a.jpg)')).toBe('![[foto](⟨url⟩)](a.jpg)');
  });
});

describe('toggleImage', () => {
  it('makes the selection the alt text and selects the url placeholder', () => {
    expect(applyMarked(toggleImage, '⟨Mapa de Chile⟩')).toBe('![Mapa de Chile](⟨url⟩)');
    expect(applyMarked(toggleImage, '⟨Mapa de Chile⟩', 2)).toBe('⟨Mapa de Chile⟩');
  });

  it('makes a selected URL the source and selects the alt placeholder', () => {
    expect(applyMarked(toggleImage, '⟨//68.media.tumblr.com/x.jpg⟩')).toBe(
      '![⟨alt⟩](//68.media.tumblr.com/x.jpg)',
    );
  });

  it('inserts a placeholder image at a cursor', () => {
    expect(applyMarked(toggleImage, 'a‸')).toBe('a![alt](⟨url⟩)');
  });
});

describe('insertHorizontalRule', () => {
  it('puts a rule after a paragraph with blank lines around it', () => {
    expect(applyMarked(insertHorizontalRule, 'Uno‸\nDos')).toBe('Uno\n\n---\n‸\nDos');
    expect(applyMarked(insertHorizontalRule, 'Uno‸')).toBe('Uno\n\n---\n‸');
    expect(applyMarked(insertHorizontalRule, 'Uno‸\n\nDos')).toBe('Uno\n\n---\n‸\nDos');
  });

  it('fills a blank line', () => {
    expect(applyMarked(insertHorizontalRule, 'Uno\n\n‸\n\nDos')).toBe('Uno\n\n---\n‸\nDos');
    expect(applyMarked(insertHorizontalRule, '‸')).toBe('---\n‸');
    expect(applyMarked(insertHorizontalRule, 'Uno\n‸')).toBe('Uno\n\n---\n‸');
  });
});
