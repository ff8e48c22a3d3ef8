/**
 * The workspace backup's commands as the storage entry gives them: each loads backup.ts (with
 * the zip code) on first use, so a page that never backs up or restores never loads it.
 */
import type * as Backup from './backup.ts';

const load = () => import('./backup.ts');

/** See `backupWorkspace` in backup.ts. */
export const backupWorkspace: typeof Backup.backupWorkspace = async (...args) =>
  (await load()).backupWorkspace(...args);

/** See `planRestore` in backup.ts. */
export const planRestore: typeof Backup.planRestore = async (...args) =>
  (await load()).planRestore(...args);

/** See `applyRestore` in backup.ts. */
export const applyRestore: typeof Backup.applyRestore = async (...args) =>
  (await load()).applyRestore(...args);
