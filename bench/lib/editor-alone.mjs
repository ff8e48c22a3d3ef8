/**
 * The baselines of issue 15's edits that miss their targets, measured in the same run: the keys
 * of the paragraph, join and paste rows, typed at the same spot of the same post and measured by
 * the same CPU probe, into an editor alone on a blank page of the app's origin, placed and
 * lettered as the app's editor is: the app's own editor (its React component and all its
 * extensions, without the store, preview, autosave and form around it), and CodeMirror with
 * Markdown and line wrapping only. What they cost is the editor's floor; what the app costs a key
 * beyond them is its own.
 */
import { BLANK_PAGE_URL, EDITOR_ALONE_URL } from './bundles.mjs';
import { openCpuProbe } from './cpu.mjs';
import { placeCursor, writeClipboard } from './edit-probes.mjs';
import { EDIT_KINDS } from './edit-kinds.mjs';
import { max, percentile } from './stats.mjs';

/** The editors measured: [setup, label]. */
export const ALONE_SETUPS = [
  ['editor', "the app's editor alone"],
  ['codemirror', 'CodeMirror alone (Markdown, line wrapping)'],
];
/** The kinds of edit measured in them (ids of EDIT_KINDS). */
export const ALONE_KINDS = ['paragraph', 'join', 'paste'];

const KEY_TIMEOUT_MS = 5_000;
/** The quiet after the first measured key, as the edits rows have after theirs. */
const AFTER_FIRST_MS = 1_000;

/** (In the app's page.) Returns where the app's editor is and its font, for `openEditorAlone`. */
export function editorBox() {
  const editor = document.querySelector('.cm-editor');
  const content = document.querySelector('.cm-content');
  if (!editor || !content) return null;
  const r = editor.getBoundingClientRect();
  const font = getComputedStyle(content).font;
  return { left: r.left, top: r.top, width: r.width, height: r.height, font };
}

/** (In the page.) Imports the bundle at `url` and shows the editor; resolves once it shows `text`. */
export async function openAlone({ url, doc, setup, box, text }) {
  const m = await import(url);
  m.openEditorAlone({ doc, setup, box });
  const started = performance.now();
  while (performance.now() - started < 30_000) {
    const content = document.querySelector('.cm-content');
    if (content && content.textContent.includes(text)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/**
 * (In the page.) Starts the measurement of the next key: `window.__aloneKey` resolves with
 * `{ text, input }`, the ms from its keydown until the editor's text changed and until the frame
 * after its DOM changed, or null after `timeoutMs`.
 */
function armAloneKey(timeoutMs) {
  const content = document.querySelector('.cm-content');
  const changes = window.__aloneChanges;
  const seen = changes.length;
  window.__aloneKey = new Promise((resolve) => {
    let down;
    const onDown = (e) => {
      if (!['Control', 'Shift', 'Alt', 'Meta'].includes(e.key)) down ??= performance.now();
    };
    document.addEventListener('keydown', onDown, true);
    const observer = new MutationObserver(() => {
      if (down === undefined) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const at = changes[seen];
        finish({ text: at === undefined ? null : at - down, input: performance.now() - down });
      });
    });
    observer.observe(content, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(times) {
      clearTimeout(timer);
      observer.disconnect();
      document.removeEventListener('keydown', onDown, true);
      resolve(times);
    }
  });
}

/** (In the page.) Resolves with the armed key's times (see `armAloneKey`). */
function waitAloneKey() {
  return window.__aloneKey;
}

/** Does what a step says, as the edits rows do: a character, a key, or a paste. */
async function act(page, step) {
  if (step.text !== undefined) await page.keyboard.type(step.text);
  else if (step.press) await page.keyboard.press(step.press);
  else await page.keyboard.press('ControlOrMeta+V');
}

const spread = (values) => {
  const ok = values.filter((v) => v !== null);
  return { p50: percentile(ok, 50), p95: percentile(ok, 95), max: max(ok) };
};

/** Types one kind's plan into a new page's editor of `setup`; returns the row. */
async function runAlone(context, baseUrl, post, box, [setup, label], kind, openMs) {
  const { frontMatter, body, spots, keys, pastes } = post;
  const plan = kind.plan({ spots, keys, pastes });
  const page = await context.newPage();
  const cpu = await openCpuProbe(page);
  try {
    await page.goto(`${baseUrl}${BLANK_PAGE_URL}`);
    const text = body.split('\n')[0].slice(0, 30);
    const doc = frontMatter + body;
    const started = performance.now();
    if (!(await page.evaluate(openAlone, { url: EDITOR_ALONE_URL, doc, setup, box, text }))) {
      throw new Error(`${label}: the editor never showed the post`);
    }
    // The first key comes as long after the start as in the app's row (which waits for the
    // preview too), so that both editors have had the same time to parse and settle.
    const waited = performance.now() - started;
    if (openMs > waited) await page.waitForTimeout(openMs - waited);
    if (!(await page.evaluate(placeCursor, frontMatter.length + plan.at))) {
      throw new Error(`${label}: no CodeMirror view found to place the cursor`);
    }
    const measured = [];
    const cpuMs = [];
    for (const step of plan.steps) {
      if (step.paste !== undefined) await page.evaluate(writeClipboard, step.paste);
      await page.evaluate(armAloneKey, KEY_TIMEOUT_MS);
      const before = await cpu.taskMs();
      await act(page, step);
      const times = await page.evaluate(waitAloneKey);
      if (!step.measured) continue;
      measured.push(times);
      cpuMs.push(times === null ? null : (await cpu.taskMs()) - before);
      if (measured.length === 1) await page.waitForTimeout(AFTER_FIRST_MS);
    }
    return {
      setup,
      label,
      kind: kind.id,
      keys: measured.length,
      timeouts: measured.filter((t) => t === null).length,
      firstKey: measured[0]?.text ?? null,
      text: spread(measured.map((t) => t?.text ?? null)),
      input: spread(measured.map((t) => t?.input ?? null)),
      cpu: spread(cpuMs),
      cpuFirstKey: cpuMs[0] ?? null,
    };
  } finally {
    await cpu.close();
    await page.close();
  }
}

/**
 * Types the plans of `ALONE_KINDS` (or those of them in `only`) into each editor alone, the post
 * just opened (a new page per row), the first key `opened[kind]` ms after the start (the app's
 * row's open time) or at once; returns a row per editor and kind: `{ setup, label, kind,
 * keys, timeouts, firstKey, text, input, cpu, cpuFirstKey }` (`text`: keydown until the editor's
 * text changed, which the app's preview comes after; `input`: until the frame after its DOM
 * changed; `firstKey`: the first measured key's `text`).
 */
export async function benchEditorAlone(browser, baseUrl, post, box, { only, opened } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
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
