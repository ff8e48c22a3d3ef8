import { EditorSelection, type EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownWithFrontMatter } from '../editor-tools';
import { toggleBold, toggleItalic } from './inline-wrap';
import { markedFromState, press, stateFromMarked, typeInto } from './marked-state';
import { pendingAt } from './pending-span';
import { spanEdges } from './span-edges';

const typed = (marked: string, text: string) =>
  markedFromState(typeInto(stateFromMarked(marked, spanEdges()), text));

describe('spanEdges', () => {
  it('types a blank after opening markers before them', () => {
    expect(typed('A**‸**', ' ')).toBe('A **‸**');
    expect(typed('A **‸muy**', ' ')).toBe('A  **‸muy**');
    expect(typed('x ***‸***', ' y')).toBe('x  ***y‸***');
  });

  it('types a blank at the end of a span after its markers, and the next letter inside', () => {
    expect(typed('A **muy‸**', ' ')).toBe('A **muy** ‸');
    expect(typed('A **muy‸**', ' i')).toBe('A **muy i‸**');
    expect(typed('A **muy‸**', '  de todo')).toBe('A **muy  de todo‸**');
    expect(typed('A **muy‸**, dijo', ' x')).toBe('A **muy x‸**, dijo');
    expect(typed('***x‸***', ' y')).toBe('***x y‸***');
    expect(typed('`a‸`', ' b')).toBe('`a b‸`');
  });

  it('keeps the span open for text composed with dead keys or an input method', () => {
    const compose = (state: EditorState, text: string) => {
      const at = state.selection.main.head;
      return state.update({
        changes: { from: at, insert: text },
        selection: EditorSelection.cursor(at + text.length),
        userEvent: 'input.type.compose',
      }).state;
    };
    const open = typeInto(stateFromMarked('A **muy‸**', spanEdges()), ' ');
    expect(markedFromState(typeInto(compose(open, 'é'), 'nfasis'))).toBe('A **muy énfasis‸**');
    expect(markedFromState(typeInto(compose(open, 'é'), ' y'))).toBe('A **muy é y‸**');
    expect(markedFromState(press(toggleBold, compose(open, 'é')))).toBe('A **muy é**‸');
  });

  it('ends the open span when the cursor moves away', () => {
    let state = typeInto(stateFromMarked('A **muy‸** b', spanEdges()), ' ');
    expect(pendingAt(state)).not.toBeNull();
    state = state.update({ selection: EditorSelection.cursor(state.doc.length) }).state;
    expect(pendingAt(state)).toBeNull();
    expect(markedFromState(typeInto(state, 'c'))).toBe('A **muy**  bc‸');
  });

  it('lets a formatting key leave the span, or open another inside it', () => {
    const open = typeInto(stateFromMarked('A **muy‸**', spanEdges()), ' ');
    const left = press(toggleBold, open);
    expect(markedFromState(left)).toBe('A **muy** ‸');
    expect(markedFromState(typeInto(left, 'fin'))).toBe('A **muy** fin‸');
    const both = press(toggleItalic, open);
    expect(markedFromState(typeInto(both, 'y'))).toBe('A **muy** ***y‸***');
  });

  it('leaves typing away from markers, in code or front matter, and composition, alone', () => {
    expect(typed('uno‸ dos', ' x')).toBe('uno x‸ dos');
    for (const marked of ['```\nx = **‸**\n```\n', '---\ntitle: *‸*\n---\n']) {
      const state = stateFromMarked(marked, [markdownWithFrontMatter(), spanEdges()]);
      expect(markedFromState(typeInto(state, ' ')), marked).toBe(marked.replace('‸', ' ‸'));
    }
    const state = stateFromMarked('A **muy‸**', spanEdges());
    const composed = state.update(state.replaceSelection(' '), { userEvent: 'input.type.compose' });
    expect(markedFromState(composed.state)).toBe('A **muy ‸**');
  });
});
