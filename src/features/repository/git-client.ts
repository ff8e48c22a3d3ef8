/**
 * The page's side of the git worker: call(op, args) runs an operation there and returns its
 * result; progress comes through `onProgress`, and aborting `signal` cancels it. Errors come back
 * with their code and data, so gitFailure reads them as it reads isomorphic-git's own.
 */
import type { GitArgs, GitOp, GitReply, GitRequest, GitResult } from './git-ops';
import type { GitProgress } from './git-repo';

/** Options of one call. */
export interface CallOptions {
  onProgress?: (p: GitProgress) => void;
  signal?: AbortSignal;
  /** Run on an emptied clone (a new connection). */
  wipe?: boolean;
}

type Waiting = { resolve: (v: unknown) => void; reject: (e: unknown) => void; opts: CallOptions };

/** Returns a client of a new git worker. */
export function createGitClient() {
  const worker = new Worker(new URL('./git-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pluma-git',
  });
  const waiting = new Map<number, Waiting>();
  let next = 1;
  worker.addEventListener('message', (event: MessageEvent<GitReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    if ('progress' in reply) return void w.opts.onProgress?.(reply.progress);
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.value);
    else w.reject(Object.assign(new Error(reply.error.message), reply.error));
  });
  const send = (msg: GitRequest) => worker.postMessage(msg);
  return {
    call<K extends GitOp>(op: K, args: GitArgs<K>, opts: CallOptions = {}): Promise<GitResult<K>> {
      const id = next++;
      opts.signal?.addEventListener('abort', () => send({ id, cancel: true }), { once: true });
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, opts });
        send({ id, op, args: args as unknown[], wipe: opts.wipe });
      });
    },
  };
}

/** A client of the git worker. */
export type GitClient = ReturnType<typeof createGitClient>;
