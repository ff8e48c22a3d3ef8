import { useId, useState } from 'react';
import { MAX_BACKUP_BYTES } from '../../core/bundle-backup';
import { applyRestore, planRestore } from '../../storage';
import type { PlumaDb, RestorePlan, RestoreSummary } from '../../storage';
import { fileBytes } from '../../components/download';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import { RestoreConflictsDialog } from './restore-conflicts-dialog';

/** A draft a restore added or replaced, at the revision it is stored at now. */
export type RestoredDraft = RestoreSummary['stored'][number];

interface RestoreBackupProps {
  db: PlumaDb | null;
  /** Says how the restore went: the summary, or the alert ('' clears either). */
  onNote: (note: { message?: string; alert?: string }) => void;
  /** Called with the drafts added or replaced, once they are stored. */
  onRestored?: (drafts: RestoredDraft[]) => void;
}

/**
 * Returns `Restore backup` (a file input). A damaged backup gives an alert and changes nothing;
 * when drafts are newer here, a dialog asks draft by draft before replacing them.
 */
export function RestoreBackup({ db, onNote, onRestored }: RestoreBackupProps) {
  const inputId = useId();
  const { t, lang } = useI18n();
  const [plan, setPlan] = useState<RestorePlan | null>(null);

  const apply = async (chosen: RestorePlan, replacing: ReadonlySet<string>) => {
    if (!db) return;
    setPlan(null);
    try {
      const summary = await applyRestore(db, chosen, replacing);
      const { added, replaced, kept } = summary;
      onNote({
        message: t('backup.restored', {
          added: added.length,
          replaced: replaced.length,
          kept: kept.length,
        }),
      });
      onRestored?.(summary.stored);
    } catch (err) {
      onNote({ alert: t('backup.restoreFailed', { error: errorText(lang, err) }) });
    }
  };

  const restore = async (file: File | undefined) => {
    if (!db || !file) return;
    onNote({ alert: '', message: '' });
    if (file.size > MAX_BACKUP_BYTES) {
      return onNote({ alert: t('backup.tooLarge', { name: file.name }) });
    }
    try {
      const planned = await planRestore(db, await fileBytes(file));
      if (!planned.ok) {
        return onNote({ alert: t('backup.refused', { name: file.name, reason: planned.reason }) });
      }
      if (planned.plan.conflicts.length === 0) return await apply(planned.plan, new Set());
      setPlan(planned.plan);
    } catch (err) {
      onNote({ alert: t('backup.restoreFailed', { error: errorText(lang, err) }) });
    }
  };

  return (
    <>
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
