/** Messages between the page and the checks worker. */
import type { CheckInput } from './run-checks';
import type { Finding, SiteFacts } from './types';

/**
 * Page → worker: check this post (dates are compared with `now`, ms since the epoch). The worker
 * keeps the text, facts and images of the request before: a request carries only what changed,
 * so that a pause in typing does not copy a long post (and the site's facts) to the worker.
 */
export interface CheckRequest extends Pick<CheckInput, 'filename'> {
  type: 'check';
  seq: number;
  now: number;
  /** The post's whole text; absent when `edit` says how it changed. */
  text?: string;
  /** The change of the text of the request before, and the length of the text after it. */
  edit?: { from: number; to: number; insert: string; length: number };
  /** The site's facts; absent when they are those of the request before. */
  facts?: SiteFacts;
  /** The sizes of the draft's images (null: none known); absent when unchanged. */
  images?: ReadonlyMap<string, number> | null;
}

/**
 * Worker → page: the findings of request `seq`, or why the checks failed; and the words of its
 * post's body (`countWords`), which the status bar shows, counted here off the page's thread
 * (about 20 ms for a 50,000-word post). `words` is absent when the post could not be read. After
 * an error the worker holds nothing: the next request carries the whole text and facts.
 */
export type CheckReply =
  | { type: 'checked'; seq: number; findings: Finding[]; words: number }
  | { type: 'error'; seq: number; message: string; words?: number };
