/**
 * The long-session figures of issue 8: JS heap growth after 2,000 keystrokes in a 5,000-word
 * post, and after opening drafts 200 times, each after forced garbage collection.
 */
import { PAGE_BUNDLE_URL } from './bundles.mjs';
import { editorBox, editorShows, placeCursor } from './edit-probes.mjs';
import { openEditorAlone, previewShownAlone, waitForEditorTools } from './editor-alone.mjs';
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
 * Measures the heap of `page`, types `plan`'s keys at the cursor in chunks of 50 (no wait per
 * key, a short pause between chunks), waits until `settle(expected, round)` says the page shows
 * the end of the typing (it returns a note when it never did), and measures again; then types the
 * same keys once more after a marker word and measures a third time. `rest` is the text after
 * the spot as it shows after the keys. Returns the measurements, the growth over the first and
 * over the second round of keys, each with the part of a heap snapshot's growth that is compiled
 * code (V8 compiles the typing path's functions as they get hot: once, not per key), the keys
 * typed, the seconds the first round took and the notes.
 */
async function typeTwoRounds(page, plan, rest, settle) {
  const probe = await openHeapProbe(page);
  const notes = [];
  const settled = async (expected, round) => {
    const note = await settle(expected, round);
    if (note) notes.push(note);
  };
  try {
    const before = await measureWithKinds(probe);
    const typingSeconds = await typePlan(page, plan);
    await settled(`${plan.lastLine.trim().split(' ').slice(-2).join(' ')}${rest}`, 'first round');
    const after = await measureWithKinds(probe);
    // The second round ends with a word the first never types, so its end is told apart.
    await typePlan(page, plan);
    await page.keyboard.type(' segundaronda', { delay: 0 });
    await settled(`segundaronda${rest}`, 'second round');
    const again = await measureWithKinds(probe);
    const codeMB = (a, b) => toMB(b.kinds.code - a.kinds.code);
    return {
      keys: plan.keys,
      typingSeconds,
      before,
      after,
      again,
      growth: { ...growth(before, after), codeMB: codeMB(before, after) },
      secondGrowth: { ...growth(after, again), codeMB: codeMB(after, again) },
      note: notes.join('; ') || null,
    };
  } finally {
    await probe.close();
  }
}

/**
 * Returns the text after `spot` as it shows once `plan` is typed there. CodeMirror's Enter
 * (insertNewlineAndIndent) takes the spaces after the cursor with it; the browser's own Enter,
 * which an editor without key bindings gets (`nativeEnter`), leaves them.
 */
const restAfter = (plan, spot, nativeEnter = false) =>
  plan.breaks > 0 && !nativeEnter ? spot.after.trimStart() : spot.after;

/**
 * Loads the post into the app and types `keys` key presses at the spot, twice, measuring the
 * heap as `typeTwoRounds` does; each round ends once the preview shows the end of the typing
 * and the status says Saved. Returns its figures and `box`, where the app's editor is
 * (`editorBox`, for the baselines).
 */
export async function benchLongTyping(browser, baseUrl, { frontMatter, body, spot, keys }) {
  const { context, page } = await openApp(browser, baseUrl);
  try {
    await loadText(page, frontMatter, body, spot);
    // The editor's deferred tools (its full grammar, search) arrive once the input has paused
    // for 2 s (markdown-editor.tsx): the baseline is the page with everything it loads, so that
    // the growth is the typing's.
    await page.waitForTimeout(TOOLS_WAIT_MS);
    await page.evaluate(waitForSaved, 15_000);
    const plan = keystrokePlan(keys);
    const figures = await typeTwoRounds(
      page,
      plan,
      restAfter(plan, spot),
      async (expected, round) => {
        const settled = await page.evaluate(waitForPreviewSettled, {
          expected,
          quietMs: 1_000,
          timeoutMs: 60_000,
        });
        const saved = await page.evaluate(waitForSaved, 15_000);
        const notes = [];
        if (!settled) notes.push(`${round}: the preview never showed the end of the typing`);
        if (!saved) notes.push(`${round}: the status never said Saved`);
        return notes.join('; ');
      },
    );
    return { ...figures, box: await page.evaluate(editorBox) };
  } finally {
    await context.close();
  }
}

/**
 * The baseline of `benchLongTyping`: the same keys at the same spot of the same post, typed into
 * an editor alone (editor-alone.mjs: `setup` 'editor', the app's editor component without the
 * app, or 'codemirror'), placed and lettered by `box`, on a blank page of the app's origin,
 * measured the same way once its deferred tools have come, as the app's are. Returns the same
 * figures.
 */
export async function benchLongTypingAlone(browser, baseUrl, post, { setup, box }) {
  const { frontMatter, body, spot, keys } = post;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await openEditorAlone(page, baseUrl, { frontMatter, body, setup, box });
    if (!(await page.evaluate(placeCursor, frontMatter.length + spot.at))) {
      throw new Error(`${setup} alone: no CodeMirror view found to place the cursor`);
    }
    // What the app's editor loads once the preview shows (its warm-up, its deferred tools)
    // comes before the first measurement, as in the app.
    await page.evaluate(previewShownAlone);
    if (setup === 'editor' && !(await page.evaluate(waitForEditorTools, { timeoutMs: 15_000 }))) {
      throw new Error(`${setup} alone: its deferred tools never loaded`);
    }
    await page.waitForTimeout(TOOLS_WAIT_MS);
    const plan = keystrokePlan(keys);
    // CodeMirror alone has no key bindings (editor-alone.mjs): its Enter is the browser's.
    const rest = restAfter(plan, spot, setup === 'codemirror');
    return await typeTwoRounds(page, plan, rest, async (expected, round) => {
      const shown = await page.evaluate(editorShows, { text: expected, timeoutMs: 60_000 });
      await page.waitForTimeout(1_000);
      return shown ? '' : `${round}: the editor never showed the end of the typing`;
    });
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
