import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { ExportDialog } from './export-dialog';
import type { ExportProps } from './export-dialog';

/** Returns the `Export` button, which opens the export dialog. */
export function ExportButton(props: ExportProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('export.button')}
      </button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
