/**
 * Backing up the whole workspace (drafts, their texts, snapshots, images, settings) into one
 * file, and restoring it: checked completely before anything is written, written in one
 * transaction, and never overwriting a draft that is newer here without the person's say.
 */
import { backupFilename, packBackup, unpackBackup } from '../core/bundle-backup.ts';
import type { BackupContent } from '../core/bundle-backup.ts';
import { runTx } from './db.ts';
import type { PlumaDb } from './db.ts';
import type { DraftMeta, ImageRecord, Settings, Snapshot } from './records.ts';
import {
  isSettingKey,
  restoreImage,
  restoreMeta,
  restoreSetting,
  restoreSnapshot,
  restoreText,
} from './restore.ts';
import type { RestoreProblem } from './restore.ts';
import { joinStoredSnapshots, mergeSnapshot, writeSnapshot } from './snapshot-records.ts';
import { byteSize } from './util.ts';

const ALL = ['meta', 'texts', 'snapshots', 'snapshotTexts', 'images', 'settings'] as const;

/** A backup file ready to download. */
export interface WorkspaceBackup {
  filename: string;
  bytes: Uint8Array;
  counts: { drafts: number; snapshots: number; images: number; settings: number };
  /** Stored records that failed their restore step and were left out. */
  problems: RestoreProblem[];
}

const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Returns a backup of everything stored in `db` (trashed drafts included), made at `now`. */
export async function backupWorkspace(db: PlumaDb, now = new Date()): Promise<WorkspaceBackup> {
  const stored = await runTx(db, ALL, 'readonly', (tx) =>
    Promise.all(ALL.map((name) => tx.objectStore(name).getAll() as Promise<unknown[]>)),
  );
  const [metas, texts, snapshotInfos, snapshotTexts, images, settings] = stored;
  // The file keeps a snapshot's text inside its record, as backups always did.
  const { snapshots, problems } = joinStoredSnapshots(snapshotInfos, snapshotTexts);
  const textById = new Map<string, string>();
  for (const raw of texts) {
    const { record } = restoreText(raw);
    if (record) textById.set(record.id, record.text);
  }
  const content: BackupContent = {
    createdAt: now.toISOString(),
    drafts: [],
    snapshots: snapshots.map((snapshot) => ({ ...snapshot })),
    settings: [],
    images: [],
  };
  for (const raw of metas) {
    const { record, reason } = restoreMeta(raw);
    const key = String((raw as { id?: unknown } | null)?.id);
    if (!record) problems.push({ store: 'meta', key, reason });
    else if (!textById.has(record.id))
      problems.push({ store: 'texts', key, reason: 'the text record is missing' });
    else content.drafts.push({ meta: { ...record }, text: textById.get(record.id)! });
  }
  for (const raw of settings) {
    const key = String((raw as { key?: unknown } | null)?.key);
    if (!isSettingKey(key)) continue;
    const { record, reason } = restoreSetting(key, raw);
    if (reason === null) content.settings.push({ key, value: record });
    else problems.push({ store: 'settings', key, reason });
  }
  const readable: ImageRecord[] = [];
  for (const raw of images) {
    const { record, reason } = restoreImage(raw);
    if (record) readable.push(record);
    else problems.push({ store: 'images', key: 'image', reason });
  }
  // Blobs are read after the transaction: awaiting them inside would let it commit early.
  for (const { blob, ...image } of readable) {
    content.images.push({ ...image, bytes: new Uint8Array(await blob.arrayBuffer()) });
  }
  return {
    filename: backupFilename(localDay(now)),
    bytes: packBackup(content),
    counts: {
      drafts: content.drafts.length,
      snapshots: content.snapshots.length,
      images: content.images.length,
      settings: content.settings.length,
    },
    problems,
  };
}

/**
 * What restoring does to one draft: `add` (not here), `same` (same text here), `update` (the
 * backup is newer), `conflict` (the draft here is as new or newer and its text differs).
 */
export interface RestoreItem {
  action: 'add' | 'same' | 'update' | 'conflict';
  incoming: DraftMeta;
  text: string;
  local: DraftMeta | null;
}

/** A checked backup and what restoring it would do. Conflicts wait for the person's choice. */
export interface RestorePlan {
  createdAt: string;
  items: RestoreItem[];
  conflicts: RestoreItem[];
  snapshots: Snapshot[];
  images: ImageRecord[];
  settings: { key: keyof Settings; value: Settings[keyof Settings] }[];
}

/** A restore plan, or the sentence that says why the backup cannot be restored. */
export type PlanResult = { ok: true; plan: RestorePlan } | { ok: false; reason: string };

/**
 * Returns what restoring backup file `bytes` into `db` would do, after checking every record of
 * it (a single bad record refuses the whole backup). Reads `db`; writes nothing.
 */
