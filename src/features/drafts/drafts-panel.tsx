import { useState } from 'react';
import type { DraftStatus } from '../../storage';
import { DraftItem } from './draft-item';
import { filterDrafts } from './filter-drafts';
import { TrashList } from './trash-list';
import { useNow, useTextSearch } from './use-panel-data';
import type { DraftSessionView } from './use-draft-session';
import './drafts.css';

/** Returns the sentence saying whether the browser may clear the stored drafts. */
function storageSentence(session: DraftSessionView): string {
  if (session.status.kind === 'unavailable') return 'Storage: unavailable, nothing is kept';
  if (session.persistent === 'persistent') return 'Storage: persistent';
  if (session.persistent === null) return 'Storage: checking…';
  return 'Storage: may be cleared by the browser';
}

/**
 * Returns the drafts panel, sized for a 280px column: search (titles, then texts), a status
 * filter, the drafts list (name `Drafts`, newest change first, open draft marked with
 * aria-current), the trash view, and whether storage is persistent.
 */
export function DraftsPanel({ session }: { session: DraftSessionView }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DraftStatus | 'all'>('all');
  const [showTrash, setShowTrash] = useState(false);
  const now = useNow();
  const textMatches = useTextSearch(query, session.searchText, session.drafts);
  const shown = filterDrafts(session.drafts, { query, status, textMatches });
  const openId = session.open?.id ?? null;
  return (
    <section className="drafts-panel" aria-label="Drafts panel">
      <div className="drafts-tools">
        <input
          type="search"
          aria-label="Search drafts"
          placeholder="Search drafts"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label="Filter by status"
          value={status}
          onChange={(e) => setStatus(e.target.value as DraftStatus | 'all')}
        >
          <option value="all">All</option>
          <option value="draft">Draft</option>
          <option value="ready">Ready</option>
        </select>
        <button type="button" aria-pressed={showTrash} onClick={() => setShowTrash((t) => !t)}>
          Trash
        </button>
      </div>
      {showTrash ? (
        <TrashList
          trash={session.trash}
          now={now}
          onRestore={(id) => void session.restoreDraft(id)}
          onEmpty={() => void session.emptyTrash()}
        />
      ) : (
        <>
          <ul aria-label="Drafts" className="drafts-list">
            {shown.map((draft) => (
              <DraftItem
                key={draft.id}
                draft={draft}
                isOpen={draft.id === openId}
                now={now}
                onOpen={(id) => void session.openDraft(id)}
                onDuplicate={(id) => void session.duplicateDraft(id)}
                onSetStatus={(id, s) => void session.setStatus(id, s)}
                onDelete={(id) => void session.trashDraft(id)}
              />
            ))}
          </ul>
          {shown.length === 0 && session.ready && (
            <p className="drafts-empty">
              {session.drafts.length === 0 ? 'No drafts yet.' : 'No draft matches.'}
            </p>
          )}
        </>
      )}
      <p className="drafts-storage">{storageSentence(session)}</p>
    </section>
  );
}
