import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraft, openPlumaDb, saveDraft } from '../../storage';
import type { DraftSession } from './draft-session';
import { connectSession, disconnectSessions, ready, until, welcome } from './session.fixture';

let counter = 0;
afterEach(disconnectSessions);

/** Connects a session (a tab) on database `db`; the sessions of one test share its channel. */
const tab = (db: string, isActive: () => boolean) => connectSession({ dbName: db, isActive });
const titles = (s: DraftSession) => s.getState().drafts.map((d) => d.title);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('refreshDrafts (drafts stored outside the session: an import, a restore)', () => {
  it('lists them in this tab by the call alone, and tells the other tabs', async () => {
    const name = `refresh-${++counter}`;
    const here = tab(name, () => true);
    await ready(here);
    const there = tab(name, () => true);
    await ready(there);
    // Let the lists settle after the tabs told each other what they opened.
    await pause(300);
    const db = await openPlumaDb(name);
    const imported = await createDraft(db, {
      text: '---\ntitle: Importado\n---\n',
      title: 'Importado',
    });
    // Storing alone reaches no list: nothing is heard on the channel.
    await pause(300);
    expect(titles(here)).not.toContain('Importado');
    await here.actions.refreshDrafts([imported]);
    expect(titles(here)).toContain('Importado');
    await until(() => titles(there).includes('Importado'), 'the other tab lists it');
    db.close();
  });

  it('offers the stored newer text of the open draft, or shows it in a hidden tab', async () => {
    const name = `refresh-${++counter}`;
    let active = true;
    const here = tab(name, () => active);
    await ready(here);
    const open = here.getState().open!;
    const db = await openPlumaDb(name);
    const restore = async (text: string, revision: number) => {
      const result = await saveDraft(db, open.id!, text, { expectedRevision: revision });
      if (!result.ok) throw new Error('the restore stand-in could not store');
      return result.meta;
    };
    const first = await restore(`${welcome}\nRestaurado.\n`, 1);
    await here.actions.refreshDrafts([first]);
    expect(here.getState().theirsNewer).toBe(true);
    expect(here.getState().open?.key).toBe(open.key);

    active = false;
    const second = await restore(`${welcome}\nOtra vez.\n`, first.revision);
    await here.actions.refreshDrafts([second]);
    await until(() => here.getState().open?.text === `${welcome}\nOtra vez.\n`, 'reload');
    expect(here.getState().conflict).toBeNull();
    db.close();
  });
});
