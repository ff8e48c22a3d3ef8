import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonOffset } from '../../core/time-zone';
import { createDraft, openPlumaDb, saveDraft, setStatus } from '../../storage';
import { DRAFTS_READ, readDraftDates, recentDatesKey, type DraftDates } from './draft-dates';
import { SAMPLE_POST } from '../../../fixtures/paths.mjs';

const SAMPLE = readFileSync(SAMPLE_POST, 'utf8');

let counter = 0;
const freshDb = () => openPlumaDb(`pluma-draft-dates-test-${++counter}`);
const post = (date: string) => `---\ntitle: "Una entrada"\ndate: ${date}\n---\nCuerpo.\n`;

describe('readDraftDates', () => {
  it('reads the drafts’ front-matter dates as written, in the order asked', async () => {
    const db = await freshDb();
    const sample = await createDraft(db, { text: SAMPLE, title: 'Encuentro' });
    const madrid = await createDraft(db, { text: post('2020-05-01 10:00 +0200'), title: 'M' });
    const undated = await createDraft(db, { text: '# Sin front matter\n', title: 'Sin' });
    const drafts = [madrid, undated, { id: 'gone', revision: 1 }, sample];
    expect(await readDraftDates(db, drafts)).toEqual([
      '2020-05-01 10:00 +0200',
      '2016-06-03 12:00:00 -0300',
    ]);
    db.close();
  });

  it(`reads only the first ${DRAFTS_READ} drafts`, async () => {
    const db = await freshDb();
    const recent = await Promise.all(
      Array.from({ length: DRAFTS_READ }, (_, i) =>
        createDraft(db, {
          text: post(`2016-06-${String((i % 28) + 1).padStart(2, '0')} 12:00:00 -0300`),
          title: `${i}`,
        }),
      ),
    );
    const older = await Promise.all(
      Array.from({ length: DRAFTS_READ + 5 }, () =>
        createDraft(db, { text: post('2015-01-01 12:00:00 +0100'), title: 'old' }),
      ),
    );
    const dates = await readDraftDates(db, [...recent, ...older]);
    expect(dates).toHaveLength(DRAFTS_READ);
    // The older drafts outnumber the recent ones, yet the recent ones decide.
    expect(commonOffset(dates)).toBe(-180);
    db.close();
  });

  it('reads again only the texts written since, and keeps only the drafts asked for', async () => {
    const db = await freshDb();
    const lima = await createDraft(db, { text: post('2021-03-01 09:00 -0500'), title: 'L' });
    const madrid = await createDraft(db, { text: post('2020-05-01 10:00 +0200'), title: 'M' });
    const known: DraftDates = new Map();
    expect(await readDraftDates(db, [lima, madrid], known)).toEqual([
      '2021-03-01 09:00 -0500',
      '2020-05-01 10:00 +0200',
    ]);
    expect([...known.keys()].sort()).toEqual([lima.id, madrid.id].sort());

    // A status change leaves the text, and its revision, as they were: the date is known.
    const limaReady = (await setStatus(db, lima.id, 'ready'))!;
    expect(limaReady.revision).toBe(lima.revision);
    // The text of Madrid changes (a new revision); Lima's is changed behind the known revision,
    // which only a read would see.
    const saved = await saveDraft(db, madrid.id, post('2020-05-02 10:00 +0100'), {
      expectedRevision: madrid.revision,
    });
    expect(saved.ok).toBe(true);
    const newer = saved.ok ? saved.meta : madrid;
    const limaLater = await saveDraft(db, lima.id, post('2022-01-01 00:00 +0000'), {
      expectedRevision: lima.revision,
    });
    expect(limaLater.ok).toBe(true);
    // Asked with Lima's revision as the list knew it, its known date stands; Madrid's new
    // revision is read.
    expect(await readDraftDates(db, [newer, limaReady], known)).toEqual([
      '2020-05-02 10:00 +0100',
      '2021-03-01 09:00 -0500',
    ]);
    // Asked for Madrid alone, Lima is forgotten.
    await readDraftDates(db, [newer], known);
    expect([...known.keys()]).toEqual([madrid.id]);
    db.close();
  });
});

describe('recentDatesKey', () => {
  const draft = (id: string, filename: string | null) => ({ id, filename });
  const drafts = [
    draft('a', '2016-06-03-encuentro-regional.md'),
    draft('b', '2020-05-01-una-entrada.md'),
    draft('c', null),
  ];

  it('stays the same when a title edit renames only the slug', () => {
    const retitled = [draft('a', '2016-06-03-encuentro-regional-nuevo.md'), ...drafts.slice(1)];
    expect(recentDatesKey(retitled)).toBe(recentDatesKey(drafts));
  });

  it('changes when a date edit renames the date, a draft comes or goes, or the order changes', () => {
    const key = recentDatesKey(drafts);
    const redated = [draft('a', '2016-06-04-encuentro-regional.md'), ...drafts.slice(1)];
    expect(recentDatesKey(redated)).not.toBe(key);
    expect(recentDatesKey([draft('d', null), ...drafts])).not.toBe(key);
    expect(recentDatesKey(drafts.slice(1))).not.toBe(key);
    expect(recentDatesKey([drafts[1], drafts[0], drafts[2]])).not.toBe(key);
    expect(recentDatesKey([drafts[0], drafts[1], draft('c', '2021-01-01-fechado.md')])).not.toBe(
      key,
    );
  });

  it(`reads only the first ${DRAFTS_READ} drafts`, () => {
    const many = Array.from({ length: DRAFTS_READ }, (_, i) => draft(`${i}`, null));
    expect(recentDatesKey([...many, draft('later', '2001-01-01-x.md')])).toBe(recentDatesKey(many));
  });
});
