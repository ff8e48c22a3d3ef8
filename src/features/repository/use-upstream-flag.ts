/** Whether the open draft's repository file changed upstream, as of the head last fetched. */
import { useEffect, useState } from 'react';
import { loadLink } from './connection-store';
import type { Repository } from './use-repository';

/**
 * Returns true when draft `draftId` is linked to a file whose blob at the repository's head
 * differs from the one it was opened from; checked again after each fetch and after `version`
 * changes (a publish).
 */
export function useUpstreamFlag(repo: Repository, draftId: string | null, version: unknown) {
  const [changed, setChanged] = useState(false);
  const { changedUpstream } = repo;
  useEffect(() => {
    const link = draftId ? loadLink(draftId) : null;
    let live = true;
    if (!link) {
      void Promise.resolve().then(() => live && setChanged(false));
    } else {
      changedUpstream(link.path, link.blob).then(
        (c) => live && setChanged(c),
        () => live && setChanged(false),
      );
    }
    return () => {
      live = false;
    };
  }, [draftId, changedUpstream, version]);
  return changed;
}
