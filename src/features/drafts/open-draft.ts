/**
 * One draft open in the editor: autosaves its text against the revision it was loaded at, so a
 * save never overwrites what another tab stored meanwhile, and takes interval snapshots.
 */
import { addSnapshot, createAutosaver, saveDraft, toStorageError } from '../../storage';
import { storageMessage } from '../../i18n/translate';
import type { Message } from '../../i18n/translate';
import type { AutosaveStatus, DraftMeta, PlumaDb } from '../../storage';
import type { PostMeta } from './post-meta';
import { STATUS } from './session-state';
import type { SaveStatus } from './session-state';
import type { TextSource } from '../../core/text';

/** What an open draft needs from the session. */
export interface OpenDraftOptions {
  db: PlumaDb;
  meta: DraftMeta;
  /** The text as stored at `meta.revision`. */
  text: string;
  /** Called after each stored revision. */
  onSaved: (meta: DraftMeta) => void;
  onStatus: (status: SaveStatus, alert?: Message) => void;
  /** Called once when a save found that another tab stored this draft first. */
  onConflict: (theirsGone: boolean) => void;
  delayMs?: number;
  /** Minimum time between two interval snapshots (ms). */
  snapshotEveryMs?: number;
  /** When the newest stored snapshot was taken (ms), or 0. */
  lastSnapshotAt?: number;
  now?: () => number;
}

/** A draft open in the editor. */
export interface OpenDraft {
  readonly id: string;
  /** Returns the stored revision this tab's text is based on. */
  revision(): number;
  /** Returns the newest text the editor reported. */
  text(): string;
  /** Returns true while the editor holds text that is not stored. */
  isDirty(): boolean;
  /** Takes the editor's newest text and schedules its save (made whole only to be saved). */
  onText(text: TextSource): void;
  /** Stores any unsaved text now; resolves to true when all of it is stored (never rejects). */
  flush(): Promise<boolean>;
  /** Stops saving until the conflict is resolved by opening another document. */
  markConflict(theirsGone: boolean): void;
  /** Records that `text` was just kept as a snapshot, so the next interval one waits. */
  noteSnapshot(text: string): void;
  /** Stops the timer for good; unsaved text is not stored (flush first). */
  dispose(): void;
}

class ConflictError extends Error {}

/** Returns the editing session of one stored draft. */
export function openDraft(options: OpenDraftOptions): OpenDraft {
  const { db, meta, onSaved, onStatus, onConflict } = options;
  const now = options.now ?? Date.now;
  const snapshotEveryMs = options.snapshotEveryMs ?? 3 * 60_000;
  // The front-matter reader loads with the first save (see state/post-core.ts).
  let metaReader: ((text: string) => PostMeta) | null = null;
  const readMeta = async (text: string) => {
    metaReader ??= (await import('./post-meta')).createPostMetaReader();
    return metaReader(text);
  };
  let revision = meta.revision;
  let stored = options.text;
  // The editor's newest text: an edited text (edited-text.ts) is made whole once, to be saved.
  let current: TextSource = options.text;
  let conflicted = false;
  let lastSnapshotAt = options.lastSnapshotAt ?? 0;
  let lastSnapshotText = '';

  const conflict = (theirsGone: boolean) => {
    if (conflicted) return;
    conflicted = true;
    onConflict(theirsGone);
  };

  const snapshotIfDue = (text: string) => {
    if (now() - lastSnapshotAt < snapshotEveryMs || text === lastSnapshotText) return;
    lastSnapshotAt = now();
    lastSnapshotText = text;
    // History is a safety net on top of the stored text: its failure must not fail the save.
    addSnapshot(db, meta.id, text, 'interval').catch(() => undefined);
  };

  const save = async (text: string) => {
    if (conflicted) throw new ConflictError();
    const { title, filename } = await readMeta(text);
    const result = await saveDraft(db, meta.id, text, {
      expectedRevision: revision,
      title,
      filename,
    });
    if (!result.ok) {
      conflict(result.conflict.meta === null);
      throw new ConflictError();
    }
    revision = result.meta.revision;
    stored = text;
    onSaved(result.meta);
    snapshotIfDue(text);
  };

  const report = (status: AutosaveStatus, error?: unknown) => {
    if (status === 'pending' || status === 'saving') return onStatus(STATUS.saving);
    if (status === 'saved')
      return onStatus(stored === current.toString() ? STATUS.saved : STATUS.saving);
    if (status !== 'error') return;
    if (error instanceof ConflictError) return onStatus(STATUS.conflict);
    const storageError = toStorageError(error);
    onStatus(
      storageError.kind === 'quota' ? STATUS.quota : STATUS.failed,
      storageMessage(storageError),
    );
  };

  const autosaver = createAutosaver({ save, delayMs: options.delayMs, onStatus: report });

  return {
    id: meta.id,
    revision: () => revision,
    text: () => current.toString(),
    isDirty: () => current.toString() !== stored,
    onText(text) {
      current = text;
      autosaver.schedule(text);
    },
    async flush() {
      await autosaver.flush();
      return !conflicted && current.toString() === stored;
    },
    markConflict: conflict,
    noteSnapshot(text) {
      lastSnapshotAt = now();
      lastSnapshotText = text;
    },
    dispose: () => autosaver.dispose(),
  };
}
