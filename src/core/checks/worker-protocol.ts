/** Messages between the page and the checks worker. */
import type { CheckInput } from './run-checks';
import type { Finding } from './types';

/** Page → worker: check this post (dates are compared with `now`, ms since the epoch). */
export interface CheckRequest extends Omit<CheckInput, 'now'> {
  type: 'check';
  seq: number;
  now: number;
}

/**
 * Worker → page: the findings of request `seq`, or why the checks failed; and the words of its
 * post's body (`countWords`), which the status bar shows, counted here off the page's thread
 * (about 20 ms for a 50,000-word post). `words` is absent when the post could not be read.
 */
export type CheckReply =
  | { type: 'checked'; seq: number; findings: Finding[]; words: number }
  | { type: 'error'; seq: number; message: string; words?: number };
