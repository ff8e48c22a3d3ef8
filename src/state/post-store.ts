/**
 * The open post as a small external store: the editor's text goes in, the parsed post comes
 * out, and every listener hears of the change in the same task as the key press. React reads it
 * through `useSyncExternalStore`; the preview listens directly, so that its render starts before
 * React renders anything.
 */
import { parsePost, reparsePost, type Post } from '../core/post';

export interface PostStore {
  /** The current post (a new object after every change). */
  get(): Post;
  /** Replaces the text; listeners are called at once when it changed. */
  setText(text: string): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** Returns a store holding the post parsed from `initialText`. */
export function createPostStore(initialText: string): PostStore {
  let post = parsePost(initialText);
  const listeners = new Set<() => void>();
  return {
    get: () => post,
    setText(text) {
      if (text === post.text) return;
      // The front matter is parsed again only when it changed.
      post = reparsePost(post, text);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
