/**
 * The ways out of `Changed in the repository` that keep both versions: the open draft keeps the
 * person's text as an unlinked copy, and their version becomes a new draft linked to the file.
 */
import { createDraft, type PlumaDb } from '../../storage';
import { saveLink } from './connection-store';
import type { PublishPlan } from './publish-plan';

/** A publish stopped because the post changed upstream. */
export interface Conflict {
  plan: PublishPlan;
  /** Their text, or null when they deleted the file. */
  theirs: string | null;
  theirsBlob: string | null;
  head: string;
}

interface Options {
  db: PlumaDb | null;
  draftId: string | null;
  conflict: Conflict | null;
  onDone: () => void;
  onOpenDraft: (id: string) => void;
}

/** Returns keepMine() (open mine, unlinked) and useTheirs() (open theirs, linked). */
export function useUpstreamChoices({ db, draftId, conflict, onDone, onOpenDraft }: Options) {
  const split = async (): Promise<string | null> => {
    if (!conflict || !db) return null;
    const path = conflict.plan.link?.path ?? conflict.plan.path;
    if (draftId) saveLink(draftId, null);
    if (conflict.theirs === null || !conflict.theirsBlob) return null;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const meta = await createDraft(db, { text: conflict.theirs, title: name, filename: name });
    saveLink(meta.id, { path, commit: conflict.head, blob: conflict.theirsBlob });
    return meta.id;
  };
  return {
    async keepMine() {
      const theirs = await split();
      onDone();
      if (theirs && draftId) onOpenDraft(draftId);
    },
    async useTheirs() {
      const theirs = await split();
      onDone();
      if (theirs) onOpenDraft(theirs);
    },
  };
}
