/** What a publish will write: the request built from the open draft, its link and its images. */
import { referencedImages } from '../../core/bundle-media';
import { parsePost } from '../../core/post';
import { defaultCommitMessage, publishPath, reviewBranchName } from '../../core/repo-posts';
import type { Collection } from '../../core/schema';
import { getImage, listImages, type PlumaDb } from '../../storage';
import { loadLink, type DraftLink } from './connection-store';
import type { PublishRequest } from './git-publish';
import type { RepoFolders } from '../../core/repo-posts';

/** The dialog's proposal for the open draft. */
export interface PublishPlan {
  text: string;
  link: DraftLink | null;
  path: string;
  images: string[];
  message: string;
  reviewBranch: string;
}

/** Returns the proposal: path, images the text refers to, default message and review branch. */
export async function planPublish(
  db: PlumaDb | null,
  draftId: string | null,
  text: string,
  collection: Collection,
  folders: RepoFolders,
): Promise<PublishPlan> {
  const data = parsePost(text).data;
  const link = draftId ? loadLink(draftId) : null;
  const path = publishPath(link?.path ?? null, data, collection, folders);
  const stored = db && draftId ? (await listImages(db, draftId)).images.map((i) => i.path) : [];
  const title = typeof data.title === 'string' ? data.title : '';
  return {
    text,
    link,
    path,
    images: referencedImages(text, stored),
    message: defaultCommitMessage(title, !link),
    reviewBranch: reviewBranchName(title),
  };
}

/** Returns the publish request of a plan, reading its images' bytes from `db`. */
export async function publishRequest(
  db: PlumaDb | null,
  draftId: string | null,
  plan: PublishPlan,
  message: string,
  targetBranch: string,
  overwrite = false,
): Promise<PublishRequest> {
  const images = [];
  for (const path of plan.images) {
    const record = db && draftId ? await getImage(db, draftId, path) : null;
    if (record) images.push({ path, bytes: new Uint8Array(await record.blob.arrayBuffer()) });
  }
  return {
    path: plan.path,
    bytes: new TextEncoder().encode(plan.text),
    oldPath: plan.link && plan.link.path !== plan.path ? plan.link.path : undefined,
    baseBlob: plan.link?.blob ?? null,
    images,
    message,
    targetBranch,
    overwrite,
  };
}
