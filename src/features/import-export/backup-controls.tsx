import { useCallback, useState } from 'react';
import type { PlumaDb } from '../../storage';
import { BackupButton } from './backup-button';
import { RestoreBackup } from './restore-backup';
import type { RestoredDraft } from './restore-backup';

/** What the backup controls need. */
export interface BackupControlsProps {
  db: PlumaDb | null;
  /** Called with the drafts a restore added or replaced, at their stored revisions. */
  onRestored?: (drafts: RestoredDraft[]) => void;
}

/** The line under the controls: the last outcome, and what went wrong. */
interface Note {
  message: string;
  alert: string;
}

/**
 * Returns `Back up workspace` and `Restore backup` side by side, with one line that says how
 * the last of them went (and one alert when it failed).
 */
export function BackupControls({ db, onRestored }: BackupControlsProps) {
  const [note, setNote] = useState<Note>({ message: '', alert: '' });
  const onNote = useCallback((change: Partial<Note>) => setNote((n) => ({ ...n, ...change })), []);
  return (
    <div className="ie-backup">
      <BackupButton db={db} onNote={onNote} />
      <RestoreBackup db={db} onNote={onNote} onRestored={onRestored} />
      {note.message && <span aria-live="polite">{note.message}</span>}
      {note.alert && <p role="alert">{note.alert}</p>}
    </div>
  );
}
