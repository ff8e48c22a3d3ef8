/**
 * Every git operation the page asks for, by name, over one clone: what the git worker runs
 * (git-worker.ts) and what Node tests can call directly. Arguments and results are plain data,
 * so they cross to and from a worker by structured clone.
 */
import git from 'isomorphic-git';
import { sortRepoPosts, type RepoFolders } from '../../core/repo-posts';
import {
  blobAt,
  cloneRepo,
  fetchBranch,
  listRepoPosts,
  localHead,
  readRepoFile,
  readSiteTree,
} from './git-repo';
import type { GitEnv, GitRemote, NetOptions } from './git-repo';
import { publishPost, type GitAuthor, type PublishRequest } from './git-publish';

/** The operations, each given the clone, its arguments and the network options. */
export const gitOps = {
  clone: (env: GitEnv, [remote]: [GitRemote], net: NetOptions) => cloneRepo(env, remote, net),
  /** The clone kept from an earlier visit, without the network (throws when there is none). */
  resume: (env: GitEnv, [branch]: [string]) => localHead(env, branch),
  /** Fetches `branch` and fast-forwards the clone's branch to it (nothing unpushed lives there). */
  pull: async (env: GitEnv, [remote, branch]: [GitRemote, string], net: NetOptions) => {
    const head = await fetchBranch(env, remote, branch, net);
    const ref = `refs/heads/${branch}`;
    await git.writeRef({ fs: env.fs, dir: env.dir, ref, value: head, force: true });
    return head;
  },
  list: async (env: GitEnv, [head, folders]: [string, RepoFolders]) =>
    sortRepoPosts(await listRepoPosts(env, head, folders)),
  read: (env: GitEnv, [head, path]: [string, string]) => readRepoFile(env, head, path),
  blobAt: (env: GitEnv, [head, path]: [string, string]) => blobAt(env, head, path),
  /** The site's files at `head`, for the preview with the site's own layouts. */
  site: (env: GitEnv, [head]: [string]) => readSiteTree(env, head),
  publish: (
    env: GitEnv,
    [remote, author, base, req]: [GitRemote, GitAuthor, string, PublishRequest],
    net: NetOptions,
  ) => publishPost(env, remote, author, base, req, net),
};

/** The name of an operation. */
export type GitOp = keyof typeof gitOps;
/** The arguments of operation `K`. */
export type GitArgs<K extends GitOp> = Parameters<(typeof gitOps)[K]>[1];
/** The result of operation `K`. */
export type GitResult<K extends GitOp> = Awaited<ReturnType<(typeof gitOps)[K]>>;

/** A message from the page: run an operation (`wipe`: on an empty clone), or cancel one. */
export type GitRequest =
  { id: number; op: GitOp; args: unknown[]; wipe?: boolean } | { id: number; cancel: true };

/** A message from the worker: progress, a result, or an error with its code and data kept. */
export type GitReply =
  | { id: number; progress: { phase: string; loaded: number; total: number } }
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { name: string; code?: string; message: string; data?: unknown };
    };

/** Returns `err` as plain data that keeps what gitFailure reads (name, code, data). */
export function errorData(err: unknown) {
  const e = (typeof err === 'object' && err !== null ? err : {}) as Record<string, unknown>;
  let data: unknown;
  try {
    data = structuredClone(e.data);
  } catch {
    data = undefined;
  }
  return {
    name: typeof e.name === 'string' ? e.name : 'Error',
    code: typeof e.code === 'string' ? e.code : undefined,
    message: typeof e.message === 'string' ? e.message : String(err),
    data,
  };
}
