import { useState } from 'react';
import { Download } from 'lucide-react';
import { useT } from '../../i18n/i18n';
import type { ExportDialog, ExportProps } from './export-dialog';

type Checker = NonNullable<ExportProps['checks']>;

/**
 * What the `Export` button needs: the dialog's props, with the editor's text read when it opens
 * and the checks loaded on first use.
 */
export interface ExportButtonProps extends Omit<ExportProps, 'checks' | 'text'> {
  /** Returns the editor's latest text (read once, when the dialog opens). */
  getText: () => string;
  /** Loads the checks before publishing and returns them (see `ExportProps.checks`). */
  checks?: () => Promise<Checker>;
}

interface Opened {
  Dialog: typeof ExportDialog;
  checks?: Checker;
  text: string;
}

/**
 * Returns the `Export` button, which opens the export dialog on the editor's text of then. The
 * dialog (with the zip writer) and the checks load when it is first pressed.
 */
export function ExportButton({ checks, getText, ...props }: ExportButtonProps) {
  const t = useT();
  const [open, setOpen] = useState<Opened | null>(null);
  const show = async () => {
    const [{ ExportDialog: Dialog }, checker] = await Promise.all([
      import('./export-dialog'),
      checks?.(),
    ]);
    setOpen({ Dialog, checks: checker, text: getText() });
  };
  return (
    <>
      <button type="button" className="button-primary" onClick={() => void show()}>
        <Download size={16} aria-hidden />
        <span className="button-text">{t('export.button')}</span>
      </button>
      {open && (
        <open.Dialog
          {...props}
          text={open.text}
          checks={open.checks}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
