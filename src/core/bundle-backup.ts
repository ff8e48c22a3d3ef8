/**
 * The workspace backup file (`pluma-backup-YYYY-MM-DD.pluma.zip`), version 1:
 *
 * - `manifest.json`: `{ format: 'pluma-backup', version: 1, createdAt, counts }`
 * - `workspace.json`: `{ drafts: [{ meta, text }], snapshots: [...], settings: [{ key, value }],
 *   images: [{ draftId, path, mime, size, file }] }`; texts are JSON strings, so every character
 *   (BOM, CR, lone surrogates) comes back exactly.
 * - `images/1`, `images/2`…: each image's bytes, named by `file`.
 *
 * This module checks the container (zip, paths, sizes, JSON, version, shape); the storage layer
 * checks each record as it does for IndexedDB.
 */
import { MAX_BACKUP_BYTES } from './backup-size';
import { fromUtf8, unsafePathReason, unzipBundle, utf8, zipBundle } from './bundle';

/** The value of `manifest.format`. */
export const BACKUP_FORMAT = 'pluma-backup';
/** The backup version this code writes and reads. */
export const BACKUP_VERSION = 1;

const LIMITS = {
  maxEntries: 200_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 2 * MAX_BACKUP_BYTES,
};

/** A draft in a backup: its meta record as stored and its text. */
export interface BackupDraft {
  meta: Record<string, unknown>;
  text: string;
}

/** An image in a backup, with its bytes. */
export interface BackupImage {
  draftId: string;
  path: string;
  mime: string;
  size: number;
  bytes: Uint8Array;
}

/** Everything a backup holds. Records stay plain objects until the storage layer checks them. */
export interface BackupContent {
  /** When the backup was made (ISO 8601). */
  createdAt: string;
  drafts: BackupDraft[];
  snapshots: Record<string, unknown>[];
  settings: { key: string; value: unknown }[];
  images: BackupImage[];
}

/** A backup read back, or the sentence that says why it cannot be used. */
export type UnpackResult = { ok: true; content: BackupContent } | { ok: false; reason: string };

/** Returns the file name of a backup made on `day` (`YYYY-MM-DD`). */
export function backupFilename(day: string): string {
  return `pluma-backup-${day}.pluma.zip`;
}

/** Returns the backup file (zip bytes) holding `content`. */
export function packBackup(content: BackupContent): Uint8Array {
  const { createdAt, drafts, snapshots, settings, images } = content;
  const manifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    counts: { drafts: drafts.length, snapshots: snapshots.length, images: images.length },
  };
  const workspace = {
    drafts,
    snapshots,
    settings,
    images: images.map(({ bytes: _bytes, ...image }, i) => ({ ...image, file: `images/${i + 1}` })),
  };
  return zipBundle([
    { path: 'manifest.json', bytes: utf8(JSON.stringify(manifest, null, 2)) },
    { path: 'workspace.json', bytes: utf8(JSON.stringify(workspace)) },
    ...images.map((image, i) => ({ path: `images/${i + 1}`, bytes: image.bytes })),
  ]);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(fromUtf8(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Returns the content of backup file `bytes` after checking its container: a readable zip with
 * only the expected entries (no `..` or absolute paths, none too large), a manifest of a version
 * this code reads, a workspace of the right shape, and every image present with its stated size.
 * Never throws.
 */
export function unpackBackup(bytes: Uint8Array): UnpackResult {
  const fail = (why: string): UnpackResult => ({
    ok: false,
    reason: `This file is not a Pluma backup Pluma can restore: ${why}. Nothing was changed.`,
  });
  if (bytes.length > MAX_BACKUP_BYTES) return fail('it is larger than 1 GB');
  const unzipped = unzipBundle(bytes, LIMITS);
  if (!unzipped.ok) return fail(unzipped.reason);
  const files = unzipped.files;
  const stray = [...files.keys()].find(
    (name) => name !== 'manifest.json' && name !== 'workspace.json' && !/^images\/\d+$/.test(name),
  );
  if (stray !== undefined) return fail(`it holds an unexpected file "${stray}"`);

  const manifest = parseJson(files.get('manifest.json'));
  if (!isObject(manifest) || manifest.format !== BACKUP_FORMAT) {
    return fail('its manifest.json is missing or unreadable');
  }
  if (typeof manifest.version !== 'number' || manifest.version > BACKUP_VERSION) {
    return fail(`it was made by a newer Pluma (backup version ${String(manifest.version)})`);
  }
  if (manifest.version !== BACKUP_VERSION) return fail('its version is unknown');

  const ws = parseJson(files.get('workspace.json'));
  if (!isObject(ws)) return fail('its workspace.json is missing or is not valid JSON');
  const { drafts, snapshots, settings, images } = ws;
  if (![drafts, snapshots, settings, images].every(Array.isArray)) {
    return fail('its workspace.json lacks the lists of drafts, snapshots, settings and images');
  }
  const badDraft = (drafts as unknown[]).findIndex(
    (d) => !isObject(d) || !isObject(d.meta) || typeof d.text !== 'string',
  );
  if (badDraft >= 0) return fail(`draft ${badDraft + 1} has no meta or no text`);
  if (!(snapshots as unknown[]).every(isObject)) return fail('a snapshot is not a record');
  if (!(settings as unknown[]).every((s) => isObject(s) && typeof s.key === 'string')) {
    return fail('a setting has no key');
  }
  const read: BackupImage[] = [];
  for (const ref of images as unknown[]) {
    if (!isObject(ref)) return fail('an image is not a record');
    const { draftId, path, mime, size, file } = ref;
    if (typeof draftId !== 'string' || typeof path !== 'string' || typeof mime !== 'string') {
      return fail('an image lacks its draft, path or type');
    }
    const why = unsafePathReason(path.replace(/^\//, ''));
    if (why) return fail(`the image path "${path}" is unsafe: ${why}`);
    const data = typeof file === 'string' ? files.get(file) : undefined;
    if (!data || data.length !== size) return fail(`the image "${path}" is missing or damaged`);
    read.push({ draftId, path, mime, size, bytes: data });
  }
  return {
    ok: true,
    content: {
      createdAt: typeof manifest.createdAt === 'string' ? manifest.createdAt : '',
      drafts: drafts as BackupDraft[],
      snapshots: snapshots as Record<string, unknown>[],
      settings: settings as BackupContent['settings'],
      images: read,
    },
  };
}
