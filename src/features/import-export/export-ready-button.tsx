import { useState } from 'react';
import type { PlumaDb } from '../../storage';
import { useLang, useT } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import { exportDraftsZip } from './bulk-export';
import { downloadBytes } from '../../components/download';

/**
 * Returns `Export ready posts`: downloads one zip of drafts `ids` (the selected ones) or, without
 * them, of every draft marked ready, laid out as the blog's repository.
 */
export function ExportReadyButton({ db, ids }: { db: PlumaDb | null; ids?: readonly string[] }) {
  const t = useT();
  const lang = useLang();
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState('');
  const run = async () => {
    if (!db) return;
    setAlert('');
    try {
      const result = await exportDraftsZip(db, ids);
      if (!result) return setNote(t('exportReady.none'));
      downloadBytes(result.filename, result.zip, 'application/zip');
      const renamed = result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ');
      setNote(
        t('exportReady.done', { count: result.count }) +
          (renamed ? t('exportReady.renamed', { list: renamed }) : ''),
      );
    } catch (err) {
      setAlert(t('exportReady.failed', { error: errorText(lang, err) }));
    }
  };
  return (
    <>
      <button type="button" disabled={!db} onClick={() => void run()}>
        {ids ? t('exportReady.selected') : t('exportReady.button')}
      </button>
      {note && <span aria-live="polite">{note}</span>}
      {alert && <span role="alert">{alert}</span>}
    </>
  );
}
