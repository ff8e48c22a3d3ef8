/**
 * Where the repository connection is kept between visits: its settings in localStorage, the
 * token in sessionStorage (this tab's session only) unless the person asked to remember it on
 * this device. Neither is in IndexedDB, so no backup or export ever carries the token. Also the
 * links of drafts to the repository file they were opened from.
 */
import { fieldsOf, localValue, parseJson } from '../../storage';
import { DEFAULT_FOLDERS, type RepoFolders } from '../../core/repo-folders';

/** The connection form's values. */
export interface Connection {
  url: string;
  branch: string;
  folders: RepoFolders;
  corsProxy: string;
  username: string;
  token: string;
  remember: boolean;
  authorName: string;
  authorEmail: string;
}

/** Where a linked draft came from: its path, the commit it was read at and its blob there. */
export interface DraftLink {
  path: string;
  commit: string;
  blob: string;
}

const fields = (raw: string | null) => fieldsOf(parseJson(raw));
const stored = localValue('pluma.repository.v1', fields);

/**
 * Returns one localStorage record of values by draft id: get(id) gives the stored value
 * (unchecked), set(id, value) keeps it or with null forgets it (false when storage refused).
 */
export function byDraft(key: string) {
  const record = localValue(key, fields);
  return {
    get: (id: string): unknown => record.read()[id],
    set(id: string, value: unknown): boolean {
      const all = { ...record.read() };
      if (value === null) delete all[id];
      else all[id] = value;
      return record.write(all);
    },
  };
}

const links = byDraft('pluma.repository.links.v1');
// The token of this tab's session, unless the person asked to remember it on this device.
const sessionToken = localValue(
  'pluma.repository.token',
  (raw) => raw ?? '',
  (token) => token,
  () => {
    try {
      return globalThis.sessionStorage ?? null;
    } catch {
      return null;
    }
  },
);

/** An empty connection. */
export const emptyConnection: Connection = {
  url: '',
  branch: '',
  folders: DEFAULT_FOLDERS,
  corsProxy: '',
  username: '',
  token: '',
  remember: false,
  authorName: '',
  authorEmail: '',
};

const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

/** Returns the stored connection (empty fields where nothing or something damaged is stored). */
export function loadConnection(): Connection {
  const v = stored.read();
  const f = (typeof v.folders === 'object' && v.folders ? v.folders : {}) as Record<
    string,
    unknown
  >;
  const remembered = text(v.token, '');
  return {
    url: text(v.url, ''),
    branch: text(v.branch, ''),
    folders: {
      posts: text(f.posts, DEFAULT_FOLDERS.posts),
      drafts: text(f.drafts, DEFAULT_FOLDERS.drafts),
      media: text(f.media, DEFAULT_FOLDERS.media),
    },
    corsProxy: text(v.corsProxy, ''),
    username: text(v.username, ''),
    token: remembered || sessionToken.read(),
    remember: remembered !== '',
    authorName: text(v.authorName, ''),
    authorEmail: text(v.authorEmail, ''),
  };
}

/** Stores the connection; the token goes to localStorage only when `remember` is set. */
export function saveConnection(c: Connection): void {
  // Where storage is refused, the connection still works for this page.
  const { token, ...rest } = c;
  stored.write({ ...rest, token: c.remember ? token : '' });
  if (c.remember) sessionToken.remove();
  else sessionToken.write(token);
}

/** Returns the link of draft `id`, or null when it was not opened from the repository. */
export function loadLink(id: string): DraftLink | null {
  const link = links.get(id) as Partial<DraftLink> | undefined;
  if (!link || typeof link.path !== 'string' || typeof link.blob !== 'string') return null;
  return { path: link.path, commit: text(link.commit, ''), blob: link.blob };
}

/** Links draft `id` to a repository file (or unlinks it with null). */
export function saveLink(id: string, link: DraftLink | null): void {
  // As above: where storage is refused, the link lasts for this page only.
  links.set(id, link);
}
