/** Telling the drafts list (in this tab and others) that drafts were added or replaced. */
import { createTabMessenger } from '../../storage';
import type { DraftMeta } from '../../storage';

/**
 * Announces `drafts` as saved on the drafts channel, so every drafts list (this tab's included:
 * it listens on its own BroadcastChannel object) refreshes, and a tab that has one of them open
 * learns that its stored text changed.
 */
export function announceDrafts(drafts: readonly Pick<DraftMeta, 'id' | 'revision'>[]): void {
  if (drafts.length === 0) return;
  const messenger = createTabMessenger({ onMessage: () => undefined });
  for (const draft of drafts) messenger.announceSaved(draft.id, draft.revision);
  messenger.close();
}
