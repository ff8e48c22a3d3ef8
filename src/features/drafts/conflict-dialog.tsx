import { ModalDialog } from './modal-dialog';
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
  return (
    <ModalDialog open={conflict !== null} title="Conflict" className="conflict-dialog">
      {conflict?.theirsGone ? (
        <p>This draft was deleted in another tab. Keep your text as a new draft.</p>
      ) : (
        <p>
          This draft was changed in another tab while you were editing it here. Nothing was
          overwritten. Choose which text to keep editing.
        </p>
      )}
      <div className="drafts-dialog-actions">
        {!conflict?.theirsGone && (
          <button type="button" onClick={onReloadTheirs}>
            Reload theirs
          </button>
        )}
        <button type="button" onClick={onKeepMine}>
          Keep mine as a copy
        </button>
      </div>
      {!conflict?.theirsGone && (
        <p className="drafts-hint">
          Reloading keeps your text from this tab in History; a copy keeps both drafts.
        </p>
      )}
    </ModalDialog>
  );
}
