import { backupWorkspace } from '../../storage';
import type { PlumaDb } from '../../storage';
import { downloadBytes } from '../../components/download';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import type { BackupNote } from './backup-note';

/**
 * Returns the command `Back up workspace`: it downloads `pluma-backup-YYYY-MM-DD.pluma.zip` with
 * every draft, its history and images, and the settings; records that could not be read are
 * left out and counted in the summary given to `onNote`.
 */
export function useBackup(db: PlumaDb | null, onNote: (note: Partial<BackupNote>) => void) {
  const { t, lang } = useI18n();
  return async () => {
    if (!db) return;
    onNote({ alert: '', message: '', busy: t('busy.backup') });
    try {
      const backup = await backupWorkspace(db);
      downloadBytes(backup.filename, backup.bytes, 'application/zip');
      const left = backup.problems.length;
      onNote({
        busy: '',
        message:
          t('backup.done', { drafts: backup.counts.drafts, images: backup.counts.images }) +
          (left ? t('backup.leftOut', { count: left }) : ''),
      });
    } catch (err) {
      onNote({ busy: '', alert: t('backup.failed', { error: errorText(lang, err) }) });
    }
  };
}
