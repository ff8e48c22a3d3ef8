/**
 * The typing fast path's coverage run (part of `npm run fuzz`): every kind of edit of issue 15
 * (`edit-kinds.ts`) at seeded places of the corpus posts, each key checked against the full
 * render; then each kind timed on a 50,000-word body built from the blog's posts as the bench
 * builds it. Prints, per kind, the share of keys the fast path took and its cost per call next
 * to the worker's incremental update. `TYPING_KINDS_RUNS` (edits per kind in the corpus, default
 * 120), `TYPING_KINDS_TIMED` (edits per kind timed, default 20) and `FUZZ_SEED` override.
 */
import { expect, test } from 'vitest';
import { corpusBodies as blogPosts } from '../../../bench/lib/bodies.mjs';
import { buildEditBody, corpusEditBlocks } from '../../../bench/lib/edit-bodies.mjs';
import { corpusBodies } from '../render/corpus.fixture.ts';
import { createIncrementalRenderer } from '../render/incremental.ts';
import { typeIntoBlock, type ShownDocument } from '../render/typing.ts';
import { EDIT_KINDS, keysOf, pasteFrom, placesOf, pressKey } from './edit-kinds.ts';
import { shownOf } from './properties.ts';

const env = import.meta.env as Record<string, string | undefined>;
const seed = Number(env.FUZZ_SEED ?? 20_250_611);
const runs = Number(env.TYPING_KINDS_RUNS ?? 120);
const timed = Number(env.TYPING_KINDS_TIMED ?? 20);

/** A small seeded generator (mulberry32), so that every run picks the same places. */
function random(start: number): () => number {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Tally {
  edits: number;
  keys: number;
  taken: number;
  wrong: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const pct = (n: number, of: number) => `${of === 0 ? '-' : ((100 * n) / of).toFixed(0)}%`;

test('typing fast path coverage per kind of edit', () => {
  const next = random(seed);
  const shownBodies = new Map<number, ShownDocument<string>>();
  const lines: string[] = [`typing fast path by kind of edit, corpus, seed ${seed}`];
  lines.push(`${'kind'.padEnd(16)} ${'edits'.padStart(6)} ${'keys'.padStart(6)} taken  wrong`);
  const mistakes: string[] = [];
  for (const kind of EDIT_KINDS) {
    const tally: Tally = { edits: 0, keys: 0, taken: 0, wrong: 0 };
    for (let tries = 0; tally.edits < runs && tries < runs * 20; tries++) {
      const which = Math.floor(next() * corpusBodies.length);
      let shown = shownBodies.get(which);
      if (!shown) {
        shown = shownOf(corpusBodies[which]);
        shownBodies.set(which, shown);
      }
      const places = placesOf(shown, kind);
      if (places.length === 0) continue;
      const place = places[Math.floor(next() * places.length)];
      const donor = corpusBodies[(which + 1) % corpusBodies.length];
      const paste = pasteFrom(donor, Math.floor(next() * donor.length));
      tally.edits++;
      for (const key of keysOf(shown.body, kind, place, paste)) {
        const text = pressKey(shown.body, key);
        const typed = typeIntoBlock(shown, text);
        const full = shownOf(text);
        tally.keys++;
        if (typed) {
          tally.taken++;
          if (JSON.stringify(typed) !== JSON.stringify(full.blocks)) {
            tally.wrong++;
            mistakes.push(`${kind}: ${JSON.stringify(shown.body)} → ${JSON.stringify(text)}`);
          }
          shown = { ...full, blocks: typed };
        } else {
          shown = full;
        }
      }
    }
    lines.push(
      `${kind.padEnd(16)} ${String(tally.edits).padStart(6)} ${String(tally.keys).padStart(6)} ${pct(tally.taken, tally.keys).padStart(5)} ${String(tally.wrong).padStart(6)}`,
    );
  }

  // The edits bench's body: the blog's posts with a list, a quote, a table and fenced code.
  const { body } = buildEditBody(50_000, blogPosts(), corpusEditBlocks());
  const renderer = createIncrementalRenderer();
  const start = renderer.update(body);
  const initial: ShownDocument<string> = {
    body,
    blocks: start.blocks.map(strip),
    contextFree: start.contextFree,
  };
  lines.push('', `50,000-word body (${body.length} characters), ms per key`);
  lines.push(
    `${'kind'.padEnd(16)} ${'keys'.padStart(5)} taken  fast p50   p95   max  worker p50   p95`,
  );
  for (const kind of EDIT_KINDS) {
    const places = placesOf(initial, kind);
    const fast: number[] = [];
    const worker: number[] = [];
    let keys = 0;
    for (let n = 0; n < timed && places.length > 0; n++) {
      let shown = initial;
      renderer.update(body);
      const place = places[Math.floor(next() * places.length)];
      const paste = pasteFrom(body, Math.floor(next() * body.length));
      for (const key of keysOf(body, kind, place, paste)) {
        const text = pressKey(shown.body, key);
        const t0 = performance.now();
        const typed = typeIntoBlock(shown, text);
        const t1 = performance.now();
        const full = renderer.update(text);
        worker.push(performance.now() - t1);
        keys++;
        if (typed) {
          fast.push(t1 - t0);
          if (JSON.stringify(typed) !== JSON.stringify(full.blocks.map(strip))) {
            mistakes.push(`${kind} in the 50,000-word body at ${place}`);
          }
        }
        shown = {
          body: text,
          blocks: typed ?? full.blocks.map(strip),
          contextFree: full.contextFree,
        };
      }
    }
    const f = (values: number[], p: number) => percentile(values, p).toFixed(2).padStart(5);
    lines.push(
      `${kind.padEnd(16)} ${String(keys).padStart(5)} ${pct(fast.length, keys).padStart(5)}  ${f(fast, 50)} ${f(fast, 95)} ${f(fast, 100)}       ${f(worker, 50)} ${f(worker, 95)}`,
    );
  }
  console.log(lines.join('\n'));
  expect(mistakes).toEqual([]);
});

/** Returns a rendered block as the page holds it (`changed` dropped, no empty heading ids). */
function strip(block: {
  key: string;
  html: string;
  from: number;
  to: number;
  kind: string;
  slugs: readonly string[];
}) {
  const { key, html, from, to, kind, slugs } = block;
  return slugs.length > 0 ? { key, html, from, to, kind, slugs } : { key, html, from, to, kind };
}
