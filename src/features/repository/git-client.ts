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

/**
 * Returns a client of a git worker, which starts with the first call (a page that never touches
 * the repository never loads git).
 */
export function createGitClient() {
  const waiting = new Map<number, Waiting>();
  let next = 1;
  let worker: Worker | null = null;
  const start = () => {
    const w = new Worker(new URL('./git-worker.ts', import.meta.url), {
      type: 'module',
      name: 'pluma-git',
    });
    w.addEventListener('message', (event: MessageEvent<GitReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      if (!pending) return;
      if ('progress' in reply) return void pending.opts.onProgress?.(reply.progress);
      waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(Object.assign(new Error(reply.error.message), reply.error));
    });
    return w;
  };
  const send = (msg: GitRequest) => {
    worker ??= start();
    worker.postMessage(msg);
  };
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
