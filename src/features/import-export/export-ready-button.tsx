import { useState } from 'react';
import type { PlumaDb } from '../../storage';
import { exportDraftsZip } from './bulk-export';
import { downloadBytes } from './download';

/**
 * Returns `Export ready posts`: downloads one zip of drafts `ids` (the selected ones) or, without
 * them, of every draft marked ready, laid out as the blog's repository.
 */
export function ExportReadyButton({ db, ids }: { db: PlumaDb | null; ids?: readonly string[] }) {
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState('');
  const run = async () => {
    if (!db) return;
    setAlert('');
    try {
      const result = await exportDraftsZip(db, ids);
      if (!result) return setNote('No draft is marked ready to export.');
      downloadBytes(result.filename, result.zip, 'application/zip');
      const renamed = result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ');
      setNote(
        `Exported ${result.count} post${result.count === 1 ? '' : 's'}.` +
          (renamed ? ` Renamed to avoid clashes: ${renamed}.` : ''),
      );
    } catch (err) {
      setAlert(`The export failed: ${err instanceof Error ? err.message : err}`);
    }
  };
  return (
    <>
      <button type="button" disabled={!db} onClick={() => void run()}>
        {ids ? 'Export selected posts' : 'Export ready posts'}
      </button>
      {note && <span aria-live="polite">{note}</span>}
      {alert && <span role="alert">{alert}</span>}
    </>
  );
}
