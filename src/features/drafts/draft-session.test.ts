import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { listDrafts, listSnapshots, loadDraft, openPlumaDb } from '../../storage';
import { copyTitled } from './copy-titled';
import type { DraftSession } from './draft-session';
import {
  connectSession,
  disconnectLast,
  disconnectSessions,
  newPostText as newText,
  ready,
  type,
  until,
  welcome,
} from './session.fixture';
import { SAMPLE_POST } from '../../../fixtures/paths.mjs';

const sample = readFileSync(SAMPLE_POST, 'utf8');

let counter = 0;
afterEach(disconnectSessions);

/** Connects a session on database `db`; every session of one test shares its channel. */
const start = (db: string, extra: { snapshotEveryMs?: number; isActive?: () => boolean } = {}) =>
  connectSession({ dbName: db, snapshotEveryMs: 3_600_000, ...extra });

const saved = (s: DraftSession) =>
  until(() => s.getState().status.message?.key === 'status.saved', 'Saved');

describe('starting', () => {
  it('stores the welcome post as the first draft on the first run, and reopens it later', async () => {
    const db = `session-${++counter}`;
    const a = start(db);
    await ready(a);
    const first = a.getState();
    expect(first.open?.text).toBe(welcome);
    expect(first.status).toEqual({ kind: 'saved', message: { key: 'status.saved' } });
    expect(first.drafts.map((d) => d.title)).toEqual([
      'Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo',
    ]);
    expect(first.drafts[0].filename).toBe(
      '2016-06-03-encuentro-regional-de-la-alianza-para-el-gobierno-abierto.md',
    );
    disconnectLast();

    const b = start(db);
    await ready(b);
    expect(b.getState().open?.id).toBe(first.open?.id);
    expect(b.getState().drafts).toHaveLength(1);
  });

  it('opens the welcome text without storage when IndexedDB is missing, and says so', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: private mode in some browsers has no IndexedDB at all
    delete globalThis.indexedDB;
    try {
      const s = start(`session-${++counter}`);
      await ready(s);
      expect(s.getState().open).toMatchObject({ id: null, text: welcome });
      expect(s.getState().status.kind).toBe('unavailable');
      expect(s.getState().status.message?.key).not.toBe('status.saved');
      expect(s.getState().alert?.key).toBe('storage.unavailable');
      await s.actions.newPost();
      expect(s.getState().open).toMatchObject({ id: null, text: newText() });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('autosave', () => {
  it('stores typed text with its new title and reopens that draft with that text', async () => {
    const db = `session-${++counter}`;
    const a = start(db);
    await ready(a);
    await a.actions.newPost();
    const id = a.getState().open!.id!;
    type(a, sample);
    expect(a.getState().status.message?.key).toBe('status.saving');
    await saved(a);
    expect(a.getState().drafts[0]).toMatchObject({
      id,
      title: expect.stringMatching(/^Encuentro/),
    });
    disconnectLast();

    const b = start(db);
    await ready(b);
    expect(b.getState().open).toMatchObject({ id, text: sample });
  });

  it('takes an interval snapshot after a save when the last one is old enough', async () => {
    const db = `session-${++counter}`;
    const a = start(db, { snapshotEveryMs: 0 });
    await ready(a);
    type(a, `${welcome}\nUno.\n`);
    await saved(a);
    // The interval snapshot is written after the save, off its path: wait until it is listed.
    let history = await a.actions.listHistory();
    for (let i = 0; i < 100 && history.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      history = await a.actions.listHistory();
    }
    expect(history.map((h) => h.reason)).toEqual(['interval']);
    expect(await a.actions.snapshotText(history[0].id)).toBe(`${welcome}\nUno.\n`);
  });
});

describe('two tabs on one draft', () => {
  async function twoTabs() {
    const db = `session-${++counter}`;
    const a = start(db);
    await ready(a);
    const b = start(db);
    await ready(b);
    expect(b.getState().open?.id).toBe(a.getState().open?.id);
    return { db, a, b, id: a.getState().open!.id! };
  }

  it('in front and without edits, offers the other tab’s text; typing first is a conflict', async () => {
    const db = `session-${++counter}`;
    const a = start(db);
    await ready(a);
    const b = start(db, { isActive: () => true });
    await ready(b);
    const keyBefore = b.getState().open!.key;
    type(a, `${welcome}\nDesde A.\n`);
    await until(() => b.getState().theirsNewer, 'B told of newer text');
    expect(b.getState().open?.key).toBe(keyBefore);
    await b.actions.showTheirs();
    expect(b.getState().open?.text).toBe(`${welcome}\nDesde A.\n`);
    expect(b.getState().theirsNewer).toBe(false);

    type(a, `${welcome}\nDesde A, otra vez.\n`);
    await until(() => b.getState().theirsNewer, 'B told again');
    type(b, `${welcome}\nDesde B.\n`);
    await until(() => b.getState().conflict !== null, 'conflict in B');
  });

  it('in the background, shows the other tab’s newer text at once when this tab has no edits', async () => {
    const { a, b } = await twoTabs();
    const keyBefore = b.getState().open!.key;
    type(a, `${welcome}\nDesde A.\n`);
    await until(() => b.getState().open!.key !== keyBefore, 'B reloads');
    expect(b.getState().open?.text).toBe(`${welcome}\nDesde A.\n`);
    expect(b.getState().conflict).toBeNull();
    type(b, `${welcome}\nDesde A.\nY B.\n`);
    await saved(b);
  });

  it('raises a conflict when both edited; keeping mine as a copy keeps both texts', async () => {
    const { db, a, b, id } = await twoTabs();
    type(a, `${welcome}\nTexto de A.\n`);
    type(b, `${welcome}\nTexto de B.\n`);
    await until(() => b.getState().conflict !== null, 'conflict in B');
    expect(a.getState().conflict).toBeNull();
    expect(b.getState().status.message?.key).not.toBe('status.saved');
    // Nothing else may happen until the person chooses.
    await b.actions.newPost();
    expect(b.getState().open?.id).toBe(id);

    await b.actions.keepMineAsCopy();
    const copyId = b.getState().open!.id!;
    expect(copyId).not.toBe(id);
    expect(b.getState().conflict).toBeNull();
    const handle = await openPlumaDb(db);
    expect((await loadDraft(handle, id))?.text).toBe(`${welcome}\nTexto de A.\n`);
    // The copy is B's text, its title marked as a copy (the UI language, English in Node).
    expect((await loadDraft(handle, copyId))?.text).toBe(
      copyTitled(`${welcome}\nTexto de B.\n`, '(copy)'),
    );
    expect((await listDrafts(handle)).drafts.find((d) => d.id === copyId)?.title).toMatch(
      / \(copy\)$/,
    );
    expect((await listDrafts(handle)).drafts).toHaveLength(2);
    handle.close();
  });

  it('reloading theirs keeps this tab’s text in the draft’s history', async () => {
    const { db, a, b, id } = await twoTabs();
    type(a, `${welcome}\nTexto de A.\n`);
    type(b, `${welcome}\nTexto de B.\n`);
    await until(() => b.getState().conflict !== null, 'conflict in B');
    await b.actions.reloadTheirs();
    expect(b.getState().open).toMatchObject({ id, text: `${welcome}\nTexto de A.\n` });
    const handle = await openPlumaDb(db);
    const { snapshots } = await listSnapshots(handle, id);
    expect(snapshots[0].reason).toBe('before-restore');
    expect(await b.actions.snapshotText(snapshots[0].id)).toBe(`${welcome}\nTexto de B.\n`);
    handle.close();
    // Saving works again, from the reloaded revision.
    type(b, `${welcome}\nTexto de A.\nMás de B.\n`);
    await saved(b);
  });
});

describe('trash and history', () => {
  it('trashing the open draft opens the next one; restore and empty trash work', async () => {
    const db = `session-${++counter}`;
    const s = start(db);
    await ready(s);
    const welcomeId = s.getState().open!.id!;
    await s.actions.newPost();
    const postId = s.getState().open!.id!;
    await s.actions.trashDraft(postId);
    expect(s.getState().open?.id).toBe(welcomeId);
    expect(s.getState().trash.map((d) => d.id)).toEqual([postId]);
    await s.actions.restoreDraft(postId);
    expect(
      s
        .getState()
        .drafts.map((d) => d.id)
        .sort(),
    ).toEqual([welcomeId, postId].sort());
    await s.actions.trashDraft(postId);
    await s.actions.emptyTrash();
    expect(s.getState().trash).toEqual([]);
    expect(s.getState().drafts.map((d) => d.id)).toEqual([welcomeId]);
  });

  it('restores a snapshot after keeping the current text as one', async () => {
    const s = start(`session-${++counter}`);
    await ready(s);
    await s.actions.takeSnapshot();
    type(s, '---\ntitle: Otro\n---\notro texto');
    await saved(s);
    const [snapshot] = await s.actions.listHistory();
    const keyBefore = s.getState().open!.key;
    await s.actions.restoreSnapshot(snapshot.id);
    expect(s.getState().open?.text).toBe(welcome);
    expect(s.getState().open?.key).not.toBe(keyBefore);
    expect(s.getState().drafts[0].title).toMatch(/^Encuentro Regional/);
    const history = await s.actions.listHistory();
    expect(history.map((h) => h.reason)).toEqual(['before-restore', 'manual']);
    expect(await s.actions.snapshotText(history[0].id)).toBe('---\ntitle: Otro\n---\notro texto');
    type(s, `${welcome}!`);
    await saved(s);
  });
});

describe('switching drafts', () => {
  it('says `opening` from the call that asks for another draft until that draft is open', async () => {
    const s = start(`session-${++counter}`);
    await ready(s);
    const welcomeId = s.getState().open!.id!;
    const seen: [boolean, string | null | undefined][] = [];
    const unsubscribe = s.subscribe(() => seen.push([s.getState().opening, s.getState().open?.id]));
    expect(s.getState().opening).toBe(false);

    const asked = s.actions.newPost();
    // Set before the action awaits anything: the page shows it in the event that asked.
    expect(s.getState().opening).toBe(true);
    expect(s.getState().open?.id).toBe(welcomeId);
    await asked;
    const postId = s.getState().open!.id!;
    expect(postId).not.toBe(welcomeId);
    expect(s.getState().opening).toBe(false);
    // Every state seen while the welcome post was still open said `opening`.
    const before = seen.slice(
      0,
      seen.findIndex(([, id]) => id === postId),
    );
    expect(before.length).toBeGreaterThan(0);
    expect(before.every(([opening]) => opening)).toBe(true);

    // A new post the person asked for: the page puts the caret in its first field.
    expect(s.getState().open?.fresh).toBe(true);

    const back = s.actions.openDraft(welcomeId);
    expect(s.getState().opening).toBe(true);
    await back;
    expect([s.getState().open?.id, s.getState().opening]).toEqual([welcomeId, false]);
    expect(s.getState().open?.fresh).toBeUndefined();

    // Trashing the open draft opens the next one; trashing another one opens nothing.
    const trashed = s.actions.trashDraft(welcomeId);
    expect(s.getState().opening).toBe(true);
    await trashed;
    expect([s.getState().open?.id, s.getState().opening]).toEqual([postId, false]);
    await s.actions.newPost();
    const other = s.actions.trashDraft(postId);
    expect(s.getState().opening).toBe(false);
    await other;
    unsubscribe();
  });

  it('stays `opening` until the last of two quick New posts is open', async () => {
    const s = start(`session-${++counter}`);
    await ready(s);
    const first = s.actions.newPost();
    const second = s.actions.newPost();
    await first;
    expect(s.getState().opening).toBe(true);
    await second;
    expect(s.getState().opening).toBe(false);
    expect(s.getState().drafts).toHaveLength(3);
  });
});
