import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DraftMeta } from '../../storage';
import { filterDrafts } from './filter-drafts';

const meta = (id: string, title: string, status: DraftMeta['status'] = 'draft'): DraftMeta => ({
  id,
  title,
  filename: `${id}.md`,
  status,
  createdAt: 0,
  updatedAt: 0,
  size: 0,
  revision: 1,
  lastOpenedAt: null,
});

const drafts = [
  meta('a', 'Artículo sobre datos', 'ready'),
  meta('b', 'Encuentro en Montevideo'),
  meta('c', ''),
];
const none = new Set<string>();

describe('filterDrafts', () => {
  it('matches titles without regard to case or accents, and keeps the order', () => {
    const ids = (q: string) => filterDrafts(drafts, { query: q, status: 'all', textMatches: none });
    expect(ids('ARTICULO').map((d) => d.id)).toEqual(['a']);
    expect(ids('  ').map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(ids('c.md').map((d) => d.id)).toEqual(['c']);
  });

  it('folds as the stored-text search does: "año" is not "ano"', async () => {
    const years = [meta('y', 'Un Año de datos'), meta('n', 'El ano')];
    const q = (query: string) =>
      filterDrafts(years, { query, status: 'all', textMatches: none }).map((d) => d.id);
    expect(q('año')).toEqual(['y']);
    expect(q('ANO')).toEqual(['n']);
    // The text search (storage) uses the same fold, so both lists agree on every query.
    const { searchDrafts, createDraft, openPlumaDb } = await import('../../storage');
    const db = await openPlumaDb('fold-agree');
    for (const d of years) await createDraft(db, { text: d.title, title: d.title });
    const stored = await searchDrafts(db, 'año');
    expect(stored).toHaveLength(1);
    db.close();
  });

  it('adds drafts whose text matched, and filters by status', () => {
    const textMatches = new Set(['c']);
    const found = filterDrafts(drafts, { query: 'gobierno', status: 'all', textMatches });
    expect(found.map((d) => d.id)).toEqual(['c']);
    const ready = filterDrafts(drafts, { query: '', status: 'ready', textMatches: none });
    expect(ready.map((d) => d.id)).toEqual(['a']);
    const drafty = filterDrafts(drafts, { query: '', status: 'draft', textMatches: none });
    expect(drafty.map((d) => d.id)).toEqual(['b', 'c']);
    const both = filterDrafts(drafts, { query: 'montevideo', status: 'ready', textMatches: none });
    expect(both).toEqual([]);
  });
});
