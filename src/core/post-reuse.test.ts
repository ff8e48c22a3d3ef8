import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePost, reparsePost, setField } from './post.ts';
import type { Post } from './post.ts';
import { EditedText } from './edited-text.ts';
import { bodyOf, textOf } from './post-text.ts';
import { BLOG_DIR } from '../../fixtures/paths.mjs';

const texts = readdirSync(BLOG_DIR)
  .filter((f) => f.endsWith('.md') || f.endsWith('.markdown'))
  .map((f) => readFileSync(path.join(BLOG_DIR, f), 'utf8'));

const view = (p: Post) => ({ ...p });

/** An edit of `text`: replace [from, to) with `insert`, positions given as fractions. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat(12),
  insert: fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('\n', '---\n', '\r\n', 'title: x\n'),
  ),
});

type Edit = { at: number; len: number; insert: string };

/**
 * Makes each edit where `place` puts it, on the text and on the editor's edited text, and checks
 * that `reparsePost` of the edited text equals a fresh parse after each one.
 */
function checkEdits(
  start: string,
  edits: Edit[],
  place: (post: Post, text: string, e: Edit) => { from: number; to: number },
): void {
  let text = start;
  let edited = EditedText.of(text);
  let post = parsePost(text);
  for (const e of edits) {
    const { from, to } = place(post, text, e);
    text = text.slice(0, from) + e.insert + text.slice(to);
    edited = edited.edit(from, to, e.insert);
    post = reparsePost(post, edited);
    const fresh = parsePost(text);
    expect(bodyOf(post).toString()).toBe(fresh.body);
    expect(textOf(post).toString()).toBe(text);
    expect(view(post)).toEqual(view(fresh));
  }
}

describe('reparsePost', () => {
  it("equals a fresh parse for the editor's edited texts too, and reads their body in pieces", () => {
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(edit, { maxLength: 8 }), (i, edits) =>
        checkEdits(texts[i], edits, (_post, text, e) => {
          const from = Math.floor(e.at * text.length);
          return { from, to: Math.min(text.length, from + e.len) };
        }),
      ),
      { numRuns: 150 },
    );
  });

  it('equals a fresh parse for edited texts typed in the front matter, which alone is read again', () => {
    const yamlEdit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      len: fc.nat(4),
      insert: fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom('\n', '---\n', '\n---\n', '\r\n', ': ', '"', "'", '#', '- ', '...\n'),
      ),
    });
    const framed = texts.filter((t) => parsePost(t).ranges.yaml !== null);
    fc.assert(
      fc.property(fc.nat(framed.length - 1), fc.array(yamlEdit, { maxLength: 6 }), (i, edits) =>
        checkEdits(framed[i], edits, (post, _text, e) => {
          // Inside the YAML as it now reads, or at the start when the edits broke the block.
          const yaml = post.ranges.yaml ?? { from: 0, to: 0 };
          const from = yaml.from + Math.floor(e.at * (yaml.to - yaml.from));
          return { from, to: Math.min(yaml.to, from + e.len) };
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('reads only the front matter again while a title is typed in the text', () => {
    // A post whose title is a double-quoted string: the keys go before its closing quote.
    const line = /^title:[ \t]+"[^"\\\r\n]*(?=")/m;
    const text = texts.find((t) => t.length > 2_000 && line.test(t))!;
    let post = parsePost(text);
    let edited = EditedText.of(text);
    const title = line.exec(text)!;
    let at = title.index + title[0].length;
    for (const ch of ' y más') {
      edited = edited.edit(at, at, ch);
      at += 1;
      post = reparsePost(post, edited);
      expect(post.data.title).toBe(parsePost(edited.toString()).data.title);
      // The body is the edited text's, read in pieces: not made whole by the parse.
      expect(bodyOf(post)).toBeInstanceOf(EditedText);
    }
    expect(String(post.data.title).endsWith(' y más')).toBe(true);
  });

  it('keeps the body unread while typing in it, and the front matter as parsed', () => {
    const text = texts.find((t) => t.startsWith('---\n') && t.length > 2_000)!;
    const first = parsePost(text);
    const at = text.length - 500;
    const post = reparsePost(first, EditedText.of(text).edit(at, at, 'x'));
    expect(post.data).toBe(first.data);
    const body = bodyOf(post);
    expect(body).toBeInstanceOf(EditedText);
    expect(body).toBe(bodyOf(post));
    expect((body as EditedText).base === text).toBe(true);
    expect(post.body).toBe(text.slice(first.ranges.body.from, at) + 'x' + text.slice(at));
  });

  it('equals a fresh parse after any edit of real posts, wherever it lands', () => {
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(edit, { maxLength: 8 }), (i, edits) => {
        let text = texts[i];
        let post = parsePost(text);
        for (const e of edits) {
          const from = Math.floor(e.at * text.length);
          text = text.slice(0, from) + e.insert + text.slice(Math.min(text.length, from + e.len));
          post = reparsePost(post, text);
          expect(view(post)).toEqual(view(parsePost(text)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the front matter data (same object) while only the body changes', () => {
    const first = parsePost(texts[0]);
    const next = reparsePost(first, first.text + 'Un párrafo más.\n');
    expect(next.data).toBe(first.data);
    expect(next.body.endsWith('Un párrafo más.\n')).toBe(true);
    const edited = setField(next, ['title'], 'Otro título');
    expect(edited.text).toBe(setField(parsePost(next.text), ['title'], 'Otro título').text);
  });

  it('parses again when the front matter changes', () => {
    const first = parsePost('---\ntitle: a\n---\nbody\n');
    const next = reparsePost(first, '---\ntitle: b\n---\nbody\n');
    expect(next.data).toEqual({ title: 'b' });
  });
});
