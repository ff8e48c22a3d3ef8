/** Which drafts the list shows for a search and a status filter. */
import type { DraftMeta, DraftStatus } from '../../storage';
import { foldForSearch } from '../../core/text';

/** The list's filters: a search over titles (and texts, via `textMatches`) and a status. */
export interface DraftFilter {
  query: string;
  status: DraftStatus | 'all';
  /** Ids of drafts whose text matched `query`, once that slower search has answered. */
  textMatches: ReadonlySet<string>;
}

/**
 * Returns the drafts matching `filter`, in their order: status equal (unless 'all') and the
 * query (case and accents ignored) found in the title or filename, or the text matched.
 */
export function filterDrafts(drafts: readonly DraftMeta[], filter: DraftFilter): DraftMeta[] {
  const needle = foldForSearch(filter.query.trim());
  return drafts.filter((draft) => {
    if (filter.status !== 'all' && draft.status !== filter.status) return false;
    if (!needle) return true;
    const haystack = foldForSearch(`${draft.title}\n${draft.filename ?? ''}`);
    return haystack.includes(needle) || filter.textMatches.has(draft.id);
  });
}
