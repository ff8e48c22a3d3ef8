/**
 * The baselines of issue 15's edits that miss their targets, measured in the same run: the keys
 * of the paragraph, table cell, new paragraph, new list item, join and paste rows (those whose
 * CPU per key missed at 50,000 words), typed at the same spot of the same post and measured by
 * the same CPU probe, into an editor alone on a blank page of the app's origin, placed and
 * lettered as the app's editor is: the app's editor component (markdown-editor.tsx, with its own
 * extensions; not the workspace's formatting keys, scroll sync and image drop, nor the store,
 * preview, autosave and form), and CodeMirror with Markdown and line wrapping only.
 */
import { BLANK_PAGE_URL, EDITOR_ALONE_URL } from './bundles.mjs';
import { openCpuProbe } from './cpu.mjs';
import { editorShows, placeCursor } from './edit-probes.mjs';
import { EDIT_KINDS } from './edit-kinds.mjs';
import { spread, typeSteps, VIEWPORT } from './edits.mjs';
import { collectTyping, installTypingProbes } from './page-probes.mjs';

/** The editors measured: [setup, label]. */
export const ALONE_SETUPS = [
  ['editor', "the app's editor alone"],
  ['codemirror', 'CodeMirror alone (Markdown, line wrapping)'],
];
/**
 * The kinds of edit measured in them (ids of EDIT_KINDS): not the title's (the form is not the
 * editor), nor the pause's (`runAlone` types its plan without the plan's pause, which would make
 * it the paragraph row again).
 */
export const ALONE_KINDS = ['paragraph', 'table', 'newParagraph', 'newItem', 'join', 'paste'];

/** The quiet after the first measured key, as the edits rows have after theirs. */
const AFTER_FIRST_MS = 1_000;

/** (In the page.) Imports the bundle at `url` and shows the editor (see the entry). */
async function openAlone({ url, doc, setup, box }) {
  const m = await import(url);
  window.__alonePreviewShown = m.previewShown;
  return m.openEditorAlone({ doc, setup, box });
}

/** (In the page.) Says the preview shows, as the app's preview would (see the entry). */
export function previewShownAlone() {
  window.__alonePreviewShown();
}

/**
 * (In the page.) Resolves true once the app's editor's deferred tools (editor-tools.ts) have
 * loaded, false after `timeoutMs` (CodeMirror alone has none).
 */
export async function waitForEditorTools({ timeoutMs }) {
  const started = performance.now();
  const loaded = () =>
    performance.getEntriesByType('resource').some((e) => /\/editor-tools[^/]*\.js/.test(e.name));
  while (performance.now() - started < timeoutMs) {
    if (loaded()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/**
 * Opens a blank page of the app's origin in `page` and shows the post (`frontMatter` + `body`)
 * in an editor alone of `setup`, placed by `box`; resolves once it shows the body's first line
 * (it draws only what is in view), or throws.
 */
export async function openEditorAlone(page, baseUrl, { frontMatter, body, setup, box }) {
  await page.goto(`${baseUrl}${BLANK_PAGE_URL}`);
  await page.evaluate(openAlone, { url: EDITOR_ALONE_URL, doc: frontMatter + body, setup, box });
  const text = body.split('\n')[0].slice(0, 30);
  if (!(await page.evaluate(editorShows, { text, timeoutMs: 30_000 }))) {
    throw new Error(`${setup} alone: the editor never showed the post`);
  }
}

/**
 * Types one kind's plan into a new page's editor of `setup`, the first key `openMs` after the
 * page's start, and returns the row.
 */
async function runAlone(context, baseUrl, post, box, [setup, label], kind, openMs) {
  const { frontMatter, body, spots, keys, pastes } = post;
  const plan = kind.plan({ spots, keys, pastes });
  const page = await context.newPage();
  const cpu = await openCpuProbe(page);
  try {
    const started = performance.now();
    await openEditorAlone(page, baseUrl, { frontMatter, body, setup, box });
    // The cursor goes to the spot at once, so that the editor parses up to it while it waits.
    if (!(await page.evaluate(placeCursor, frontMatter.length + plan.at))) {
      throw new Error(`${label}: no CodeMirror view found to place the cursor`);
    }
    // The first key comes about as long after the start as in the app's row, when the app's
    // preview shows the post (and says so: what waits for it starts then here too).
    const waited = performance.now() - started;
    if (openMs > waited) await page.waitForTimeout(openMs - waited);
    await page.evaluate(previewShownAlone);
    await page.evaluate(installTypingProbes, { preview: false });
    // Every key is typed (no giving up), so that each planned key has its figures or a timeout.
    const { cpuMs } = await typeSteps(page, cpu, plan.steps, {
      arm: () => ({ expected: null, needPreview: false }),
      afterFirst: () => page.waitForTimeout(AFTER_FIRST_MS),
      giveUpAfter: Infinity,
    });
    const raw = await page.evaluate(collectTyping);
    // A key whose text never changed is a timeout.
    const measured = raw.keys
      .filter((_, i) => plan.steps[i].measured)
      .map((k, i) => (k.text === null || cpuMs[i] === null ? null : { ...k, cpu: cpuMs[i] }));
    return {
      setup,
      label,
      kind: kind.id,
      keys: measured.length,
      timeouts: measured.filter((k) => k === null).length,
      firstKey: measured[0]?.text ?? null,
      text: spread(measured.map((k) => k?.text ?? null)),
      input: spread(measured.map((k) => k?.input ?? null)),
      cpu: spread(measured.map((k) => k?.cpu ?? null)),
      cpuFirstKey: measured[0]?.cpu ?? null,
      raw: measured,
    };
  } finally {
    await cpu.close();
    await page.close();
  }
}

/**
 * Types the plans of `ALONE_KINDS` (or those of them in `only`) into each editor alone, the post
 * just opened (a new page per row), the first key `opened[kind]` ms after the start (the app's
 * row's open time) or at once; returns a row per editor and kind: `{ setup, label, kind, keys,
 * timeouts, firstKey, text, input, cpu, cpuFirstKey, raw }` (`text`: keydown until the editor's
 * text changed, which the app's preview comes after; `input`: until the frame after its DOM
 * changed; `firstKey`: the first measured key's `text`; CPU: until that frame).
 */
export async function benchEditorAlone(browser, baseUrl, post, box, { only, opened } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  try {
    const rows = [];
    for (const id of ALONE_KINDS) {
      if (only && !only.includes(id)) continue;
      const kind = EDIT_KINDS.find((k) => k.id === id);
      const openMs = opened?.[id] ?? 0;
      for (const setup of ALONE_SETUPS) {
        rows.push(await runAlone(context, baseUrl, post, box, setup, kind, openMs));
      }
    }
    return rows;
  } finally {
    await context.close();
  }
}
