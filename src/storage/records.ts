/**
 * The shapes of the records Pluma keeps in IndexedDB (schema version 3). Every value read back
 * passes through `restore.ts` before it is trusted as one of these types.
 */

/** Whether a post is still being written or ready to export. */
export type DraftStatus = 'draft' | 'ready';

/** Why a snapshot was taken. */
export type SnapshotReason = 'interval' | 'before-restore' | 'export' | 'manual';

/** What the drafts list needs, kept apart from the text so listing never loads every body. */
export interface DraftMeta {
  id: string;
  title: string;
  /** Export filename (`2016-06-03-slug.md`), or null while none was chosen. */
  filename: string | null;
  status: DraftStatus;
  createdAt: number;
  updatedAt: number;
  /** UTF-8 byte length of the text. */
  size: number;
  /** Incremented on every text write; saves name the revision they started from. */
  revision: number;
  /** Set while the draft is in the trash. */
  deletedAt?: number;
  /**
   * The name of the file the draft was imported or opened from (`2016-06-03-slug.md`), kept so
   * that the form can compare its date with the date field; absent for drafts begun in Pluma.
   */
  source?: string;
  lastOpenedAt: number | null;
  /** The checks (ids such as `image-alt`) a person silenced for this post; absent when none. */
  silencedChecks?: string[];
}

/** The full text of a draft (front matter + body), exactly as a file would hold it. */
export interface DraftText {
  id: string;
  text: string;
  revision: number;
}

/**
 * A copy of a draft's text at some moment. `id` is assigned by the store. Stored as two records:
 * the info in `snapshots` and the text in `snapshotTexts`, so that listing never reads texts.
 */
export interface Snapshot {
  id: number;
  draftId: string;
  createdAt: number;
  text: string;
  size: number;
  reason: SnapshotReason;
}

/** A snapshot as the history list shows it, without its text: its record in `snapshots`. */
export type SnapshotInfo = Omit<Snapshot, 'text'>;

/** A snapshot's text, keyed by the snapshot's id: its record in `snapshotTexts`. */
export interface SnapshotText {
  id: number;
  text: string;
}

/** An image a draft refers to by `path` (e.g. `/media/foto.jpg`). */
export interface ImageRecord {
  draftId: string;
  path: string;
  blob: Blob;
  mime: string;
  size: number;
}

/** An image as a listing shows it, without its bytes. */
export type ImageInfo = Omit<ImageRecord, 'blob'>;

/** The blog's own CSS for the preview: a URL, or the text of a file the person chose. */
export type StylesheetSetting =
  { kind: 'url'; url: string } | { kind: 'file'; name: string; css: string };

/**
 * The settings Pluma stores, by key: the workspace's configuration, which backups carry. (Choices
 * of this device alone, such as the layout or the language, stay in localStorage.)
 */
export interface Settings {
  lastOpenDraftId: string;
  /** The blog's address, against which the preview resolves relative URLs. */
  siteUrl: string;
  /** The blog's own CSS, applied inside the preview only. */
  stylesheet: StylesheetSetting;
  /** The text of the Decap CMS `config.yml` the person loaded (its collections and fields). */
  schemaConfig: string;
  /** The name of the collection of that config that posts are edited with. */
  collection: string;
  /** The time zone of new posts as the writer typed it (`-0300`, `America/Santiago`). */
  timeZone: string;
  /** The `timezone` of the `_config.yml` of the blog folder last opened. */
  siteTimeZone: string;
}

/** A stored setting; `key` is the store's key path. */
export interface SettingRecord<K extends keyof Settings = keyof Settings> {
  key: K;
  value: Settings[K];
}
