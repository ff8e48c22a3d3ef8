/** What exporting the open post downloads: its `.md`, or a `.zip` with the images it uses. */
import { repositoryBundle } from '../../core/bundle';
import type { BundleEntry } from '../../core/bundle';
import { referencedImages } from '../../core/bundle-media';
import { getImage, listImages } from '../../storage';
import type { PlumaDb } from '../../storage';
import { fileBytes } from '../../components/download';

/** A file to hand to the browser. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

/**
 * Returns the images stored with draft `draftId` that `text` refers to, with their bytes, at
 * their repository paths. Reads `db`.
 */
export async function draftImagesFor(
  db: PlumaDb,
  draftId: string,
  text: string,
): Promise<BundleEntry[]> {
  const { images } = await listImages(db, draftId);
  const used = referencedImages(
    text,
    images.map((i) => i.path),
  );
  const entries: BundleEntry[] = [];
  for (const path of used) {
    const record = await getImage(db, draftId, path);
    if (record)
      entries.push({ path: path.replace(/^\/+/, ''), bytes: await fileBytes(record.blob) });
  }
  return entries;
}

/**
 * Returns the download for a post: `text` as UTF-8 bytes named `name` (exactly the editor's
 * text: a BOM character gives the BOM bytes, line breaks stay as they are), or, with `images`,
 * a zip holding the post at `folder/name` and the images at their paths, named like the post.
 */
export function postDownload(
  text: string,
  folder: string,
  name: string,
  images: readonly BundleEntry[],
): ExportFile {
  if (images.length === 0) {
    return { name, bytes: new TextEncoder().encode(text), mime: 'text/markdown;charset=utf-8' };
  }
  const { zip } = repositoryBundle([{ path: `${folder}/${name}`, text, images }]);
  return { name: `${name.replace(/\.[^.]*$/, '')}.zip`, bytes: zip, mime: 'application/zip' };
}
