/** The React binding of the drafts session: what the App renders the editor and panel from. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStoreSnapshot } from '../../state/use-store-snapshot';
import { useLang } from '../../i18n/i18n';
import { createDraftSession } from './draft-session';
import { formatMessages } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';
import type { DraftActions, DraftSessionOptions } from './draft-session';
import type { SessionState } from './session-state';

/** Everything the drafts UI shows, the actions it may take, and the editor's text sink. */
export type DraftSessionView = Omit<SessionState, 'status' | 'alert' | 'notice'> &
  DraftActions & {
    status: { kind: SessionState['status']['kind']; message: string };
    /** The storage alert in the UI's language, or null. */
    alert: string | null;
    /** The quieter notice in the UI's language, or null. */
    notice: string | null;
    /** Give it every text the editor reports (e.g. as `useDocument`'s `onChange`). */
    onText: (text: string) => void;
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
    (text: string) => {
      if (key) session.onText(key, text);
    },
    [session, key],
  );
  const lang = useLang();
  return useMemo(() => {
    const say = (messages: readonly Message[]) => formatMessages(lang, messages) || null;
    const { status, alert, notice } = state;
    const shown = {
      status: { kind: status.kind, message: status.message ? (say([status.message]) ?? '') : '' },
      alert: alert && say([alert]),
      notice: say(notice),
    };
    return { ...state, ...shown, ...session.actions, onText };
  }, [state, session, onText, lang]);
}

/**
 * Returns the session's state for React. The changes that autosave makes while one types (the
 * save status, the drafts list's order and times, the persistence note) render as a
 * transition (`useStoreSnapshot`), so a save never lands in a key's task. Any other change (the
 * open draft, a conflict, an alert) renders at once.
 */
function useSessionState(session: ReturnType<typeof createDraftSession>): SessionState {
  return useStoreSnapshot(session.subscribe, session.getState, changedMoreThanAutosave);
}

/** The parts of the state autosave changes while one types. */
const AUTOSAVE_KEYS: ReadonlySet<string> = new Set(['status', 'drafts', 'trash', 'persistent']);

/** Returns true when `a` and `b` differ in more than what autosave changes. */
function changedMoreThanAutosave(a: SessionState, b: SessionState): boolean {
  return (Object.keys(b) as (keyof SessionState)[]).some(
    (k) => !AUTOSAVE_KEYS.has(k) && a[k] !== b[k],
  );
}
