import { useId, useState } from 'react';
import { MAX_BACKUP_BYTES } from '../../core/bundle-backup';
import { applyRestore, backupWorkspace, planRestore } from '../../storage';
import type { RestorePlan } from '../../storage';
import type { PlumaDb } from '../../storage';
import { downloadBytes, fileBytes } from '../../components/download';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import { ModalDialog } from '../../components/modal-dialog';
import { announceDrafts } from './tab-notify';

/** What the backup controls need. */
export interface BackupControlsProps {
  db: PlumaDb | null;
  /** Called with the ids of drafts added or replaced by a restore. */
  onRestored?: (ids: string[]) => void;
}

/**
 * Returns `Back up workspace` (downloads `pluma-backup-YYYY-MM-DD.pluma.zip`: every draft, its
 * history and images, and the settings) and `Restore backup` (a file input). A damaged backup
 * gives an alert and changes nothing; drafts newer here are listed in a dialog (`Restore
 * backup`) that asks, draft by draft, before replacing them.
 */
export function BackupControls({ db, onRestored }: BackupControlsProps) {
  const inputId = useId();
  const { t, dateTime, lang } = useI18n();
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
        t('backup.done', { drafts: backup.counts.drafts, images: backup.counts.images }) +
          (left ? t('backup.leftOut', { count: left }) : ''),
      );
    } catch (err) {
      setAlert(t('backup.failed', { error: errorText(lang, err) }));
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
        t('backup.restored', {
          added: summary.added.length,
          replaced: summary.replaced.length,
          kept: summary.kept.length,
        }),
      );
      onRestored?.(changed.map((i) => i.incoming.id));
    } catch (err) {
      setAlert(t('backup.restoreFailed', { error: errorText(lang, err) }));
    }
  };

  const restore = async (file: File | undefined) => {
    if (!db || !file) return;
    setAlert('');
    setMessage('');
    if (file.size > MAX_BACKUP_BYTES) {
      return setAlert(t('backup.tooLarge', { name: file.name }));
    }
    try {
      const planned = await planRestore(db, await fileBytes(file));
      if (!planned.ok)
        return setAlert(t('backup.refused', { name: file.name, reason: planned.reason }));
      if (planned.plan.conflicts.length === 0) return await apply(planned.plan, new Set());
      setReplace(new Set());
      setPlan(planned.plan);
    } catch (err) {
      setAlert(t('backup.restoreFailed', { error: errorText(lang, err) }));
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
        {t('backup.button')}
      </button>
      <label htmlFor={inputId} className="ie-file-button" aria-disabled={!db}>
        {t('backup.restore')}
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
        <ModalDialog
          className="ie-dialog"
          title={t('backup.newerTitle')}
          onClose={() => setPlan(null)}
        >
          <p>{t('backup.newerText')}</p>
          <ul className="ie-conflicts">
            {plan.conflicts.map(({ incoming, local }) => (
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
            <button type="button" onClick={() => void apply(plan, replace)}>
              {t('common.restore')}
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
