import type { DraftMeta, DraftStatus } from '../../storage';
import { relativeTime } from './format';

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
 */
export function DraftItem(props: DraftItemProps) {
  const { draft, isOpen, now } = props;
  const ready = draft.status === 'ready';
  return (
    <li className={isOpen ? 'draft-item draft-item-open' : 'draft-item'}>
      <button
        type="button"
        className="draft-open"
        aria-current={isOpen ? 'true' : undefined}
        onClick={() => props.onOpen(draft.id)}
      >
        {draft.title || 'Untitled'}
      </button>
      <div className="draft-line">
        <span className="draft-when">{relativeTime(draft.updatedAt, now)}</span>
        <span className={ready ? 'draft-badge draft-badge-ready' : 'draft-badge'}>
          {ready ? 'Ready' : 'Draft'}
        </span>
        <span className="draft-actions">
          <button type="button" onClick={() => props.onDuplicate(draft.id)}>
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => props.onSetStatus(draft.id, ready ? 'draft' : 'ready')}
          >
            {ready ? 'Mark draft' : 'Mark ready'}
          </button>
          <button type="button" onClick={() => props.onDelete(draft.id)}>
            Delete
          </button>
        </span>
      </div>
    </li>
  );
}
