/**
 * `npm run bench`: keystroke-to-preview latency, input latency and long tasks while typing into
 * the production build in Chromium, full-render baselines, the drafts figures, and the heap
 * growth of a long session. Prints a table and writes bench/results/latest.json. Targets are
 * reported, never enforced: the exit code is non-zero only when the bench itself breaks.
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
import { buildApp, buildNodeBundle, buildPageBundle, OUT } from './lib/bundles.mjs';
import { benchDraftsList, benchSaveDraft, benchUiAutosave } from './lib/drafts.mjs';
import { benchDraftsChurn, benchLongTyping } from './lib/memory.mjs';
import { formatReport, TARGETS, writeResult } from './lib/report.mjs';
import { startPreview } from './lib/server.mjs';
import { benchTyping, TYPED } from './lib/typing.mjs';
import { benchGit, generatedSite } from './lib/git.mjs';
import { benchTypingDuringClone } from './lib/typing-during-clone.mjs';
import { openBlogSite } from './lib/site.mjs';

const SIZES = [500, 5_000, 50_000];
const DRAFTS = 1_000;
/** Issue 8's long session: keys typed into the 5,000-word post, drafts opened (env overrides). */
const MEMORY_KEYS = Number(process.env.BENCH_MEMORY_KEYS ?? 2_000);
const MEMORY_OPENS = Number(process.env.BENCH_MEMORY_OPENS ?? 200);
const MEMORY_DRAFTS = 20;
/** Posts of the blog the page clones while the bench types (issue 12). */
const CLONE_POSTS = Number(process.env.BENCH_CLONE_POSTS ?? 4_000);

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

/** Runs every measurement, prints the report and writes the JSON. */
async function main() {
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  log('building the app (vite build) and the bench bundles…');
  buildApp();
  const [nodeBundle] = await Promise.all([buildNodeBundle(), buildPageBundle()]);
  const { renderMarkdown, gitOps, runChecks, BUILT_IN_SITE_FACTS } = await import(nodeBundle);

  const bodies = corpusBodies();
  const frontMatter = sampleFrontMatter();
  const server = await startPreview();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const sizes = [];
    let autosaveUi = 'n/a: not measured';
    for (const target of SIZES) {
      const body = buildBody(target, bodies);
      const spot = typingSpot(body);
      const large = target >= 50_000;
      log(`${countWords(body)} words: node baselines…`);
      const checks = (b) =>
        runChecks({ text: frontMatter + b, facts: BUILT_IN_SITE_FACTS, now: new Date() });
      const node = await nodeBaselines(renderMarkdown, body, large ? 3 : 7, checks);
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
        node,
        page: run.inPage,
      });
    }
    log(`drafts list with ${DRAFTS} drafts…`);
    const draftsList = await benchDraftsList(browser, server.url, { count: DRAFTS, bodies });
    log('saveDraft of the long post…');
    const long = `${frontMatter}${buildBody(50_000, bodies)}`;
    const save = await benchSaveDraft(browser, server.url, { text: long, runs: 5 });
    const memoryBody = buildBody(5_000, bodies);
    log(`long session: ${MEMORY_KEYS} keys into ${countWords(memoryBody)} words…`);
    const memoryTyping = await benchLongTyping(browser, server.url, {
      frontMatter,
      body: memoryBody,
      spot: typingSpot(memoryBody),
      keys: MEMORY_KEYS,
    });
    log(`long session: ${MEMORY_OPENS} draft opens…`);
    const memoryDrafts = await benchDraftsChurn(browser, server.url, {
      drafts: MEMORY_DRAFTS,
      opens: MEMORY_OPENS,
      bodies,
    });
    log('git: clone and publish against the test git server…');
    const git = await benchGit(gitOps);
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
      git.typingWithoutClone = sizes.find((s) => s.targetWords === 5_000)?.typing ?? null;
    } finally {
      rmSync(cloneSite, { recursive: true, force: true });
    }
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.version,
      cpus: os.cpus().length,
      // Other work on the machine skews every figure: the 1-minute load average says how much.
      load: { before: loadBefore, after: os.loadavg()[0] },
      url: server.url,
      typed: TYPED.length,
      targets: TARGETS,
      sizes,
      draftsList,
      autosave: { words: countWords(long), save, ui: autosaveUi },
      memory: {
        typing: { words: countWords(memoryBody), ...memoryTyping },
        drafts: memoryDrafts,
      },
      git,
      seconds: (performance.now() - started) / 1000,
    };
    const file = writeResult(result);
    process.stdout.write(`${formatReport(result)}\n`);
    log(`wrote ${file}`);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main()
  .catch((err) => {
    process.stderr.write(`[bench] failed: ${err?.stack ?? err}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    // The bundles are rebuilt on every run; leaving them would only feed linters and editors.
    if (!process.env.BENCH_KEEP_OUT) rmSync(OUT, { recursive: true, force: true });
  });
