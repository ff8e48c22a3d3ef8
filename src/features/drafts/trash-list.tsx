import { useState } from 'react';
import type { DraftMeta } from '../../storage';
import { relativeTime } from './format';

interface TrashListProps {
  trash: DraftMeta[];
  now: number;
  onRestore: (id: string) => void;
  onEmpty: () => void;
}

/** Returns the trash: deleted drafts with Restore, and `Empty trash` after a confirmation. */
export function TrashList({ trash, now, onRestore, onEmpty }: TrashListProps) {
  const [confirming, setConfirming] = useState(false);
  const count = trash.length === 1 ? '1 draft' : `${trash.length} drafts`;
  return (
    <>
      {trash.length === 0 ? (
        <p className="drafts-empty">The trash is empty.</p>
      ) : (
        <ul aria-label="Trash" className="drafts-list">
          {trash.map((draft) => (
            <li key={draft.id} className="draft-item">
              <span className="draft-title">{draft.title || 'Untitled'}</span>
              <div className="draft-line">
                <span className="draft-when">
                  Deleted {relativeTime(draft.deletedAt ?? draft.updatedAt, now)}
                </span>
                <span className="draft-actions">
                  <button type="button" onClick={() => onRestore(draft.id)}>
                    Restore
                  </button>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {trash.length > 0 && !confirming && (
        <button type="button" className="drafts-empty-trash" onClick={() => setConfirming(true)}>
          Empty trash
        </button>
      )}
      {trash.length > 0 && confirming && (
        <div role="group" aria-label="Confirm emptying the trash" className="drafts-confirm">
          <p>{`Delete ${count} and their history for good? This cannot be undone.`}</p>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              onEmpty();
            }}
          >
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}
