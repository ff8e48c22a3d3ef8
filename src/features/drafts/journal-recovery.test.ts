import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createJournal,
  deletePlumaDb,
  listDrafts,
  loadDraft,
  openPlumaDb,
  saveDraft,
} from '../../storage';
import type { JournalStorage } from '../../storage';
import { memoryStorage } from '../../storage/journal.fixture';
import type { DraftSession } from './draft-session';
import {
  connectSession,
  disconnectLast,
  disconnectSessions,
  ready,
  type,
  until,
  welcome,
} from './session.fixture';

let counter = 0;
afterEach(disconnectSessions);

/** A stand-in for the page: it can be made to go away (`pagehide`) without any flush finishing. */
function fakePage() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return Object.assign(new EventTarget(), { document }) as unknown as Window;
}

/**
 * Starts a session on database `db` with journal storage `storage`. Its autosave waits a minute,
 * so that only the journal can hold what is typed, as when a page goes before the save.
 */
const start = (db: string, storage: JournalStorage, page: Window | null = null) =>
  connectSession({ dbName: db, page, journal: createJournal(storage), delayMs: 60_000 });

/**
 * Makes `session` in `page` go away before its save can reach IndexedDB, as a reload does: the
 * connection is gone first, then the page hides. It is never disconnected.
 */
function leave(session: DraftSession, page: Window) {
  session.getState().db?.close();
  page.dispatchEvent(new Event('pagehide'));
}

/**
 * Starts a tab on a fresh database, types `line` after the welcome post and makes the tab go
 * away before its save; returns the database, the journal's storage and the draft's id.
 */
async function typeThenLeave(line: string) {
  const db = `journal-${++counter}`;
  const storage = memoryStorage();
  const page = fakePage();
  const a = start(db, storage, page);
  await ready(a);
  const id = a.getState().open!.id!;
  type(a, `${welcome}\n${line}\n`);
  leave(a, page);
  return { db, storage, id };
}

describe('the journal at start', () => {
  it('gives back text typed before a reload to its draft, stored, and clears the journal', async () => {
    const { db, storage, id } = await typeThenLeave('Una frase escrita justo antes de recargar.');
    expect(storage.items.size).toBe(1);

    const b = start(db, storage);
    await ready(b);
    expect(b.getState().open?.id).toBe(id);
    expect(b.getState().open?.text).toContain('Una frase escrita justo antes de recargar.');
    expect(b.getState().notice).toEqual([{ key: 'session.recovered' }]);
    const conn = await openPlumaDb(db);
    const stored = await loadDraft(conn, id);
    conn.close();
    expect(stored?.text).toContain('Una frase escrita justo antes de recargar.');
    expect(stored?.meta.revision).toBe(2);
    expect(storage.items.size).toBe(0);
  });

  it('never overwrites a newer revision another tab stored: the Conflict dialog asks', async () => {
    const { db, storage, id } = await typeThenLeave('Texto de la pestaña que se cerró.');

    // Meanwhile another tab stores its own change of the same draft.
    const conn = await openPlumaDb(db);
    const theirs = `${welcome}\nTexto de la otra pestaña.\n`;
    expect((await saveDraft(conn, id, theirs, { expectedRevision: 1 })).ok).toBe(true);

    const b = start(db, storage);
    await until(() => b.getState().conflict !== null, 'the conflict');
    expect(b.getState().open?.text).toContain('Texto de la pestaña que se cerró.');
    expect((await loadDraft(conn, id))?.text).toBe(theirs);

    await b.actions.keepMineAsCopy();
    await until(() => b.getState().status.message?.key === 'status.saved', 'Saved');
    const { drafts } = await listDrafts(conn);
    const texts = await Promise.all(drafts.map(async (d) => (await loadDraft(conn, d.id))?.text));
    conn.close();
    expect(texts).toHaveLength(2);
    expect(texts).toContain(theirs);
    expect(texts.some((t) => t?.includes('Texto de la pestaña que se cerró.'))).toBe(true);
  });

  it('turns text of a draft deleted meanwhile into a new draft', async () => {
    const { db, storage } = await typeThenLeave('Lo último que escribí.');
    disconnectLast();
    await deletePlumaDb(db);

    const b = start(db, storage);
    await ready(b);
    const conn = await openPlumaDb(db);
    const { drafts } = await listDrafts(conn);
    const texts = await Promise.all(drafts.map(async (d) => (await loadDraft(conn, d.id))?.text));
    conn.close();
    expect(texts.some((t) => t?.includes('Lo último que escribí.'))).toBe(true);
  });

  it('asks before leaving only when the text could not be kept anywhere', async () => {
    const db = `journal-${++counter}`;
    const page = fakePage();
    const a = start(db, memoryStorage({ full: true }), page);
    await ready(a);
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      Object.defineProperty(event, 'returnValue', { writable: true, value: true });
      page.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    type(a, `${welcome}\nsin sitio\n`);
    expect(unload()).toBe(true);
    await a.actions.saveNow();
    expect(a.getState().status.message?.key).toBe('status.saved');
    expect(unload()).toBe(false);
  });
});
