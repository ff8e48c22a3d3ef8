import { syntaxTree } from '@codemirror/language';
import { EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownWithFrontMatter } from '../editor-tools';
import { applyMarked, runCommand, stateFromMarked } from './marked-state';
import { deleteEmptyMarkup, insertNewlineInMarkup, markupTokens } from './markup-lines';

const withMarkdown = (marked: string) => stateFromMarked(marked, markdownWithFrontMatter());
const enter = (marked: string) =>
  applyMarked(insertNewlineInMarkup, marked, 1, markdownWithFrontMatter());
const backspace = (marked: string) =>
  applyMarked(deleteEmptyMarkup, marked, 1, markdownWithFrontMatter());

describe('markupTokens', () => {
  it('reads the quote and list markers a line starts with', () => {
    expect(markupTokens('> - uno')).toEqual({
      tokens: [
        { kind: 'quote', from: 0, to: 2 },
        { kind: 'bullet', from: 2, to: 4 },
      ],
      end: 4,
    });
    expect(markupTokens('  12) x').tokens).toEqual([{ kind: 'ordered', from: 2, to: 6 }]);
    expect(markupTokens('---').tokens).toEqual([]);
    expect(markupTokens('**negrita**').tokens).toEqual([]);
  });
});

describe('insertNewlineInMarkup (Enter)', () => {
  it('continues items and quotes', () => {
    expect(enter('- uno‸')).toBe('- uno\n- ‸');
    expect(enter('1. uno‸')).toBe('1. uno\n2. ‸');
    expect(enter('> uno‸')).toBe('> uno\n> ‸');
  });

  it('continues a list the background parse has not reached yet (a long post just opened)', () => {
    const paragraph = `${'Un párrafo de texto corriente, sin marcas. '.repeat(8)}\n\n`;
    const doc = `${paragraph.repeat(200)}- uno\n- dos`;
    // As a view's state starts: parsed only a little way in, the rest left to idle time.
    const state = EditorState.create({
      doc,
      selection: EditorSelection.cursor(doc.length),
      extensions: markdownWithFrontMatter(),
    });
    expect(syntaxTree(state).length).toBeLessThan(doc.length);
    let tr: Transaction | null = null;
    expect(insertNewlineInMarkup({ state, dispatch: (t) => (tr = t) })).toBe(true);
    // The editor's own state is what the transaction starts from (a view accepts no other).
    expect(tr!.startState).toBe(state);
    expect(tr!.state.doc.sliceString(doc.length - 11)).toBe('- uno\n- dos\n- ');
    expect(tr!.state.selection.main.head).toBe(doc.length + 3);
  });

  it('ends the list on an empty item, with a blank line before the paragraph to come', () => {
    expect(enter('- uno\n- dos\n- ‸')).toBe('- uno\n- dos\n\n‸');
    // CodeMirror alone would make a two-item list loose here instead.
    expect(enter('- uno\n- ‸')).toBe('- uno\n\n‸');
    expect(enter('1. uno\n2. ‸')).toBe('1. uno\n\n‸');
    expect(enter('- a\n- ‸\n- c')).toBe('- a\n\n‸\n- c');
    expect(enter('- a\n\n- ‸')).toBe('- a\n\n‸');
    expect(enter('- ‸')).toBe('‸');
  });

  it('ends a quote on an empty quote line, or one level of it', () => {
    expect(enter('> uno\n> ‸')).toBe('> uno\n\n‸');
    expect(enter('> > a\n> > ‸')).toBe('> > a\n>\n> ‸');
    expect(enter('> - a\n> - ‸')).toBe('> - a\n>\n> ‸');
  });

  it('moves an empty nested item out one level, as CodeMirror does', () => {
    expect(enter('- a\n  - b\n  - ‸')).toBe('- a\n  - b\n- ‸');
  });

  it('leaves Enter to the default outside lists, in code and in the front matter', () => {
    for (const marked of ['Un párrafo‸', '```\n- ‸', '---\ntags:\n- ‸\n---\n']) {
      expect(runCommand(insertNewlineInMarkup, withMarkdown(marked)), marked).toBeNull();
    }
  });
});

describe('deleteEmptyMarkup (Backspace)', () => {
  it('removes the marker of an empty item or quote line', () => {
    expect(backspace('- uno\n- ‸')).toBe('- uno\n‸');
    expect(backspace('1. uno\n2. ‸')).toBe('1. uno\n‸');
    expect(backspace('> uno\n> ‸')).toBe('> uno\n‸');
    expect(backspace('> - a\n> - ‸')).toBe('> - a\n> ‸');
  });

  it('leaves Backspace to the other commands on an item with text', () => {
    expect(runCommand(deleteEmptyMarkup, withMarkdown('- uno‸'))).toBeNull();
    expect(runCommand(deleteEmptyMarkup, withMarkdown('- ‸uno'))).toBeNull();
  });
});
