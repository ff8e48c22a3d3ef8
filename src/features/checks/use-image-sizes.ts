/** The sizes of the open draft's stored images, for the check of images over 1 MB. */
import { useEffect, useMemo, useState } from 'react';
import { listImages, type PlumaDb } from '../../storage';

/**
 * Returns the sizes in bytes of draft `draftId`'s stored images by path, read again when
 * `version` changes (any value that changes when an image is stored). The map keeps its
 * identity while the sizes do not change, so the checks do not run again for nothing.
 */
export function useImageSizes(
  db: PlumaDb | null,
  draftId: string | null,
  version: unknown,
): ReadonlyMap<string, number> {
  const [key, setKey] = useState('[]');
  useEffect(() => {
    if (!db || !draftId) return;
    let live = true;
    listImages(db, draftId).then(
      ({ images }) => live && setKey(JSON.stringify(images.map((i) => [i.path, i.size]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, draftId, version]);
  return useMemo(() => new Map(JSON.parse(key) as [string, number][]), [key]);
}
