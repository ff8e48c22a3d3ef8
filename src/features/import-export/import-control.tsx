import { useId } from 'react';
import type { RefObject } from 'react';
import type { Importer } from './use-importer';
import { useT } from '../../i18n/i18n';
import { ModalDialog } from '../../components/modal-dialog';
import { BusyNote } from '../../components/busy-note';

/** What the Import input accepts (advisory: the content check decides). */
export const IMPORT_ACCEPT = '.md,.markdown,.mkdn,.txt,text/markdown,text/plain';

/**
 * Returns the Import control: a file input (accessible name `Import`, several files; not shown:
 * the File menu's `Import` opens it), the progress of an import, one alert
 * per refused file, the summary of the last import, and the question asked before importing a
 * file that matches an existing draft (role `dialog`, name `Already imported`).
 */
export function ImportControl(props: {
  importer: Importer;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { importer, inputRef } = props;
  const inputId = useId();
  const t = useT();
  const { alerts, message, duplicates } = importer;
  return (
    <div className="ie-import">
      <label htmlFor={inputId} className="visually-hidden">
        {t('import.label')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        tabIndex={-1}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="ie-file-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that choosing the same file again fires another change.
          event.currentTarget.value = '';
          void importer.importFiles(files);
        }}
      />
      {importer.busy && <BusyNote text={t('busy.import')} />}
      {message && (
        <span className="ie-message" aria-live="polite">
          {message}
        </span>
      )}
      {alerts.length > 0 && (
        <div className="ie-alerts">
          <ul>
            {alerts.map((alert, i) => (
              <li key={i} role="alert">
                {alert}
              </li>
            ))}
          </ul>
          <button type="button" onClick={importer.dismissAlerts}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {duplicates.length > 0 && (
        <ModalDialog
          className="ie-dialog"
          title={t('import.alreadyTitle')}
          onClose={() => void importer.resolveDuplicates(false)}
        >
          <p>{t('import.duplicates', { count: duplicates.length })}</p>
          <ul>
            {duplicates.map((d, i) => (
              <li key={i}>
                {d.name} — “{d.duplicateOf}”
              </li>
            ))}
          </ul>
          <div className="ie-dialog-actions">
            <button type="button" onClick={() => void importer.resolveDuplicates(true)}>
              {t('import.copies')}
            </button>
            <button type="button" onClick={() => void importer.resolveDuplicates(false)}>
              {t('import.skip')}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
