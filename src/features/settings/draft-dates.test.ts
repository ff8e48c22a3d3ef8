import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonOffset } from '../../core/time-zone';
import { createDraft, openPlumaDb } from '../../storage';
import { DRAFTS_READ, readDraftDates } from './draft-dates';
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
    const ids = [madrid.id, undated.id, 'gone', sample.id];
    expect(await readDraftDates(db, ids)).toEqual([
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
    const dates = await readDraftDates(
      db,
      [...recent, ...older].map((d) => d.id),
    );
    expect(dates).toHaveLength(DRAFTS_READ);
    // The older drafts outnumber the recent ones, yet the recent ones decide.
    expect(commonOffset(dates)).toBe(-180);
    db.close();
  });
});
