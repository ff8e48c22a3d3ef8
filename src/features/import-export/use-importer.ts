/** The import flow's state: read files, store drafts, ask about duplicates, report. */
import { useCallback, useRef, useState } from 'react';
import type { DraftMeta, PlumaDb } from '../../storage';
import { useLang, useT } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';

/** The import's reader (it parses front matter) loads with the first import. */
const loadImportFiles = () => import('./import-files');
import type { PendingImport } from './import-files';

/** What the import UI shows and the actions it offers. */
export interface Importer {
  busy: boolean;
  /** One sentence per refused file (shown with role `alert`). */
  alerts: string[];
  /** A quieter summary of the last import, or ''. */
  message: string;
  /** Files whose name and text match an existing draft, waiting for the person's answer. */
  duplicates: PendingImport[];
  /**
   * Reads, checks and stores `files` as drafts (the input and the drop zone call it). `handle` is
   * the file on disk a post was read from (the blog folder), handed back with its draft's id.
   */
  importFiles: (files: readonly File[], handle?: FileSystemFileHandle) => Promise<void>;
  /** Answers the duplicate question: import them as copies, or skip them. */
  resolveDuplicates: (importCopies: boolean) => Promise<void>;
  dismissAlerts: () => void;
}

/** Options of `useImporter`. */
export interface ImporterOptions {
  /** The drafts database, or null while it is not open (or unavailable). */
  db: PlumaDb | null;
  /**
   * Called with the ids of the drafts created, in file order, once the import is over, and the
   * file handle the import was given.
   */
  onImported: (ids: string[], handle?: FileSystemFileHandle) => void;
  /** Called with the drafts just stored, so that the drafts list shows them (and other tabs'). */
  onStored: (drafts: readonly Pick<DraftMeta, 'id' | 'revision'>[]) => void;
}

/** The batch being imported: the drafts made so far and the file handle it came with. */
interface Batch {
  ids: string[];
  handle?: FileSystemFileHandle;
}

/** Returns the importer: each file becomes a draft, text kept exactly; bad files alert. */
export function useImporter({ db, onImported, onStored }: ImporterOptions): Importer {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [alerts, setAlerts] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [duplicates, setDuplicates] = useState<PendingImport[]>([]);
  const batch = useRef<Batch>({ ids: [] });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const notes = useRef<string[]>([]);

  const finish = useCallback(
    ({ ids, handle }: Batch) => {
      const summary = ids.length ? t('import.done', { count: ids.length }) : t('import.nothing');
      setMessage([summary, ...notes.current].join(' '));
      setBusy(false);
      if (ids.length) onImported(ids, handle);
    },
    [onImported, t],
  );

  const run = useCallback(
    async (files: readonly File[], handle?: FileSystemFileHandle) => {
      setBusy(true);
      setMessage('');
      batch.current = { ids: [], handle };
      try {
        const { readImports, storeImports } = await loadImportFiles();
        const read = await readImports(db, files, lang);
        setAlerts(read.refused);
        notes.current = read.notes;
        if (!db) {
          if (read.pending.length) {
            setAlerts((a) => [...a, t('import.noStorage')]);
          }
          return finish({ ids: [] });
        }
        const fresh = read.pending.filter((p) => p.duplicateOf === null);
        const created = await storeImports(db, fresh);
        if (created.length) onStored(created);
        batch.current.ids = created.map((m) => m.id);
        const repeated = read.pending.filter((p) => p.duplicateOf !== null);
        if (repeated.length) setDuplicates(repeated);
        else finish(batch.current);
      } catch (err) {
        setAlerts((a) => [...a, t('import.failed', { error: errorText(lang, err) })]);
        setBusy(false);
      }
    },
    [db, finish, onStored, t, lang],
  );

  // Batches run one after the other, so a second drop never mixes with the first one's results.
  const importFiles = useCallback(
    (files: readonly File[], handle?: FileSystemFileHandle) => {
      if (files.length === 0) return queue.current;
      queue.current = queue.current.then(() => run(files, handle));
      return queue.current;
    },
    [run],
  );

  const resolveDuplicates = useCallback(
    async (importCopies: boolean) => {
      const pending = duplicates;
      setDuplicates([]);
      if (importCopies && db) {
        try {
          const { storeImports } = await loadImportFiles();
          const created = await storeImports(db, pending);
          if (created.length) onStored(created);
          batch.current.ids = [...batch.current.ids, ...created.map((m) => m.id)];
        } catch (err) {
          setAlerts((a) => [...a, t('import.failed', { error: errorText(lang, err) })]);
        }
      }
      finish(batch.current);
    },
    [db, duplicates, finish, onStored, t, lang],
  );

  const dismissAlerts = useCallback(() => setAlerts([]), []);
  return { busy, alerts, message, duplicates, importFiles, resolveDuplicates, dismissAlerts };
}
