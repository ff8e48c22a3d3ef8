/**
 * The open post as a small external store: the editor's text goes in, the parsed post comes
 * out, and every listener hears of the change in the same task as the key press. The preview
 * listens directly, so that its render starts before React renders anything; React reads only
 * the post's head (see `head`), so that a key press in the body renders no component.
 */
import type { Post, TextEdit } from '../core/post';
import type { EditedText } from '../core/edited-text';
import { detectEol } from '../core/text';
import { loadFirst } from './after-editor';
import { loadPostCore, postCoreNow, type PostCore } from './post-core';

export interface PostStore {
  /**
   * Whether the post has been parsed. Until the parser loads (once the editor has shown the
   * post) `get()` and `head()` hold the text with an empty body and no data; listeners of both
   * hear when the parsed post arrives.
   */
  parsed(): boolean;
  /** The current post (a new object after every change). */
  get(): Post;
  /**
   * The post as of the last change of anything but its body: its front matter's data, errors
   * and ranges, language, line break and BOM are the current post's, while its `text` and
   * `body` may be older (read `get()` for those). A new object only when one of those changed.
   */
  head(): Post;
  /**
   * Replaces the text; listeners are called at once when it changed. The editor's edited text
   * (edited-text.ts) is read without being made whole while only the body changes: read the
   * post's body with `bodyOf` (post-text.ts) to keep it so.
   */
  setText(text: string | EditedText): void;
  /**
   * Offers `post`, already parsed from the text the next change will bring (a field edit reads
   * its new text back): the next `setText` with exactly `post.text` takes it instead of
   * parsing that text again. Any other next text is parsed as usual, and the offer is dropped.
   * `edit`, the edit of the current text that makes `post.text`, lets the store compare an
   * edited text from the editor with it around the edit, not whole.
   */
  offer(post: Post, edit?: TextEdit): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` after every change of `head()`; returns the function that stops it. */
  subscribeHead(listener: () => void): () => void;
}

type Range = { from: number; to: number } | null;

const sameRange = (a: Range, b: Range) =>
  a === b || (!!a && !!b && a.from === b.from && a.to === b.to);

/** Returns true when `a` and `b` differ at most in their body (see `PostStore.head`). */
function sameHead(a: Post, b: Post): boolean {
  if (a.language !== b.language || a.eol !== b.eol || a.bom !== b.bom) return false;
  if (!sameRange(a.ranges.frontMatter, b.ranges.frontMatter)) return false;
  if (!sameRange(a.ranges.yaml, b.ranges.yaml)) return false;
  if (a.ranges.frontMatter) return a.data === b.data && a.errors === b.errors;
  // Without front matter every parse makes new (empty) data and errors of its own.
  return (
    Object.keys(a.data).length === 0 &&
    Object.keys(b.data).length === 0 &&
    a.errors.length === b.errors.length &&
    a.errors.every((e, i) => {
      const f = b.errors[i];
      return e.code === f.code && e.line === f.line && e.column === f.column;
    })
  );
}

/** The post before it is parsed: its text, line break and BOM, nothing read from it. */
function unparsed(text: string): Post {
  return {
    text,
    data: {},
    body: '',
    errors: [],
    ranges: { frontMatter: null, yaml: null, body: { from: 0, to: 0 } },
    language: null,
    eol: detectEol(text),
    bom: text.charCodeAt(0) === 0xfeff,
  };
}

/** A text as the editor hands it over: a string, or an edited text (edited-text.ts). */
type Text = string | EditedText;

/** Returns true when `a` and `b` are the same text (an edited text compares itself). */
const same = (a: Text, b: Text): boolean =>
  typeof a !== 'string' ? a.equals(b) : typeof b !== 'string' ? b.equals(a) : a === b;

/**
 * Returns a store holding the post parsed from `initialText`: at once when the parser has
 * loaded, else once it has (it loads after the editor has shown the post).
 */
export function createPostStore(initialText: string): PostStore {
  let core: PostCore | null = postCoreNow();
  let post = core ? core.parsePost(initialText) : unparsed(initialText);
  let head = post;
  let offered: Post | null = null;
  // The offered post's text as the store compares it: the current edited text with the
  // offered edit made (on the editor's base, as the editor will make it), else its string.
  let offeredText: Text = '';
  // The text last set, as it was given: an edited text is compared without making it whole.
  let latest: Text = initialText;
  const listeners = new Set<() => void>();
  const headListeners = new Set<() => void>();
  const add = (set: Set<() => void>, listener: () => void) => {
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  if (!core) {
    void loadFirst(loadPostCore).then((loaded) => {
      core = loaded;
      // The text typed meanwhile is the store's: parse that.
      post = loaded.parsePost(post.text);
      head = post;
      for (const listener of [...listeners]) listener();
      for (const listener of [...headListeners]) listener();
    });
  }
  return {
    parsed: () => core !== null,
    get: () => post,
    head: () => head,
    setText(text) {
      if (same(latest, text)) return;
      latest = text;
      if (!core) {
        post = unparsed(text.toString());
        for (const listener of [...listeners]) listener();
        return;
      }
      const ready = offered !== null && same(text, offeredText) ? offered : null;
      offered = null;
      offeredText = '';
      // The front matter is parsed again only when it changed.
      post = ready ?? core.reparsePost(post, text);
      const headChanged = !sameHead(head, post);
      if (headChanged) head = post;
      for (const listener of [...listeners]) listener();
      if (headChanged) for (const listener of [...headListeners]) listener();
    },
    offer(parsed, edit) {
      offered = core ? parsed : null;
      // Made whole, the editor's text (683 kB at 50,000 words) and its comparison with the
      // offered string cost each key typed in a field 4-5 ms.
      offeredText =
        offered && edit && typeof latest !== 'string' && latest.offset === 0
          ? latest.edit(edit.from, edit.to, edit.insert)
          : (offered?.text ?? '');
    },
    subscribe: (listener) => add(listeners, listener),
    subscribeHead: (listener) => add(headListeners, listener),
  };
}
