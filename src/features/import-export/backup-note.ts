/** What the backup and restore commands say: the work under way, the outcome, the failure. */
export interface BackupNote {
  /** The work under way ('' when none). */
  busy: string;
  message: string;
  alert: string;
}
