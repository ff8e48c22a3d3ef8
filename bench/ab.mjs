/**
 * `npm run bench:ab`: an A/B of versions of the app inside one build, for changes too small for
 * two bench runs to tell apart. This machine's speed moves by up to a third within a few seconds
 * (other work on its host), so the same build's figures differ between two runs more
 * than most changes move them; loads that alternate between the versions see the same machine.
 *
 * The versions are arms, each a set of localStorage keys set to "1" before the app starts
 * (the other arms' keys removed): the code under test reads them in a temporary branch, such as
 * `localStorage.getItem('newWay') === '1'`, which goes before the change is committed. Each
 * round loads every arm once, A B in one round and B A in the next.
 *
 * Modes (MODE):
 * - `keys` (default): the kinds of edit of the bench (bench/lib/edits.mjs), each row from a
 *   freshly opened post as there: per arm, the first key of each row, the later keys, their
 *   main-thread CPU and the time the post took to open.
 * - `cold`: cold loads (HTTP cache cleared and off) of the bench's post, as its cold part
 *   makes them: editor ready and preview ready, with the kept preview (KEPT=1) or without it
 *   (KEPT=0, the first start).
 *
 * Environment: ARMS (`name:key+key,name:…`, default `base:,new:new`), ROUNDS (8), WORDS (5000),
 * and for `keys`: KINDS (ids from bench/lib/edit-kinds.mjs, default all), KEYS (measured keys
 * a row, default 3) and DUMP (a file to which each row's keys are appended as a JSON line:
 * `{ arm, kind, cpu: [...], preview: [...] }`, for figures the tables do not give, such as the
 * keys at one place of a row). It prints a table per arm; nothing else is written.
 */
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium.mjs';
import { buildBody, corpusBodies, countWords, sampleFrontMatter } from './lib/bodies.mjs';
import { BLANK_PAGE_URL, buildApp, buildPageBundle, runBenchMain } from './lib/bundles.mjs';
import { coldLoad, coldLoadContext } from './lib/cold.mjs';
import { buildEditBody, corpusEditBlocks, editSpots, pasteTexts } from './lib/edit-bodies.mjs';
import { EDIT_KINDS } from './lib/edit-kinds.mjs';
import { benchEdits } from './lib/edits.mjs';
import { table, ms } from './lib/format.mjs';
import { startPreview } from './lib/server.mjs';
import { mean, percentile } from './lib/stats.mjs';

const MODE = process.env.MODE ?? 'keys';
const ROUNDS = Number(process.env.ROUNDS ?? 8);
const WORDS = Number(process.env.WORDS ?? 5_000);
const KEYS = Number(process.env.KEYS ?? 3);
const KINDS = process.env.KINDS?.split(',') ?? EDIT_KINDS.map((k) => k.id);
const KEPT = process.env.KEPT !== '0';
const DUMP = process.env.DUMP;

/** Returns the arms of `spec` (`name:key+key,name:…`). */
function parseArms(spec) {
  const arms = spec.split(',').map((part) => {
    const [name, keys = ''] = part.split(':');
    if (!name) throw new Error(`an arm without a name in ARMS="${spec}"`);
    return { name, keys: keys.split('+').filter(Boolean) };
  });
  if (new Set(arms.map((a) => a.name)).size !== arms.length) {
    throw new Error(`two arms share a name in ARMS="${spec}"`);
  }
  return arms;
}

const ARMS = parseArms(process.env.ARMS ?? 'base:,new:new');
/** Every key some arm sets: each arm removes the others'. */
const ALL_KEYS = [...new Set(ARMS.flatMap((a) => a.keys))];

const log = (msg) => process.stderr.write(`[ab] ${msg}\n`);

/** The arms in round `r`'s order: A B, then B A, and so on. */
const inOrder = (r) => (r % 2 === 0 ? ARMS : [...ARMS].reverse());

/** (In a page.) Sets `set`'s keys to "1" in localStorage and removes the rest of `all`. */
function setKeys({ set, all }) {
  for (const key of all) localStorage.removeItem(key);
  for (const key of set) localStorage.setItem(key, '1');
}

/** Returns the p50, p90, mean and count of `values`, nulls (keys that timed out) left out. */
const stat = (values) => {
  const known = values.filter((v) => v !== null && v !== undefined);
  return {
    p50: percentile(known, 50),
    p90: percentile(known, 90),
    mean: mean(known),
    n: known.length,
  };
};

