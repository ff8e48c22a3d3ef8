/**
 * Cold load of a post (issue 15): navigation start → the editor shows the draft reopened from
 * IndexedDB, and → the preview shows its last block, with nothing from a cache; and the
 * JavaScript the page fetched by then, gzipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIR, BLANK_PAGE_URL, PAGE_BUNDLE_URL } from './bundles.mjs';
import { coldLoadTimes, seedOpenDraft, watchColdLoad } from './edit-probes.mjs';
import { waitForPreviewSettled } from './page-probes.mjs';
import { median } from './stats.mjs';

const VIEWPORT = { width: 1440, height: 900 };
const LOAD_TIMEOUT_MS = 60_000;
/** How long no new script may arrive, after the preview is ready, for the page to count as idle. */
const IDLE_MS = 3_000;

/** Returns the gzip size (level 9) of the built file that `url` serves, cached by path. */
function gzipSizeOf(url, cache) {
  const { pathname } = new URL(url);
  if (!cache.has(pathname)) {
    const file = path.join(APP_DIR, decodeURIComponent(pathname));
    cache.set(pathname, {
      bytes: readFileSync(file).length,
      gzip: gzipSync(readFileSync(file), { level: 9 }).length,
    });
  }
  return cache.get(pathname);
}

/** Returns true for a response that is JavaScript: a script, a module or a worker's script. */
function isScript(response) {
  const type = response.headers()['content-type'] ?? '';
  return /javascript/.test(type) || /\.m?js$/.test(new URL(response.url()).pathname);
}

/**
 * Opens the app on the seeded post and returns the end of the preview's last block's text, once
 * the preview is quiet.
 */
async function lastBlockText(page, baseUrl, frontMatter, body) {
  await page.goto(`${baseUrl}/?lang=en`);
  const first = body.split('\n')[0].slice(0, 30);
  await page.getByRole('textbox', { name: 'Markdown' }).waitFor();
  await page.waitForFunction(
    (t) => (document.querySelector('.cm-content')?.textContent ?? '').includes(t),
    first,
  );
  await page.evaluate(waitForPreviewSettled, { expected: '', quietMs: 1_000, timeoutMs: 60_000 });
  const text = await page
    .frameLocator('iframe[title="Preview"]')
    .locator('.pluma-block')
    .last()
    .textContent();
  const tail = (text ?? '').trim().slice(-40);
  if (!tail) throw new Error('the preview has no last block text');
  // Make sure the post is what the app opened: its last words are in the text.
  if (!(frontMatter + body).replace(/\s+/g, ' ').includes(tail.split(/\s+/).slice(-1)[0])) {
    throw new Error(`the preview's last block (${tail}) is not from the post`);
  }
  return tail;
}

/**
 * Deletes the preview the app keeps for the next start (core/render/preview-snapshot.ts), from a
 * blank page of the app's origin: the next start waits for the worker's render.
 */
