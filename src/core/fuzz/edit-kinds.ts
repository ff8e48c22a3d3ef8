/**
 * The kinds of edit issue 15 names for the typing fast path, as key sequences a person makes in
 * the editor: typing inside a paragraph, a heading, a list item, a quote, a table cell or a
 * fenced code block; Enter that starts a new paragraph or list item; Backspace that joins two
 * paragraphs; a paste of 2,000 characters inside a paragraph. Used by the property tests and by
 * the coverage run (`run-typing-kinds.ts`).
 */
import type { ShownDocument } from '../render/typing.ts';

/** The kinds of edit, in the order reports list them. */
export const EDIT_KINDS = [
  'paragraph',
  'heading',
  'list',
  'quote',
  'table',
  'code',
  'enter-paragraph',
  'enter-list',
  'backspace-join',
  'paste',
] as const;

/** One kind of edit. */
export type EditKind = (typeof EDIT_KINDS)[number];

/** One key: replace `remove` characters at `at` by `insert`. */
export interface Key {
  at: number;
  remove: number;
  insert: string;
}

/** Returns `text` after `key`. */
export function pressKey(text: string, { at, remove, insert }: Key): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

const LETTER = /[\p{L}\p{N}]/u;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const MARKER = /^([ \t]*)([-*+]|(\d{1,9})([.)]))[ \t]+\S/;

/** The block kind each typing edit goes into. */
const TYPED_INTO: Partial<Record<EditKind, string>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  quote: 'blockquote',
  table: 'table',
  code: 'code',
};

/** Returns the places of `shown` where an edit of `kind` can start (offsets in the body). */
export function placesOf(shown: ShownDocument<string>, kind: EditKind): number[] {
  const { body } = shown;
  const out: number[] = [];
  const blocks = shown.blocks.filter((b) => b.kind !== 'footnotes');
  blocks.forEach((block, index) => {
    const source = body.slice(block.from, block.to);
    const into = TYPED_INTO[kind];
    if (into !== undefined) {
      if (block.kind !== into) return;
      const lines = source.split('\n');
      const fenced = kind === 'code' && FENCE.test(lines[0]);
      if (kind === 'code' && !fenced) return;
      let offset = block.from;
      lines.forEach((line, n) => {
        // Inside a fenced block's content: not on its fence lines.
        const skip = fenced && (n === 0 || FENCE.test(line));
        for (let c = 1; !skip && c <= line.length; c++) {
          if (LETTER.test(line[c - 1])) out.push(offset + c);
        }
        offset += line.length + 1;
      });
      return;
    }
    if (kind === 'enter-list') {
      if (block.kind !== 'list') return;
      let offset = block.from;
      for (const line of source.split('\n')) {
        if (MARKER.test(line)) out.push(offset + line.replace(/\s+$/, '').length);
        offset += line.length + 1;
      }
      return;
    }
    if (block.kind !== 'paragraph') return;
    const content = source.replace(/\s+$/, '');
    if (kind === 'backspace-join') {
      const nextBlock = blocks[index + 1];
      const gap = source.slice(content.length);
      if (nextBlock?.kind === 'paragraph' && gap === '\n\n') out.push(block.to);
      return;
    }
    // Enter and paste: at the end of the paragraph, or after a word.
    out.push(block.from + content.length);
    for (let c = 1; c < content.length; c++) {
      if (LETTER.test(content[c - 1]) && content[c] === ' ') out.push(block.from + c + 1);
    }
  });
  return out;
}

/**
 * Returns the keys of an edit of `kind` starting at `place` (from `placesOf`) in `body`, each
 * to be applied to the text the previous one left; `paste` is the pasted text.
 */
export function keysOf(body: string, kind: EditKind, place: number, paste: string): Key[] {
  const typed = (at: number, text: string): Key[] =>
    [...text].map((c, n) => ({ at: at + n, remove: 0, insert: c }));
  switch (kind) {
    case 'enter-paragraph':
      // Two Enters leave a blank line; then the new paragraph's first letters.
      return typed(place, '\n\nNu');
    case 'enter-list': {
      const start = body.lastIndexOf('\n', place - 1) + 1;
      const m = MARKER.exec(body.slice(start, place)) as RegExpExecArray;
      const marker = m[3] === undefined ? m[2] : `${Number(m[3]) + 1}${m[4]}`;
      const enter = { at: place, remove: 0, insert: `\n${m[1]}${marker} ` };
      return [enter, ...typed(place + enter.insert.length, 'xy')];
    }
    case 'backspace-join':
      // Backspace at the start of the second paragraph, twice: the two lines join.
      return [
        { at: place - 1, remove: 1, insert: '' },
        { at: place - 2, remove: 1, insert: '' },
      ];
    case 'paste':
      return [{ at: place, remove: 0, insert: paste }];
    default:
      return typed(place, 'ab');
  }
}

/**
 * Returns about `length` characters of `text` from the paragraph start nearest `at`: what a
 * person copies from another post.
 */
export function pasteFrom(text: string, at: number, length = 2_000): string {
  const start = text.lastIndexOf('\n\n', at);
  const from = start < 0 ? 0 : start + 2;
  return text.slice(from, from + length);
}