/** The keys mode: the edit rows per arm, alternated. */
async function keysMode(browser, baseUrl) {
  const bodies = corpusBodies();
  const blocks = corpusEditBlocks();
  const { body, paragraph } = buildEditBody(WORDS, bodies, blocks);
  const post = {
    frontMatter: sampleFrontMatter(),
    body,
    spots: editSpots(body, blocks, paragraph),
    keys: KEYS,
    pastes: pasteTexts(bodies, KEYS),
  };
  log(`${countWords(body)} words; kinds ${KINDS.join(', ')}; ${KEYS} keys a row`);
  const seen = Object.fromEntries(
    ARMS.map((a) => [
      a.name,
      { first: [], firstCpu: [], later: [], laterCpu: [], open: [], kinds: {} },
    ]),
  );
  for (let r = 0; r < ROUNDS; r++) {
    for (const arm of inOrder(r)) {
      // Each row's context gets the arm's keys before the app's first script runs.
      const withKeys = {
        newContext: async (options) => {
          const context = await browser.newContext(options);
          await context.addInitScript(setKeys, { set: arm.keys, all: ALL_KEYS });
          return context;
        },
      };
      const run = await benchEdits(withKeys, baseUrl, post, { only: KINDS });
      const s = seen[arm.name];
      for (const row of run.rows) {
        if (DUMP) {
          const keys = { cpu: row.raw.map((k) => k.cpu), preview: row.raw.map((k) => k.preview) };
          appendFileSync(DUMP, `${JSON.stringify({ arm: arm.name, kind: row.kind, ...keys })}\n`);
        }
        s.first.push(row.firstKey);
        s.firstCpu.push(row.cpuFirstKey);
        s.open.push(row.openMs);
        (s.kinds[row.kind] ??= []).push(row.firstKey);
        for (const key of row.raw.slice(1)) {
          s.later.push(key.preview);
          s.laterCpu.push(key.cpu);
        }
      }
      log(
        `round ${r + 1}/${ROUNDS}, ${arm.name}: first keys ${run.rows.map((x) => ms(x.firstKey)).join(' ')}`,
      );
    }
  }
  const header = [
    'arm',
    'first key p50',
    'mean',
    'p90',
    'CPU mean',
    'later keys p50',
    'mean',
    'CPU mean',
    'open p50',
    'rows',
  ];
  const rows = ARMS.map(({ name }) => {
    const s = seen[name];
    const first = stat(s.first);
    const later = stat(s.later);
    return [
      name,
      ms(first.p50),
      ms(first.mean),
      ms(first.p90),
      ms(mean(s.firstCpu)),
      ms(later.p50),
      ms(later.mean),
      ms(mean(s.laterCpu)),
      ms(stat(s.open).p50),
      String(first.n),
    ];
  });
  const byKind = ARMS.map(({ name }) => [
    name,
    ...KINDS.map((k) => ms(stat(seen[name].kinds[k] ?? []).p50)),
  ]);
  return [
    `Keys, ${countWords(body)} words, ms from keydown until the preview shows the key (CPU: main thread until the frame after):`,
    table(header, rows),
    '',
    'First key by kind (p50):',
    table(['arm', ...KINDS], byKind),
  ].join('\n');
}

/** The cold mode: cold loads per arm, alternated, in one context. */
async function coldMode(browser, baseUrl) {
  const body = buildBody(WORDS, corpusBodies());
  const frontMatter = sampleFrontMatter();
  const { context, probe } = await coldLoadContext(browser, baseUrl, { frontMatter, body });
  try {
    // A page of the app's origin without the app, where each load's keys are set.
    const blank = await context.newPage();
    await blank.goto(`${baseUrl}${BLANK_PAGE_URL}`);
    log(`${countWords(body)} words, ${KEPT ? 'with' : 'without'} the kept preview`);
    const seen = Object.fromEntries(ARMS.map((a) => [a.name, { editor: [], preview: [] }]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const arm of inOrder(r)) {
        await blank.evaluate(setKeys, { set: arm.keys, all: ALL_KEYS });
        const load = await coldLoad(context, baseUrl, probe, new Map(), KEPT);
        seen[arm.name].editor.push(load.editorReady);
        seen[arm.name].preview.push(load.previewReady);
        log(
          `round ${r + 1}/${ROUNDS}, ${arm.name}: editor ${ms(load.editorReady)}, preview ${ms(load.previewReady)}`,
        );
      }
    }
    const rows = ARMS.map(({ name }) => {
      const editor = stat(seen[name].editor);
      const preview = stat(seen[name].preview);
      return [
        name,
        ms(editor.p50),
        ms(editor.mean),
        ms(preview.p50),
        ms(preview.mean),
        String(preview.n),
      ];
    });
    return [
      `Cold loads, ${countWords(body)} words, ${KEPT ? 'with' : 'without'} the kept preview, ms since navigation:`,
      table(['arm', 'editor ready p50', 'mean', 'preview ready p50', 'mean', 'loads'], rows),
    ].join('\n');
  } finally {
    await context.close();
  }
}

async function main() {
  if (!['keys', 'cold'].includes(MODE)) throw new Error(`MODE is keys or cold, not ${MODE}`);
  const loadBefore = os.loadavg()[0];
  log(`arms ${ARMS.map((a) => `${a.name} [${a.keys.join(', ')}]`).join(' / ')}; building…`);
  buildApp();
  await buildPageBundle();
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const report =
      MODE === 'keys' ? await keysMode(browser, server.url) : await coldMode(browser, server.url);
    process.stdout.write(
      `${report}\n\n${ROUNDS} rounds, arms alternated; load ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}.\n`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

runBenchMain('ab', main);
