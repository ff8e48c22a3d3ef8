import { useMemo, useRef, useState } from 'react';
import { postFilename } from '../../core/filename';
import { parsePost } from '../../core/post';
import { defaultPostsCollection } from '../../core/schema';
import type { Collection } from '../../core/schema';
import { useI18n } from '../../i18n/i18n';
import { localizeCollection } from '../../i18n/localize-schema';
import type { PlumaDb } from '../../storage';
import { ModalDialog } from '../../components/modal-dialog';
import { exportChecks, exportFileName, type ExportChecks } from './export-checks';
import { ExportFileName } from './export-file-name';
import { ExportIssues } from './export-issues';
import { useExportDownload } from './use-export-download';

/** What exporting needs: the editor's text and, when stored, its draft. */
export interface ExportProps {
  /** The open post's full text, exactly as the editor holds it. */
  text: string;
  db: PlumaDb | null;
  /** The open draft's id, or null when it is not stored. */
  draftId: string | null;
  collection?: Collection;
  /** The checks before publishing of `text` as `filename` (issue 16), listed with the schema's. */
  checks?: (text: string, filename: string) => ExportChecks;
}

/**
 * Returns the export dialog (role `dialog`, name `Export`): the file name (editable, label
 * `File name`), the validation's errors (which block, with `Export anyway`) and warnings,
 * `Download` and `Copy Markdown`. With stored images that the post uses, it downloads a zip.
 * Focus starts in the file name, where Enter downloads as `Download` does. The text is taken
 * when the dialog opens.
 */
export function ExportDialog({
  text: liveText,
  db,
  draftId,
  collection: given = defaultPostsCollection,
  checks: siteChecks,
  onClose,
}: ExportProps & { onClose: () => void }) {
  const { lang, t } = useI18n();
  const collection = useMemo(() => localizeCollection(given, t), [given, t]);
  const [text] = useState(liveText);
  const post = useMemo(() => parsePost(text), [text]);
  const place = useMemo(() => postFilename(post.data, collection), [post, collection]);
  const [typedName, setTypedName] = useState(place.name);
  const nameInput = useRef<HTMLInputElement>(null);
  const file = useExportDownload({ text, db, draftId });
  const name = exportFileName(typedName);
  const own = exportChecks(post, collection, name, lang);
  const more = siteChecks?.(text, name);
  const checks = {
    errors: [...own.errors, ...(more?.errors ?? [])],
    warnings: [...own.warnings, ...(more?.warnings ?? [])],
  };
  const canDownload = name !== '' && checks.errors.length === 0;
  const download = async () => {
    if (!name) return;
    await file.download(place.folder, name);
    onClose();
  };

  return (
    <ModalDialog
      className="ie-dialog"
      title={t('export.title')}
      onClose={onClose}
      initialFocus={nameInput}
    >
      <ExportFileName
        value={typedName}
        onChange={setTypedName}
        folder={place.folder}
        inputRef={nameInput}
        onEnter={() => {
          if (canDownload) void download();
        }}
      />
      {file.images.length > 0 && (
        <label className="ie-check">
          <input
            type="checkbox"
            checked={file.withImages}
            onChange={(e) => file.setWithImages(e.target.checked)}
          />
          {t('export.withImages', { count: file.images.length })}
        </label>
      )}
      <ExportIssues {...checks} />
      {file.note && <p aria-live="polite">{file.note}</p>}
      <div className="ie-dialog-actions">
        <button type="button" disabled={!canDownload} onClick={() => void download()}>
          {t('export.download')}
        </button>
        {checks.errors.length > 0 && (
          <button type="button" disabled={!name} onClick={() => void download()}>
            {t('export.anyway')}
          </button>
        )}
        <button type="button" onClick={() => void file.copy()}>
          {t('export.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
