/**
 * `npm run bench`: keystroke-to-preview latency, input latency and long tasks while typing into
 * the production build in Chromium, for each kind of edit with main-thread CPU per key, cold
 * load and the JavaScript it fetches, full-render baselines, front matter parse time, the drafts
 * figures, the heap growth of a long session and the git figures. Prints a table and writes
 * bench/results/latest.json. Targets are reported, never enforced: the exit code is non-zero
 * only when the bench itself breaks.
 *
 * Parts run alone when named: `npm run bench -- edits cold js frontmatter` (or
 * BENCH_PARTS=edits,cold); without names, every part runs.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium.mjs';
import {
  buildBody,
  corpusBodies,
  countWords,
  headingSpot,
  sampleFrontMatter,
  typingSpot,
} from './lib/bodies.mjs';
import { nodeBaselines } from './lib/baselines.mjs';
import { buildApp, buildNodeBundle, buildPageBundle, runBenchMain } from './lib/bundles.mjs';
import { benchColdLoad } from './lib/cold.mjs';
import { benchDraftsList, benchSaveDraft, benchUiAutosave } from './lib/drafts.mjs';
import { buildEditBody, corpusEditBlocks, editSpots, pasteTexts } from './lib/edit-bodies.mjs';
import { benchEdits } from './lib/edits.mjs';
import { ALONE_SETUPS, benchEditorAlone } from './lib/editor-alone.mjs';
import { benchFrontMatter } from './lib/front-matter.mjs';
import { benchDraftsChurn, benchLongTyping, benchLongTypingAlone } from './lib/memory.mjs';
import { formatReport, TARGETS, writeResult } from './lib/report.mjs';
import { startPreview } from './lib/server.mjs';
import { benchTyping, TYPED } from './lib/typing.mjs';
import { benchGit, generatedSite } from './lib/git.mjs';
import { benchTypingDuringClone } from './lib/typing-during-clone.mjs';
import { openBlogSite } from './lib/site.mjs';

const SIZES = [500, 5_000, 50_000];
/** Narrow runs while working: BENCH_EDIT_SIZES=50000 BENCH_EDIT_KINDS=paragraph,list (ids). */
const EDIT_SIZES = process.env.BENCH_EDIT_SIZES
  ? process.env.BENCH_EDIT_SIZES.split(',').map(Number)
  : SIZES;
const EDIT_KIND_IDS = process.env.BENCH_EDIT_KINDS?.split(',');
const DRAFTS = 1_000;
/** Issue 8's long session: keys typed into the 5,000-word post, drafts opened (env overrides). */
const MEMORY_KEYS = Number(process.env.BENCH_MEMORY_KEYS ?? 2_000);
const MEMORY_OPENS = Number(process.env.BENCH_MEMORY_OPENS ?? 200);
const MEMORY_DRAFTS = 20;
/** Posts of the blog the page clones while the bench types (issue 12). */
const CLONE_POSTS = Number(process.env.BENCH_CLONE_POSTS ?? 4_000);
/** Issue 15: measured keys per kind of edit and size, pastes of 2,000 characters, cold loads. */
const EDIT_KEYS = Number(process.env.BENCH_EDIT_KEYS ?? 20);
const EDIT_PASTES = Number(process.env.BENCH_EDIT_PASTES ?? 8);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const FRONT_MATTER_RUNS = Number(process.env.BENCH_FRONT_MATTER_RUNS ?? 3);

/** The parts, in the order they run; `cold` and `js` are one measurement. */
const PARTS = ['typing', 'edits', 'cold', 'js', 'frontmatter', 'drafts', 'memory', 'git'];
/** The parts that need the app built and served in Chromium. */
const BROWSER_PARTS = new Set(['typing', 'edits', 'cold', 'js', 'drafts', 'memory', 'git']);

const START = performance.now();
const log = (msg) =>
  process.stderr.write(`[bench +${Math.round((performance.now() - START) / 1000)} s] ${msg}\n`);

