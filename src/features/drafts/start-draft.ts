/** Which draft the app opens when it starts. */
import { createDraft, getSetting, listDrafts, loadDraft, toStorageError } from '../../storage';
import type { LoadedDraft, PlumaDb } from '../../storage';
import { storageMessage } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';
import { unreadableMessage } from './session-state';

/** The draft to open, and sentences about stored records that could not be read. */
export interface StartDraft {
  draft: LoadedDraft;
  problems: Message[];
}

/**
 * Returns the draft to open at start: the last open one (setting `lastOpenDraftId`) unless it
 * is gone or trashed, else the most recently changed one, else a new draft: `welcomeText` on the
 * very first run (no drafts at all, trash included), `makeNewPostText()` after that.
 */
export async function loadStartDraft(
  db: PlumaDb,
  welcomeText: string,
  makeNewPostText: () => string | Promise<string>,
): Promise<StartDraft> {
  const problems: Message[] = [];
  const tryLoad = async (id: string | undefined) => {
    if (id === undefined) return null;
    try {
      const draft = await loadDraft(db, id);
      return draft && draft.meta.deletedAt === undefined ? draft : null;
    } catch (err) {
      problems.push(storageMessage(toStorageError(err)));
      return null;
    }
  };
  const last = await tryLoad(await getSetting(db, 'lastOpenDraftId'));
  if (last) return { draft: last, problems };

  const { drafts, problems: unreadable } = await listDrafts(db, { includeTrash: true });
  if (unreadable.length > 0) problems.push(unreadableMessage(unreadable.length));
  for (const meta of drafts) {
    if (meta.deletedAt !== undefined) continue;
    const draft = await tryLoad(meta.id);
    if (draft) return { draft, problems };
  }
  const firstRun = drafts.length === 0 && unreadable.length === 0;
  return {
    draft: await createTextDraft(db, firstRun ? welcomeText : await makeNewPostText()),
    problems,
  };
}

/** Stores `text` as a new draft titled from its front matter; returns it loaded. */
export async function createTextDraft(db: PlumaDb, text: string): Promise<LoadedDraft> {
  // The front-matter reader loads when first needed (see state/post-core.ts).
  const { postMetaOf } = await import('./post-meta');
  const meta = await createDraft(db, { text, ...postMetaOf(text) });
  return { meta, text };
}
