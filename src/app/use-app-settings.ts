import { useCallback, useEffect } from 'react';
import type { RefObject } from 'react';
import type { DraftMeta, PlumaDb } from '../storage';
import { defaultSettings } from '../features/settings/settings-store';
import type { AppSettings } from '../features/settings/settings-store';
import { useCollection } from '../features/settings/use-collection';
import type { CollectionChoice } from '../features/settings/use-collection';
import { useNewPostOffset } from '../features/settings/use-new-post-offset';
import type { OffsetAt } from '../features/settings/use-new-post-offset';
import { useStoredSettings } from '../features/settings/use-stored-settings';
import { recentDatesKey } from '../features/settings/draft-dates';
import { useSessionPart, type SessionLive } from '../features/drafts/use-draft-session';
import type { SessionState } from '../features/drafts/session-state';

/** What the app needs of the drafts session to read the settings and date new posts. */
interface SessionPart {
  db: PlumaDb | null;
  /** True once opening storage is over (with or without a database). */
  ready: boolean;
  live: SessionLive;
}

const selectDrafts = (state: SessionState) => state.drafts;

/**
 * True when the drafts whose dates date a new post are the same ones, under file names that
 * start with the same dates (`recentDatesKey`): a save of the text changes neither, nor does a
 * key typed in the title, which renames only the slug (the whole page would render again).
 */
function sameRecentDrafts(a: readonly DraftMeta[], b: readonly DraftMeta[]): boolean {
  return a === b || recentDatesKey(a) === recentDatesKey(b);
}

/** The workspace settings as the app uses them. */
export interface AppSettingsState {
  /** The settings (the defaults until they are read: see `ready`). */
  settings: AppSettings;
  /** False until the stored settings are read, so nothing starts with the wrong schema. */
  ready: boolean;
  choice: CollectionChoice;
  offsetAt: OffsetAt;
  /** Applies and stores a change of settings. */
  change: (change: Partial<AppSettings>) => void;
  /** Reads the stored settings again (after a backup restore). */
  reload: () => void;
  /** Takes the opened blog folder's `_config.yml` text (null: none) for its time zone. */
  onSiteConfig: (configText: string | null) => void;
}

/**
 * Returns the workspace settings (stored in IndexedDB, read once the session opened it), the
 * collection they choose and how new posts are dated; keeps `newPostRef` making new posts' texts
 * with them (the session, which opens storage, is made before the settings can be read).
 */
export function useAppSettings(
  session: SessionPart,
  newPostRef: RefObject<() => Promise<string>>,
): AppSettingsState {
  const { db } = session;
  const stored = useStoredSettings(db, session.ready || db !== null);
  const settings = stored.settings ?? defaultSettings;
  const choice = useCollection(settings);
  const drafts = useSessionPart(session.live, selectDrafts, sameRecentDrafts);
  const { offsetAt, offsetOnceRead } = useNewPostOffset(settings, db, drafts);
  const { collection } = choice;
  useEffect(() => {
    newPostRef.current = async () => {
      const now = new Date();
      // The drafts' dates may still be being read in the first moments after start.
      const [{ minutes }, m] = await Promise.all([offsetOnceRead(now), import('../core/new-post')]);
      return m.newPostText(collection, now, minutes);
    };
  }, [newPostRef, collection, offsetOnceRead]);
  const { change } = stored;
  const onSiteConfig = useCallback(
    (text: string | null) => {
      if (text === null) return change({ siteTimeZone: null });
      // The reader of `_config.yml` loads with the first blog folder opened.
      void import('../core/post-dates').then((m) => change({ siteTimeZone: m.siteTimeZone(text) }));
    },
    [change],
  );
  const ready = stored.settings !== null && !choice.pending;
  return { settings, ready, choice, offsetAt, change, reload: stored.reload, onSiteConfig };
}
