import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createDraft, loadDraft, openPlumaDb, saveDraft } from '../../storage';
import type { DraftMeta } from '../../storage';
import { openDraft } from './open-draft';
import type { Message } from '../../i18n/translate';
import type { SaveStatus } from './session-state';

vi.mock('../../storage', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../storage')>();
  return { ...actual, saveDraft: vi.fn(actual.saveDraft) };
});

let counter = 0;
const text = '---\ntitle: "Uno"\n---\nCuerpo\n';

async function setup() {
  const db = await openPlumaDb(`open-draft-${++counter}`);
  const meta = await createDraft(db, { text, title: 'Uno' });
  const statuses: { status: SaveStatus; alert?: Message }[] = [];
  const saved: DraftMeta[] = [];
  const conflicts: boolean[] = [];
  const draft = openDraft({
    db,
    meta,
    text,
    delayMs: 10,
    onSaved: (m) => saved.push(m),
    onStatus: (status, alert) => statuses.push({ status, alert }),
    onConflict: (gone) => conflicts.push(gone),
  });
  return { db, meta, draft, statuses, saved, conflicts };
}

describe('openDraft', () => {
  it('keeps the text and says why when the disk is full, then stores it on the next try', async () => {
    const { db, meta, draft, statuses } = await setup();
    const real = vi.mocked(saveDraft).getMockImplementation()!;
    vi.mocked(saveDraft).mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    draft.onText(`${text}más\n`);
    expect(await draft.flush()).toBe(false);
    const last = statuses.at(-1)!;
    expect(last.status).toEqual({ kind: 'error', message: { key: 'status.quota' } });
    expect(last.alert).toEqual({ key: 'storage.quota' });
    expect(draft.isDirty()).toBe(true);
    expect(draft.text()).toBe(`${text}más\n`);

    vi.mocked(saveDraft).mockImplementation(real);
    expect(await draft.flush()).toBe(true);
    expect(statuses.at(-1)?.status.message?.key).toBe('status.saved');
    expect((await loadDraft(db, meta.id))?.text).toBe(`${text}más\n`);
  });

  it('writes the title and filename from the front matter with each revision', async () => {
    const { db, meta, draft, saved } = await setup();
    draft.onText('---\ntitle: "Dos años"\ndate: 2016-06-03 12:00:00 -0300\n---\nCuerpo\n');
    await draft.flush();
    expect(saved.at(-1)).toMatchObject({ title: 'Dos años', filename: '2016-06-03-dos-anos.md' });
    expect((await loadDraft(db, meta.id))?.meta.revision).toBe(2);
    expect(draft.revision()).toBe(2);
  });

  it('refuses to overwrite a newer stored revision and reports the conflict once', async () => {
    const { db, meta, draft, conflicts, statuses } = await setup();
    await saveDraft(db, meta.id, 'de otra pestaña', { expectedRevision: 1 });
    draft.onText('de esta pestaña');
    expect(await draft.flush()).toBe(false);
    draft.onText('de esta pestaña, más');
    expect(await draft.flush()).toBe(false);
    expect(conflicts).toEqual([false]);
    expect(statuses.at(-1)?.status.message?.key).toBe('status.conflict');
    expect((await loadDraft(db, meta.id))?.text).toBe('de otra pestaña');
    expect(draft.text()).toBe('de esta pestaña, más');
  });
});
