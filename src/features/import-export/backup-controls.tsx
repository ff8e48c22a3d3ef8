import { useId, useState } from 'react';
import { MAX_BACKUP_BYTES } from '../../core/bundle-backup';
import { applyRestore, backupWorkspace, planRestore } from '../../storage/backup';
import type { RestorePlan } from '../../storage/backup';
import type { PlumaDb } from '../../storage';
import { downloadBytes, fileBytes } from './download';
import { Modal } from './modal';
import { announceDrafts } from './tab-notify';

/** What the backup controls need. */
export interface BackupControlsProps {
  db: PlumaDb | null;
  /** Called with the ids of drafts added or replaced by a restore. */
  onRestored?: (ids: string[]) => void;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Returns `Back up workspace` (downloads `pluma-backup-YYYY-MM-DD.pluma.zip`: every draft, its
 * history and images, and the settings) and `Restore backup` (a file input). A damaged backup
 * gives an alert and changes nothing; drafts newer here are listed in a dialog (`Restore
 * backup`) that asks, draft by draft, before replacing them.
 */
export function BackupControls({ db, onRestored }: BackupControlsProps) {
  const inputId = useId();
  const [alert, setAlert] = useState('');
  const [message, setMessage] = useState('');
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [replace, setReplace] = useState<Set<string>>(new Set());

  const backUp = async () => {
    if (!db) return;
    setAlert('');
    try {
      const backup = await backupWorkspace(db);
      downloadBytes(backup.filename, backup.bytes, 'application/zip');
      const left = backup.problems.length;
      setMessage(
        `Backed up ${backup.counts.drafts} drafts and ${backup.counts.images} images.` +
          (left ? ` ${left} unreadable records were left out.` : ''),
      );
    } catch (err) {
      setAlert(`The backup failed: ${errorText(err)}`);
    }
  };

  const apply = async (chosen: RestorePlan, replacing: ReadonlySet<string>) => {
    if (!db) return;
    setPlan(null);
    try {
      const summary = await applyRestore(db, chosen, replacing);
      const changed = chosen.items.filter((i) =>
        [...summary.added, ...summary.replaced].includes(i.incoming.id),
      );
      announceDrafts(changed.map((i) => i.incoming));
      setMessage(
        `Restored ${summary.added.length} drafts, replaced ${summary.replaced.length}, kept ` +
          `${summary.kept.length} as they were here.`,
      );
      onRestored?.(changed.map((i) => i.incoming.id));
    } catch (err) {
      setAlert(`The restore failed and nothing was changed: ${errorText(err)}`);
    }
  };

  const restore = async (file: File | undefined) => {
    if (!db || !file) return;
    setAlert('');
    setMessage('');
    if (file.size > MAX_BACKUP_BYTES) {
      return setAlert(`“${file.name}” is larger than 1 GB; it is not a Pluma backup.`);
    }
    try {
      const planned = await planRestore(db, await fileBytes(file));
      if (!planned.ok) return setAlert(`“${file.name}”: ${planned.reason}`);
      if (planned.plan.conflicts.length === 0) return await apply(planned.plan, new Set());
      setReplace(new Set());
      setPlan(planned.plan);
    } catch (err) {
      setAlert(`The restore failed and nothing was changed: ${errorText(err)}`);
    }
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(replace);
    if (on) next.add(id);
    else next.delete(id);
    setReplace(next);
  };

  return (
    <div className="ie-backup">
      <button type="button" disabled={!db} onClick={() => void backUp()}>
        Back up workspace
      </button>
      <label htmlFor={inputId} className="ie-file-button" aria-disabled={!db}>
        Restore backup
      </label>
      <input
        id={inputId}
        type="file"
        accept=".zip,application/zip"
        className="ie-file-input"
        disabled={!db}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          void restore(file);
        }}
      />
      {message && <span aria-live="polite">{message}</span>}
      {alert && <p role="alert">{alert}</p>}
      {plan && (
        <Modal title="Newer drafts here" onClose={() => setPlan(null)}>
          <p>
            These drafts changed here after the backup was made. Tick the ones to replace with the
            backup’s version (the text here is kept in their history); the others stay as they are.
          </p>
          <ul className="ie-conflicts">
            {plan.conflicts.map(({ incoming, local }) => (
              <li key={incoming.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={replace.has(incoming.id)}
                    onChange={(e) => toggle(incoming.id, e.target.checked)}
                  />
                  {local?.title || incoming.title} — here{' '}
                  {new Date(local?.updatedAt ?? 0).toLocaleString()}, in the backup{' '}
                  {new Date(incoming.updatedAt).toLocaleString()}
                </label>
              </li>
            ))}
          </ul>
          <div className="ie-dialog-actions">
            <button type="button" onClick={() => void apply(plan, replace)}>
              Restore
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              Cancel
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
