import { useId, useState } from 'react';
import type { RefObject } from 'react';
import { MAX_BACKUP_BYTES } from '../../core/backup-size';
import { applyRestore, planRestore } from '../../storage';
import type { PlumaDb, RestorePlan, RestoreSummary } from '../../storage';
import { fileBytes } from '../../components/download';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import { RestoreConflictsDialog } from './restore-conflicts-dialog';
import type { BackupNote } from './backup-note';

/** A draft a restore added or replaced, at the revision it is stored at now. */
export type RestoredDraft = RestoreSummary['stored'][number];

interface RestoreBackupProps {
  db: PlumaDb | null;
  /** Says how the restore goes: under way, the summary, or the alert ('' clears each). */
  onNote: (note: Partial<BackupNote>) => void;
  /** The file input, which the File menu's `Restore backup` clicks. */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Called with the drafts added or replaced, once they are stored. */
  onRestored?: (drafts: RestoredDraft[]) => void;
}

/**
 * Returns `Restore backup`: a file input (labelled, not shown: the File menu opens it). A damaged backup gives an alert and changes nothing;
 * when drafts are newer here, a dialog asks draft by draft before replacing them.
 */
export function RestoreBackup({ db, onNote, onRestored, inputRef }: RestoreBackupProps) {
  const inputId = useId();
  const { t, lang } = useI18n();
  const [plan, setPlan] = useState<RestorePlan | null>(null);

  const apply = async (chosen: RestorePlan, replacing: ReadonlySet<string>) => {
    if (!db) return;
    setPlan(null);
    onNote({ busy: t('busy.restore') });
    try {
      const summary = await applyRestore(db, chosen, replacing);
      const { added, replaced, kept } = summary;
      onNote({
        busy: '',
        message: t('backup.restored', {
          added: added.length,
          replaced: replaced.length,
          kept: kept.length,
        }),
      });
      onRestored?.(summary.stored);
    } catch (err) {
      onNote({ busy: '', alert: t('backup.restoreFailed', { error: errorText(lang, err) }) });
    }
  };

  const restore = async (file: File | undefined) => {
    if (!db || !file) return;
    onNote({ alert: '', message: '' });
    if (file.size > MAX_BACKUP_BYTES) {
      return onNote({ alert: t('backup.tooLarge', { name: file.name }) });
    }
    onNote({ busy: t('busy.restore') });
    try {
      const planned = await planRestore(db, await fileBytes(file));
      onNote({ busy: '' });
      if (!planned.ok) {
        return onNote({ alert: t('backup.refused', { name: file.name, reason: planned.reason }) });
      }
      if (planned.plan.conflicts.length === 0) return await apply(planned.plan, new Set());
      setPlan(planned.plan);
    } catch (err) {
      onNote({ busy: '', alert: t('backup.restoreFailed', { error: errorText(lang, err) }) });
    }
  };

  return (
    <>
      <label htmlFor={inputId} className="visually-hidden">
        {t('backup.restore')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        tabIndex={-1}
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
      {plan && (
        <RestoreConflictsDialog
          conflicts={plan.conflicts}
          onRestore={(replace) => void apply(plan, replace)}
          onCancel={() => setPlan(null)}
        />
      )}
    </>
  );
}
