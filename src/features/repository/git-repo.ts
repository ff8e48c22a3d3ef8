/**
 * The git layer's reading half, over isomorphic-git: clone a blog's repository (full history, no
 * working tree: Pluma reads files from commits), fetch, list its posts, read a file byte for
 * byte with its blob id. The file system and HTTP client are given, so the same code runs in the
 * browser (IndexedDB file system, fetch) and in Node tests (a temp folder, node's http).
 */
import git from 'isomorphic-git';
import type { HttpClient, PromiseFsClient } from 'isomorphic-git';
import { decodeRepoText, isPostPath, repoPost } from '../../core/repo-posts';
import type { RepoFolders, RepoPost } from '../../core/repo-posts';
import { SiteBudget, isSiteFolder, siteFileKind } from '../../core/site/site-source';

/** Where a clone lives and how it talks to its remote. */
export interface GitEnv {
  fs: PromiseFsClient;
  http: HttpClient;
  /** The clone's folder (its git directory is `dir/.git`). */
  dir: string;
}

/** A remote repository and the account that reaches it. */
export interface GitRemote {
  url: string;
  /** The branch to read and publish to; '' for the remote's default branch. */
  branch: string;
  corsProxy: string;
  username: string;
  token: string;
}

/** A phase of a clone or fetch and how far it is (total 0 when unknown). */
export interface GitProgress {
  phase: string;
  loaded: number;
  total: number;
}

/** Options of a network operation. */
export interface NetOptions {
  onProgress?: (p: GitProgress) => void;
  signal?: AbortSignal;
  /** The most one response may bring (default MAX_DOWNLOAD_BYTES). */
  maxBytes?: number;
}

/** Thrown when a network operation was cancelled through its signal. */
export class GitCanceledError extends Error {
  readonly code = 'GitCanceledError';
}

/** The most a clone or fetch may download: past it the repository is too large for a browser. */
export const MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024;

/** Thrown when a clone or fetch would download more than its limit. */
export class RepositoryTooLargeError extends Error {
  readonly code = 'RepositoryTooLargeError';
}

async function* capped(body: AsyncIterableIterator<Uint8Array>, limit: number) {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) throw new RepositoryTooLargeError(`over ${limit} bytes`);
    yield chunk;
  }
}

/** Returns the HTTP client, failing once `signal` is aborted or a response passes the limit. */
function guarded(http: HttpClient, signal?: AbortSignal, limit = MAX_DOWNLOAD_BYTES): HttpClient {
  return {
    request: async (req) => {
      if (signal?.aborted) throw new GitCanceledError('canceled');
      const res = await http.request(signal ? { ...req, signal } : req);
      return res.body ? { ...res, body: capped(res.body, limit) } : res;
    },
  };
}

/** Returns the options every remote operation shares: auth, proxy, cancel, progress. */
export function remoteOptions(env: GitEnv, remote: GitRemote, opts: NetOptions = {}) {
  return {
    fs: env.fs,
    http: guarded(env.http, opts.signal, opts.maxBytes),
    dir: env.dir,
    url: remote.url,
    corsProxy: remote.corsProxy || undefined,
    // Without onAuthFailure a refused token ends the operation with its 401 (an HttpError).
    onAuth: () => ({ username: remote.username, password: remote.token }),
    onProgress: opts.onProgress,
  };
}

/**
 * Clones `remote` into `env.dir` (full history, no checkout) and returns the branch and its head
 * commit. The folder must be empty.
 */
export async function cloneRepo(env: GitEnv, remote: GitRemote, opts: NetOptions = {}) {
  await git.clone({
    ...remoteOptions(env, remote, opts),
    ref: remote.branch || undefined,
    singleBranch: true,
    noCheckout: true,
    noTags: true,
  });
  return localHead(env, remote.branch);
}

