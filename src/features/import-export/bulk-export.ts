/** Exporting several drafts as one zip laid out as the blog's repository. */
import { repositoryBundle } from '../../core/bundle';
import type { BundlePost } from '../../core/bundle';
import { postFilename } from '../../core/filename';
import { parsePost } from '../../core/post';
import { defaultPostsCollection } from '../../core/schema';
import type { Collection } from '../../core/schema';
import { listDrafts, loadDraft } from '../../storage';
import type { PlumaDb } from '../../storage';
import { draftImagesFor } from './export-post';

/** A bulk export: the zip, how many posts it holds, and the files renamed to avoid clashes. */
export interface DraftsZip {
  filename: string;
  zip: Uint8Array;
  count: number;
  renamed: { from: string; to: string }[];
}

/**
 * Returns one zip of drafts `ids` (or, without ids, every `ready` draft not in the trash): each
 * post's text byte for byte at `_posts/YYYY-MM-DD-slug.md` (or `_drafts/slug.md`), plus the
 * stored images it refers to. No two files share a path (-2, -3… suffixes). Null when there is
 * nothing to export. Reads `db`.
 */
export async function exportDraftsZip(
  db: PlumaDb,
  ids?: readonly string[],
  collection: Collection = defaultPostsCollection,
): Promise<DraftsZip | null> {
  const chosen = ids ?? (await listDrafts(db, { status: 'ready' })).drafts.map((d) => d.id);
  const posts: BundlePost[] = [];
  for (const id of chosen) {
    const loaded = await loadDraft(db, id);
    if (!loaded) continue;
    const { folder, name } = postFilename(parsePost(loaded.text).data, collection);
    const images = await draftImagesFor(db, id, loaded.text);
    posts.push({ path: `${folder}/${name}`, text: loaded.text, images });
  }
  if (posts.length === 0) return null;
  const { zip, renamed } = repositoryBundle(posts);
  return { filename: 'pluma-posts.zip', zip, count: posts.length, renamed };
}
