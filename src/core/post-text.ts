/**
 * The text of a post read without making it whole: a post parsed from the editor's edited text
 * (edited-text.ts) keeps that text, and its `text` and `body` strings are made only when read.
 * The preview reads the body here, a piece at a time, on every key.
 */
import type { EditedText, TextSource } from './edited-text.ts';
import type { Post } from './post.ts';

const texts = new WeakMap<Post, EditedText>();
const bodies = new WeakMap<Post, EditedText>();

/** Records that `post` was read from `text` (called by the parser). */
export function keepText(post: Post, text: EditedText): void {
  texts.set(post, text);
}

/** Returns the text of `post`: the edited text it was read from, else its `text`. */
export function textOf(post: Post): TextSource {
  return texts.get(post) ?? post.text;
}

/** Returns the body of `post`, as `textOf` returns its text (the same object on each call). */
export function bodyOf(post: Post): TextSource {
  const text = texts.get(post);
  if (!text) return post.body;
  let body = bodies.get(post);
  if (!body) bodies.set(post, (body = text.view(post.ranges.body.from)));
  return body;
}