/** Returns the branch the clone follows (given, else its current one) and its head commit. */
export async function localHead(env: GitEnv, branch: string) {
  const name = branch || (await git.currentBranch({ fs: env.fs, dir: env.dir })) || '';
  const head = await git.resolveRef({ fs: env.fs, dir: env.dir, ref: `refs/heads/${name}` });
  return { branch: name, head };
}

/** Fetches `branch` from the remote and returns its head commit there. */
export async function fetchBranch(
  env: GitEnv,
  remote: GitRemote,
  branch: string,
  opts: NetOptions = {},
): Promise<string> {
  const result = await git.fetch({
    ...remoteOptions(env, remote, opts),
    ref: branch,
    remoteRef: branch,
    singleBranch: true,
    tags: false,
  });
  if (!result.fetchHead) throw new Error(`The branch ${branch} is not in the repository.`);
  return result.fetchHead;
}

/** Returns the blob id of `path` in `commit`, or null when the commit has no such file. */
export async function blobAt(env: GitEnv, commit: string, path: string): Promise<string | null> {
  try {
    const { oid } = await git.readBlob({ fs: env.fs, dir: env.dir, oid: commit, filepath: path });
    return oid;
  } catch (err) {
    if ((err as { code?: string }).code === 'NotFoundError') return null;
    throw err;
  }
}

/** Returns the bytes and blob id of `path` in `commit`. */
export async function readRepoFile(env: GitEnv, commit: string, path: string) {
  const { oid, blob } = await git.readBlob({
    fs: env.fs,
    dir: env.dir,
    oid: commit,
    filepath: path,
  });
  return { blob: oid, bytes: blob };
}

/** The site's files in a commit, for the preview (see core/site/site-source.ts). */
export interface SiteTree {
  text: [string, string][];
  assets: [string, Uint8Array][];
  truncated: boolean;
}

/** Returns the site's text files and assets in `commit`, within the site-source limits. */
export async function readSiteTree(env: GitEnv, commit: string): Promise<SiteTree> {
  const site: SiteTree = { text: [], assets: [], truncated: false };
  const budget = new SiteBudget();
  const walk = async (oid: string, prefix: string): Promise<void> => {
    const { tree } = await git.readTree({ fs: env.fs, dir: env.dir, oid });
    for (const entry of tree) {
      if (site.truncated) return;
      const path = `${prefix}${entry.path}`;
      if (entry.type === 'tree') {
        if (isSiteFolder(path)) await walk(entry.oid, `${path}/`);
        continue;
      }
      if (entry.type !== 'blob' || !siteFileKind(path, 0)) continue;
      const { blob } = await git.readBlob({ fs: env.fs, dir: env.dir, oid: entry.oid });
      const kind = siteFileKind(path, blob.length);
      if (!kind) continue;
      if (!budget.take(blob.length)) {
        site.truncated = true;
        return;
      }
      if (kind === 'asset') site.assets.push([path, blob]);
      else site.text.push([path, decodeRepoText(blob)]);
    }
  };
  await walk(commit, '');
  return site;
}

/** Returns every post of the posts and drafts folders in `commit` (unsorted). */
export async function listRepoPosts(
  env: GitEnv,
  commit: string,
  folders: RepoFolders,
): Promise<RepoPost[]> {
  const posts: RepoPost[] = [];
  for (const folder of [folders.posts, folders.drafts]) {
    let entries;
    try {
      ({ tree: entries } = await git.readTree({
        fs: env.fs,
        dir: env.dir,
        oid: commit,
        filepath: folder,
      }));
    } catch (err) {
      if ((err as { code?: string }).code === 'NotFoundError') continue;
      throw err;
    }
    for (const entry of entries) {
      const path = `${folder}/${entry.path}`;
      if (entry.type !== 'blob' || !isPostPath(path, folders)) continue;
      const { blob } = await git.readBlob({ fs: env.fs, dir: env.dir, oid: entry.oid });
      posts.push(repoPost(path, entry.oid, decodeRepoText(blob), folders));
    }
  }
  return posts;
}
