/** Messages between the page and the checks worker. */
import type { CheckInput } from './run-checks';
import type { Finding } from './types';

/** Page → worker: check this post (dates are compared with `now`, ms since the epoch). */
export interface CheckRequest extends Omit<CheckInput, 'now'> {
  type: 'check';
  seq: number;
  now: number;
}

/** Worker → page: the findings of request `seq`, or why the checks failed. */
export type CheckReply =
  | { type: 'checked'; seq: number; findings: Finding[] }
  | { type: 'error'; seq: number; message: string };
