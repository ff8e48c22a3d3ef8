/** The sentences of the checks' findings in the UI's language. */
import type { Finding } from '../../core/checks/types';
import { postErrorText } from '../../i18n/post-error-text';
import type { TFunction } from '../../i18n/translate';

/** Returns the sentence a writer reads for `finding`. */
export function findingText(t: TFunction, finding: Finding): string {
  const { id, params } = finding;
  if (id === 'yaml') {
    const problem = postErrorText(t, { code: String(params.code), detail: String(params.detail) });
    return t('checks.yaml', { problem });
  }
  if (id === 'liquid') {
    const kind = String(params.kind) as 'unclosed-tag' | 'unclosed-output' | 'unclosed-block';
    return t(`checks.liquid.${kind}`, params);
  }
  return t(`checks.${id}`, params);
}

/** What the export and publish dialogs list of the checks: errors block, warnings do not. */
export interface CheckSentences {
  errors: string[];
  warnings: string[];
}

/**
 * Returns the findings as the dialogs list them, tips left out. The title and file-name checks
 * are left to the dialogs' own validation, which already reports them.
 */
export function checkSentences(t: TFunction, findings: readonly Finding[]): CheckSentences {
  const shown = findings.filter((f) => f.id !== 'title-cut' && f.id !== 'date-filename');
  const line = (f: Finding) => `${t('checks.line', { line: f.line })}: ${findingText(t, f)}`;
  return {
    errors: shown.filter((f) => f.severity === 'error').map(line),
    warnings: shown.filter((f) => f.severity === 'warning').map(line),
  };
}
