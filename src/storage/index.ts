/**
 * The storage layer's public API: drafts in IndexedDB, their history, images and settings,
 * autosave, cross-tab coordination and persistence. Features import from here.
 */
export { openPlumaDb, openPlumaDbEarly, deletePlumaDb } from './db.ts';
export type { OpenOptions, PlumaDb } from './db.ts';
export { StorageError, isQuotaError, toStorageError } from './errors.ts';
export type { StorageErrorKind, StorageErrorReason } from './errors.ts';
export type { RestoreProblem } from './restore.ts';
export type * from './records.ts';
export { createDraft, listDrafts, loadDraft, saveDraft, searchDrafts } from './drafts.ts';
export type {
  DraftList,
  ListOptions,
  LoadedDraft,
  NewDraft,
  SaveConflict,
  SaveOptions,
  SaveResult,
} from './drafts.ts';
export {
  duplicateDraft,
  emptyTrash,
  markOpened,
  restoreDraft,
  setSilencedChecks,
  setStatus,
  trashDraft,
} from './draft-lifecycle.ts';
export type { EmptyTrashResult } from './draft-lifecycle.ts';
export {
  DEFAULT_SNAPSHOT_LIMIT,
  addSnapshot,
  listSnapshots,
  loadSnapshot,
  restoreSnapshot,
} from './snapshots.ts';
export type { RestoreSnapshotResult, SnapshotList } from './snapshots.ts';
export { deleteImage, getImage, listImages, putImage } from './images.ts';
export type { ImageList } from './images.ts';
export { deleteSetting, getSetting, setSetting } from './settings.ts';
export {
  PREVIEW_CHOICES_KEY,
  migrateLegacySettings,
  readLegacySettings,
} from './legacy-settings.ts';
export type { LegacySettings } from './legacy-settings.ts';
export { fieldsOf, localValue, pageStorage, parseJson } from './local-value.ts';
export type { LocalStorageSource, LocalValue } from './local-value.ts';
export { createAutosaver } from './autosave.ts';
export type { AutosaveStatus, Autosaver, AutosaverOptions } from './autosave.ts';
export {
  createTabMessenger,
  heldDrafts,
  holdDraftLock,
  parseTabMessage,
  withLock,
} from './tabs.ts';
export { createJournal, restoreEntry } from './journal.ts';
export type { Journal, JournalEntry, JournalStorage } from './journal.ts';
export type { DraftLock, MessengerOptions, TabMessage, TabMessenger } from './tabs.ts';
export { estimate, requestPersistence } from './persist.ts';
export type { PersistenceState, StorageEstimateResult } from './persist.ts';
export { applyRestore, backupWorkspace, planRestore } from './backup-entry.ts';
export type {
  PlanResult,
  RestoreItem,
  RestorePlan,
  RestoreSummary,
  WorkspaceBackup,
} from './backup.ts';
