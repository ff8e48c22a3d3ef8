/**
 * The git worker: runs the git operations (git-ops.ts) off the page, so that cloning and
 * committing never block typing. Progress crosses to the page as messages; a cancel message
 * aborts the operation's requests.
 */
import './worker-globals';
import { browserGitEnv } from './browser-git';
import { errorData, gitOps, type GitOp, type GitReply, type GitRequest } from './git-ops';

const running = new Map<number, AbortController>();
const post = (reply: GitReply) => postMessage(reply);

type AnyOp = (env: unknown, args: unknown[], net: unknown) => Promise<unknown>;

addEventListener('message', (event: MessageEvent<GitRequest>) => {
  const msg = event.data;
  if ('cancel' in msg) return void running.get(msg.id)?.abort();
  const abort = new AbortController();
  running.set(msg.id, abort);
  const net = {
    signal: abort.signal,
    onProgress: (p: { phase: string; loaded: number; total?: number }) =>
      post({ id: msg.id, progress: { phase: p.phase, loaded: p.loaded, total: p.total ?? 0 } }),
  };
  void (async () => {
    try {
      const env = await browserGitEnv(msg.wipe);
      const op = gitOps[msg.op as GitOp] as unknown as AnyOp;
      post({ id: msg.id, ok: true, value: await op(env, msg.args, net) });
    } catch (err) {
      post({ id: msg.id, ok: false, error: errorData(err) });
    } finally {
      running.delete(msg.id);
    }
  })();
});
