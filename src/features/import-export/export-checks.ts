/** What stands between a post and its export: errors, which block it, and warnings. */
import type { Post } from '../../core/post';
import { fieldLocks } from '../../core/field-locks';
import type { Collection } from '../../core/schema';
import { validatePost } from '../../core/validate';
import { validationMessagesFor } from '../../i18n/localize-schema';
import { postErrorText } from '../../i18n/post-error-text';
import { formatMessage } from '../../i18n/translate';
import type { Lang } from '../../i18n/translate';

/** The sentences the export dialog lists, in the UI's language. */
export interface ExportChecks {
  /** The YAML's errors (by line), then the schema's: they block `Download`. */
  errors: string[];
  warnings: string[];
}

/** Returns the file name as it will be written: trimmed, with no folder separators in it. */
export function exportFileName(typed: string): string {
  return typed.trim().replace(/[/\\]/g, '-');
}

/**
 * Returns the errors and warnings of exporting `post` (of `collection`) as `filename`, in
 * `lang`: its front matter's syntax errors, by line, first, then the schema's checks.
 */
export function exportChecks(
  post: Post,
  collection: Collection,
  filename: string,
  lang: Lang,
): ExportChecks {
  // Fields a YAML error makes unreadable get that error, not "required" or "should be text".
  const keys = [...collection.fields.map((f) => f.name), ...Object.keys(post.data)];
  const issues = validatePost(collection, post.data, {
    filename,
    messages: validationMessagesFor(lang),
    unreadable: new Set(fieldLocks(post, keys).keys()),
  });
  return {
    errors: [
      ...post.errors.map((e) =>
        formatMessage(lang, 'export.errorLine', {
          line: e.line,
          message: postErrorText((key, params) => formatMessage(lang, key, params), e),
        }),
      ),
      ...issues.filter((i) => i.severity === 'error').map((i) => i.message),
    ],
    warnings: issues.filter((i) => i.severity === 'warning').map((i) => i.message),
  };
}
