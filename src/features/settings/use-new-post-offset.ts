import { useCallback, useEffect, useRef, useState } from 'react';
import { newPostOffset } from '../../core/time-zone';
import type { OffsetChoice } from '../../core/time-zone';
import type { DraftMeta, PlumaDb } from '../../storage';
import { DRAFTS_READ, readDraftDates, recentDatesKey } from './draft-dates';
import type { DraftDates as KnownDates } from './draft-dates';
import type { AppSettings } from './settings-store';

/** Returns the offset a post created at `at` is dated in; `automatic` ignores the writer's choice. */
export type OffsetAt = (at: Date, automatic?: boolean) => OffsetChoice;

/** The drafts' dates as last read, and the read under way (or done) that a new post waits for. */
interface DraftDates {
  dates: readonly string[];
  pending: React.RefObject<Promise<readonly string[]>>;
}

const sameDates = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((date, i) => date === b[i]);

/**
 * Returns the front-matter dates of the most recent `drafts`, read again when a draft comes, goes
 * or changes the date its file name starts with (an edit of the date's day does:
 * `recentDatesKey`), not on every save of the text nor on every key typed in the title; and the
 * read under way, for a new post made before it ends (the dates are read once the post parser
 * has loaded, a moment after the editor shows). Only the texts written since the last read are
 * read again (the others' dates are known by revision).
 */
function useDraftDates(db: PlumaDb | null, drafts: readonly DraftMeta[]): DraftDates {
  const [dates, setDates] = useState<readonly string[]>([]);
  const pending = useRef<Promise<readonly string[]>>(Promise.resolve([]));
  const [known] = useState<KnownDates>(() => new Map());
  const recent = drafts.slice(0, DRAFTS_READ);
  const key = recentDatesKey(recent);
  // The drafts of the key, with their revisions (set before the read below, in the same commit).
  const asked = useRef(recent);
  useEffect(() => {
    asked.current = recent;
  });
  useEffect(() => {
    if (!db || !key) return;
    let live = true;
    const read = readDraftDates(db, asked.current, known);
    pending.current = read;
    // The same dates again (a rename that changed no date) leave the page as it is.
    void read.then(
      (found) => live && setDates((shown) => (sameDates(shown, found) ? shown : found)),
    );
    return () => {
      live = false;
    };
  }, [db, key, known]);
  return { dates, pending };
}

/**
 * Returns how new posts are dated: `offsetAt`, the offset at an instant, from the writer's
 * choice in Settings, the blog folder's `_config.yml`, the drafts' dates or the computer, in
 * that order; and `offsetOnceRead`, the same once the drafts' dates being read are in.
 */
export function useNewPostOffset(
  settings: AppSettings,
  db: PlumaDb | null,
  drafts: readonly DraftMeta[],
): { offsetAt: OffsetAt; offsetOnceRead: (at: Date) => Promise<OffsetChoice> } {
  const { dates: draftDates, pending } = useDraftDates(db, drafts);
  const { timeZone, siteTimeZone } = settings;
  const offsetWith = useCallback(
    (dates: readonly string[], at: Date, automatic: boolean) =>
      newPostOffset(
        {
          chosen: automatic ? null : timeZone,
          siteZone: siteTimeZone,
          draftDates: dates,
          computerMinutes: -at.getTimezoneOffset(),
        },
        at,
      ),
    [timeZone, siteTimeZone],
  );
  const offsetAt = useCallback<OffsetAt>(
    (at, automatic = false) => offsetWith(draftDates, at, automatic),
    [offsetWith, draftDates],
  );
  const offsetOnceRead = useCallback(
    async (at: Date) => offsetWith(await pending.current, at, false),
    [offsetWith, pending],
  );
  return { offsetAt, offsetOnceRead };
}
