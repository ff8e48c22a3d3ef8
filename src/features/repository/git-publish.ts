/**
 * The git layer's writing half: commit one post (and its images) on top of the remote's current
 * head and push, never forced. isomorphic-git has no rebase, so the commit is built on the head
 * just fetched: its tree is that head's tree with only these files replaced. A post changed
 * upstream since it was opened is a conflict and nothing is pushed, unless the person chose to
 * publish over it (still on top of theirs, never force).
 */
import git from 'isomorphic-git';
import type { TreeEntry } from 'isomorphic-git';
import { blobAt, fetchBranch, remoteOptions, type GitEnv, type GitRemote } from './git-repo';
import type { NetOptions } from './git-repo';

/** Who commits. */
export interface GitAuthor {
  name: string;
  email: string;
}

/** What to publish. */
export interface PublishRequest {
  /** The repository path the post is written to. */
  path: string;
  bytes: Uint8Array;
  /** The path it was opened from, when it moves (a changed date); removed in the same commit. */
  oldPath?: string;
  /** The blob the draft was opened from; null for a post that is new to the repository. */
  baseBlob: string | null;
  /** Images that go with the post, at their repository paths. */
  images: { path: string; bytes: Uint8Array }[];
  message: string;
  /** The branch the commit goes to: the remote's branch, or a new branch for review. */
  targetBranch: string;
  /** Commit on top of theirs even when the post changed upstream. */
  overwrite?: boolean;
}

/** How a publish ended. */
export type PublishResult =
  | { kind: 'published'; commit: string; blob: string; branch: string }
  | { kind: 'conflict'; theirs: Uint8Array | null; theirsBlob: string | null; head: string };

/** Returns the tree `treeOid` with `changes` applied (a blob id to write, null to remove). */
async function editTree(
  env: GitEnv,
  treeOid: string | null,
  changes: Map<string, string | null>,
): Promise<string> {
  const entries: TreeEntry[] = treeOid
    ? (await git.readTree({ fs: env.fs, dir: env.dir, oid: treeOid })).tree
    : [];
  const byName = new Map(entries.map((e) => [e.path, e]));
  const nested = new Map<string, Map<string, string | null>>();
  for (const [path, oid] of changes) {
    const slash = path.indexOf('/');
    if (slash < 0) {
      if (oid === null) byName.delete(path);
      else byName.set(path, { mode: '100644', path, oid, type: 'blob' });
      continue;
    }
    const head = path.slice(0, slash);
    if (!nested.has(head)) nested.set(head, new Map());
    nested.get(head)!.set(path.slice(slash + 1), oid);
  }
  for (const [name, sub] of nested) {
    const old = byName.get(name);
    const oid = await editTree(env, old?.type === 'tree' ? old.oid : null, sub);
    const empty = (await git.readTree({ fs: env.fs, dir: env.dir, oid })).tree.length === 0;
    if (empty) byName.delete(name);
    else byName.set(name, { mode: '040000', path: name, oid, type: 'tree' });
  }
  return git.writeTree({ fs: env.fs, dir: env.dir, tree: [...byName.values()] });
}

/** Writes the request's files as blobs and returns the tree changes and the post's blob id. */
async function writeChanges(env: GitEnv, req: PublishRequest) {
  const changes = new Map<string, string | null>();
  if (req.oldPath && req.oldPath !== req.path) changes.set(req.oldPath, null);
  for (const image of req.images) {
    changes.set(image.path, await git.writeBlob({ fs: env.fs, dir: env.dir, blob: image.bytes }));
  }
  const blob = await git.writeBlob({ fs: env.fs, dir: env.dir, blob: req.bytes });
  changes.set(req.path, blob);
  return { changes, blob };
}

/**
 * Commits the request on the head of `baseBranch` as just fetched, unless the post changed there
 * since `baseBlob`, and pushes it to `targetBranch`. A push refused as not fast-forward (someone
 * pushed in between) is tried once more from a new fetch. Network and server errors are thrown.
 */
export async function publishPost(
  env: GitEnv,
  remote: GitRemote,
  author: GitAuthor,
  baseBranch: string,
  req: PublishRequest,
  opts: NetOptions = {},
): Promise<PublishResult> {
  for (let attempt = 0; ; attempt++) {
    const head = await fetchBranch(env, remote, baseBranch, opts);
    const openedFrom = req.oldPath ?? req.path;
    const theirsBlob = await blobAt(env, head, openedFrom);
    if (!req.overwrite && theirsBlob !== req.baseBlob) {
      const theirs = theirsBlob
        ? (await git.readBlob({ fs: env.fs, dir: env.dir, oid: theirsBlob })).blob
        : null;
      return { kind: 'conflict', theirs, theirsBlob, head };
    }
    const { changes, blob } = await writeChanges(env, req);
    const { commit: headCommit } = await git.readCommit({ fs: env.fs, dir: env.dir, oid: head });
    const tree = await editTree(env, headCommit.tree, changes);
    const commit = await git.commit({
      fs: env.fs,
      dir: env.dir,
      message: req.message.endsWith('\n') ? req.message : `${req.message}\n`,
      author: { ...author },
      tree,
      parent: [head],
      noUpdateBranch: true,
    });
    const ref = `refs/heads/${req.targetBranch}`;
    await git.writeRef({ fs: env.fs, dir: env.dir, ref, value: commit, force: true });
    try {
      const result = await git.push({
        ...remoteOptions(env, remote, opts),
        ref,
        remoteRef: ref,
      });
      if (!result.ok) throw new Error(result.error ?? 'push refused');
      return { kind: 'published', commit, blob, branch: req.targetBranch };
    } catch (err) {
      const e = err as { code?: string; data?: { reason?: string } };
      const raced = e.code === 'PushRejectedError' && e.data?.reason === 'not-fast-forward';
      if (!raced || attempt > 0) throw err;
    }
  }
}
