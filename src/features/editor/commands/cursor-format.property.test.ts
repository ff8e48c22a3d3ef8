import { EditorSelection, type EditorState, type StateCommand } from '@codemirror/state';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../core/render/pipeline';
import type { MarkKind } from './inline-spans';
import { toggleBold, toggleInlineCode, toggleItalic, toggleStrikethrough } from './inline-wrap';
import { press, stateFromMarked, typeInto } from './marked-state';
import { afterComposition } from './pending-span';
import { spanEdges } from './span-edges';

// A writer's keys and typing, as a word processor reads them: each formatting key turns its
// format on or off for what is typed next, and leaves the others as they are. After every word
// typed, the preview's parser must read the text as exactly the formats each character was
// typed with: no marker shown as text, none left unpaired.

const KEYS: Record<MarkKind, StateCommand> = {
  strong: toggleBold,
  emphasis: toggleItalic,
  delete: toggleStrikethrough,
  inlineCode: toggleInlineCode,
};

type Token = { key: MarkKind } | { word: string } | { punct: string } | { space: true };
type Step = { key: MarkKind } | { text: string };

/** Returns random tokens of writing: words, punctuation, spaces and the given keys. */
const tokens = (keys: MarkKind[]): fc.Arbitrary<Token[]> =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...keys).map((key) => ({ key })) },
      { weight: 3, arbitrary: fc.stringMatching(/^[a-záéñú]{1,6}$/).map((word) => ({ word })) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(',', '.', ':', '!', '?').map((punct) => ({ punct })),
      },
      { weight: 2, arbitrary: fc.constant({ space: true as const }) },
    ),
    { maxLength: 30 },
  );

/**
 * Returns the steps a writer would take from random tokens: punctuation follows a word directly
 * and is followed by a space; words are separated by spaces, unless `inWords` lets two words run
 * together (keys then fall inside words too). Punctuation right after a key is left out: no
 * Markdown span can start or end there (`ñ**,**` is not bold), so the property cannot hold.
 */
function writerSteps(tokens: Token[], inWords = false): Step[] {
  const steps: Step[] = [];
  let last: 'space' | 'word' | 'punct' = 'space';
  let keyed = false;
  for (const t of tokens) {
    if ('key' in t) {
      steps.push(t);
      keyed = true;
      continue;
    }
    if ('punct' in t) {
      if (last !== 'word' || keyed) continue;
      steps.push({ text: t.punct });
      last = 'punct';
    } else if ('word' in t) {
      if (last === 'punct' || (last === 'word' && !inWords)) steps.push({ text: ' ' });
      steps.push({ text: t.word });
      last = 'word';
    } else {
      steps.push({ text: ' ' });
      last = 'space';
    }
    keyed = false;
  }
  return steps;
}

/**
 * Returns the state after typing `text`; accented vowels come through composition, as dead keys
 * give them on many systems, followed by what the editor does when a composition ends.
 */
function typeText(state: EditorState, text: string): EditorState {
  for (const ch of text) {
    if (!/[áéíóú]/.test(ch)) {
      state = typeInto(state, ch);
      continue;
    }
    const at = state.selection.main.head;
    state = state.update({
      changes: { from: at, insert: ch },
      selection: EditorSelection.cursor(at + 1),
      userEvent: 'input.type.compose',
    }).state;
    const settle = afterComposition(state);
    if (settle) state = state.update(settle).state;
  }
  return state;
}

type Marked = { ch: string; marks: string };
const marksOf = (set: Iterable<string>) => [...set].sort().join('+');

/** Returns each character of a paragraph's text with the formats the parser gives it. */
function rendered(doc: string): Marked[] {
  const out: Marked[] = [];
  const walk = (node: Nodes, marks: string[]) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const inner = node.type === 'inlineCode' ? [...marks, 'inlineCode'] : marks;
      for (const ch of node.value) out.push({ ch, marks: marksOf(inner) });
    } else if (node.type === 'root' || node.type === 'paragraph') {
      for (const child of node.children) walk(child, marks);
    } else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
      for (const child of node.children) walk(child, [...marks, node.type]);
    } else {
      throw new Error(`unexpected ${node.type} in ${JSON.stringify(doc)}`);
    }
  };
  walk(parseMarkdown(doc), []);
  return out;
}

/** Asserts that the parser reads `doc` as the intended characters and formats. */
function expectReadAs(doc: string, intended: Marked[]) {
  const got = rendered(doc);
  const text = (m: Marked[]) =>
    m
      .map((c) => c.ch)
      .join('')
      .trimEnd();
  expect(text(got), doc).toBe(text(intended));
  got.forEach((c, i) => {
    if (/\s/.test(c.ch)) {
      // A blank at a span's edge sits outside its markers: it may have fewer formats.
      const want = intended[i].marks.split('+');
      for (const m of c.marks.split('+').filter(Boolean)) expect(want, doc).toContain(m);
    } else {
      expect(c.marks, `${doc} at ${i}`).toBe(intended[i].marks);
    }
  });
}

/** Asserts that writing `tokens` gives the text the formats each character was typed with. */
function expectWriting(tokens: Token[], inWords: boolean) {
  let state: EditorState = stateFromMarked('Texto ‸', spanEdges());
  const intended: Marked[] = [...'Texto '].map((ch) => ({ ch, marks: '' }));
  const on = new Set<MarkKind>();
  for (const step of writerSteps(tokens, inWords)) {
    if ('key' in step) {
      state = press(KEYS[step.key], state);
      if (!on.delete(step.key)) on.add(step.key);
      continue;
    }
    state = typeText(state, step.text);
    for (const ch of step.text) intended.push({ ch, marks: marksOf(on) });
    if (/\S$/.test(step.text)) expectReadAs(state.doc.toString(), intended);
  }
  for (const key of [...on]) state = press(KEYS[key], state);
  expectReadAs(state.doc.toString(), intended);
  expect(state.selection.main.head).toBe(state.doc.length);
}

const runs = { numRuns: Number(process.env.KEYS_RUNS ?? 300) };

describe('formatting keys with nothing selected, in random writing', () => {
  it('always give the text the formats it was typed with', () => {
    const keys = Object.keys(KEYS) as MarkKind[];
    fc.assert(
      fc.property(tokens(keys), (t) => expectWriting(t, false)),
      runs,
    );
  });

  it('do so inside words too, one format at a time', () => {
    const keys = Object.keys(KEYS) as MarkKind[];
    const oneKind = fc.constantFrom(...keys).chain((key) => tokens([key]));
    fc.assert(
      fc.property(oneKind, (t) => expectWriting(t, true)),
      runs,
    );
  });
});
