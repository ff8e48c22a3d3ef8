import { describe, expect, it } from 'vitest';
import { createJournal, restoreEntry } from './journal.ts';
import { memoryStorage } from './journal.fixture.ts';

describe('the unsaved-text journal', () => {
  it('keeps one entry per draft and tab, lists them oldest first, and clears its own', () => {
    const storage = memoryStorage();
    let clock = 0;
    const now = () => ++clock;
    const a = createJournal(storage, { tabId: 'tab-a', now });
    const b = createJournal(storage, { tabId: 'tab-b', now });
    expect(a.write('d1', 3, 'texto de A')).toBe(true);
    expect(b.write('d1', 3, 'texto de B')).toBe(true);
    expect(a.write('d1', 4, 'texto de A, más')).toBe(true);
    const listed = b.list();
    expect(listed.map((e) => [e.tabId, e.revision, e.text])).toEqual([
      ['tab-b', 3, 'texto de B'],
      ['tab-a', 4, 'texto de A, más'],
    ]);
    a.clear('d1');
    expect(b.list().map((e) => e.tabId)).toEqual(['tab-b']);
    b.remove(listed[0]);
    expect(storage.items.size).toBe(0);
  });

  it('says when it cannot write (full or no storage) and never throws', () => {
    expect(createJournal(memoryStorage({ full: true })).write('d', 1, 'x')).toBe(false);
    const none = createJournal(null);
    expect(none.write('d', 1, 'x')).toBe(false);
    expect(none.list()).toEqual([]);
  });

  it('drops entries that are not its own format, leaving other keys alone', () => {
    const storage = memoryStorage();
    storage.setItem('pluma.journal.d1.t1', '{not json');
    storage.setItem('pluma.journal.d2.t2', JSON.stringify({ v: 1, draftId: 'd2', tabId: 't2' }));
    storage.setItem('pluma.lang', 'es');
    expect(createJournal(storage).list()).toEqual([]);
    expect([...storage.items.keys()]).toEqual(['pluma.lang']);
  });

  it('restores only well-formed entries of its version', () => {
    const entry = { v: 1, draftId: 'd', revision: 2, text: 'ñ', tabId: 't', at: 5 };
    expect(restoreEntry(JSON.stringify(entry))).toEqual({
      draftId: 'd',
      revision: 2,
      text: 'ñ',
      tabId: 't',
      at: 5,
    });
    expect(restoreEntry(JSON.stringify({ ...entry, v: 2 }))).toBeNull();
    expect(restoreEntry(JSON.stringify({ ...entry, revision: 1.5 }))).toBeNull();
    expect(restoreEntry(null)).toBeNull();
  });
});
