/**
 * Keystroke-to-preview latency, input latency and long tasks while typing into the production
 * app, for one post text.
 */
import { PAGE_BUNDLE_URL } from './bundles.mjs';
import {
  armKey,
  collectTyping,
  installTypingProbes,
  timeRendersInPage,
  waitForKey,
  waitForPreviewSettled,
} from './page-probes.mjs';
import { max, percentile } from './stats.mjs';

/** What the bench types: 60 plain ASCII characters, letters and spaces (no key opens a popup). */
export const TYPED = ' y luego seguimos con otra mesa de trabajo sobre datos utile';

const KEY_TIMEOUT_MS = 5_000;

/**
 * Loads `frontMatter + body` into the editor as a person would (select all, paste), with the
 * cursor left at `spot.at` in the body: the part after the spot is pasted first, then the part
 * before it at the top. Returns once the preview shows the text around the spot and is quiet.
 */
export async function loadText(page, frontMatter, body, spot) {
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(body.slice(spot.at));
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.insertText(frontMatter + body.slice(0, spot.at));
  const settled = await page.evaluate(waitForPreviewSettled, {
    expected: spot.anchor + spot.after,
    quietMs: 1_000,
    timeoutMs: 120_000,
  });
  if (!settled) throw new Error('the preview never showed the loaded text');
}

/** Returns the per-size summary of one typing run's raw figures. */
function summarise(raw) {
  const ok = raw.keys.filter((k) => k.preview !== null && k.input !== null);
  const at = (field, p) =>
    percentile(
      ok.map((k) => k[field]),
      p,
    );
  const over50 = raw.longTasks.filter((t) => t.duration > 50);
  return {
    keys: raw.keys.length,
    timeouts: raw.keys.length - ok.length,
    previewP50: at('preview', 50),
    previewP95: at('preview', 95),
    previewMax: max(ok.map((k) => k.preview)),
    previewFrameP50: at('previewFrame', 50),
    previewFrameP95: at('previewFrame', 95),
    inputP50: at('input', 50),
    inputP95: at('input', 95),
    longTaskSupported: raw.longTaskSupported,
    // The API reports only tasks over 50 ms: null here means none was that long.
    longestTask: max(raw.longTasks.map((t) => t.duration)),
    longTasksOver50: raw.longTaskSupported ? over50.length : null,
  };
}

/**
 * Opens the app at `baseUrl` in a fresh context, loads the post, types TYPED one key at a time
 * at the spot (each key waits for the preview before the next), and returns the summary, the
 * raw per-key figures, the in-page render baselines of `body` (none when `pageRuns` is 0) and what `afterTyping(page)`
 * (optional, run before the context closes) returned. `openPost(page)` (optional) opens the
 * page and a post in its own way first (a blog folder, for the site's layouts).
 */
export async function benchTyping(browser, baseUrl, options) {
  const { frontMatter, body, spot, pageRuns, afterTyping, beforeTyping, openPost } = options;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    if (openPost) await openPost(page);
    else await page.goto(`${baseUrl}/?lang=en`);
    await page.frameLocator('iframe[title="Preview"]').locator('.pluma-block').first().waitFor();
    await loadText(page, frontMatter, body, spot);
    if (beforeTyping) await beforeTyping(page);
    if (!(await page.evaluate(installTypingProbes))) throw new Error('editor or preview missing');
    for (let i = 0; i < TYPED.length; i++) {
      const expected = spot.anchor + TYPED.slice(0, i + 1) + spot.after;
      await page.evaluate(armKey, { index: i, expected });
      await page.keyboard.type(TYPED[i]);
      await page.evaluate(waitForKey, KEY_TIMEOUT_MS);
    }
    const raw = await page.evaluate(collectTyping);
    const inPage = pageRuns
      ? await page.evaluate(timeRendersInPage, { url: PAGE_BUNDLE_URL, body, runs: pageRuns })
      : null;
    const after = afterTyping ? await afterTyping(page) : undefined;
    return { summary: summarise(raw), raw, inPage, after };
  } finally {
    await context.close();
  }
}
