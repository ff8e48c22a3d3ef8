import { describe, expect, it } from 'vitest';
import type { DraftMeta } from './records.ts';
import {
  isSettingKey,
  restoreImage,
  restoreMeta,
  restoreSetting,
  restoreSnapshot,
  restoreSnapshotInfo,
  restoreSnapshotText,
  restoreText,
} from './restore.ts';

const META: DraftMeta = {
  id: 'd1',
  title: 'Encuentro Regional',
  filename: '2016-06-03-encuentro.md',
  status: 'draft',
  createdAt: 1465000000000,
  updatedAt: 1465000001000,
  size: 1234,
  revision: 3,
  lastOpenedAt: null,
};

describe('restoreMeta', () => {
  it('returns a valid meta as a new object with only known fields', () => {
    const stored = { ...META, deletedAt: 5, stray: 'x' };
    const { record, reason } = restoreMeta(stored);
    expect(reason).toBeNull();
    expect(record).toEqual({ ...META, deletedAt: 5 });
    expect(record).not.toBe(stored);
  });

  it('fills fields older records may lack', () => {
    const old: Record<string, unknown> = { ...META };
    delete old.filename;
    delete old.lastOpenedAt;
    expect(restoreMeta(old).record).toEqual({ ...META, filename: null, lastOpenedAt: null });
  });

  it.each([
    [{ ...META, title: 42 }, '"title" should be text, found 42'],
    [{ ...META, id: '' }, '"id" should be non-empty text, found ""'],
    [{ ...META, status: 'published' }, `"status" should be 'draft' or 'ready', found "published"`],
    [{ ...META, revision: 1.5 }, '"revision" should be a whole number, found 1.5'],
    [{ ...META, size: -1 }, '"size" should be a whole number, found -1'],
    [{ ...META, updatedAt: '2016-06-03' }, '"updatedAt" should be a time, found "2016-06-03"'],
    [{ ...META, createdAt: NaN }, '"createdAt" should be a time, found NaN'],
    [{ ...META, deletedAt: 'yes' }, '"deletedAt" should be a time or nothing, found "yes"'],
    [{ ...META, filename: ['a'] }, '"filename" should be text or nothing, found a list'],
    ['a string', 'expected a record, found "a string"'],
    [null, 'expected a record, found null'],
    [[META], 'expected a record, found a list'],
  ])('rejects %j with a reason', (value, reason) => {
    expect(restoreMeta(value)).toEqual({ record: null, reason });
  });
});

describe('restoreText', () => {
  it('keeps the text exactly, BOM and CRLF included', () => {
    const text = '\uFEFF---\r\ntitle: x\r\n---\r\n';
    expect(restoreText({ id: 'd1', text, revision: 2 }).record?.text).toBe(text);
  });

  it('reports a missing or malformed text record', () => {
    expect(restoreText(undefined)).toEqual({ record: null, reason: 'the text record is missing' });
    expect(restoreText({ id: 'd1', text: null, revision: 1 }).reason).toBe(
      '"text" should be text, found null',
    );
    expect(restoreText({ id: 'd1', text: 'x' }).reason).toMatch(/"revision"/);
  });
});

describe('restoreSnapshot and restoreImage', () => {
  it('accepts valid records and names the bad field otherwise', () => {
    const snapshot = { id: 4, draftId: 'd1', createdAt: 1, text: 't', size: 1, reason: 'export' };
    expect(restoreSnapshot(snapshot).record).toEqual(snapshot);
    expect(restoreSnapshot({ ...snapshot, reason: 'whim' }).reason).toMatch(/^"reason"/);
    const blob = new Blob(['x'], { type: 'image/png' });
    const image = { draftId: 'd1', path: '/media/x.png', blob, mime: 'image/png', size: 1 };
    expect(restoreImage(image).record).toEqual(image);
    expect(restoreImage({ ...image, blob: 'data:' }).reason).toBe(
      '"blob" should be a Blob, found "data:"',
    );
  });
});

describe('restoreSnapshotInfo and restoreSnapshotText (the two stored records)', () => {
  const info = { id: 4, draftId: 'd1', createdAt: 1, size: 3, reason: 'interval' };

  it('accepts an info without text and keeps only known fields', () => {
    expect(restoreSnapshotInfo({ ...info, stray: 'x' })).toEqual({ record: info, reason: null });
    // An info never carries its text onwards, even one left inside the record.
    expect(restoreSnapshotInfo({ ...info, text: 'old' }).record).toEqual(info);
    expect(restoreSnapshotInfo({ ...info, size: -1 }).reason).toBe(
      '"size" should be a whole number, found -1',
    );
    expect(restoreSnapshotInfo({ ...info, draftId: '' }).reason).toMatch(/^"draftId"/);
  });

  it('keeps a text exactly and reports a missing or malformed one', () => {
    const text = '\uFEFF---\r\ntitle: x\r\n---\r\n\uD800';
    expect(restoreSnapshotText({ id: 4, text, stray: 1 })).toEqual({
      record: { id: 4, text },
      reason: null,
    });
    expect(restoreSnapshotText(undefined)).toEqual({
      record: null,
      reason: 'the text record is missing',
    });
    expect(restoreSnapshotText({ id: 4, text: 42 }).reason).toBe('"text" should be text, found 42');
    expect(restoreSnapshotText({ id: 'x', text }).reason).toMatch(/^"id"/);
  });

  it('reads a whole snapshot (a backup record) as info plus text', () => {
    const whole = { ...info, text: 'cuerpo' };
    expect(restoreSnapshot(whole).record).toEqual(whole);
    expect(Object.keys(restoreSnapshot(whole).record!)).toEqual([
      'id',
      'draftId',
      'createdAt',
      'text',
      'size',
      'reason',
    ]);
    expect(restoreSnapshot(info).reason).toBe('"text" should be text, found nothing');
  });
});

describe('restoreSetting', () => {
  it('checks the value against the key', () => {
    expect(restoreSetting('siteUrl', { key: 'siteUrl', value: 'https://x.org' }).record).toBe(
      'https://x.org',
    );
    expect(restoreSetting('siteUrl', { key: 'siteUrl', value: 3 }).reason).toBe(
      '"value" should be text, found 3',
    );
    expect(
      restoreSetting('lastOpenDraftId', { key: 'lastOpenDraftId', value: '' }).record,
    ).toBeNull();
    expect(restoreSetting('siteUrl', { key: 'stylesheet', value: '' }).reason).toMatch(/"key"/);
    expect(isSettingKey('stylesheet')).toBe(true);
    expect(isSettingKey('toString')).toBe(false);
  });

  it('takes a stylesheet as a URL or a file, with its own fields only', () => {
    const file = { kind: 'file', name: 'main.css', css: 'body{}', extra: 1 };
    expect(restoreSetting('stylesheet', { key: 'stylesheet', value: file }).record).toEqual({
      kind: 'file',
      name: 'main.css',
      css: 'body{}',
    });
    const url = { kind: 'url', url: 'https://blog.example/main.css' };
    expect(restoreSetting('stylesheet', { key: 'stylesheet', value: url }).record).toEqual(url);
    for (const value of ['body{}', { kind: 'file', name: 'x.css' }, { kind: 'none' }, null]) {
      expect(restoreSetting('stylesheet', { key: 'stylesheet', value }).reason).toMatch(
        /^"value" should be \{ kind: 'url'/,
      );
    }
  });
});
