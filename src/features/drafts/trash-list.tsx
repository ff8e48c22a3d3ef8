import { useState } from 'react';
import type { DraftMeta } from '../../storage';
import { useI18n } from '../../i18n/i18n';

interface TrashListProps {
  trash: DraftMeta[];
  now: number;
  onRestore: (id: string) => void;
  onEmpty: () => void;
}

/** Returns the trash: deleted drafts with Restore, and `Empty trash` after a confirmation. */
export function TrashList({ trash, now, onRestore, onEmpty }: TrashListProps) {
  const { t, relativeTime } = useI18n();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      {trash.length === 0 ? (
        <p className="drafts-empty">{t('trash.empty')}</p>
      ) : (
        <ul aria-label={t('drafts.trash')} className="drafts-list">
          {trash.map((draft) => (
            <li key={draft.id} className="draft-item">
              <span className="draft-title">{draft.title || t('draft.untitled')}</span>
              <div className="draft-line">
                <span className="draft-when">
                  {t('trash.deleted', {
                    when: relativeTime(draft.deletedAt ?? draft.updatedAt, now),
                  })}
                </span>
                <span className="draft-actions">
                  <button type="button" onClick={() => onRestore(draft.id)}>
                    {t('common.restore')}
                  </button>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {trash.length > 0 && !confirming && (
        <button type="button" className="drafts-empty-trash" onClick={() => setConfirming(true)}>
          {t('trash.emptyTrash')}
        </button>
      )}
      {trash.length > 0 && confirming && (
        <div role="group" aria-label={t('trash.confirmLabel')} className="drafts-confirm">
          <p>{t('trash.confirm', { count: trash.length })}</p>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              onEmpty();
            }}
          >
            {t('trash.deleteForGood')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </>
  );
}
