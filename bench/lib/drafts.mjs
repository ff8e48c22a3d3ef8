/** The drafts figures of issue 5: the list with 1,000 drafts, and autosaving a long draft. */
import { PAGE_BUNDLE_URL } from './bundles.mjs';
import {
  armAutosaveProbe,
  autosaveResult,
  draftsListTimes,
  seedDrafts,
  timeSaveDraft,
  watchDraftsList,
} from './drafts-probes.mjs';

/**
 * Seeds `count` drafts through the app's storage module in a fresh context, reloads, and
 * returns when the list named Drafts showed its first item and all of them (ms since navigation
 * start), plus the `listDrafts` time; `note` says why a figure is missing.
 */
export async function benchDraftsList(browser, baseUrl, { count, bodies }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?lang=en`);
    await page.getByRole('textbox', { name: 'Markdown' }).waitFor();
    const listDraftsMs = await page.evaluate(seedDrafts, { url: PAGE_BUNDLE_URL, count, bodies });
    await page.addInitScript(watchDraftsList, count);
    await page.reload();
    const list = page.getByRole('list', { name: 'Drafts' });
    try {
      await list.waitFor({ state: 'attached', timeout: 15_000 });
    } catch {
      return { count, listDraftsMs, first: null, all: null, note: 'n/a: drafts list not found' };
    }
    const state = await page.evaluate(draftsListTimes, 30_000);
    const note =
      state.all === null ? `list showed only ${state.count} of ${count} drafts in 30 s` : null;
    return { count, listDraftsMs, first: state.first, all: state.all, shown: state.count, note };
  } finally {
    await context.close();
  }
}

/** Returns the in-page `saveDraft` timing of `text` on Chromium's IndexedDB. */
export async function benchSaveDraft(browser, baseUrl, { text, runs }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?lang=en`);
    await page.getByRole('textbox', { name: 'Markdown' }).waitFor();
    return await page.evaluate(timeSaveDraft, { url: PAGE_BUNDLE_URL, text, runs });
  } finally {
    await context.close();
  }
}

/**
 * In a page already holding the long post, types one more character and returns the ms until
 * the status says Saved again (debounce included), or a reason string.
 */
export async function benchUiAutosave(page, key) {
  const armed = await page.evaluate(armAutosaveProbe, 10_000);
  if (armed !== 'armed') return armed;
  await page.keyboard.type(key);
  return page.evaluate(autosaveResult, 15_000);
}
