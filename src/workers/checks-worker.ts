/**
 * The checks worker: runs the checks of a post, and counts its words, off the page's thread. The
 * page sends a request only after typing pauses and keeps at most one in flight (see
 * use-checks.ts).
 */
import { runChecks } from '../core/checks/run-checks';
import { parsePost } from '../core/post';
import { countWords } from '../core/stats';
import type { SiteFacts } from '../core/checks/types';
import type { CheckReply, CheckRequest } from '../core/checks/worker-protocol';

/** The worker's global scope, typed by what this file uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: CheckReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

/** What the requests before left: the post's text, the site's facts, the images' sizes. */
let held: { text: string | null; facts: SiteFacts | null; images?: ReadonlyMap<string, number> } = {
  text: null,
  facts: null,
};

/** Returns the text of `request`: its own, or its edit applied to the text held. */
function textOf(request: CheckRequest): string {
  if (request.text !== undefined) return request.text;
  const { edit } = request;
  if (!edit || held.text === null) throw new Error('the checks worker has no text to edit');
  const text = held.text.slice(0, edit.from) + edit.insert + held.text.slice(edit.to);
  if (text.length !== edit.length) throw new Error('the checks worker lost track of the text');
  return text;
}

scope.addEventListener('message', ({ data }) => {
  if (data?.type !== 'check') return;
  let words: number | undefined;
  try {
    const text = textOf(data);
    const facts = data.facts ?? held.facts;
    if (!facts) throw new Error('the checks worker has no site facts');
    const images = data.images === undefined ? held.images : (data.images ?? undefined);
    held = { text, facts, images };
    // One parse serves the word count and the checks.
    const post = parsePost(text);
    words = countWords(post.body);
    const input = { text, facts, images, filename: data.filename, now: new Date(data.now) };
    const findings = runChecks(input, post);
    scope.postMessage({ type: 'checked', seq: data.seq, findings, words });
  } catch (error) {
    // The page sends everything again after an error.
    held = { text: null, facts: null };
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', seq: data.seq, message, words });
  }
});