async function forgetKeptPreview(context, baseUrl) {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}${BLANK_PAGE_URL}`);
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase('pluma-preview');
          request.onsuccess = () => resolve(undefined);
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('the kept preview is still open'));
        }),
    );
  } finally {
    await page.close();
  }
}

/**
 * One cold load in a new page of `context`: the HTTP cache cleared and disabled (CDP), service
 * workers blocked by the context; without the preview the last start kept when `kept` is false.
 * Returns the two times since navigation start and the scripts fetched, each with its gzip size
 * and when it finished, in ms since navigation start.
 */
export async function coldLoad(context, baseUrl, probe, sizes, kept) {
  if (!kept) await forgetKeptPreview(context, baseUrl);
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts = [];
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      if (!response || !isScript(response)) return;
      const { startTime, responseEnd } = request.timing();
      scripts.push({ url: response.url(), end: startTime + responseEnd });
    });
    await page.addInitScript(watchColdLoad, probe);
    await page.goto(`${baseUrl}/?lang=en`);
    // A time that stays null: the post never showed there within LOAD_TIMEOUT_MS.
    const times = await page.evaluate(coldLoadTimes, LOAD_TIMEOUT_MS);
    if (!times) throw new Error('the cold-load probe did not run in the page');
    // Idle: no new script for IDLE_MS after the preview is ready.
    let seen = -1;
    while (seen !== scripts.length) {
      seen = scripts.length;
      await page.waitForTimeout(IDLE_MS);
    }
    const files = scripts.map((s) => ({
      name: new URL(s.url).pathname,
      at: s.end - times.timeOrigin,
      ...gzipSizeOf(s.url, sizes),
    }));
    await cdp.detach();
    return { editorReady: times.editorReady, previewReady: times.previewReady, files };
  } finally {
    await page.close();
  }
}

/**
 * Returns the gzip total (bytes) of `files` that finished by `t` (ms since navigation start),
 * or null when `t` is (the moment never came).
 */
const gzipBy = (files, t) =>
  t === null ? null : files.filter((f) => f.at <= t).reduce((a, f) => a + f.gzip, 0);

/** Returns the median of `values`, a null (never) counting as slower than any; null if so. */
function medianOrNever(values) {
  const m = median(values.map((v) => v ?? Infinity));
  return m === Infinity ? null : m;
}

/**
 * Returns a fresh context (service workers blocked) whose app opens the post (front matter +
 * body) as its last open draft, after one load that kept its preview, and the cold-load probe's
 * texts: the body's first line, and the end of the preview's last block as that load showed it.
 * The caller closes the context.
 */
export async function coldLoadContext(browser, baseUrl, { frontMatter, body }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const seed = await context.newPage();
    await seed.goto(`${baseUrl}${BLANK_PAGE_URL}`);
    await seed.evaluate(seedOpenDraft, {
      url: PAGE_BUNDLE_URL,
      text: frontMatter + body,
      title: 'Bench',
    });
    const lastText = await lastBlockText(seed, baseUrl, frontMatter, body);
    await seed.close();
    return { context, probe: { editorText: body.split('\n')[0].slice(0, 30), lastText } };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/**
 * Seeds the post (front matter + body) as the last open draft in a fresh context, notes the
 * preview's last block, then loads the app cold `runs` times: reopened with the preview the
 * last start kept (as a person reopening Pluma finds it), or, with `kept` false, without it (the
 * first start after an import, or after the post changed elsewhere). Returns the medians, every
 * run, and the scripts of the median run by when they finished (before editor ready, before
 * preview ready, by idle).
 */
export async function benchColdLoad(browser, baseUrl, { frontMatter, body, runs, kept = true }) {
  const { context, probe } = await coldLoadContext(browser, baseUrl, { frontMatter, body });
  try {
    const sizes = new Map();
    const loads = [];
    for (let i = 0; i < runs; i++) {
      loads.push(await coldLoad(context, baseUrl, probe, sizes, kept));
    }
    const byEditor = [...loads].sort(
      (a, b) => (a.editorReady ?? Infinity) - (b.editorReady ?? Infinity),
    );
    const mid = byEditor[Math.floor((byEditor.length - 1) / 2)];
    const js = (load) => ({
      beforeEditor: gzipBy(load.files, load.editorReady),
      beforePreview: gzipBy(load.files, load.previewReady),
      idle: gzipBy(load.files, Infinity),
    });
    return {
      runs,
      editorReady: medianOrNever(loads.map((l) => l.editorReady)),
      previewReady: medianOrNever(loads.map((l) => l.previewReady)),
      loads: loads.map((l) => ({
        editorReady: l.editorReady,
        previewReady: l.previewReady,
        ...js(l),
      })),
      javascript: {
        // The gzip totals of every run (they differ only when a chunk lands on the other side).
        beforeEditor: medianOrNever(loads.map((l) => js(l).beforeEditor)),
        beforePreview: medianOrNever(loads.map((l) => js(l).beforePreview)),
        idle: medianOrNever(loads.map((l) => js(l).idle)),
        files: mid.files.map((f) => ({
          name: f.name,
          gzip: f.gzip,
          bytes: f.bytes,
          finishedMs: f.at,
          by:
            f.at <= (mid.editorReady ?? -Infinity)
              ? 'editor ready'
              : f.at <= (mid.previewReady ?? -Infinity)
                ? 'preview ready'
                : 'idle',
        })),
      },
    };
  } finally {
    await context.close();
  }
}
