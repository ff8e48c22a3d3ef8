/**
 * The git layer's browser half: a file system in IndexedDB (lightning-fs, database
 * `pluma-git`) and the fetch-based HTTP client, for the git worker (see worker-globals.ts).
 */
import type { GitEnv } from './git-repo';

const DIR = '/blog';
// One file system per context: two lightning-fs instances of a database would each write back
// their own view of it.
let env: GitEnv | null = null;

/**
 * Returns the browser's git environment (in the git worker); with `wipe`, the previous clone is
 * deleted first (a new connection starts from an empty folder).
 */
export async function browserGitEnv(wipe = false): Promise<GitEnv> {
  const [{ default: FS }, { default: http }] = await Promise.all([
    import('@isomorphic-git/lightning-fs'),
    import('isomorphic-git/http/web'),
  ]);
  if (!env || wipe) env = { fs: new FS('pluma-git', { wipe }), http, dir: DIR };
  return env;
}
