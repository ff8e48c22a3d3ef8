import { useT } from '../../i18n/i18n';
import { ModalDialog } from '../../components/modal-dialog';
import type { DraftConflict } from './session-state';

interface ConflictDialogProps {
  conflict: DraftConflict | null;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Returns the dialog (name `Conflict`) shown when another tab stored the open draft while this
 * tab had unsaved edits. It cannot be dismissed: saving waits until one answer is chosen, and
 * neither answer drops text (reloading keeps this tab's text in History).
 */
export function ConflictDialog({ conflict, onReloadTheirs, onKeepMine }: ConflictDialogProps) {
  const t = useT();
  return (
    <ModalDialog
      open={conflict !== null}
      title={t('conflict.title')}
      className="drafts-dialog conflict-dialog"
    >
      {conflict?.theirsGone ? <p>{t('conflict.gone')}</p> : <p>{t('conflict.changed')}</p>}
      <div className="drafts-dialog-actions">
        {!conflict?.theirsGone && (
          <button type="button" onClick={onReloadTheirs}>
            {t('conflict.reloadTheirs')}
          </button>
        )}
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
      {!conflict?.theirsGone && <p className="drafts-hint">{t('conflict.hint')}</p>}
    </ModalDialog>
  );
}
