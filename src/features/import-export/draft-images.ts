/** Images stored with a draft: storing a dropped one, and object URLs for the preview. */
import { defaultPostsCollection } from '../../core/schema';
import type { Collection } from '../../core/schema';
import { getImage, listImages, putImage } from '../../storage';
import type { PlumaDb } from '../../storage';
import { loadPostCore } from '../../state/post-core';

const listeners = new Set<(draftId: string) => void>();

/** Calls `listener` with the draft's id whenever an image is stored; returns the unsubscribe. */
export function onImageStored(listener: (draftId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The largest image Pluma stores with a draft: 20 MB. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * Stores image `file` with draft `draftId` under the collection's media folder (year and month
 * of the post's date as written in `text`, else `today`'s) and returns the Markdown image that
 * refers to it (`![foto](/assets/images/2016/06/foto.png)`). Writes to `db`.
 */
export async function storeDraftImage(
  db: PlumaDb,
  draftId: string,
  file: File,
  text: string,
  {
    today = new Date(),
    collection = defaultPostsCollection,
  }: { today?: Date; collection?: Collection } = {},
): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) {
    throw new Error('it is larger than 20 MB; make it smaller first.');
  }
  const { images } = await listImages(db, draftId);
  // The post's parser and the media places load with the first image stored.
  const [{ parsePost }, { imageMarkdown, mediaPlace }] = await Promise.all([
    loadPostCore(),
    import('../../core/bundle-media'),
  ]);
  const place = mediaPlace(
    file.name || 'imagen',
    file.type,
    parsePost(text).data,
    { year: today.getFullYear(), month: today.getMonth() + 1 },
    images.map((i) => i.path),
    collection,
  );
  await putImage(db, draftId, place.path, file);
  for (const listener of listeners) listener(draftId);
  return imageMarkdown(file.name || 'imagen', place.url);
}

/**
 * Returns object URLs for the images stored with draft `draftId`, keyed by repository path
 * (`assets/images/2016/06/foto.png`) and by the same path with a leading '/'. The caller owns
 * the URLs: pass the map to `revokeImageUrls` when it is replaced.
 */
export async function resolveDraftImageUrls(
  db: PlumaDb,
  draftId: string,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const { images } = await listImages(db, draftId);
  for (const { path } of images) {
    const record = await getImage(db, draftId, path).catch(() => null);
    if (!record) continue;
    const url = URL.createObjectURL(record.blob);
    const bare = path.replace(/^\/+/, '');
    urls.set(bare, url);
    urls.set(`/${bare}`, url);
  }
  return urls;
}

/** Revokes the object URLs of a map from `resolveDraftImageUrls`. */
export function revokeImageUrls(urls: Map<string, string>): void {
  for (const url of new Set(urls.values())) URL.revokeObjectURL(url);
}

/**
 * Returns a function that maps an image `src` as the preview resolved it
 * (`https://blog.example/assets/images/2016/06/foto.png`, `/assets/…` or `assets/…`) to the
 * object URL of the stored image at that path, or null when none is stored there.
 */
export function imageUrlResolver(
  urls: ReadonlyMap<string, string>,
): (src: string) => string | null {
  return (src) => {
    const direct = urls.get(src);
    if (direct) return direct;
    try {
      const path = decodeURIComponent(new URL(src, 'https://pluma.invalid/').pathname);
      const exact = urls.get(path);
      if (exact) return exact;
      // A site URL with a folder (`https://x.org/blog/`) puts it before the repository path.
      for (const [key, url] of urls)
        if (!key.startsWith('/') && path.endsWith(`/${key}`)) return url;
      return null;
    } catch {
      return null;
    }
  };
}
