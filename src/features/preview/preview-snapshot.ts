/**
 * The preview the page last showed, kept for the next start: reopened, a draft whose body has
 * not changed shows its preview as soon as the frame is there, before the worker has loaded and
 * rendered it (a few hundred ms on a cold start, most of it compiling the renderer). The worker
 * renders it all the same, and its blocks replace these.
 *
 * It is a cache, in a database of its own (not the drafts'): one record, the last preview shown,
 * written once the preview has been still for a while. It is shown only for the very body it was
 * rendered from, with the same site URL, by the same build of the app (`PLUMA_BUILD`: a hash of
 * its sources and locked dependencies), and without the site's layouts (whose files it does not
 * know): then it is the render the worker would give. Anything else, or any failure to read or
 * write it, and the preview waits for the worker as it would without it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ShownBlock, ShownDocument } from '../../core/render/typing';

/** A preview shown: the body, the blocks rendered from it, and what they were rendered with. */
export interface PreviewSnapshot extends ShownDocument {
  /** The build of the app that rendered it. */
  build: string;
  siteUrl: string;
}

const DB_NAME = 'pluma-preview';
const STORE = 'shown';
const KEY = 'last';

interface SnapshotSchema extends DBSchema {
  shown: { key: string; value: PreviewSnapshot };
}

/** This build of the app (vite.config.ts). */
export const BUILD = PLUMA_BUILD;

/** Off under `vite dev`, whose code changes without its build changing (on in tests). */
const ENABLED =
  (import.meta.env.PROD || import.meta.env.MODE === 'test') && typeof indexedDB !== 'undefined';
const onPage = typeof window !== 'undefined';

let opening: Promise<IDBPDatabase<SnapshotSchema>> | null = null;
let reading: Promise<PreviewSnapshot | null> | null = null;

function open(): Promise<IDBPDatabase<SnapshotSchema>> {
  opening ??= openDB<SnapshotSchema>(DB_NAME, 1, {
    upgrade: (db) => void db.createObjectStore(STORE),
    // Another tab or the browser wants the database gone or changed: let it be.
    blocking: (_current, _next, event) => {
      (event.target as IDBDatabase).close();
      opening = null;
    },
  });
  // A failure is not kept: the next write tries again.
  opening.catch(() => (opening = null));
  return opening;
}

const isBlock = (b: unknown): b is ShownBlock => {
  const block = b as ShownBlock | null;
  return (
    typeof block === 'object' &&
    block !== null &&
    typeof block.key === 'string' &&
    typeof block.html === 'string' &&
    typeof block.kind === 'string' &&
    Number.isInteger(block.from) &&
    Number.isInteger(block.to) &&
    (block.slugs === undefined ||
      (Array.isArray(block.slugs) && block.slugs.every((s) => typeof s === 'string')))
  );
};

/** Returns `value` when it has a snapshot's shape (it was read back from storage), else null. */
export function asSnapshot(value: unknown): PreviewSnapshot | null {
  const s = value as PreviewSnapshot | null;
  if (typeof s !== 'object' || s === null) return null;
  if (typeof s.build !== 'string' || typeof s.siteUrl !== 'string') return null;
  if (typeof s.body !== 'string' || typeof s.contextFree !== 'boolean') return null;
  if (!Array.isArray(s.blocks) || !s.blocks.every(isBlock)) return null;
  return s;
}

/**
 * Returns the document `snapshot` shows, when it is the render of `body` with `siteUrl` by this
 * build (`build`) without a site's layouts (`withSite` false); else null.
 */
export function snapshotShows(
  snapshot: PreviewSnapshot | null,
  {
    body,
    siteUrl,
    withSite,
    build = BUILD,
  }: {
    body: string;
    siteUrl: string;
    withSite: boolean;
    build?: string;
  },
): ShownDocument | null {
  if (!snapshot || withSite) return null;
  if (snapshot.build !== build || snapshot.siteUrl !== siteUrl || snapshot.body !== body) {
    return null;
  }
  return { body: snapshot.body, blocks: snapshot.blocks, contextFree: snapshot.contextFree };
}

/**
 * Reads the last preview shown, once per page (the page asks for it as the editor shows the
 * post, so that it is there when the preview pane mounts); null when there is none or it cannot
 * be read.
 */
export function readPreviewSnapshot(): Promise<PreviewSnapshot | null> {
  if (!ENABLED) return Promise.resolve(null);
  reading ??= open()
    .then((db) => db.get(STORE, KEY))
    .then(asSnapshot, () => null);
  return reading;
}

/** Keeps `snapshot` as the last preview shown; a failure (a full disk) only loses the cache. */
export async function savePreviewSnapshot(snapshot: PreviewSnapshot): Promise<void> {
  if (!ENABLED) return;
  try {
    const db = await open();
    await db.put(STORE, snapshot, KEY);
  } catch {
    // Only the next start's head start is lost.
  }
}

/**
 * The preview is saved once it has not changed for this long, in the page's next idle period
 * (or at once when the page is being left).
 */
const SAVE_AFTER_MS = 500;

/** Whether `a` and `b` show the same: the same body, and blocks alike in every field. */
export function sameShown(a: ShownDocument | null, b: ShownDocument): boolean {
  if (a === b) return true;
  if (!a || a.body !== b.body || a.contextFree !== b.contextFree) return false;
  if (a.blocks.length !== b.blocks.length) return false;
  return a.blocks.every((x, i) => {
    const y = b.blocks[i];
    return (
      x.key === y.key &&
      x.html === y.html &&
      x.from === y.from &&
      x.to === y.to &&
      x.kind === y.kind &&
      (x.slugs ?? []).join('\n') === (y.slugs ?? []).join('\n')
    );
  });
}

/**
 * Returns a saver for one preview: `shown` schedules a save of the document the frame now
 * shows (the last one given wins; one like what is stored is not written again), `stored` says
 * what is stored already, `dispose` cancels the save pending.
 */
export function createSnapshotSaver(siteUrl: string): {
  shown: (doc: ShownDocument) => void;
  stored: (doc: ShownDocument) => void;
  dispose: () => void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let pending: ShownDocument | null = null;
  let saved: ShownDocument | null = null;
  const cancel = () => {
    clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    idle = undefined;
  };
  const save = () => {
    cancel();
    const doc = pending;
    pending = null;
    if (!doc || sameShown(saved, doc)) return;
    saved = doc;
    const { body, blocks, contextFree } = doc;
    void savePreviewSnapshot({ build: BUILD, siteUrl, body, blocks, contextFree });
  };
  const leaving = () => {
    if (pending) save();
  };
  if (ENABLED && onPage) window.addEventListener('pagehide', leaving);
  return {
    shown(doc) {
      if (!ENABLED) return;
      cancel();
      pending = doc;
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(save);
        else save();
      }, SAVE_AFTER_MS);
    },
    stored(doc) {
      saved = doc;
    },
    dispose() {
      cancel();
      pending = null;
      if (ENABLED && onPage) window.removeEventListener('pagehide', leaving);
    },
  };
}
