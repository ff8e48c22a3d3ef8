/**
 * The repository connection of the page: connect (clone with progress, cancellable), the list of
 * its posts, reading one, pulling and publishing, all run in the git worker. On a later visit the
 * clone kept in the browser is listed again without the network.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { gitFailure, type GitFailure } from '../../core/git-errors';
import { decodeRepoText } from '../../core/repo-folders';
import type { RepoPost } from '../../core/repo-posts';
import type { GitProgress, GitRemote } from './git-repo';
import type { PublishRequest, PublishResult } from './git-publish';
import { createGitClient, type GitClient } from './git-client';
import { loadConnection, saveConnection, type Connection } from './connection-store';
import { afterPreview } from '../../state/after-editor';
import { siteStore } from '../../state/site-store';
import { assetType } from '../../core/site/site-source';

/** Returns the repository's name for people ("blog" of https://host/org/blog.git). */
function repoName(url: string): string {
  return (
    url
      .trim()
      .replace(/\.git\/?$/, '')
      .split('/')
      .filter(Boolean)
      .pop() ?? url
  );
}

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
  const [client] = useState<GitClient>(createGitClient);
  const abort = useRef<AbortController | null>(null);
  const siteHead = useRef('');

  const showPosts = useCallback(
    async (c: Connection, branch: string, head: string) => {
      const posts = await client.call('list', [head, c.folders]);
      setState({ phase: 'connected', progress: null, error: null, branch, head, posts });
      // The site's files for the preview, read again only when the head moved.
      if (siteHead.current === head) return;
      siteHead.current = head;
      client.call('site', [head]).then(
        ({ text, assets, truncated }) => {
          if (siteHead.current !== head) return;
          siteStore.set({
            origin: 'repository',
            name: repoName(c.url),
            text: new Map(text),
            assets: new Map(
              assets.map(([path, bytes]) => [
                path,
                new Blob([bytes as Uint8Array<ArrayBuffer>], { type: assetType(path) }),
              ]),
            ),
            truncated,
          });
        },
        // Without the site the preview keeps its built-in layout; the posts still list.
        () => undefined,
      );
    },
    [client],
  );

  // A clone from an earlier visit: list it again, offline, once the editor and the preview show
  // the post.
  useEffect(() => {
    const c = loadConnection();
    if (!c.url) return;
    let live = true;
    void afterPreview()
      .then(() => (live ? client.call('resume', [c.branch.trim()]) : null))
      .then(
        (resumed) => (live && resumed ? showPosts(c, resumed.branch, resumed.head) : undefined),
        () => undefined, // nothing cloned yet: the person connects
      );
    return () => {
      live = false;
    };
  }, [client, showPosts]);

  const connect = useCallback(
    async (c: Connection) => {
      saveConnection(c);
      setConnection(c);
      const controller = new AbortController();
      abort.current = controller;
      setState({ ...IDLE, phase: 'connecting' });
      try {
        const { branch, head } = await client.call('clone', [remoteOf(c)], {
          wipe: true,
          signal: controller.signal,
          onProgress: (progress) => setState((s) => ({ ...s, progress })),
        });
        await showPosts(c, branch, head);
      } catch (err) {
        setState({ ...IDLE, error: gitFailure(err) });
      }
    },
    [client, showPosts],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);

  /** Fetches the branch, fast-forwards the clone to it and lists the posts again. */
  const pull = useCallback(async () => {
    setState((s) => ({ ...s, error: null }));
    try {
      const head = await client.call('pull', [remoteOf(connection), state.branch]);
      await showPosts(connection, state.branch, head);
    } catch (err) {
      setState((s) => ({ ...s, error: gitFailure(err) }));
    }
  }, [client, connection, state.branch, showPosts]);

  /** Returns a post's text (decoded byte for byte, BOM kept) with the commit and blob read. */
  const readPost = useCallback(
    async (path: string) => {
      const { bytes, blob } = await client.call('read', [state.head, path]);
      return { text: decodeRepoText(bytes), blob, commit: state.head };
    },
    [client, state.head],
  );

  const publish = useCallback(
    async (req: PublishRequest): Promise<PublishResult> => {
      const author = { name: connection.authorName, email: connection.authorEmail };
      const remote = remoteOf(connection);
      const result = await client.call('publish', [remote, author, state.branch, req]);
      if (result.kind === 'published' && req.targetBranch === state.branch) {
        await showPosts(connection, state.branch, result.commit);
      }
      return result;
    },
    [client, connection, state.branch, showPosts],
  );

  /** Returns whether `path` at the head last fetched is no longer blob `blob`. */
  const changedUpstream = useCallback(
    async (path: string, blob: string) =>
      state.head ? (await client.call('blobAt', [state.head, path])) !== blob : false,
    [client, state.head],
  );

  return useMemo(
    () => ({ connection, state, connect, cancel, pull, readPost, publish, changedUpstream }),
    [connection, state, connect, cancel, pull, readPost, publish, changedUpstream],
  );
}

/** The repository connection as the app passes it to the repository UI. */
export type Repository = ReturnType<typeof useRepository>;
