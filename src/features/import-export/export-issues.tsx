import { useT } from '../../i18n/i18n';
import type { ExportChecks } from './export-checks';

/**
 * Returns the export's checks: the errors (list `Errors`, under "Fix these before exporting")
 * and the warnings (list `Warnings`); nothing when there are none.
 */
export function ExportIssues({ errors, warnings }: ExportChecks) {
  const t = useT();
  return (
    <>
      {errors.length > 0 && (
        <div className="ie-errors">
          <p>{t('export.fixFirst')}</p>
          <ul aria-label={t('export.errors')}>
            {errors.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <ul aria-label={t('export.warnings')} className="ie-warnings">
          {warnings.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </>
  );
}
