import { useEffect, useState } from 'react';
import type { BundleEntry } from '../../core/bundle';
import { addSnapshot } from '../../storage';
import type { PlumaDb } from '../../storage';
import { downloadBytes } from '../../components/download';
import { useT } from '../../i18n/i18n';
import { draftImagesFor, postDownload } from './export-post';

/** What the export downloads, and from where. */
export interface ExportSource {
  /** The post's text as it was when the dialog opened. */
  text: string;
  db: PlumaDb | null;
  draftId: string | null;
}

/** The export's download: the images it may include, and the actions. */
export interface ExportDownload {
  /** The stored images the post uses (downloading with them gives a zip). */
  images: BundleEntry[];
  withImages: boolean;
  setWithImages: (on: boolean) => void;
  /** What the last copy (or reading the images) gave, or ''. */
  note: string;
  /** Downloads the post as `folder/name` (a zip with its images when chosen) and snapshots it. */
  download: (folder: string, name: string) => Promise<void>;
  /** Copies the text to the clipboard. */
  copy: () => Promise<void>;
}

/**
 * Returns the export's download for `text`: finds the draft's stored images it refers to, and
 * downloads the file (keeping an 'export' snapshot of the draft) or copies the text.
 */
export function useExportDownload({ text, db, draftId }: ExportSource): ExportDownload {
  const t = useT();
  const [images, setImages] = useState<BundleEntry[]>([]);
  const [withImages, setWithImages] = useState(true);
  const [note, setNote] = useState('');
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

  const download = async (folder: string, name: string) => {
    const file = postDownload(text, folder, name, withImages ? images : []);
    downloadBytes(file.name, file.bytes, file.mime);
    if (db && draftId) await addSnapshot(db, draftId, text, 'export').catch(() => null);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(t('export.copied'));
    } catch {
      setNote(t('export.copyRefused'));
    }
  };
  return { images, withImages, setWithImages, note, download, copy };
}
