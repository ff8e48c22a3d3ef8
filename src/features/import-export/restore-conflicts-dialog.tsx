import { useState } from 'react';
import type { RestoreItem } from '../../storage';
import { ModalDialog } from '../../components/modal-dialog';
import { useI18n } from '../../i18n/i18n';

interface RestoreConflictsDialogProps {
  /** The drafts of the backup that are as new or newer here, with different text. */
  conflicts: readonly RestoreItem[];
  /** Restores the backup, replacing the drafts whose ids are in `replace`. */
  onRestore: (replace: ReadonlySet<string>) => void;
  onCancel: () => void;
}

/**
 * Returns the dialog (name `Newer drafts here`) that lists the drafts newer here than in the
 * backup, each with both dates and a checkbox to replace it; none is ticked at first.
 */
export function RestoreConflictsDialog({
  conflicts,
  onRestore,
  onCancel,
}: RestoreConflictsDialogProps) {
  const { t, dateTime } = useI18n();
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(replace);
    if (on) next.add(id);
    else next.delete(id);
    setReplace(next);
  };
  return (
    <ModalDialog className="ie-dialog" title={t('backup.newerTitle')} onClose={onCancel}>
      <p>{t('backup.newerText')}</p>
      <ul className="ie-conflicts">
        {conflicts.map(({ incoming, local }) => (
          <li key={incoming.id}>
            <label>
              <input
                type="checkbox"
                checked={replace.has(incoming.id)}
                onChange={(e) => toggle(incoming.id, e.target.checked)}
              />
              {t('backup.dates', {
                title: local?.title || incoming.title,
                here: dateTime(local?.updatedAt ?? 0),
                backup: dateTime(incoming.updatedAt),
              })}
            </label>
          </li>
        ))}
      </ul>
      <div className="ie-dialog-actions">
        <button type="button" onClick={() => onRestore(replace)}>
          {t('common.restore')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
