/**
 * At start, gives back to each draft the text its tab journaled but had not stored when it went
 * away (a reload, a closed tab). Never overwrites a newer revision that another tab stored: that
 * case goes to the Conflict dialog (or, for a second such draft, to a copy).
 */
import { loadDraft, saveDraft } from '../../storage';
import type { Journal, JournalEntry, LoadedDraft, PlumaDb } from '../../storage';
import { createTextDraft } from './start-draft';

/** What the journal gave back. */
export interface Recovery {
  /** How many drafts got back text (stored in place, or as a new draft). */
  recovered: number;
  /**
   * A draft whose journaled text was edited from an older revision than the stored one: open it
   * with `mine` as unsaved text at `revision`, so that saving raises the Conflict dialog.
   */
  conflict: { theirs: LoadedDraft; mine: string; revision: number } | null;
}

/**
 * Applies `journal`'s entries to the drafts in `db` (mutates both) and returns what it did.
 * Entries of drafts in `held` (open in another live tab, which still has the text) and entries
 * this tab wrote are left alone; an unreadable draft keeps its entry for a later start.
 */
export async function recoverJournal(
  db: PlumaDb,
  journal: Journal,
  held: ReadonlySet<string>,
): Promise<Recovery> {
  const recovery: Recovery = { recovered: 0, conflict: null };
  for (const entry of journal.list()) {
    if (held.has(entry.draftId) || entry.tabId === journal.tabId) continue;
    const stored = await loadDraft(db, entry.draftId).catch(() => undefined);
    if (stored === undefined) continue;
    if (stored?.text !== entry.text) await applyEntry(db, entry, stored, recovery);
    journal.remove(entry);
  }
  return recovery;
}

async function applyEntry(
  db: PlumaDb,
  entry: JournalEntry,
  stored: LoadedDraft | null,
  recovery: Recovery,
): Promise<void> {
  if (stored && stored.meta.revision === entry.revision) {
    const { postMetaOf } = await import('./post-meta');
    const saved = await saveDraft(db, entry.draftId, entry.text, {
      expectedRevision: entry.revision,
      ...postMetaOf(entry.text),
    });
    if (saved.ok) {
      recovery.recovered += 1;
      return;
    }
  }
  const theirs = stored && (await loadDraft(db, entry.draftId));
  if (theirs && recovery.conflict === null) {
    recovery.conflict = { theirs, mine: entry.text, revision: entry.revision };
    return;
  }
  // Gone meanwhile (emptied from the trash), or a second conflict: the text becomes a draft.
  await createTextDraft(db, entry.text);
  recovery.recovered += 1;
}
