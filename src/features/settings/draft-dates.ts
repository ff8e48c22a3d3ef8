/** The drafts' own dates, read for the offset they are written in (`-0300`). */
import { loadDraft } from '../../storage';
import type { PlumaDb } from '../../storage';
import { afterEditor } from '../../state/after-editor';

/** How many of the most recently changed drafts speak for the offset the writer uses. */
export const DRAFTS_READ = 50;

/**
 * Returns the front-matter dates, as written, of the drafts `ids` (pass the most recent first;
 * only the first `DRAFTS_READ` are read), in that order. Drafts without a date, gone, or that
 * cannot be read are left out: the offset is a guess, and a broken draft must not stop it.
 */
export async function readDraftDates(db: PlumaDb, ids: readonly string[]): Promise<string[]> {
  // Reading them waits for the editor to show the post, and their parser loads after it.
  await afterEditor();
  const { postDate } = await import('../../core/post-dates');
  // The meta store has no dates (only titles and filenames), so each draft's text is read once.
  const texts = await Promise.all(
    ids.slice(0, DRAFTS_READ).map((id) =>
      loadDraft(db, id).then(
        (loaded) => loaded?.text ?? null,
        () => null,
      ),
    ),
  );
  return texts.flatMap((text) => {
    const date = text === null ? null : postDate(text);
    return date === null ? [] : [date];
  });
}
