import { backupWorkspace } from '../../storage';
import type { PlumaDb } from '../../storage';
import { downloadBytes } from '../../components/download';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';

interface BackupButtonProps {
  db: PlumaDb | null;
  /** Says how the backup went: the summary, or the alert. */
  onNote: (note: { message?: string; alert?: string }) => void;
}

/**
 * Returns `Back up workspace`: downloads `pluma-backup-YYYY-MM-DD.pluma.zip` with every draft,
 * its history and images, and the settings; records that could not be read are left out and
 * counted in the summary.
 */
export function BackupButton({ db, onNote }: BackupButtonProps) {
  const { t, lang } = useI18n();
  const backUp = async () => {
    if (!db) return;
    onNote({ alert: '' });
    try {
      const backup = await backupWorkspace(db);
      downloadBytes(backup.filename, backup.bytes, 'application/zip');
      const left = backup.problems.length;
      onNote({
        message:
          t('backup.done', { drafts: backup.counts.drafts, images: backup.counts.images }) +
          (left ? t('backup.leftOut', { count: left }) : ''),
      });
    } catch (err) {
      onNote({ alert: t('backup.failed', { error: errorText(lang, err) }) });
    }
  };
  return (
    <button type="button" disabled={!db} onClick={() => void backUp()}>
      {t('backup.button')}
    </button>
  );
}
