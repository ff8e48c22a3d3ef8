import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import type { TFunction } from '../../i18n/translate';
import type { DraftStatus } from '../../storage';
import { DraftItem } from './draft-item';
import { filterDrafts } from './filter-drafts';
import { TrashList } from './trash-list';
import { useNow, useTextSearch } from './use-panel-data';
import { useSessionPart, type DraftSessionView } from './use-draft-session';
import type { SessionState } from './session-state';
import './drafts.css';

/** What the panel shows of what autosave changes (`useSessionPart`). */
interface PanelPart {
  drafts: SessionState['drafts'];
  trash: SessionState['trash'];
  unavailable: boolean;
  persistent: SessionState['persistent'];
}

const panelPart = (state: SessionState): PanelPart => ({
  drafts: state.drafts,
  trash: state.trash,
  unavailable: state.status.kind === 'unavailable',
  persistent: state.persistent,
});

/** A save that changes neither list nor the storage sentence renders nothing in the panel. */
const samePanel = (a: PanelPart, b: PanelPart) =>
  a.drafts === b.drafts &&
  a.trash === b.trash &&
  a.unavailable === b.unavailable &&
  a.persistent === b.persistent;

/** Returns the sentence saying whether the browser may clear the stored drafts. */
function storageSentence(part: PanelPart, t: TFunction): string {
  if (part.unavailable) return t('drafts.storageUnavailable');
  if (part.persistent === 'persistent') return t('drafts.storagePersistent');
  if (part.persistent === null) return t('drafts.storageChecking');
  return t('drafts.storageMayClear');
}

/**
 * Returns the drafts panel, sized for a 280px column: search (titles, then texts), a status
 * filter, the drafts list (name `Drafts`, newest change first, open draft marked with
 * aria-current), the trash view, and whether storage is persistent.
 */
export function DraftsPanel({ session }: { session: DraftSessionView }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DraftStatus | 'all'>('all');
  const [showTrash, setShowTrash] = useState(false);
  const now = useNow();
  const part = useSessionPart(session.live, panelPart, samePanel);
  const { drafts } = part;
  const textMatches = useTextSearch(query, session.searchText, drafts);
  const shown = filterDrafts(drafts, { query, status, textMatches });
  const openId = session.open?.id ?? null;
  return (
    <section className="drafts-panel" aria-label={t('drafts.panel')}>
      <div className="drafts-tools">
        <input
          type="search"
          aria-label={t('drafts.search')}
          placeholder={t('drafts.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label={t('drafts.filter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as DraftStatus | 'all')}
        >
          <option value="all">{t('drafts.filterAll')}</option>
          <option value="draft">{t('drafts.filterDraft')}</option>
          <option value="ready">{t('drafts.filterReady')}</option>
        </select>
        <button type="button" aria-pressed={showTrash} onClick={() => setShowTrash((t) => !t)}>
          {t('drafts.trash')}
        </button>
      </div>
      {showTrash ? (
        <TrashList
          trash={part.trash}
          now={now}
          onRestore={(id) => void session.restoreDraft(id)}
          onEmpty={() => void session.emptyTrash()}
        />
      ) : (
        <>
          <ul aria-label={t('drafts.list')} className="drafts-list">
            {shown.map((draft) => (
              <DraftItem
                key={draft.id}
                draft={draft}
                isOpen={draft.id === openId}
                now={now}
                // The session's actions keep their identity across saves, so that an entry
                // renders again only when its draft changes (DraftItem is memoized).
                onOpen={session.openDraft}
                onDuplicate={session.duplicateDraft}
                onSetStatus={session.setStatus}
                onDelete={session.trashDraft}
              />
            ))}
          </ul>
          {shown.length === 0 && session.ready && (
            <p className="drafts-empty">
              {drafts.length === 0 ? t('drafts.none') : t('drafts.noMatch')}
            </p>
          )}
        </>
      )}
      <p className="drafts-storage">{storageSentence(part, t)}</p>
    </section>
  );
}
