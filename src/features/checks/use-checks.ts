/**
 * The checks of the open post, run in the checks worker after typing pauses. The store is
 * listened to directly: a key press only resets a timer.
 */
import { useEffect, useRef, useState } from 'react';
import type { Finding, SiteFacts } from '../../core/checks/types';
import { afterPreview } from '../../state/after-editor';
import type { PostStore } from '../../state/post-store';
import { createChecksClient, type ChecksWorkerLike } from './checks-client';

/** Returns a new checks worker (a module worker bundled by Vite). */
function createChecksWorker(): ChecksWorkerLike {
  return new Worker(new URL('../../workers/checks-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pluma-checks',
  }) as ChecksWorkerLike;
}

/** The latest checks: the text they were run on, their findings, or why they failed. */
export interface ChecksState {
  /** The text checked; null before the first run ends. */
  text: string | null;
  findings: readonly Finding[];
  error: string | null;
}

/** What the checks are run with besides the text. */
export interface ChecksContext {
  facts: SiteFacts;
  /** The post's file name, given the post (its source file's, else the one export proposes). */
  filenameOf: (data: Record<string, unknown>) => string | undefined;
  /** Sizes of the draft's stored images, by path. */
  images?: ReadonlyMap<string, number>;
  /** Told the words of the body of each run's post, which the worker counts with the checks. */
  onWords?: (words: number) => void;
}

/** Returns the checks of the post in `store`, kept up to date after each pause in typing. */
export function useChecks(store: PostStore, context: ChecksContext): ChecksState {
  const [state, setState] = useState<ChecksState>({ text: null, findings: [], error: null });
  const contextRef = useRef(context);
  useEffect(() => {
    contextRef.current = context;
  });
  const { facts, images } = context;
  useEffect(() => {
    const client = createChecksClient({
      createWorker: createChecksWorker,
      onResult: (r) => {
        if (r.words !== undefined) contextRef.current.onWords?.(r.words);
        setState(
          r.error === undefined
            ? { text: r.text, findings: r.findings, error: null }
            : { text: r.text, findings: [], error: r.error },
        );
      },
    });
    const input = () => {
      const post = store.get();
      const { facts, images, filenameOf } = contextRef.current;
      return { text: post.text, facts, images, filename: filenameOf(post.data) };
    };
    // The first run (and the worker) waits for the editor and the preview to show the post, and
    // for the post to be parsed (which happens after the editor: the store tells its listeners).
    let live = true;
    let first = true;
    let shown = false;
    const run = () => {
      if (!live || !shown || !store.parsed()) return;
      client.schedule(input, first);
      first = false;
    };
    void afterPreview().then(() => {
      shown = true;
      run();
    });
    const stop = store.subscribe(run);
    return () => {
      live = false;
      stop();
      client.dispose();
    };
    // A new site or new images check the post again at once.
  }, [store, facts, images]);
  return state;
}
