import { useId } from 'react';
import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n';

interface ExportFileNameProps {
  value: string;
  onChange: (value: string) => void;
  /** The repository folder the file goes in (`_posts` or `_drafts`). */
  folder: string;
  /** Enter in the field: the dialog's main action. */
  onEnter: () => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * Returns the export's `File name` field and the line that says which folder of the blog the
 * file goes in (and why `_drafts`, for a post without a date). Enter calls `onEnter`.
 */
export function ExportFileName({
  value,
  onChange,
  folder,
  onEnter,
  inputRef,
}: ExportFileNameProps) {
  const { t, tx } = useI18n();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('export.fileName')}</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        value={value}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Enter finishes the one field of the dialog, as in a form; an IME's Enter is its own.
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          onEnter();
        }}
      />
      <p className="ie-hint">
        {tx('export.where', {
          folder: <code>{folder}/</code>,
          note: folder === '_drafts' ? t('export.noDate') : '',
        })}
      </p>
    </>
  );
}
