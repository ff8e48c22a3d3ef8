/**
 * The long-session figures of issue 8: JS heap growth after 2,000 keystrokes in a 5,000-word
 * post, and after opening drafts 200 times, each after forced garbage collection.
 */
import { BLANK_PAGE_URL, EDITOR_ALONE_URL, PAGE_BUNDLE_URL } from './bundles.mjs';
import { placeCursor } from './edit-probes.mjs';
import { editorBox, openAlone } from './editor-alone.mjs';
import { seedDrafts } from './drafts-probes.mjs';
import { growth, heapKinds, openHeapProbe, toMB } from './heap.mjs';
import { chunkSteps, keystrokePlan } from './keystrokes.mjs';
import { markPreviewFrame, waitForDraftShown, waitForSaved } from './memory-probes.mjs';
import { waitForPreviewSettled } from './page-probes.mjs';
import { median } from './stats.mjs';
import { loadText } from './typing.mjs';

const CHUNK_KEYS = 50;
const CHUNK_PAUSE_MS = 150;
/** Past the editor's 2 s wait for its deferred tools, and the idle moment after it. */
const TOOLS_WAIT_MS = 3_000;
const VIEWPORT = { width: 1440, height: 900 };

/** Returns a fresh context's page with the app open and its first preview block shown. */
async function openApp(browser, baseUrl) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/?lang=en`);
  await page.frameLocator('iframe[title="Preview"]').locator('.pluma-block').first().waitFor();
  return { context, page };
}

/** Types `plan`'s steps in chunks of 50 keys with a short pause between; returns the seconds. */
async function typePlan(page, plan) {
  const started = performance.now();
  for (const chunk of chunkSteps(plan.steps, CHUNK_KEYS)) {
    for (const step of chunk) {
      if (step.text) await page.keyboard.type(step.text, { delay: 0 });
      else await page.keyboard.press(step.key);
    }
    await page.waitForTimeout(CHUNK_PAUSE_MS);
  }
  return (performance.now() - started) / 1000;
}

/** Measures after forced GC, and splits a heap snapshot's bytes into compiled code and the rest. */
async function measureWithKinds(probe) {
  const m = await probe.measure();
  return { ...m, kinds: heapKinds(await probe.snapshot()) };
}

/**
 * Loads the post, measures the heap, types `keys` key presses at the spot in chunks of 50 (no
 * wait for the preview per key, a short pause between chunks), waits for the preview to show
 * the end of the typing and the status to say Saved, and measures again; then types the same
 * `keys` once more after a marker word and measures a third time. Returns the measurements, the
 * growth over the first and over the second round of keys, each with the part of a heap
 * snapshot's growth that is compiled code (V8 compiles the typing path's functions as they get
 * hot: once, not per key), the keys typed and the seconds the first round took.
 */
export async function benchLongTyping(browser, baseUrl, { frontMatter, body, spot, keys }) {
  const { context, page } = await openApp(browser, baseUrl);
  try {
    await loadText(page, frontMatter, body, spot);
    // The editor's deferred tools (its full grammar, search) arrive once the input has paused
    // for 2 s (markdown-editor.tsx): the baseline is the page with everything it loads, so that
    // the growth is the typing's.
    await page.waitForTimeout(TOOLS_WAIT_MS);
    const probe = await openHeapProbe(page);
    await page.evaluate(waitForSaved, 15_000);
    const before = await measureWithKinds(probe);
    const plan = keystrokePlan(keys);
    const typingSeconds = await typePlan(page, plan);
    // Enter takes the spaces after the cursor with it (CodeMirror's insertNewlineAndIndent).
    const rest = plan.breaks > 0 ? spot.after.trimStart() : spot.after;
    const notes = [];
    const settle = async (expected, round) => {
      const settled = await page.evaluate(waitForPreviewSettled, {
        expected,
        quietMs: 1_000,
        timeoutMs: 60_000,
      });
      const saved = await page.evaluate(waitForSaved, 15_000);
      if (!settled) notes.push(`${round}: the preview never showed the end of the typing`);
      if (!saved) notes.push(`${round}: the status never said Saved`);
    };
    await settle(`${plan.lastLine.trim().split(' ').slice(-2).join(' ')}${rest}`, 'first round');
    const after = await measureWithKinds(probe);
    // The second round ends with a word the first never types, so its end is told apart.
    await typePlan(page, plan);
    await page.keyboard.type(' segundaronda', { delay: 0 });
    await settle(`segundaronda${rest}`, 'second round');
    const again = await measureWithKinds(probe);
    await probe.close();
    return {
      ...rounds(plan, typingSeconds, before, after, again),
      note: notes.join('; ') || null,
      box: await page.evaluate(editorBox),
    };
  } finally {
    await context.close();
  }
}

/** Returns the figures of a session's two rounds of keys, measured before, after and again. */
function rounds(plan, typingSeconds, before, after, again) {
  const codeMB = (a, b) => toMB(b.kinds.code - a.kinds.code);
  return {
    keys: plan.keys,
    typingSeconds,
    before,
    after,
    again,
    growth: { ...growth(before, after), codeMB: codeMB(before, after) },
    secondGrowth: { ...growth(after, again), codeMB: codeMB(after, again) },
  };
}

/** (In the page.) Resolves true once the editor shows `text`, false after `timeoutMs`. */
async function editorShows({ text, timeoutMs }) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const content = document.querySelector('.cm-content');
    if (content && content.textContent.includes(text)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/**
 * The baseline of `benchLongTyping`: the same keys at the same spot of the same post, typed into
 * an editor alone (editor-alone.mjs: `setup` 'editor', the app's editor without the app, or
 * 'codemirror'), placed and lettered by `box`, on a blank page of the app's origin, measured
 * the same way. Returns the same figures.
 */
export async function benchLongTypingAlone(browser, baseUrl, post, { setup, box }) {
  const { frontMatter, body, spot, keys } = post;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${BLANK_PAGE_URL}`);
    const doc = frontMatter + body;
    // The editor draws only what is in view: the post's first line.
    const text = body.split('\n')[0].slice(0, 30);
    if (!(await page.evaluate(openAlone, { url: EDITOR_ALONE_URL, doc, setup, box, text }))) {
      throw new Error(`${setup} alone: the editor never showed the post`);
    }
    await page.evaluate(placeCursor, frontMatter.length + spot.at);
    await page.waitForTimeout(TOOLS_WAIT_MS);
    const probe = await openHeapProbe(page);
    const before = await measureWithKinds(probe);
    const plan = keystrokePlan(keys);
    const typingSeconds = await typePlan(page, plan);
    const end = plan.lastLine.trim().split(' ').slice(-2).join(' ');
    const notes = [];
    const settle = async (expected, round) => {
      if (!(await page.evaluate(editorShows, { text: expected, timeoutMs: 60_000 }))) {
        notes.push(`${round}: the editor never showed the end of the typing`);
      }
      await page.waitForTimeout(1_000);
    };
    await settle(end, 'first round');
    const after = await measureWithKinds(probe);
    await typePlan(page, plan);
    await page.keyboard.type(' segundaronda', { delay: 0 });
    await settle('segundaronda', 'second round');
    const again = await measureWithKinds(probe);
    await probe.close();
    return { ...rounds(plan, typingSeconds, before, after, again), note: notes.join('; ') || null };
  } finally {
    await context.close();
  }
}

