/** What a drafts session opens first, once storage answered: recovered text, or the last draft. */
import { heldDrafts } from '../../storage';
import { message } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';
import { recoverJournal } from './journal-recovery';
import { nextKey, refreshList, showDraft, withDb } from './session-core';
import type { SessionCore } from './session-core';
import { STATUS } from './session-state';
import { loadStartDraft } from './start-draft';

const RECOVERED = message('session.recovered');

/**
 * Shows `text` in the editor with nothing to keep it (storage unavailable), and `alert` when
 * given (mutates the session's state).
 */
export function openWithoutStorage(core: SessionCore, text: string, alert: Message | null): void {
  core.store.patch({
    ready: true,
    open: { id: null, key: nextKey(core, null), text },
    status: STATUS.unavailable,
    ...(alert ? { alert } : {}),
  });
}

/**
 * Opens the draft to start with (mutates `core`): first gives back the text the journal kept at
 * the last visit (a newer revision from another tab goes to the Conflict dialog), then the last
 * open draft, else a new one.
 */
export async function startSession(
  core: SessionCore,
  welcomeText: string,
  newPostText: () => string | Promise<string>,
): Promise<void> {
  const held = await heldDrafts().catch(() => new Set<string>());
  const recovery = await withDb(core, (db) => recoverJournal(db, core.journal, held));
  if (recovery?.conflict) {
    const { theirs, mine, revision } = recovery.conflict;
    await withDb(core, () => refreshList(core));
    await showDraft(
      core,
      { meta: { ...theirs.meta, revision }, text: theirs.text },
      { unsaved: mine },
    );
    return;
  }
  const started = await withDb(core, (db) => loadStartDraft(db, welcomeText, newPostText));
  if (!started) return openWithoutStorage(core, welcomeText, null);
  await withDb(core, () => refreshList(core));
  const notice = [...(recovery?.recovered ? [RECOVERED] : []), ...started.problems];
  await showDraft(core, started.draft, { notice });
}
