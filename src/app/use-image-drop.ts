/** Images dropped or pasted into the editor: stored with the draft, shown by the preview. */
import { useMemo, useState } from 'react';
import type { Extension } from '@codemirror/state';
import type { Collection } from '../core/schema';
import type { PlumaDb } from '../storage';
import {
  imageDropExtension,
  imageUrlResolver,
  storeDraftImage,
  useDraftImageUrls,
} from '../features/import-export';

/** What the workspace needs for the open draft's images. */
export interface DraftImages {
  /** The editor extension that takes dropped and pasted images ([] without storage). */
  dropExtension: Extension;
  /** Gives the preview the stored image behind a URL the post references. */
  resolveImage: ReturnType<typeof imageUrlResolver>;
  /** Why the last image could not be stored, or ''. */
  error: string;
  /** The stored images' object URLs by path (a new map when an image is stored). */
  imageUrls: ReadonlyMap<string, string>;
}

/**
 * Returns the image wiring of draft `draftId`: dropped images are stored with it under the media
 * folder of `collection` (the loaded Decap config's, when there is one).
 */
export function useImageDrop(
  db: PlumaDb | null,
  draftId: string | null,
  collection: Collection,
): DraftImages {
  const [error, setError] = useState('');
  const dropExtension = useMemo(
    () =>
      db && draftId
        ? imageDropExtension({
            onImage: (file, text) => storeDraftImage(db, draftId, file, text, { collection }),
            onError: setError,
          })
        : [],
    [db, draftId, collection],
  );
  const imageUrls = useDraftImageUrls(db, draftId);
  const resolveImage = useMemo(() => imageUrlResolver(imageUrls), [imageUrls]);
  return { dropExtension, resolveImage, error, imageUrls };
}
