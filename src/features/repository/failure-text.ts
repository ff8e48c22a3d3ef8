/** The sentence for a git failure, in the UI's language. */
import type { GitFailure } from '../../core/git-errors';
import type { TFunction } from '../../i18n/translate';

/** Returns what to tell the person about `failure` (the server's own reason where it gave one). */
export function failureText(t: TFunction, failure: GitFailure): string {
  return t(`repo.error.${failure.kind}`, { detail: failure.detail || '?' });
}
