import { useState } from 'react';
import { Download } from 'lucide-react';
import { useT } from '../../i18n/i18n';
import { ExportDialog } from './export-dialog';
import type { ExportProps } from './export-dialog';

/** Returns the `Export` button, which opens the export dialog. */
export function ExportButton(props: ExportProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-primary" onClick={() => setOpen(true)}>
        <Download size={16} aria-hidden />
        <span className="button-text">{t('export.button')}</span>
      </button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
