/** Opening a repository post as a draft linked to the file, commit and blob it was read from. */
import { createDraft, type PlumaDb } from '../../storage';
import type { RepoPost } from '../../core/repo-posts';
import { saveLink } from './connection-store';
import type { Repository } from './use-repository';

/** Creates a draft holding the post's text byte for byte, links it, and returns its id. Writes
 * to `db`. */
export async function openRepoPost(db: PlumaDb, repo: Repository, post: RepoPost): Promise<string> {
  const { text, blob, commit } = await repo.readPost(post.path);
  const filename = post.path.slice(post.path.lastIndexOf('/') + 1);
  const meta = await createDraft(db, { text, title: post.title, filename });
  saveLink(meta.id, { path: post.path, commit, blob });
  return meta.id;
}
