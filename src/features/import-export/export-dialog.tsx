import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BundleEntry } from '../../core/bundle';
import { postFilename } from '../../core/filename';
import { parsePost } from '../../core/post';
import { defaultPostsCollection } from '../../core/schema';
import type { Collection } from '../../core/schema';
import { validatePost } from '../../core/validate';
import { useI18n, useT } from '../../i18n/i18n';
import { localizeCollection, validationMessagesFor } from '../../i18n/localize-schema';
import { postErrorText } from '../../i18n/post-error-text';
import { addSnapshot } from '../../storage';
import type { PlumaDb } from '../../storage';
import { downloadBytes } from '../../components/download';
import { draftImagesFor, postDownload } from './export-post';
import { ModalDialog } from '../../components/modal-dialog';

/** What the Export button needs: the editor's text and, when stored, its draft. */
export interface ExportProps {
  /** The open post's full text, exactly as the editor holds it. */
  text: string;
  db: PlumaDb | null;
  /** The open draft's id, or null when it is not stored. */
  draftId: string | null;
  collection?: Collection;
}

/** Returns the `Export` button, which opens the export dialog. */
export function ExportButton(props: ExportProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('export.button')}
      </button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * Returns the export dialog (role `dialog`, name `Export`): the file name (editable, label
 * `File name`), the validation's errors (which block, with `Export anyway`) and warnings,
 * `Download` and `Copy Markdown`. With stored images that the post uses, it downloads a zip.
 * Focus starts in the file name, where Enter downloads as `Download` does.
 */
function ExportDialog({
  text: liveText,
  db,
  draftId,
  collection: given = defaultPostsCollection,
  onClose,
}: ExportProps & { onClose: () => void }) {
  const { lang, t, tx } = useI18n();
  const collection = useMemo(() => localizeCollection(given, t), [given, t]);
  const [text] = useState(liveText);
  const post = useMemo(() => parsePost(text), [text]);
  const place = useMemo(() => postFilename(post.data, collection), [post, collection]);
  const [fileName, setFileName] = useState(place.name);
  const [images, setImages] = useState<BundleEntry[]>([]);
  const [withImages, setWithImages] = useState(true);
  const [note, setNote] = useState('');
  const nameId = useId();
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!db || !draftId) return;
    let live = true;
    draftImagesFor(db, draftId, text).then(
      (found) => live && setImages(found),
      () => live && setNote(t('export.imagesUnreadable')),
    );
    return () => {
      live = false;
    };
  }, [db, draftId, text, t]);

  const name = fileName.trim().replace(/[/\\]/g, '-');
  const issues = validatePost(collection, post.data, {
    filename: name,
    messages: validationMessagesFor(lang),
  });
  const errors = [
    ...post.errors.map((e) =>
      t('export.errorLine', { line: e.line, message: postErrorText(t, e) }),
    ),
    ...issues.filter((i) => i.severity === 'error').map((i) => i.message),
  ];
  const warnings = issues.filter((i) => i.severity === 'warning').map((i) => i.message);
  const zipped = withImages && images.length > 0;
  const canDownload = name !== '' && errors.length === 0;

  const download = async () => {
    if (!name) return;
    const file = postDownload(text, place.folder, name, zipped ? images : []);
    downloadBytes(file.name, file.bytes, file.mime);
    if (db && draftId) await addSnapshot(db, draftId, text, 'export').catch(() => null);
    onClose();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(t('export.copied'));
    } catch {
      setNote(t('export.copyRefused'));
    }
  };

  return (
    <ModalDialog
      className="ie-dialog"
      title={t('export.title')}
      onClose={onClose}
      initialFocus={nameInput}
    >
      <label htmlFor={nameId}>{t('export.fileName')}</label>
      <input
        id={nameId}
        ref={nameInput}
        type="text"
        value={fileName}
        spellCheck={false}
        onChange={(e) => setFileName(e.target.value)}
        onKeyDown={(e) => {
          // Enter finishes the one field of the dialog, as in a form; an IME's Enter is its own.
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          if (canDownload) void download();
        }}
      />
      <p className="ie-hint">
        {tx('export.where', {
          folder: <code>{place.folder}/</code>,
          note: place.folder === '_drafts' ? t('export.noDate') : '',
        })}
      </p>
      {images.length > 0 && (
        <label className="ie-check">
          <input
            type="checkbox"
            checked={withImages}
            onChange={(e) => setWithImages(e.target.checked)}
          />
          {t('export.withImages', { count: images.length })}
        </label>
      )}
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
      {note && <p aria-live="polite">{note}</p>}
      <div className="ie-dialog-actions">
        <button type="button" disabled={!canDownload} onClick={() => void download()}>
          {t('export.download')}
        </button>
        {errors.length > 0 && (
          <button type="button" disabled={!name} onClick={() => void download()}>
            {t('export.anyway')}
          </button>
        )}
        <button type="button" onClick={() => void copy()}>
          {t('export.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
