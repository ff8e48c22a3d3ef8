/** Creating, listing, loading, saving and searching drafts. */
import { runTx } from './db.ts';
import type { PlumaDb } from './db.ts';
import { readMeta, readText, writeNextRevision } from './draft-records.ts';
import type { DraftMeta, DraftStatus } from './records.ts';
import { restoreMeta, restoreText } from './restore.ts';
import type { RestoreProblem } from './restore.ts';
import { foldForSearch } from '../core/text.ts';
import { byteSize, newId } from './util.ts';

/** What `createDraft` needs. */
export interface NewDraft {
  text: string;
  title: string;
  filename?: string | null;
  status?: DraftStatus;
  /** The file it was imported or opened from. */
  source?: string;
}

/**
 * Stores a new draft (meta and text in one transaction) and returns its meta, at revision 1.
 */
export async function createDraft(db: PlumaDb, draft: NewDraft): Promise<DraftMeta> {
  const now = Date.now();
  const meta: DraftMeta = {
    id: newId(),
    title: draft.title,
    filename: draft.filename ?? null,
    status: draft.status ?? 'draft',
    createdAt: now,
    updatedAt: now,
    size: byteSize(draft.text),
    revision: 1,
    lastOpenedAt: null,
    ...(draft.source === undefined ? {} : { source: draft.source }),
  };
  return runTx(db, ['meta', 'texts'], 'readwrite', async (tx) => {
    await tx.objectStore('meta').add(meta);
    await tx.objectStore('texts').add({ id: meta.id, text: draft.text, revision: meta.revision });
    return meta;
  });
}

/** Which drafts `listDrafts` returns. */
export interface ListOptions {
  /** Also list drafts in the trash. */
  includeTrash?: boolean;
  /** List only drafts in the trash. */
  trashOnly?: boolean;
  status?: DraftStatus;
  /** Matches titles and filenames, ignoring case and accents. */
  query?: string;
}

/** The drafts list, plus the stored records that failed their restore step. */
export interface DraftList {
  drafts: DraftMeta[];
  problems: RestoreProblem[];
}

/**
 * Returns the drafts' metas, most recently updated first, reading only the `meta` store.
 * Malformed records are left out of `drafts` and reported in `problems`.
 */
export async function listDrafts(db: PlumaDb, options: ListOptions = {}): Promise<DraftList> {
  const [rows, keys] = await runTx(db, ['meta'], 'readonly', (tx) =>
    Promise.all([tx.store.getAll(), tx.store.getAllKeys()]),
  );
  const query = options.query ? foldForSearch(options.query) : '';
  const drafts: DraftMeta[] = [];
  const problems: RestoreProblem[] = [];
  rows.forEach((raw: unknown, i) => {
    const { record, reason } = restoreMeta(raw);
    if (record === null) return problems.push({ store: 'meta', key: String(keys[i]), reason });
    const trashed = record.deletedAt !== undefined;
    if (options.trashOnly ? !trashed : trashed && !options.includeTrash) return;
    if (options.status && record.status !== options.status) return;
    if (query && !foldForSearch(`${record.title}\n${record.filename ?? ''}`).includes(query))
      return;
    drafts.push(record);
  });
  drafts.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  return { drafts, problems };
}

/** A draft with its text. */
export interface LoadedDraft {
  meta: DraftMeta;
  text: string;
}

/**
 * Returns draft `id` with its text, or null when there is no such draft. Throws a 'corrupt'
 * StorageError (with `problems`) when its meta or text is malformed or the text is missing.
 */
export async function loadDraft(db: PlumaDb, id: string): Promise<LoadedDraft | null> {
  return runTx(db, ['meta', 'texts'], 'readonly', async (tx) => {
    const meta = await readMeta(tx.objectStore('meta'), id);
    if (meta === null) return null;
    return { meta, text: await readText(tx.objectStore('texts'), id) };
  });
}

/** How a save went: stored, or refused because the stored draft moved on. */
export type SaveResult = { ok: true; meta: DraftMeta } | { ok: false; conflict: SaveConflict };

/** The draft as stored when a save was refused; all null when the draft no longer exists. */
export interface SaveConflict {
  meta: DraftMeta | null;
  text: string | null;
  revision: number | null;
}

/** What `saveDraft` writes besides the text, and the revision the text was edited from. */
export interface SaveOptions {
  expectedRevision: number;
  title?: string;
  filename?: string | null;
}

/**
 * Stores `text` as draft `id`'s text if the stored revision is still `expectedRevision`, in one
 * transaction over meta and texts; returns the new meta (revision + 1). Otherwise writes nothing
 * and returns the stored text and revision, so the caller can merge instead of overwriting
 * another tab's work. Throws a StorageError ('quota' when the disk is full).
 */
export async function saveDraft(
  db: PlumaDb,
  id: string,
  text: string,
  options: SaveOptions,
): Promise<SaveResult> {
  return runTx(db, ['meta', 'texts'], 'readwrite', async (tx): Promise<SaveResult> => {
    const meta = await readMeta(tx.objectStore('meta'), id);
    if (meta === null) return { ok: false, conflict: { meta: null, text: null, revision: null } };
    if (meta.revision !== options.expectedRevision) {
      const stored = await readText(tx.objectStore('texts'), id);
      return { ok: false, conflict: { meta, text: stored, revision: meta.revision } };
    }
    const { title, filename } = options;
    return { ok: true, meta: await writeNextRevision(tx, meta, text, { title, filename }) };
  });
}

/**
 * Returns the ids of drafts whose text contains `query` (ignoring case and accents), trashed
 * ones included. Reads every text one at a time with a cursor, so it is slower than listing.
 */
export async function searchDrafts(db: PlumaDb, query: string): Promise<string[]> {
  const needle = foldForSearch(query);
  if (!needle) return [];
  return runTx(db, ['texts'], 'readonly', async (tx) => {
    const ids: string[] = [];
    let cursor = await tx.store.openCursor();
    while (cursor) {
      const { record } = restoreText(cursor.value);
      if (record && foldForSearch(record.text).includes(needle)) ids.push(record.id);
      cursor = await cursor.continue();
    }
    return ids;
  });
}
