import { useCallback, useEffect, useState } from 'react';
import { newPostOffset } from '../../core/time-zone';
import type { OffsetChoice } from '../../core/time-zone';
import type { DraftMeta, PlumaDb } from '../../storage';
import { DRAFTS_READ, readDraftDates } from './draft-dates';
import type { AppSettings } from './settings-store';

/** Returns the offset a post created at `at` is dated in; `automatic` ignores the writer's choice. */
export type OffsetAt = (at: Date, automatic?: boolean) => OffsetChoice;

/**
 * Returns the front-matter dates of the most recent `drafts`, read again when a draft comes, goes
 * or changes its file name (a date edit does), not on every save of the text.
 */
function useDraftDates(db: PlumaDb | null, drafts: readonly DraftMeta[]): readonly string[] {
  const [dates, setDates] = useState<readonly string[]>([]);
  const key = drafts
    .slice(0, DRAFTS_READ)
    .map((d) => `${d.id}\t${d.filename ?? ''}`)
    .join('\n');
  useEffect(() => {
    if (!db || !key) return;
    let live = true;
    const ids = key.split('\n').map((line) => line.slice(0, line.indexOf('\t')));
    void readDraftDates(db, ids).then((read) => live && setDates(read));
    return () => {
      live = false;
    };
  }, [db, key]);
  return dates;
}

/**
 * Returns how new posts are dated: the offset at an instant, from the writer's choice in
 * Settings, the blog folder's `_config.yml`, the drafts' dates or the computer, in that order.
 */
export function useNewPostOffset(
  settings: AppSettings,
  db: PlumaDb | null,
  drafts: readonly DraftMeta[],
): OffsetAt {
  const draftDates = useDraftDates(db, drafts);
  const { timeZone, siteTimeZone } = settings;
  return useCallback<OffsetAt>(
    (at, automatic = false) =>
      newPostOffset(
        {
          chosen: automatic ? null : timeZone,
          siteZone: siteTimeZone,
          draftDates,
          computerMinutes: -at.getTimezoneOffset(),
        },
        at,
      ),
    [timeZone, siteTimeZone, draftDates],
  );
}
