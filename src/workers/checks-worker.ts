/**
 * The checks worker: runs the checks of a post off the page's thread. The page sends a request
 * only after typing pauses and keeps at most one in flight (see use-checks.ts).
 */
import { runChecks } from '../core/checks/run-checks';
import type { CheckReply, CheckRequest } from '../core/checks/worker-protocol';

/** The worker's global scope, typed by what this file uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: CheckReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  if (data?.type !== 'check') return;
  try {
    const findings = runChecks({ ...data, now: new Date(data.now) });
    scope.postMessage({ type: 'checked', seq: data.seq, findings });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', seq: data.seq, message });
  }
});
