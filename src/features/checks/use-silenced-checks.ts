/** The checks a person silenced for the open draft, kept with the draft in storage. */
import { useCallback, useEffect, useState } from 'react';
import type { CheckId } from '../../core/checks/types';
import { loadDraft, setSilencedChecks, type PlumaDb } from '../../storage';

/** The silenced checks and their change. */
export interface SilencedChecks {
  ids: readonly string[];
  silence: (id: CheckId) => void;
  clear: () => void;
}

/** Returns the checks silenced for draft `draftId` (none for a draft not stored). */
export function useSilencedChecks(db: PlumaDb | null, draftId: string | null): SilencedChecks {
  const [ids, setIds] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!db || !draftId) return;
    let live = true;
    void loadDraft(db, draftId).then((d) => {
      if (live) setIds(d?.meta.silencedChecks ?? []);
    });
    return () => {
      live = false;
    };
  }, [db, draftId]);
  const store = useCallback(
    (next: readonly string[]) => {
      setIds(next);
      if (db && draftId) void setSilencedChecks(db, draftId, next);
    },
    [db, draftId],
  );
  return {
    ids,
    silence: (id) => store([...ids, id]),
    clear: () => store([]),
  };
}
