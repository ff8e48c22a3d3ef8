import type { Post, TextEdit } from '../../core/post';
import { useT } from '../../i18n/i18n';
import { postErrorText } from '../../i18n/post-error-text';

interface FormErrorsProps {
  post: Post;
  /** Applies a fix: one edit of the post's text. `key` is the key whose value it rewrites. */
  onFix: (edit: TextEdit, key: string | undefined) => void;
}

/**
 * Returns the front matter's problems as an alert: each at the line where it starts, in the UI's
 * language, with a "Fix quotes" button where a quoted value holds its own quotes.
 */
export function FormErrors({ post, onFix }: FormErrorsProps) {
  const t = useT();
  if (post.errors.length === 0) return null;
  return (
    <div role="alert" className="form-errors">
      <p>{t('form.problems', { count: post.errors.length })}</p>
      <ul>
        {post.errors.map((error, i) => {
          const fix = error.fix;
          const id = `form-error-${i}`;
          return (
            <li key={i}>
              <span id={id}>
                {t('form.errorAt', {
                  line: error.line,
                  column: error.column,
                  message: postErrorText(t, error),
                })}
              </span>
              {fix && (
                <button
                  type="button"
                  className="small form-fix"
                  aria-describedby={id}
                  onClick={() => onFix(fix, error.detail)}
                >
                  {t('form.fixQuotes')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
