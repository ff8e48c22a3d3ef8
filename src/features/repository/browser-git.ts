/**
 * The git layer's browser half: a file system in IndexedDB (lightning-fs, database
 * `pluma-git`) and the fetch-based HTTP client. isomorphic-git and its hash library expect the
 * global `Buffer` that Node has; the browser gets the `buffer` package's, set before they run.
 */
import { Buffer } from 'buffer';
import type { GitEnv } from './git-repo';

const DIR = '/blog';

/**
 * Returns the browser's git environment; with `wipe`, the previous clone is deleted first (a new
 * connection starts from an empty folder).
 */
export async function browserGitEnv(wipe = false): Promise<GitEnv> {
  const g = globalThis as { Buffer?: typeof Buffer };
  g.Buffer ??= Buffer;
  const [{ default: FS }, { default: http }] = await Promise.all([
    import('@isomorphic-git/lightning-fs'),
    import('isomorphic-git/http/web'),
  ]);
  const fs = new FS('pluma-git', { wipe });
  return { fs, http, dir: DIR };
}
