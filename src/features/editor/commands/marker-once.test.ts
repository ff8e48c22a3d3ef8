import { EditorSelection, type EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownWithFrontMatter } from '../editor-tools';
import { markedFromState, press, stateFromMarked, typeInto } from './marked-state';
import { markerOnce } from './marker-once';
import { insertNewlineInMarkup } from './markup-lines';

const start = (marked: string) =>
  stateFromMarked(marked, [markdownWithFrontMatter(), markerOnce()]);
const enter = (state: EditorState) => press(insertNewlineInMarkup, state);

describe('markerOnce', () => {
  it('keeps one marker when the writer types one on a continued item', () => {
    expect(markedFromState(typeInto(enter(start('- uno‸')), '- dos'))).toBe('- uno\n- dos‸');
    expect(markedFromState(typeInto(enter(start('* uno‸')), '- dos'))).toBe('* uno\n* dos‸');
    expect(markedFromState(typeInto(enter(start('> uno‸')), '> dos'))).toBe('> uno\n> dos‸');
  });

  it('keeps the continued number, whatever number is typed', () => {
    let state = typeInto(enter(start('1. uno‸')), '2. dos');
    expect(markedFromState(state)).toBe('1. uno\n2. dos‸');
    state = typeInto(enter(state), '7) tres');
    expect(markedFromState(state)).toBe('1. uno\n2. dos\n3. tres‸');
  });

  it('keeps a marker of another kind: a quote inside an item', () => {
    expect(markedFromState(typeInto(enter(start('- uno‸')), '> cita'))).toBe('- uno\n- > cita‸');
  });

  it('keeps what the writer typed when Enter did not just continue the marker', () => {
    expect(markedFromState(typeInto(start('- uno\n- ‸'), '- dos'))).toBe('- uno\n- - dos‸');
    let state = typeInto(enter(start('- uno‸')), 'x');
    state = state.update({ changes: { from: state.doc.length - 1, to: state.doc.length } }).state;
    expect(markedFromState(typeInto(state, '- dos'))).toBe('- uno\n- - dos‸');
    state = enter(start('- uno‸'));
    const end = state.doc.length;
    state = state.update({ selection: EditorSelection.cursor(0) }).state;
    state = state.update({ selection: EditorSelection.cursor(end) }).state;
    expect(markedFromState(typeInto(state, '- dos'))).toBe('- uno\n- - dos‸');
  });

  it('keeps one marker on the line an ended list in a quote leaves', () => {
    const state = enter(enter(start('> - a‸')));
    expect(markedFromState(state)).toBe('> - a\n>\n> ‸');
    expect(markedFromState(typeInto(state, '> b'))).toBe('> - a\n>\n> b‸');
  });
});
