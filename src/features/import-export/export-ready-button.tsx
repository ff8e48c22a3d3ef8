import { useState } from 'react';
import type { PlumaDb } from '../../storage';
import { useLang, useT } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import { downloadBytes } from '../../components/download';

/** The state of `Export ready posts` and the command that runs it. */
export interface ExportReady {
  run: () => Promise<void>;
  busy: boolean;
  /** The outcome of the last run, or ''. */
  note: string;
  /** What went wrong, or ''. */
  alert: string;
}

/**
 * Returns `Export ready posts`: its run downloads one zip of every draft marked ready, laid out
 * as the blog's repository, and says how it went.
 */
export function useExportReady(db: PlumaDb | null): ExportReady {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState('');
  const run = async () => {
    if (!db) return;
    setAlert('');
    setNote('');
    setBusy(true);
    try {
      // The zip code loads with the first export.
      const { exportDraftsZip } = await import('./bulk-export');
      const result = await exportDraftsZip(db);
      if (!result) return setNote(t('exportReady.none'));
      downloadBytes(result.filename, result.zip, 'application/zip');
      const renamed = result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ');
      setNote(
        t('exportReady.done', { count: result.count }) +
          (renamed ? t('exportReady.renamed', { list: renamed }) : ''),
      );
    } catch (err) {
      setAlert(t('exportReady.failed', { error: errorText(lang, err) }));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, note, alert };
}
