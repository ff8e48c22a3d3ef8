import { useState } from 'react';
import { Download } from 'lucide-react';
import { useT } from '../../i18n/i18n';
import { ExportDialog } from './export-dialog';
import type { ExportProps } from './export-dialog';

/** What the button needs: what the dialog does, with the editor's text read when it opens. */
export type ExportButtonProps = Omit<ExportProps, 'text'> & {
  /** Returns the editor's latest text (read once, when the dialog opens). */
  getText: () => string;
};

/** Returns the `Export` button, which opens the export dialog on the editor's text of then. */
export function ExportButton({ getText, ...props }: ExportButtonProps) {
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="button-primary" onClick={() => setText(getText())}>
        <Download size={16} aria-hidden />
        <span className="button-text">{t('export.button')}</span>
      </button>
      {text !== null && <ExportDialog {...props} text={text} onClose={() => setText(null)} />}
    </>
  );
}
