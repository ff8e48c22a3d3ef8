/** The React binding of the drafts session: what the App renders the editor and panel from. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStorePart } from '../../state/use-store-snapshot';
import { useLang } from '../../i18n/i18n';
import { createDraftSession } from './draft-session';
import { formatMessages } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';
import type { DraftActions, DraftSessionOptions } from './draft-session';
import type { SessionState } from './session-state';
import type { TextSource } from '../../core/text';

/** The parts of the state that every autosave changes while one types. */
type AutosaveKey = 'status' | 'drafts' | 'trash' | 'persistent';

/** The drafts session's live state, for the components that show what autosave changes. */
export interface SessionLive {
  getState: () => SessionState;
  subscribe: (listener: () => void) => () => void;
}

/**
 * What the app renders from the drafts session, the actions it may take, and the editor's text
 * sink. What autosave changes (save status, drafts list, trash, persistence) is not here: the
 * few components that show it read it from `live` (`useSessionPart`), so that a save renders
 * them, not the whole page.
 */
export type DraftSessionView = Omit<SessionState, AutosaveKey | 'alert' | 'notice'> &
  DraftActions & {
    /** The storage alert in the UI's language, or null. */
    alert: string | null;
    /** The quieter notice in the UI's language, or null. */
    notice: string | null;
    /** Give it every text the editor reports (e.g. as `useDocument`'s `onChange`). */
    onText: (text: TextSource) => void;
    live: SessionLive;
  };

/**
 * Returns the drafts session of the page: opens storage on mount (reopening the last draft, or
 * the welcome post on the first run), autosaves what `onText` receives, and flushes on unmount.
 * Render the editor with `key={open.key}` and `initialText={open.text}` once `open` is set.
 * The options are read once, except `makeNewPostText`, whose latest value is used (it may
 * follow the chosen collection). The save status, alert and notice come in the UI's language.
 */
export function useDraftSession(options: DraftSessionOptions): DraftSessionView {
  const [session] = useState(() => createDraftSession(options));
  useEffect(() => session.connect(), [session]);
  const { makeNewPostText } = options;
  useEffect(() => session.setMakeNewPostText(makeNewPostText), [session, makeNewPostText]);
  const state = useSessionState(session);
  const key = state.open?.key;
  // Bound to the open document so a late change from a replaced editor reaches its own draft.
  const onText = useCallback(
    (text: TextSource) => {
      if (key) session.onText(key, text);
    },
    [session, key],
  );
  const lang = useLang();
  return useMemo(() => {
    const say = (messages: readonly Message[]) => formatMessages(lang, messages) || null;
    // What autosave changes is read from `live` (see DraftSessionView), never from here.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { status, drafts, trash, persistent, alert, notice, ...rest } = state;
    const shown = { alert: alert && say([alert]), notice: say(notice) };
    // The session is its own live state (getState, subscribe).
    return { ...rest, ...shown, ...session.actions, onText, live: session };
  }, [state, session, onText, lang]);
}

/**
 * Returns `select` of the session's state, rendering again only when it changes (by `same`), as
 * a transition: for what autosave changes, which `DraftSessionView` leaves out. `select` and
 * `same` should be module-level functions.
 */
export function useSessionPart<P>(
  live: SessionLive,
  select: (state: SessionState) => P,
  same?: (shown: P, next: P) => boolean,
): P {
  return useStorePart(live.subscribe, live.getState, select, { same });
}

/** Returns the save indicator's words for the open draft (`Saved`, `Saving…`, what failed). */
export function useSaveStatus(live: SessionLive): string {
  const status = useSessionPart(live, selectStatus);
  const lang = useLang();
  return status.message ? formatMessages(lang, [status.message]) : '';
}

const selectStatus = (state: SessionState) => state.status;

/**
 * Returns the session's state for React, rendering every change at once except the changes
 * autosave makes while one types (see `AutosaveKey`), which render nothing here.
 */
function useSessionState(session: ReturnType<typeof createDraftSession>): SessionState {
  return useStorePart(session.subscribe, session.getState, whole, {
    same: changedOnlyByAutosave,
    urgent: always,
  });
}

const whole = (state: SessionState) => state;
const always = () => true;

/** The parts of the state autosave changes while one types. */
const AUTOSAVE_KEYS: ReadonlySet<string> = new Set<AutosaveKey>([
  'status',
  'drafts',
  'trash',
  'persistent',
]);

/** Returns true when `a` and `b` differ in nothing but what autosave changes. */
function changedOnlyByAutosave(a: SessionState, b: SessionState): boolean {
  return (Object.keys(b) as (keyof SessionState)[]).every(
    (k) => AUTOSAVE_KEYS.has(k) || a[k] === b[k],
  );
}