/** Returns the text an open draft's editor shows of its `title`, enough to tell it apart. */
const titleMarker = (title) =>
  title.includes(':') ? title.slice(0, title.indexOf(':') + 1) : title;

/**
 * Seeds `drafts` drafts, reloads, opens them one after another by their items in the list named
 * Drafts (each open remounts the editor and the preview) for a warm-up round of `drafts`
 * opens, measures, opens `opens` more, and measures again. Returns both measurements, the
 * growth, the median and max ms an open took to show, and the workers left attached.
 */
export async function benchDraftsChurn(browser, baseUrl, { drafts, opens, bodies }) {
  const { context, page } = await openApp(browser, baseUrl);
  try {
    await page.evaluate(seedDrafts, { url: PAGE_BUNDLE_URL, count: drafts, bodies });
    await page.reload();
    const list = page.getByRole('list', { name: 'Drafts' });
    await page.getByRole('textbox', { name: 'Markdown' }).waitFor();
    // The toggle says whether the sidebar is open from the first render; the list itself may
    // not be in the page yet, and clicking then would close the sidebar it was about to show.
    const toggle = page.getByRole('button', { name: 'Drafts', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await list
      .locator('li')
      .nth(drafts - 1)
      .waitFor();
    const titles = await list.locator(':scope > li > button.draft-open').allTextContents();
    const probe = await openHeapProbe(page);
    const times = [];
    let missed = 0;
    const open = async (i) => {
      const title = titles[i % titles.length];
      await page.evaluate(markPreviewFrame);
      await list.getByRole('button', { name: title, exact: true }).click();
      const ms = await page.evaluate(waitForDraftShown, {
        marker: titleMarker(title),
        quietMs: 150,
        timeoutMs: 15_000,
      });
      if (ms === null) missed += 1;
      else times.push(ms);
    };
    for (let i = 0; i < titles.length; i++) await open(i);
    const before = await probe.measure();
    times.length = 0;
    for (let i = 0; i < opens; i++) await open(i + 1);
    await page.evaluate(() => delete window.__plumaBenchFrame);
    const after = await probe.measure();
    const playwrightWorkers = page.workers().length;
    await probe.close();
    return {
      drafts: titles.length,
      opens,
      warmUpOpens: titles.length,
      before,
      after,
      growth: growth(before, after),
      perOpenKB: Math.round(((after.heap - before.heap) / opens / 1024) * 10) / 10,
      openMedianMs: median(times),
      openMaxMs: times.length ? Math.max(...times) : null,
      missed,
      playwrightWorkers,
    };
  } finally {
    await context.close();
  }
}
