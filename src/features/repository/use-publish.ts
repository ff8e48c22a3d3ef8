/**
 * Running a publish from the dialog: the push, its outcome (published, conflict, failure), and
 * a publish that could not reach the server, kept as "Not pushed yet" and retried when the
 * browser is back online, every few seconds meanwhile, or when the person asks.
 */
import { useCallback, useEffect, useState } from 'react';
import { gitFailure, type GitFailure } from '../../core/git-errors';
import { decodeRepoText } from '../../core/repo-posts';
import type { PlumaDb } from '../../storage';
import { saveLink } from './connection-store';
import { loadPending, savePending, type PendingPublish } from './pending-store';
import { publishRequest } from './publish-plan';
import type { Conflict } from './use-upstream-choices';
import type { Repository } from './use-repository';

/** A publish that went through. */
export interface Done {
  path: string;
  branch: string;
  review: boolean;
}

const RETRY_MS = 4000;

/** Returns the publish state of draft `draftId` and run(), which publishes a plan. */
export function usePublish(repo: Repository, db: PlumaDb | null, draftId: string | null) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<GitFailure | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, setPending] = useState(() => (draftId ? loadPending(draftId) : null));
  const { publish } = repo;

  const run = useCallback(
    async (job: PendingPublish, overwrite = false) => {
      const { plan, message, target, review } = job;
      setBusy(true);
      setError(null);
      try {
        const req = await publishRequest(db, draftId, plan, message, target, overwrite);
        const result = await publish(req);
        if (draftId) savePending(draftId, null);
        setPending(null);
        if (result.kind === 'conflict') {
          const theirs = result.theirs && decodeRepoText(result.theirs);
          setConflict({ plan, theirs, theirsBlob: result.theirsBlob, head: result.head });
          return;
        }
        if (draftId && !review) {
          saveLink(draftId, { path: plan.path, commit: result.commit, blob: result.blob });
        }
        setDone({ path: plan.path, branch: target, review });
      } catch (err) {
        const failure = gitFailure(err);
        if (failure.kind === 'network' && draftId) {
          savePending(draftId, job);
          setPending(job);
        }
        setError(failure);
      } finally {
        setBusy(false);
      }
    },
    [db, draftId, publish],
  );

  const connected = repo.state.phase === 'connected';
  useEffect(() => {
    if (!pending || !connected || busy) return;
    const retry = () => void run(pending);
    const timer = setTimeout(retry, RETRY_MS);
    window.addEventListener('online', retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', retry);
    };
  }, [pending, connected, busy, run]);

  return { busy, done, setDone, error, setError, conflict, setConflict, pending, run };
}
