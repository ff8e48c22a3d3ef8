import type { Collection } from '../../core/schema';
import type { PlumaDb } from '../../storage';
import { useT } from '../../i18n/i18n';
import { BackupControls } from './backup-controls';
import { BlogFolderButton } from './blog-folder-button';
import { ExportButton } from './export-button';
import type { ExportProps } from './export-dialog';
import { ExportReadyButton } from './export-ready-button';
import { ImportControl } from './import-control';
import type { RestoredDraft } from './restore-backup';
import type { Importer } from './use-importer';
import './import-export.css';

/** What the import/export bar needs from the app. */
export interface ImportExportBarProps {
  db: PlumaDb | null;
  /** The open draft's id, or null. */
  draftId: string | null;
  /** The open post's text, exactly as the editor holds it. */
  text: string;
  /** From `useImporter` (shared with the app's drop zone, `useFileDrop`). */
  importer: Importer;
  onOpenFile: (name: string, text: string, handle: FileSystemFileHandle) => void;
  /** Given the opened blog folder's `_config.yml` (see `BlogFolderButton`). */
  onSiteConfig?: (configText: string | null) => void;
  /** Called with the drafts a backup restore added or replaced, at their stored revisions. */
  onRestored?: (drafts: RestoredDraft[]) => void;
  collection?: Collection;
  /** The checks before publishing, which the export dialog lists (see `ExportProps`). */
  checks?: ExportProps['checks'];
}

/**
 * Returns the bar of file actions: Import, Export, Export ready posts, Back up workspace,
 * Restore backup and Open blog folder.
 */
export function ImportExportBar(props: ImportExportBarProps) {
  const { db, draftId, text, importer, collection } = props;
  const t = useT();
  return (
    <div className="ie-bar" role="group" aria-label={t('ie.files')}>
      <ImportControl importer={importer} />
      <ExportButton
        text={text}
        db={db}
        draftId={draftId}
        collection={collection}
        checks={props.checks}
      />
      <ExportReadyButton db={db} />
      <BackupControls db={db} onRestored={props.onRestored} />
      <BlogFolderButton onOpenFile={props.onOpenFile} onSiteConfig={props.onSiteConfig} />
    </div>
  );
}