/** Returns what an error thrown by a part says (its message, or itself written out). */
const errorText = (err) => String(err?.message ?? err);

/** Returns the parts asked for on the command line or in BENCH_PARTS; all when none is. */
function partsAsked() {
  const named = [...process.argv.slice(2), ...(process.env.BENCH_PARTS ?? '').split(',')]
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const unknown = named.filter((p) => !PARTS.includes(p));
  if (unknown.length) {
    throw new Error(`unknown bench part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  }
  return named.length ? PARTS.filter((p) => named.includes(p)) : PARTS;
}

/** Typing in a paragraph, a heading and with the site's layouts, and the render baselines. */
async function typingPart({ browser, server, bodies, frontMatter, node }, result) {
  const { renderMarkdown, runChecks, BUILT_IN_SITE_FACTS } = node;
  const sizes = [];
  let autosaveUi = 'n/a: not measured';
  for (const target of SIZES) {
    const body = buildBody(target, bodies);
    const spot = typingSpot(body);
    const large = target >= 50_000;
    log(`${countWords(body)} words: node baselines…`);
    const checks = (b) =>
      runChecks({ text: frontMatter + b, facts: BUILT_IN_SITE_FACTS, now: new Date() });
    const baselines = await nodeBaselines(renderMarkdown, body, large ? 3 : 7, checks);
    log(`${countWords(body)} words: typing ${TYPED.length} keys…`);
    const run = await benchTyping(browser, server.url, {
      frontMatter,
      body,
      spot,
      pageRuns: large ? 3 : 7,
      afterTyping: large ? (page) => benchUiAutosave(page, '.') : undefined,
    });
    if (large) autosaveUi = run.after;
    // A heading's id is numbered across the post: typing there takes other paths.
    let heading = null;
    if (target >= 5_000) {
      log(`${countWords(body)} words: typing ${TYPED.length} keys in a heading…`);
      heading = await benchTyping(browser, server.url, {
        frontMatter,
        body,
        spot: headingSpot(body),
        pageRuns: 0,
      });
    }
    // The same keys with the blog's own site loaded: its layouts around the body (issue 13).
    let site = null;
    if (target >= 5_000) {
      log(`${countWords(body)} words: typing ${TYPED.length} keys with the site's layouts…`);
      site = await benchTyping(browser, server.url, {
        frontMatter,
        body,
        spot,
        pageRuns: 0,
        openPost: (page) => openBlogSite(page, server.url),
      });
    }
    sizes.push({
      targetWords: target,
      words: countWords(body),
      chars: body.length,
      typing: run.summary,
      keys: run.raw.keys,
      longTasks: run.raw.longTasks,
      headingTyping: heading?.summary,
      headingKeys: heading?.raw.keys,
      siteTyping: site?.summary,
      siteKeys: site?.raw.keys,
      node: baselines,
      page: run.inPage,
    });
  }
  result.typed = TYPED.length;
  result.sizes = sizes;
  result.autosaveUi = autosaveUi;
}

