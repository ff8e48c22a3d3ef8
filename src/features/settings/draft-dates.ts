/** The drafts' own dates, read for the offset they are written in (`-0300`). */
import { loadDraft } from '../../storage';
import type { DraftMeta, PlumaDb } from '../../storage';
import { afterEditor } from '../../state/after-editor';

/** How many of the most recently changed drafts speak for the offset the writer uses. */
export const DRAFTS_READ = 50;

/** A file name's leading date, as Jekyll names posts (`2016-06-03-…`). */
const NAME_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Returns what calls for the dates to be read again: the most recent `drafts` (the first
 * `DRAFTS_READ`), in order, each with the date its file name starts with. An edit of the date's
 * day renames the file (its date part; an edit of its time or offset alone does not, and never
 * did); a title edit renames it too, but only its slug, which a key typed in the Title field
 * does on every key, and which changes no date.
 */
export function recentDatesKey(drafts: readonly Pick<DraftMeta, 'id' | 'filename'>[]): string {
  return drafts
    .slice(0, DRAFTS_READ)
    .map((d) => `${d.id}\t${NAME_DATE.exec(d.filename ?? '')?.[0] ?? ''}`)
    .join('\n');
}

/**
 * The dates read so far, by draft id, each with the revision of the text it is read from (a
 * text write raises the revision); a read under way is shared by the calls that ask meanwhile.
 * `readDraftDates` keeps only the drafts it was last asked for.
 */
export type DraftDates = Map<
  string,
  { revision: number; date: Promise<string | null | undefined> }
>;

/**
 * Returns the front-matter dates, as written, of the drafts `drafts` (pass the most recent
 * first; only the first `DRAFTS_READ` are read), in that order. Drafts without a date, gone, or
 * that cannot be read are left out: the offset is a guess, and a broken draft must not stop it.
 * A draft whose revision is in `known` is not read again: marking a draft ready, or any change
 * that reorders the list, costs no read of the others' texts.
 */
export async function readDraftDates(
  db: PlumaDb,
  drafts: readonly Pick<DraftMeta, 'id' | 'revision'>[],
  known: DraftDates = new Map(),
): Promise<string[]> {
  const asked = drafts.slice(0, DRAFTS_READ);
  const wanted = new Set(asked.map((d) => d.id));
  for (const id of known.keys()) if (!wanted.has(id)) known.delete(id);
  const dates = asked.map(({ id, revision }) => {
    const seen = known.get(id);
    if (seen?.revision === revision) return seen.date;
    const read = { revision, date: readDate(db, id) };
    known.set(id, read);
    // A draft that could not be read is tried again next time.
    void read.date.then((date) => date === undefined && known.get(id) === read && known.delete(id));
    return read.date;
  });
  return (await Promise.all(dates)).flatMap((date) => (date == null ? [] : [date]));
}

/**
 * Returns draft `id`'s front-matter date as written: null when it has none, undefined when it is
 * gone or cannot be read.
 */
async function readDate(db: PlumaDb, id: string): Promise<string | null | undefined> {
  // Reading it waits for the editor to show the post, and the date parser loads after it.
  await afterEditor();
  const { postDate } = await import('../../core/post-dates');
  // The meta store has no dates (only titles and filenames), so the text is read.
  const loaded = await loadDraft(db, id).catch(() => null);
  return loaded ? postDate(loaded.text) : undefined;
}
