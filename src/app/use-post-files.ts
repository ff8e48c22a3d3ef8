import { useCallback, useState } from 'react';
import { useFileDrop, useImporter } from '../features/import-export';
import type { FileDrop, Importer } from '../features/import-export';
import type { DraftSessionView } from '../features/drafts/use-draft-session';

/** Files turned into drafts, and the files on disk that posts were opened from. */
export interface PostFiles extends FileDrop {
  importer: Importer;
  /** Opens a post read from the blog folder; its draft keeps `handle`, to save back to it. */
  openFromFolder: (name: string, text: string, handle: FileSystemFileHandle) => void;
  /** Returns the file on disk draft `id` was opened from, if any. */
  fileHandleOf: (id: string | null) => FileSystemFileHandle | undefined;
}

/**
 * Returns the app's wiring of files into drafts: the importer (Import, drops and the blog
 * folder) refreshes the drafts list with what it stored and opens the first draft it made; a
 * post opened from the blog folder hands its file handle to the importer with the file, and
 * gets it back with its draft's id.
 */
export function usePostFiles(session: DraftSessionView): PostFiles {
  const { db, openDraft, refreshDrafts } = session;
  const [handles, setHandles] = useState(() => new Map<string, FileSystemFileHandle>());
  const onImported = useCallback(
    (ids: string[], handle?: FileSystemFileHandle) => {
      if (handle && ids[0]) setHandles((old) => new Map(old).set(ids[0], handle));
      void openDraft(ids[0]);
    },
    [openDraft],
  );
  const importer = useImporter({ db, onImported, onStored: refreshDrafts });
  const { importFiles } = importer;
  const drop = useFileDrop(importFiles);
  const openFromFolder = useCallback(
    (name: string, text: string, handle: FileSystemFileHandle) => {
      void importFiles([new File([text], name.split('/').pop() ?? name)], handle);
    },
    [importFiles],
  );
  const fileHandleOf = (id: string | null) => (id ? handles.get(id) : undefined);
  return { ...drop, importer, openFromFolder, fileHandleOf };
}
