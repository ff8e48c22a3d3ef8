/**
 * The kinds of edit of issue 15, as plans of key steps: where the cursor goes, what each step
 * does, and what the preview must show exactly after it (page-probes.mjs `armKey`).
 */
import { TYPED } from './typing.mjs';

/** Words typed into new paragraphs and list items: four letters, all different words. */
const NEW_WORDS = ['nube', 'dato', 'voto', 'mapa', 'ruta', 'foro', 'mesa', 'pato', 'lago', 'sala'];

/**
 * Returns the steps that type `count` keys of TYPED at `spot`: each makes the block there show
 * the word before the spot, the keys typed so far and the text after it.
 */
function typing(spot, count) {
  return TYPED.slice(0, count)
    .split('')
    .map((ch, i) => ({
      text: ch,
      expected: spot.anchor + TYPED.slice(0, i + 1) + spot.after,
      measured: true,
    }));
}

/** Returns the steps of cycles of `enter` then a new word, until `count` keys are measured. */
function cycles(count, enter, word) {
  const steps = [];
  let measured = 0;
  for (let c = 0; measured < count; c++) {
    steps.push(...enter(c));
    measured += enter(c).filter((s) => s.measured).length;
    const w = NEW_WORDS[c % NEW_WORDS.length];
    for (let i = 0; i < w.length && measured < count; i++, measured++) {
      steps.push({ text: w[i], expected: word(c, w.slice(0, i + 1)), measured: true });
    }
  }
  return steps;
}

/**
 * The kinds: `id`, `label`, and `plan({ spots, keys, pastes, title })` → `{ at, ready, steps }`
 * (`at`: the cursor's offset in the body, or `title` to type in the form's Title field at
 * `title.caret`; `ready`: a text the preview shows once the post is open; `pauseMs`, when set:
 * how long the first key waits once the cursor is placed).
 */
export const EDIT_KINDS = [
  {
    id: 'paragraph',
    label: 'paragraph: typing',
    plan: ({ spots, keys }) => at(spots.paragraph, typing(spots.paragraph, keys)),
  },
  {
    id: 'heading',
    label: 'heading: typing',
    plan: ({ spots, keys }) => at(spots.heading, typing(spots.heading, keys)),
  },
  {
    id: 'list',
    label: 'list item: typing',
    plan: ({ spots, keys }) => at(spots.list, typing(spots.list, keys)),
  },
  {
    id: 'quote',
    label: 'quote: typing',
    plan: ({ spots, keys }) => at(spots.quote, typing(spots.quote, keys)),
  },
  {
    id: 'table',
    label: 'table cell: typing',
    plan: ({ spots, keys }) => at(spots.table, typing(spots.table, keys)),
  },
  {
    id: 'code',
    label: 'fenced code: typing',
    plan: ({ spots, keys }) => at(spots.code, typing(spots.code, keys)),
  },
  {
    // Enter twice at a paragraph's end changes nothing the preview shows (a trailing line end):
    // those keys wait for the editor only; the key after them makes the new paragraph appear.
    id: 'newParagraph',
    label: 'Enter Enter → new paragraph',
    plan: ({ spots, keys }) => ({
      at: spots.paragraphEnd.at,
      ready: spots.paragraphEnd.anchor,
      steps: cycles(
        keys,
        () => [
          { press: 'Enter', needPreview: false },
          { press: 'Enter', needPreview: false },
        ],
        (_, typed) => ({ equals: typed }),
      ),
    }),
  },
  {
    // Enter at the end of the last item adds an empty item (the list has one more), measured.
    id: 'newItem',
    label: 'Enter → new list item',
    plan: ({ spots, keys }) => {
      const { items } = spots.list;
      const item = (c, equals) => ({ items: 'li', count: items + c + 1, equals });
      return {
        at: spots.list.endAt,
        ready: spots.list.lastItem.slice(-24),
        steps: cycles(
          keys,
          (c) => [{ press: 'Enter', expected: item(c, ''), measured: true }],
          (c, typed) => item(c, typed),
        ),
      };
    },
  },
  {
    // Backspace at the second paragraph's start joins it to the first (a soft line break);
    // Enter splits them again, awaited but not counted.
    id: 'join',
    label: 'Backspace joins paragraphs',
    plan: ({ spots, keys }) => {
      const { before, first } = spots.join;
      const steps = [];
      for (let i = 0; i < Math.ceil(keys / 2); i++) {
        steps.push({ press: 'Backspace', expected: `${before}\n${first}`, measured: true });
        steps.push({ press: 'Enter', expected: { startsWith: first } });
      }
      return { at: spots.join.at, ready: first, steps };
    },
  },
  {
    id: 'paste',
    label: 'paste 2,000 characters',
    plan: ({ spots, pastes }) => {
      const spot = spots.paragraph;
      const steps = pastes.map((text, i) => ({
        paste: text,
        expected: spot.anchor + pastes.slice(0, i + 1).join('') + spot.after,
        measured: true,
      }));
      return at(spot, steps);
    },
  },
  {
    // A person reads before typing: the keys come after a pause past the editor's wait for its
    // deferred tools (2 s of quiet, then an idle moment), which change its configuration (its
    // full Markdown language, search), so that these keys meet the editor as it is once settled.
    id: 'paused',
    label: 'paragraph: typing after 5 s',
    plan: ({ spots, keys }) => ({
      ...at(spots.paragraph, typing(spots.paragraph, keys)),
      pauseMs: 5_000,
    }),
  },
  {
    // The built-in layout shows the title in the header's h1, cut at 42 characters with the
    // full title in its title attribute: the attribute (or the text, when not cut) is checked.
    id: 'title',
    label: 'front matter: Title field',
    plan: ({ spots, keys, title }) => ({
      at: 'title',
      ready: spots.paragraph.anchor + spots.paragraph.after,
      steps: TYPED.slice(0, keys)
        .split('')
        .map((ch, i) => ({
          text: ch,
          expected: {
            scope: 'h1.pluma-title',
            attr: 'title',
            equals:
              title.value.slice(0, title.caret) +
              TYPED.slice(0, i + 1) +
              title.value.slice(title.caret),
          },
          measured: true,
          needInput: false,
        })),
    }),
  },
];

/** Returns the plan of typing at a spot that the preview shows as `anchor + after`. */
function at(spot, steps) {
  return { at: spot.at, ready: spot.anchor + spot.after, steps };
}
