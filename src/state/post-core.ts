/**
 * The post parser (`core/post.ts`, with the `yaml` package and gray-matter) as a module that
 * loads once the editor has shown the post: the editor needs only the draft's raw text, so the
 * parser is none of the code fetched before it (see `state/after-editor.ts`). Code that parses
 * before that moment awaits `loadPostCore()`.
 */
import type * as PostModule from '../core/post';

/** What `core/post.ts` exports. */
export type PostCore = typeof PostModule;

let core: PostCore | null = null;
let loading: Promise<PostCore> | null = null;

/** Returns the parser, loading it on the first call. */
export function loadPostCore(): Promise<PostCore> {
  loading ??= import('../core/post').then((m) => (core = m));
  return loading;
}

/** Returns the parser if it has loaded, else null. */
export function postCoreNow(): PostCore | null {
  return core;
}