/** Each kind of edit at each size, from a freshly opened post, with CPU per key (issue 15). */
async function editsPart({ browser, server, bodies, frontMatter }, result) {
  const blocks = corpusEditBlocks();
  const pastes = pasteTexts(bodies, EDIT_PASTES);
  const sizes = [];
  let cpuTimeDomain = null;
  for (const target of EDIT_SIZES) {
    const { body, paragraph } = buildEditBody(target, bodies, blocks);
    const spots = editSpots(body, blocks, paragraph);
    log(`${countWords(body)} words: kinds of edit, ${EDIT_KEYS} keys each…`);
    const post = { frontMatter, body, spots, keys: EDIT_KEYS, pastes };
    const run = await benchEdits(browser, server.url, post, { only: EDIT_KIND_IDS, log });
    cpuTimeDomain = run.cpuTimeDomain;
    // The baselines of the rows that miss: their keys typed into the editor alone. Should
    // they break, the app's rows stand, and the error says why they are missing.
    let alone = null;
    let aloneError = null;
    if (run.editorBox) {
      log(`${countWords(body)} words: the same edits in the editor alone…`);
      const only = EDIT_KIND_IDS;
      const opened = Object.fromEntries(run.rows.map((r) => [r.kind, r.openMs]));
      try {
        alone = await benchEditorAlone(browser, server.url, post, run.editorBox, { only, opened });
      } catch (err) {
        aloneError = errorText(err);
        log(`  the editor alone failed: ${aloneError}`);
      }
    }
    sizes.push({
      targetWords: target,
      words: countWords(body),
      chars: body.length,
      cpuFloor: run.cpuFloor,
      rows: run.rows,
      alone,
      aloneError,
    });
  }
  const sources = Object.fromEntries(Object.entries(blocks).map(([k, b]) => [k, b.source]));
  result.edits = { keysPerRow: EDIT_KEYS, pastes: EDIT_PASTES, cpuTimeDomain, sources, sizes };
}

/** Cold loads of the 5,000-word post and the JavaScript they fetched (issue 15). */
async function coldPart({ browser, server, bodies, frontMatter }, result) {
  const body = buildBody(5_000, bodies);
  log(`cold load of ${countWords(body)} words, ${COLD_RUNS} runs…`);
  const cold = await benchColdLoad(browser, server.url, { frontMatter, body, runs: COLD_RUNS });
  log(`cold load of ${countWords(body)} words without the kept preview, ${COLD_RUNS} runs…`);
  const first = await benchColdLoad(browser, server.url, {
    frontMatter,
    body,
    runs: COLD_RUNS,
    kept: false,
  });
  result.coldLoad = { words: countWords(body), ...cold, withoutKept: first };
}

/** Parse time of front matters of 5,000 to 20,000 keys in Node (issue 15). */
async function frontMatterPart({ frontMatter, node }, result) {
  log('front matter of 5,000, 10,000 and 20,000 keys: parse, and keys typed in the title…');
  result.frontMatter = benchFrontMatter(node.parsePost, node.fieldChange, frontMatter, {
    runs: FRONT_MATTER_RUNS,
  });
}

/** The drafts list with 1,000 drafts and saveDraft of the long post (issue 5). */
async function draftsPart({ browser, server, bodies, frontMatter }, result) {
  log(`drafts list with ${DRAFTS} drafts…`);
  result.draftsList = await benchDraftsList(browser, server.url, { count: DRAFTS, bodies });
  log('saveDraft of the long post…');
  const long = `${frontMatter}${buildBody(50_000, bodies)}`;
  const save = await benchSaveDraft(browser, server.url, { text: long, runs: 5 });
  const ui = result.autosaveUi ?? 'n/a: not measured';
  result.autosave = { words: countWords(long), save, ui };
}

/** The long sessions: keys typed, drafts opened (issues 8 and 15). */
async function memoryPart({ browser, server, bodies, frontMatter }, result) {
  const memoryBody = buildBody(5_000, bodies);
  log(`long session: ${MEMORY_KEYS} keys into ${countWords(memoryBody)} words…`);
  const memoryTyping = await benchLongTyping(browser, server.url, {
    frontMatter,
    body: memoryBody,
    spot: typingSpot(memoryBody),
    keys: MEMORY_KEYS,
  });
  // Its baselines: the same keys into the editor alone, where the app's editor shows. Should
  // one break, the other figures stand, and its error says why it is missing.
  const alone = [];
  const post = { frontMatter, body: memoryBody, spot: typingSpot(memoryBody), keys: MEMORY_KEYS };
  for (const [setup, label] of memoryTyping.box ? ALONE_SETUPS : []) {
    log(`long session: ${MEMORY_KEYS} keys into ${label}…`);
    try {
      const box = memoryTyping.box;
      alone.push({
        setup,
        label,
        ...(await benchLongTypingAlone(browser, server.url, post, { setup, box })),
      });
    } catch (err) {
      const error = errorText(err);
      alone.push({ setup, label, error });
      log(`  ${label} failed: ${error}`);
    }
  }
  log(`long session: ${MEMORY_OPENS} draft opens…`);
  const memoryDrafts = await benchDraftsChurn(browser, server.url, {
    drafts: MEMORY_DRAFTS,
    opens: MEMORY_OPENS,
    bodies,
  });
  result.memory = {
    typing: { words: countWords(memoryBody), ...memoryTyping },
    alone,
    drafts: memoryDrafts,
  };
}

