// The preview kept for the next start: shown only for the body, site URL and build it was
// rendered for; stored packed and read back only when whole.
import { expect, test } from 'vitest';
import { shownOf } from '../fuzz/properties';
import { BUILD, pack, snapshotShows, unpack, type PreviewSnapshot } from './preview-snapshot';

const BODY = 'Un párrafo con *énfasis*.\n\n## Un título\n\n- uno\n- dos\n';

/** `body` as the preview's worker renders it, kept. */
function snapshotOf(body: string, siteUrl = 'https://blog.example'): PreviewSnapshot {
  return { build: BUILD, siteUrl, ...shownOf(body, { siteUrl }) };
}

test('a snapshot shows only the body, site URL and build it was rendered for', () => {
  const kept = snapshotOf(BODY);
  const now = { body: BODY, siteUrl: 'https://blog.example', withSite: false };
  expect(snapshotShows(kept, now)).toEqual({
    body: BODY,
    blocks: kept.blocks,
    contextFree: kept.contextFree,
  });
  expect(snapshotShows(kept, { ...now, body: `${BODY}\nMás.\n` })).toBeNull();
  expect(snapshotShows(kept, { ...now, body: BODY.slice(0, -1) })).toBeNull();
  expect(snapshotShows(kept, { ...now, siteUrl: 'https://otro.example' })).toBeNull();
  expect(snapshotShows(kept, { ...now, build: `${BUILD}x` })).toBeNull();
  // The site's layouts and Liquid are not part of what was kept.
  expect(snapshotShows(kept, { ...now, withSite: true })).toBeNull();
  expect(snapshotShows(null, now)).toBeNull();
});

test('a snapshot is stored packed and read back whole, or not at all', () => {
  // Headings carry their ids; a list and paragraphs do not.
  const kept = snapshotOf(`${BODY}\n## Un título\n\nFin.\n`);
  expect(kept.blocks.some((b) => b.slugs?.length)).toBe(true);
  const stored = pack(kept);
  expect(unpack(structuredClone(stored))).toEqual(kept);
  expect(unpack(pack({ ...kept, blocks: [] }))).toEqual({ ...kept, blocks: [] });
  const ends = stored.htmlEnds;
  const broken: unknown[] = [
    null,
    'texto',
    { ...stored, build: 1 },
    { ...stored, body: undefined },
    { ...stored, contextFree: 'yes' },
    { ...stored, spans: [...stored.spans] },
    { ...stored, spans: stored.spans.slice(2) },
    { ...stored, keys: `${stored.keys}\nextra` },
    { ...stored, kinds: stored.kinds.split('\n').slice(1).join('\n') },
    { ...stored, html: `${stored.html}x` },
    { ...stored, html: stored.html.slice(1) },
    { ...stored, htmlEnds: ends.map((e, i) => (i === 0 ? ends[1] + 1 : e)) },
    { ...stored, slugs: '[' },
    { ...stored, slugs: JSON.stringify(kept.blocks.map(() => [3])) },
    { ...stored, slugs: '[]' },
    // Blocks outside the body, or ending before they start.
    { ...stored, spans: stored.spans.map((v, i) => (i === stored.spans.length - 1 ? 1e6 : v)) },
    { ...stored, spans: stored.spans.map((v, i) => (i === 1 ? -1 : v)) },
  ];
  for (const value of broken) expect(unpack(value)).toBeNull();
});
