/** Turning chosen or dropped files into drafts: check, decode, find duplicates, store. */
import { checkImportBytes } from '../../core/import-check';
import { parsePost } from '../../core/post';
import { createDraft, listDrafts, loadDraft } from '../../storage';
import type { DraftMeta, PlumaDb } from '../../storage';
import { formatMessage } from '../../i18n/translate';
import type { Lang } from '../../i18n/translate';
import { refusalText } from './refusal-text';
import { fileBytes } from '../../components/download';

/** A file that passed its check, ready to become a draft. */
export interface PendingImport {
  name: string;
  text: string;
  title: string;
  /** The title of a draft with the same name and text, when there is one. */
  duplicateOf: string | null;
}

/** What reading a batch of files found. */
export interface ReadImports {
  pending: PendingImport[];
  /** One sentence per file that was not imported, naming it. */
  refused: string[];
  /** Sentences about files imported with a change of form (UTF-16 read as UTF-8). */
  notes: string[];
}

/** Returns the draft title of an imported text: its front-matter title, else the file name. */
export function importTitle(name: string, text: string): string {
  const title = parsePost(text).data.title;
  if (typeof title === 'string' && title.trim()) return title.trim();
  if (typeof title === 'number') return String(title);
  return name.replace(/\.[^.]*$/, '') || name;
}

/**
 * Returns the files read and checked: text posts to import (each marked when a draft with the
 * same file name and text exists), and a sentence for every file refused, in `lang`. Reads `db`.
 */
export async function readImports(
  db: PlumaDb | null,
  files: readonly File[],
  lang: Lang = 'en',
): Promise<ReadImports> {
  const result: ReadImports = { pending: [], refused: [], notes: [] };
  const existing = db ? (await listDrafts(db)).drafts : [];
  for (const file of files) {
    const check = checkImportBytes(file.name, await fileBytes(file));
    if (!check.ok) {
      result.refused.push(refusalText(lang, check.refusal));
      continue;
    }
    if (check.encoding !== 'utf-8') {
      result.notes.push(formatMessage(lang, 'import.utf16', { name: file.name }));
    }
    result.pending.push({
      name: file.name,
      text: check.text,
      title: importTitle(file.name, check.text),
      duplicateOf: db ? await duplicateTitle(db, existing, file.name, check.text) : null,
    });
  }
  return result;
}

async function duplicateTitle(
  db: PlumaDb,
  drafts: readonly DraftMeta[],
  name: string,
  text: string,
): Promise<string | null> {
  for (const meta of drafts) {
    if (meta.filename !== name) continue;
    const loaded = await loadDraft(db, meta.id).catch(() => null);
    if (loaded?.text === text) return meta.title;
  }
  return null;
}

/** Stores each pending import as a new draft, text exactly as read; returns their metas. */
export async function storeImports(
  db: PlumaDb,
  pending: readonly PendingImport[],
): Promise<DraftMeta[]> {
  const created: DraftMeta[] = [];
  for (const item of pending) {
    created.push(
      await createDraft(db, {
        text: item.text,
        title: item.title,
        filename: item.name,
        source: item.name,
      }),
    );
  }
  return created;
}
