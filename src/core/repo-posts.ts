/**
 * The posts of a blog's git repository as Pluma lists and publishes them: which paths are posts,
 * their title and date from the front matter, the list's order and search, the path a draft is
 * published to, and the links and messages around a publish. Pure: the git layer gives it paths
 * and texts.
 */
import { dateText, parseJekyllDate } from './dates';
import { parseFilename, postFilename } from './filename';
import { parsePost } from './post';
import type { Collection } from './schema';
import { slugify } from './slug';
import { foldForSearch } from './text';
import type { RepoFolders } from './repo-folders';

export { DEFAULT_FOLDERS, decodeRepoText, mediaFolderOf, type RepoFolders } from './repo-folders';

/** One post of the repository as the list shows it. */
export interface RepoPost {
  path: string;
  /** The git blob id of the file at the listed commit. */
  blob: string;
  title: string;
  /** The date as written in the front matter, else the filename's day, else ''. */
  date: string;
  draft: boolean;
}

const POST_EXTENSIONS = /\.(md|markdown|mkdn|mkd|mdown|html|textile)$/i;

/** Returns whether `path` is a post file directly inside the posts or drafts folder. */
export function isPostPath(path: string, folders: RepoFolders): boolean {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, Math.max(slash, 0));
  if (folder !== folders.posts && folder !== folders.drafts) return false;
  return POST_EXTENSIONS.test(path);
}

/** Returns the list entry of a post file: title and date from its front matter, else its name. */
export function repoPost(path: string, blob: string, text: string, folders: RepoFolders): RepoPost {
  const data = parsePost(text).data;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : base;
  const written = dateText(data.date);
  const date = written || parseFilename(base)?.date || '';
  return { path, blob, title, date, draft: path.startsWith(folders.drafts + '/') };
}

/** Returns a sortable key of a written date: its day and time, or '' when it names none. */
function dateKey(date: string): string {
  const head = /^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?/.exec(date)?.[0];
  const d = head ? parseJekyllDate(head) : null;
  if (!d) return '';
  const p = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${d.year}-${p(d.month)}-${p(d.day)} ${p(d.hour)}:${p(d.minute)}:${p(d.second)}`;
}

/** Returns the posts newest first (by the date as written), undated ones last, then by path. */
export function sortRepoPosts(posts: readonly RepoPost[]): RepoPost[] {
  const keyed = posts.map((p) => ({ p, k: dateKey(p.date) }));
  keyed.sort((a, b) => {
    if (a.k === b.k) return a.p.path < b.p.path ? -1 : 1;
    if (!a.k || !b.k) return a.k ? -1 : 1;
    return a.k < b.k ? 1 : -1;
  });
  return keyed.map((x) => x.p);
}

/** Returns the posts whose title or path holds every word of `query` (accents and case folded). */
export function searchRepoPosts(posts: readonly RepoPost[], query: string): RepoPost[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...posts];
  return posts.filter((p) => {
    const hay = foldForSearch(`${p.title} ${p.path}`);
    return words.every((w) => hay.includes(w));
  });
}

/**
 * Returns the repository path a post is published to. A post opened from the repository keeps
 * its path, except that a changed date (as written) renames its file, keeping slug and
 * extension; a new post gets the Jekyll name Export proposes.
 */
export function publishPath(
  linkedPath: string | null,
  data: Record<string, unknown>,
  collection: Collection,
  folders: RepoFolders,
): string {
  const fresh = postFilename(data, collection);
  const folder = fresh.folder === '_drafts' ? folders.drafts : folders.posts;
  if (!linkedPath) return `${folder}/${fresh.name}`;
  const slash = linkedPath.lastIndexOf('/');
  const dir = linkedPath.slice(0, slash);
  const base = linkedPath.slice(slash + 1);
  const parsed = parseFilename(base);
  const day = /^(\d{4}-\d{2}-\d{2})-/.exec(fresh.name)?.[1];
  if (!parsed || !day || dir !== folders.posts || parsed.date === day) return linkedPath;
  return `${dir}/${day}-${parsed.slug}${parsed.ext}`;
}

/** Returns the default commit message: "Publish: TITLE" for a new file, else "Update: TITLE". */
export function defaultCommitMessage(title: string, isNew: boolean): string {
  return `${isNew ? 'Publish' : 'Update'}: ${title.trim() || 'untitled'}`;
}

/** Returns the default review branch of a post: `pluma/SLUG`. */
export function reviewBranchName(title: string): string {
  return `pluma/${slugify(title, 50, 'post')}`;
}

/**
 * Returns where a person opens a pull request for `branch` against `base`: GitHub's compare
 * page, GitLab's new merge request page, or null for other hosts (the branch name is all).
 */
export function pullRequestUrl(repoUrl: string, base: string, branch: string): string | null {
  let url: URL;
  try {
    url = new URL(repoUrl);
  } catch {
    return null;
  }
  const project = url.pathname.replace(/\.git$/, '').replace(/\/+$/, '');
  const enc = (s: string) => encodeURIComponent(s).replace(/%2F/g, '/');
  if (url.hostname === 'github.com') {
    return `https://github.com${project}/compare/${enc(base)}...${enc(branch)}?quick_pull=1`;
  }
  if (url.hostname === 'gitlab.com' || url.hostname.startsWith('gitlab.')) {
    const q = `merge_request%5Bsource_branch%5D=${encodeURIComponent(branch)}`;
    return `https://${url.host}${project}/-/merge_requests/new?${q}`;
  }
  return null;
}
