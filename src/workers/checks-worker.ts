/**
 * The checks worker: runs the checks of a post, and counts its words, off the page's thread. The
 * page sends a request only after typing pauses and keeps at most one in flight (see
 * use-checks.ts).
 */
import { runChecks } from '../core/checks/run-checks';
import { parsePost } from '../core/post';
import { countWords } from '../core/stats';
import type { CheckReply, CheckRequest } from '../core/checks/worker-protocol';

/** The worker's global scope, typed by what this file uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: CheckReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  if (data?.type !== 'check') return;
  let words: number | undefined;
  try {
    // One parse serves the word count and the checks.
    const post = parsePost(data.text);
    words = countWords(post.body);
    const findings = runChecks({ ...data, now: new Date(data.now) }, post);
    scope.postMessage({ type: 'checked', seq: data.seq, findings, words });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', seq: data.seq, message, words });
  }
});
