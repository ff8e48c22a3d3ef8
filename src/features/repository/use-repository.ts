/**
 * The repository connection of the page: connect (clone with progress, cancellable), the list of
 * its posts, reading one, and publishing. On a later visit the clone kept in the browser is
 * listed again without the network.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import git from 'isomorphic-git';
import { gitFailure, type GitFailure } from '../../core/git-errors';
import { blobAt, cloneRepo, fetchBranch, listRepoPosts, readRepoFile } from './git-repo';
import type { GitEnv, GitProgress, GitRemote } from './git-repo';
import { publishPost, type PublishRequest, type PublishResult } from './git-publish';
import { browserGitEnv } from './browser-git';
import { loadConnection, saveConnection, type Connection } from './connection-store';
import { sortRepoPosts, type RepoPost } from '../../core/repo-posts';

/** What the repository UI shows. */
export interface RepoState {
  phase: 'idle' | 'connecting' | 'connected';
  progress: GitProgress | null;
  error: GitFailure | null;
  /** The branch the clone follows and its head commit as last fetched. */
  branch: string;
  head: string;
  posts: RepoPost[];
}

const IDLE: RepoState = {
  phase: 'idle',
  progress: null,
  error: null,
  branch: '',
  head: '',
  posts: [],
};

/** Returns the remote part of a connection. */
export function remoteOf(c: Connection): GitRemote {
  const { url, branch, corsProxy, username, token } = c;
  return { url: url.trim(), branch: branch.trim(), corsProxy: corsProxy.trim(), username, token };
}

/** Returns the repository's state and actions (see the module comment). */
export function useRepository() {
  const [connection, setConnection] = useState(loadConnection);
  const [state, setState] = useState<RepoState>(IDLE);
  const env = useRef<GitEnv | null>(null);
  const abort = useRef<AbortController | null>(null);

  const showPosts = useCallback(async (e: GitEnv, c: Connection, branch: string, head: string) => {
    const posts = sortRepoPosts(await listRepoPosts(e, head, c.folders));
    env.current = e;
    setState({ phase: 'connected', progress: null, error: null, branch, head, posts });
  }, []);

  // A clone from an earlier visit: list it again, offline.
  useEffect(() => {
    const c = loadConnection();
    if (!c.url) return;
    let live = true;
    void (async () => {
      try {
        const e = await browserGitEnv();
        const branch = c.branch || (await git.currentBranch({ fs: e.fs, dir: e.dir })) || '';
        const head = await git.resolveRef({ fs: e.fs, dir: e.dir, ref: `refs/heads/${branch}` });
        if (live) await showPosts(e, c, branch, head);
      } catch {
        // Nothing cloned yet: the person connects.
      }
    })();
    return () => {
      live = false;
    };
  }, [showPosts]);

  const connect = useCallback(
    async (c: Connection) => {
      saveConnection(c);
      setConnection(c);
      const controller = new AbortController();
      abort.current = controller;
      setState({ ...IDLE, phase: 'connecting' });
      try {
        const e = await browserGitEnv(true);
        const { branch, head } = await cloneRepo(e, remoteOf(c), {
          signal: controller.signal,
          onProgress: (progress) => setState((s) => ({ ...s, progress })),
        });
        await showPosts(e, c, branch, head);
      } catch (err) {
        setState({ ...IDLE, error: gitFailure(err) });
      }
    },
    [showPosts],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);

  /** Fetches the branch and fast-forwards the clone to it (Pluma never commits there unpushed). */
  const pull = useCallback(async () => {
    const e = env.current;
    if (!e) return;
    setState((s) => ({ ...s, error: null }));
    try {
      const head = await fetchBranch(e, remoteOf(connection), state.branch);
      const ref = `refs/heads/${state.branch}`;
      await git.writeRef({ fs: e.fs, dir: e.dir, ref, value: head, force: true });
      await showPosts(e, connection, state.branch, head);
    } catch (err) {
      setState((s) => ({ ...s, error: gitFailure(err) }));
    }
  }, [connection, state.branch, showPosts]);

  /** Returns a post's text (decoded byte for byte, BOM kept) with the commit and blob read. */
  const readPost = useCallback(
    async (path: string) => {
      if (!env.current) throw new Error('not connected');
      const { bytes, blob } = await readRepoFile(env.current, state.head, path);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      return { text, blob, commit: state.head };
    },
    [state.head],
  );

  const publish = useCallback(
    async (req: PublishRequest): Promise<PublishResult> => {
      if (!env.current) throw new Error('not connected');
      const author = { name: connection.authorName, email: connection.authorEmail };
      const result = await publishPost(
        env.current,
        remoteOf(connection),
        author,
        state.branch,
        req,
      );
      if (result.kind === 'published' && req.targetBranch === state.branch) {
        await showPosts(env.current, connection, state.branch, result.commit);
      }
      return result;
    },
    [connection, state.branch, showPosts],
  );

  /** Returns whether `path` at the head last fetched is no longer blob `blob`. */
  const changedUpstream = useCallback(
    async (path: string, blob: string) =>
      env.current && state.head ? (await blobAt(env.current, state.head, path)) !== blob : false,
    [state.head],
  );

  return useMemo(
    () => ({ connection, state, connect, cancel, pull, readPost, publish, changedUpstream }),
    [connection, state, connect, cancel, pull, readPost, publish, changedUpstream],
  );
}

/** The repository connection as the app passes it to the repository UI. */
export type Repository = ReturnType<typeof useRepository>;
