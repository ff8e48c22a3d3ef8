import { memo } from 'react';
import type { DraftMeta, DraftStatus } from '../../storage';
import { useI18n } from '../../i18n/i18n';

interface DraftItemProps {
  draft: DraftMeta;
  isOpen: boolean;
  now: number;
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  onSetStatus: (id: string, status: DraftStatus) => void;
  onDelete: (id: string) => void;
}

/**
 * Returns one entry of the drafts list: a button named by the post's title that opens it, its
 * last change and status, and its actions (duplicate, mark ready/draft, delete to the trash).
 * Memoized: a save gives the list a new array in which only the saved draft's entry changed,
 * and a list of hundreds of drafts must not render every entry again for it.
 */
export const DraftItem = memo(function DraftItem(props: DraftItemProps) {
  const { draft, isOpen, now } = props;
  const ready = draft.status === 'ready';
  const { t, relativeTime } = useI18n();
  return (
    <li className={isOpen ? 'draft-item draft-item-open' : 'draft-item'}>
      <button
        type="button"
        className="draft-open"
        aria-current={isOpen ? 'true' : undefined}
        onClick={() => props.onOpen(draft.id)}
      >
        {draft.title || t('draft.untitled')}
      </button>
      <div className="draft-line">
        <span className="draft-when">{relativeTime(draft.updatedAt, now)}</span>
        <span className={ready ? 'draft-badge draft-badge-ready' : 'draft-badge'}>
          {ready ? t('draft.ready') : t('draft.draft')}
        </span>
        <span className="draft-actions">
          <button type="button" onClick={() => props.onDuplicate(draft.id)}>
            {t('draft.duplicate')}
          </button>
          <button
            type="button"
            onClick={() => props.onSetStatus(draft.id, ready ? 'draft' : 'ready')}
          >
            {ready ? t('draft.markDraft') : t('draft.markReady')}
          </button>
          <button type="button" onClick={() => props.onDelete(draft.id)}>
            {t('draft.delete')}
          </button>
        </span>
      </div>
    </li>
  );
});
