import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EditorState } from '@codemirror/state';
import { textAfter } from './doc-text';
import { EditedText } from '../../core/edited-text';

const unit = fc.constantFrom('a', 'ñ', ' ', '\n', '\r', '\r\n', '😀', '\uD83D', '#', '-');
const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));
/** A change: where (fractions of the document's length), how much it replaces, what it inserts. */
const change = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(8), text);

describe.each([
  ['strings', undefined],
  ['edited texts', EditedText],
] as const)('textAfter, making %s', (_name, Edited) => {
  test.each(['\n', '\r\n', '\r'])(
    'equals sliceDoc after transactions of several changes (line break %j)',
    (lineBreak) => {
      fc.assert(
        fc.property(
          text,
          fc.array(fc.array(change, { maxLength: 4 }), { maxLength: 6 }),
          (doc, steps) => {
            let state = EditorState.create({
              doc,
              extensions: EditorState.lineSeparator.of(lineBreak),
            });
            let current: string | EditedText = state.sliceDoc();
            for (const step of steps) {
              const length = state.doc.length;
              const specs = step.map(([at, size, insert]) => {
                const from = Math.floor(at * length);
                return { from, to: Math.min(length, from + size), insert };
              });
              // One transaction of several changes (in the start document's positions), sorted
              // and without overlaps, as a paste over several selections makes.
              specs.sort((a, b) => a.from - b.from);
              const kept = specs.filter((s, i) => i === 0 || s.from >= specs[i - 1].to);
              const tr = state.update({ changes: kept });
              current = textAfter(current, state, tr.state, tr.changes, Edited);
              state = tr.state;
              expect(current.toString()).toBe(state.sliceDoc());
            }
          },
        ),
        { numRuns: 500, seed: 15 },
      );
    },
  );

  test('equals sliceDoc after an update made of two transactions (their changes composed)', () => {
    fc.assert(
      fc.property(text, change, change, (doc, [a, n, x], [b, m, y]) => {
        const start = EditorState.create({ doc, extensions: EditorState.lineSeparator.of('\n') });
        const at = (f: number, length: number) => Math.floor(f * length);
        const first = start.update({
          changes: {
            from: at(a, doc.length),
            to: Math.min(doc.length, at(a, doc.length) + n),
            insert: x,
          },
        });
        const length = first.state.doc.length;
        const second = first.state.update({
          changes: { from: at(b, length), to: Math.min(length, at(b, length) + m), insert: y },
        });
        const changes = first.changes.compose(second.changes);
        expect(textAfter(doc, start, second.state, changes, Edited).toString()).toBe(
          second.state.sliceDoc(),
        );
      }),
      { numRuns: 500, seed: 16 },
    );
  });
});