export async function planRestore(db: PlumaDb, bytes: Uint8Array): Promise<PlanResult> {
  const unpacked = unpackBackup(bytes);
  if (!unpacked.ok) return unpacked;
  const { content } = unpacked;
  const fail = (what: string, why: string): PlanResult => ({
    ok: false,
    reason: `This backup cannot be restored: ${what} is damaged (${why}). Nothing was changed.`,
  });
  const incoming: { meta: DraftMeta; text: string }[] = [];
  const ids = new Set<string>();
  for (const [i, draft] of content.drafts.entries()) {
    const { record, reason } = restoreMeta(draft.meta);
    if (!record) return fail(`draft ${i + 1}`, reason);
    if (ids.has(record.id)) return fail(`draft ${i + 1}`, 'its id appears twice');
    ids.add(record.id);
    incoming.push({ meta: record, text: draft.text });
  }
  const snapshots: Snapshot[] = [];
  for (const [i, raw] of content.snapshots.entries()) {
    const { record, reason } = restoreSnapshot(raw);
    if (!record) return fail(`snapshot ${i + 1}`, reason);
    snapshots.push(record);
  }
  const settings: RestorePlan['settings'] = [];
  for (const { key, value } of content.settings) {
    if (!isSettingKey(key)) return fail(`setting "${key}"`, 'Pluma has no such setting');
    const { record, reason } = restoreSetting(key, { key, value });
    if (reason !== null) return fail(`setting "${key}"`, reason);
    settings.push({ key, value: record });
  }
  const images: ImageRecord[] = content.images.map(({ bytes: data, ...image }) => ({
    ...image,
    blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: image.mime }),
  }));

  const local = await runTx(db, ['meta', 'texts'], 'readonly', (tx) =>
    Promise.all(
      incoming.map(async ({ meta }) => {
        const found = restoreMeta(await tx.objectStore('meta').get(meta.id)).record;
        const text = found ? restoreText(await tx.objectStore('texts').get(meta.id)).record : null;
        return { meta: found, text: text?.text ?? null };
      }),
    ),
  );
  const items = incoming.map(({ meta, text }, i): RestoreItem => {
    const here = local[i];
    if (!here.meta) return { action: 'add', incoming: meta, text, local: null };
    if (here.text === text) return { action: 'same', incoming: meta, text, local: here.meta };
    const newerHere = here.meta.updatedAt >= meta.updatedAt;
    return { action: newerHere ? 'conflict' : 'update', incoming: meta, text, local: here.meta };
  });
  const conflicts = items.filter((item) => item.action === 'conflict');
  return {
    ok: true,
    plan: { createdAt: content.createdAt, items, conflicts, snapshots, images, settings },
  };
}

/** What a restore did, by draft id. */
export interface RestoreSummary {
  added: string[];
  replaced: string[];
  kept: string[];
  /** The drafts added or replaced, with the revision they are stored at now. */
  stored: { id: string; revision: number }[];
  snapshots: number;
  images: number;
  settings: number;
}

/**
 * Writes `plan` into `db` in one transaction (all or nothing; mutates the database). Drafts of
 * the backup that are not here are added exactly as backed up; drafts older here are replaced,
 * their text kept first as a 'before-restore' snapshot; a conflict is replaced the same way only
 * when its id is in `replace`, otherwise the draft here is kept. Snapshots already here are not
 * repeated; images of kept drafts never replace the ones here; settings are replaced.
 */
export async function applyRestore(
  db: PlumaDb,
  plan: RestorePlan,
  replace: ReadonlySet<string> = new Set(),
): Promise<RestoreSummary> {
  const summary: RestoreSummary = {
    added: [],
    replaced: [],
    kept: [],
    stored: [],
    snapshots: 0,
    images: 0,
    settings: 0,
  };
  const now = Date.now();
  await runTx(db, ALL, 'readwrite', async (tx) => {
    const snapshots = { info: tx.objectStore('snapshots'), texts: tx.objectStore('snapshotTexts') };
    const keptHere = new Set<string>();
    for (const item of plan.items) {
      const { incoming, text, local } = item;
      const takes =
        item.action === 'add' ||
        item.action === 'update' ||
        (item.action === 'conflict' && replace.has(incoming.id));
      if (!takes) {
        keptHere.add(incoming.id);
        summary.kept.push(incoming.id);
        continue;
      }
      if (!local) {
        await tx.objectStore('meta').put(incoming);
        await tx.objectStore('texts').put({ id: incoming.id, text, revision: incoming.revision });
        summary.added.push(incoming.id);
        summary.stored.push({ id: incoming.id, revision: incoming.revision });
        continue;
      }
      const before = await tx.objectStore('texts').get(local.id);
      const localText = restoreText(before).record?.text ?? '';
      await writeSnapshot(snapshots, {
        draftId: local.id,
        createdAt: now,
        text: localText,
        size: byteSize(localText),
        reason: 'before-restore',
      });
      // A higher revision makes an open tab's next save report a conflict instead of overwriting.
      const revision = Math.max(local.revision, incoming.revision) + 1;
      await tx.objectStore('meta').put({ ...incoming, revision });
      await tx.objectStore('texts').put({ id: incoming.id, text, revision });
      summary.replaced.push(incoming.id);
      summary.stored.push({ id: incoming.id, revision });
    }
    for (const snapshot of plan.snapshots) {
      if (await mergeSnapshot(snapshots, snapshot)) summary.snapshots++;
    }
    for (const image of plan.images) {
      const key: [string, string] = [image.draftId, image.path];
      if (keptHere.has(image.draftId) && (await tx.objectStore('images').getKey(key))) continue;
      await tx.objectStore('images').put(image);
      summary.images++;
    }
    for (const setting of plan.settings) {
      await tx.objectStore('settings').put(setting);
      summary.settings++;
    }
  });
  return summary;
}
