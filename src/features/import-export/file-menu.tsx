import { useCallback, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Archive, ArchiveRestore, FileDown, FileUp, FolderOpen } from 'lucide-react';
import { BusyNote } from '../../components/busy-note';
import type { MenuEntry } from '../../components/menu-button';
import type { PlumaDb } from '../../storage';
import { useT } from '../../i18n/i18n';
import { useBackup } from './backup-button';
import type { BackupNote } from './backup-note';
import { useBlogFolder } from './blog-folder-button';
import type { BlogFolderProps } from './blog-folder-button';
import { useExportReady } from './export-ready-button';
import type { RestoredDraft } from './restore-backup';
import { afterEditorPart } from '../../state/after-editor-part';
import type { Importer } from './use-importer';
import './import-export.css';

/** What the File menu's commands need from the app. */
export interface FileMenuProps extends BlogFolderProps {
  db: PlumaDb | null;
  /** From `useImporter` (shared with the app's drop zone, `useFileDrop`). */
  importer: Importer;
  /** Called with the drafts a backup restore added or replaced, at their stored revisions. */
  onRestored?: (drafts: RestoredDraft[]) => void;
}

// The hidden file inputs of Import and Restore, and their dialogs, load once the preview shows
// the post (state/after-editor.ts), as the menus that open them do.
const ImportControl = afterEditorPart(() =>
  import('./import-control').then((m) => m.ImportControl),
);
const RestoreBackup = afterEditorPart(() =>
  import('./restore-backup').then((m) => m.RestoreBackup),
);

const NO_NOTE: BackupNote = { busy: '', message: '', alert: '' };
const ICON = { size: 16, 'aria-hidden': true } as const;

/**
 * Returns the File menu's commands (Import, Export ready posts, Back up workspace, Restore
 * backup, Open blog folder) and `view`: what they show in the page (the file inputs named
 * `Import` and `Restore backup`, progress, outcomes, alerts and their dialogs). Put `view` once
 * in the page, outside the menu, which is not in the page while closed.
 */
export function useFileMenu(props: FileMenuProps): { entries: MenuEntry[]; view: ReactNode } {
  const { db, importer } = props;
  const t = useT();
  const importInput = useRef<HTMLInputElement>(null);
  const restoreInput = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<BackupNote>(NO_NOTE);
  const onNote = useCallback((c: Partial<BackupNote>) => setNote((n) => ({ ...n, ...c })), []);
  const backUp = useBackup(db, onNote);
  const ready = useExportReady(db);
  const folder = useBlogFolder(props);
  const entries: MenuEntry[] = [
    {
      kind: 'item',
      label: t('import.label'),
      icon: <FileUp {...ICON} />,
      onSelect: () => importInput.current?.click(),
    },
    {
      kind: 'item',
      label: t('exportReady.button'),
      icon: <FileDown {...ICON} />,
      disabled: !db || ready.busy,
      onSelect: () => void ready.run(),
    },
    { kind: 'separator' },
    {
      kind: 'item',
      label: t('backup.button'),
      icon: <Archive {...ICON} />,
      disabled: !db || note.busy !== '',
      onSelect: () => void backUp(),
    },
    {
      kind: 'item',
      label: t('backup.restore'),
      icon: <ArchiveRestore {...ICON} />,
      disabled: !db || note.busy !== '',
      onSelect: () => restoreInput.current?.click(),
    },
    { kind: 'separator' },
    {
      kind: 'item',
      label: t('folder.open'),
      icon: <FolderOpen {...ICON} />,
      disabled: !folder.available,
      hint: folder.available ? undefined : t('folder.noApi'),
      onSelect: () => void folder.choose(),
    },
  ];
  const view = (
    <div className="ie-notes">
      <ImportControl importer={importer} inputRef={importInput} />
      <RestoreBackup
        db={db}
        onNote={onNote}
        onRestored={props.onRestored}
        inputRef={restoreInput}
      />
      <span aria-live="polite">
        {ready.busy && <BusyNote text={t('busy.exportReady')} />}
        {ready.note}
      </span>
      {ready.alert && <span role="alert">{ready.alert}</span>}
      <span aria-live="polite">
        {note.busy && <BusyNote text={note.busy} />}
        {note.message}
      </span>
      {note.alert && <p role="alert">{note.alert}</p>}
      {folder.view}
    </div>
  );
  return { entries, view };
}