/** Clone and publish in Node, and typing while the page clones (issue 12). */
async function gitPart({ browser, server, bodies, frontMatter, node }, result) {
  log('git: clone and publish against the test git server…');
  const git = await benchGit(node.gitOps);
  result.git = git;
  log(`git: typing into 5,000 words while ${CLONE_POSTS} posts are cloned in the page…`);
  const cloneSite = generatedSite(CLONE_POSTS);
  try {
    const cloneBody = buildBody(5_000, bodies);
    git.typingDuringClone = await benchTypingDuringClone(browser, server.url, {
      frontMatter,
      body: cloneBody,
      spot: typingSpot(cloneBody),
      siteDir: cloneSite,
    });
    git.typingDuringClone.posts = CLONE_POSTS;
    git.typingWithoutClone = result.sizes?.find((s) => s.targetWords === 5_000)?.typing ?? null;
  } finally {
    rmSync(cloneSite, { recursive: true, force: true });
  }
}

const RUNNERS = {
  typing: typingPart,
  edits: editsPart,
  cold: coldPart,
  js: coldPart,
  frontmatter: frontMatterPart,
  drafts: draftsPart,
  memory: memoryPart,
  git: gitPart,
};

/** Runs the parts asked for, prints the report and writes the JSON. */
async function main() {
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  const parts = partsAsked();
  const browserNeeded = parts.some((p) => BROWSER_PARTS.has(p));
  log(`parts: ${parts.join(', ')}; building the bench bundles…`);
  if (browserNeeded) buildApp();
  const [nodeBundle] = await Promise.all([
    buildNodeBundle(),
    browserNeeded ? buildPageBundle() : null,
  ]);
  const node = await import(nodeBundle);
  const env = { bodies: corpusBodies(), frontMatter: sampleFrontMatter(), node };
  const server = browserNeeded ? await startPreview() : null;
  let browser;
  try {
    if (browserNeeded) {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    }
    Object.assign(env, { browser, server });
    const result = { partSeconds: {}, partErrors: {} };
    /** Returns the record of what ran so far (written after each part, so a killed run leaves it). */
    const record = () => {
      const report = {
        date: new Date().toISOString(),
        chromium: browser?.version() ?? 'not started',
        node: process.version,
        cpus: os.cpus().length,
        // Other work on the machine skews every figure: the 1-minute load average says how much.
        load: { before: loadBefore, after: os.loadavg()[0] },
        url: server?.url ?? 'none',
        parts,
        targets: TARGETS,
        ...result,
        seconds: (performance.now() - started) / 1000,
      };
      delete report.autosaveUi;
      return report;
    };
    for (const part of parts) {
      // `cold` and `js` are one measurement: run it once.
      if (part === 'js' && parts.includes('cold')) continue;
      const t = performance.now();
      // A part that breaks is reported, and the others still run: a run takes many minutes.
      try {
        await RUNNERS[part](env, result);
      } catch (err) {
        log(`${part} failed: ${err?.stack ?? err}`);
        result.partErrors[part] = errorText(err).split('\n')[0];
        process.exitCode = 1;
      }
      result.partSeconds[part === 'js' ? 'cold' : part] = (performance.now() - t) / 1000;
      writeResult(record());
    }
    const report = record();
    const file = writeResult(report);
    process.stdout.write(`${formatReport(report)}\n`);
    log(`wrote ${file}`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

runBenchMain('bench', main);
