/** Object URLs of the open draft's stored images, for the preview. */
import { useEffect, useState } from 'react';
import type { PlumaDb } from '../../storage';
import { onImageStored, resolveDraftImageUrls, revokeImageUrls } from './draft-images';

const EMPTY: ReadonlyMap<string, string> = new Map();

/**
 * Returns the object URLs of draft `draftId`'s stored images by repository path (see
 * `resolveDraftImageUrls`), refreshed when an image is stored and revoked when replaced.
 */
export function useDraftImageUrls(
  db: PlumaDb | null,
  draftId: string | null,
): ReadonlyMap<string, string> {
  const [found, setFound] = useState<{ draftId: string; urls: ReadonlyMap<string, string> }>();
  const [version, setVersion] = useState(0);
  useEffect(() => onImageStored((id) => id === draftId && setVersion((v) => v + 1)), [draftId]);
  useEffect(() => {
    if (!db || !draftId) return;
    let live = true;
    let made: Map<string, string> | null = null;
    resolveDraftImageUrls(db, draftId).then(
      (urls) => {
        if (live) setFound({ draftId, urls: (made = urls) });
        else revokeImageUrls(urls);
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (made) revokeImageUrls(made);
    };
  }, [db, draftId, version]);
  return db && found && found.draftId === draftId ? found.urls : EMPTY;
}
