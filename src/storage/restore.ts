/**
 * The restore step: every value read from IndexedDB passes here before the app trusts it.
 * A malformed record gives `{ record: null, reason }` so callers can report it and carry on;
 * nothing here throws or deletes.
 */
import { fieldsOf } from './local-value.ts';
import type {
  DraftMeta,
  DraftText,
  ImageRecord,
  SettingRecord,
  Settings,
  Snapshot,
  SnapshotInfo,
  SnapshotText,
  StylesheetSetting,
} from './records.ts';

/** A restored record, or null with a sentence saying what was wrong with it. */
export type Restored<T> = { record: T; reason: null } | { record: null; reason: string };

/** A stored record that failed its restore step, for the UI to report. */
export interface RestoreProblem {
  store: 'meta' | 'texts' | 'snapshots' | 'snapshotTexts' | 'images' | 'settings';
  key: string;
  reason: string;
}

type Check = [expected: string, test: (v: unknown) => boolean];

const text: Check = ['text', (v) => typeof v === 'string'];
const nonEmpty: Check = ['non-empty text', (v) => typeof v === 'string' && v.length > 0];
const time: Check = ['a time', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0];
const count: Check = ['a whole number', (v) => Number.isSafeInteger(v) && (v as number) >= 0];
const texts: Check = [
  'a list of texts',
  (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
];
const status: Check = ["'draft' or 'ready'", (v) => v === 'draft' || v === 'ready'];
const reason: Check = [
  'a snapshot reason',
  (v) => v === 'interval' || v === 'before-restore' || v === 'export' || v === 'manual',
];
const blob: Check = ['a Blob', (v) => typeof Blob !== 'undefined' && v instanceof Blob];
const optional = ([expected, test]: Check): Check => [
  `${expected} or nothing`,
  (v) => v === undefined || v === null || test(v),
];

/** Returns a typed draft meta, or the reason it is malformed. */
export function restoreMeta(value: unknown): Restored<DraftMeta> {
  const bad = checkFields(value, {
    id: nonEmpty,
    title: text,
    filename: optional(text),
    status,
    createdAt: time,
    updatedAt: time,
    size: count,
    revision: count,
    deletedAt: optional(time),
    lastOpenedAt: optional(time),
    source: optional(text),
    silencedChecks: optional(texts),
  });
  if (bad !== null) return { record: null, reason: bad };
  const v = value as DraftMeta;
  const record: DraftMeta = {
    id: v.id,
    title: v.title,
    filename: v.filename ?? null,
    status: v.status,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    size: v.size,
    revision: v.revision,
    lastOpenedAt: v.lastOpenedAt ?? null,
  };
  if (typeof v.deletedAt === 'number') record.deletedAt = v.deletedAt;
  if (typeof v.source === 'string') record.source = v.source;
  if (Array.isArray(v.silencedChecks) && v.silencedChecks.length > 0) {
    record.silencedChecks = [...v.silencedChecks];
  }
  return { record, reason: null };
}

/** Returns a typed draft text, or the reason it is malformed or missing. */
export function restoreText(value: unknown): Restored<DraftText> {
  if (value === undefined) return { record: null, reason: 'the text record is missing' };
  const bad = checkFields(value, { id: nonEmpty, text, revision: count });
  if (bad !== null) return { record: null, reason: bad };
  const v = value as DraftText;
  return { record: { id: v.id, text: v.text, revision: v.revision }, reason: null };
}

/** Returns a typed snapshot info (a `snapshots` record), or the reason it is malformed. */
export function restoreSnapshotInfo(value: unknown): Restored<SnapshotInfo> {
  const bad = checkFields(value, {
    id: count,
    draftId: nonEmpty,
    createdAt: time,
    size: count,
    reason,
  });
  if (bad !== null) return { record: null, reason: bad };
  const { id, draftId, createdAt, size, reason: why } = value as SnapshotInfo;
  return { record: { id, draftId, createdAt, size, reason: why }, reason: null };
}

/** Returns a typed `snapshotTexts` record, or the reason it is malformed or missing. */
export function restoreSnapshotText(value: unknown): Restored<SnapshotText> {
  if (value === undefined) return { record: null, reason: 'the text record is missing' };
  const bad = checkFields(value, { id: count, text });
  if (bad !== null) return { record: null, reason: bad };
  const v = value as SnapshotText;
  return { record: { id: v.id, text: v.text }, reason: null };
}

/**
 * Returns a typed whole snapshot (info and text in one record, as a backup file holds it), or
 * the reason it is malformed.
 */
export function restoreSnapshot(value: unknown): Restored<Snapshot> {
  const info = restoreSnapshotInfo(value);
  if (info.record === null) return info;
  const bad = checkFields(value, { text });
  if (bad !== null) return { record: null, reason: bad };
  return { record: joinSnapshot(info.record, (value as Snapshot).text), reason: null };
}

/** Returns the whole snapshot made of `info` and its `text`, fields in the backup file's order. */
export function joinSnapshot(info: SnapshotInfo, body: string): Snapshot {
  const { id, draftId, createdAt, size, reason: why } = info;
  return { id, draftId, createdAt, text: body, size, reason: why };
}

/** Returns a typed image record, or the reason it is malformed. */
export function restoreImage(value: unknown): Restored<ImageRecord> {
  const bad = checkFields(value, {
    draftId: nonEmpty,
    path: nonEmpty,
    blob,
    mime: text,
    size: count,
  });
  if (bad !== null) return { record: null, reason: bad };
  const { draftId, path, blob: bytes, mime, size } = value as ImageRecord;
  return { record: { draftId, path, blob: bytes, mime, size }, reason: null };
}

const stylesheet: Check = [
  "{ kind: 'url', url } or { kind: 'file', name, css }",
  (v) => {
    const s = fieldsOf(v);
    if (s.kind === 'url') return typeof s.url === 'string';
    return s.kind === 'file' && typeof s.name === 'string' && typeof s.css === 'string';
  },
];

const SETTING_CHECKS: { [K in keyof Settings]: Check } = {
  lastOpenDraftId: nonEmpty,
  siteUrl: text,
  stylesheet,
  schemaConfig: text,
  collection: text,
  timeZone: text,
  siteTimeZone: text,
};

/** Returns the typed value of a stored setting record, or the reason it is malformed. */
export function restoreSetting<K extends keyof Settings>(
  key: K,
  value: unknown,
): Restored<Settings[K]> {
  const bad = checkFields(value, { key: [`the key '${key}'`, (v) => v === key] });
  if (bad !== null) return { record: null, reason: bad };
  const [expected, test] = SETTING_CHECKS[key];
  const stored = (value as SettingRecord<K>).value;
  if (!test(stored))
    return { record: null, reason: `"value" should be ${expected}, found ${describe(stored)}` };
  return {
    record: key === 'stylesheet' ? (copyStylesheet(stored) as Settings[K]) : stored,
    reason: null,
  };
}

/** Returns a checked stylesheet setting with its own fields only (nothing else stored with it). */
function copyStylesheet(value: unknown): StylesheetSetting {
  const s = value as StylesheetSetting;
  return s.kind === 'url'
    ? { kind: 'url', url: s.url }
    : { kind: 'file', name: s.name, css: s.css };
}

/** Returns true when `key` names a setting Pluma knows. */
export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(SETTING_CHECKS, key);
}

function checkFields(value: unknown, checks: Record<string, Check>): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a record, found ${describe(value)}`;
  }
  for (const [field, [expected, test]] of Object.entries(checks)) {
    const v = (value as Record<string, unknown>)[field];
    if (!test(v)) return `"${field}" should be ${expected}, found ${describe(v)}`;
  }
  return null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? 'a long text' : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `a ${typeof v}`;
}
