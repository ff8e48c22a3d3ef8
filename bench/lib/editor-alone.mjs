/**
 * The baselines of the CPU a key costs (issue 15): the paragraph row's keys, typed at the same
 * spot of the same post and measured by the same CPU probe, into an editor alone on a blank page
 * of the app's origin, placed and lettered as the app's editor is: the app's own editor (its
 * React component and all its extensions, without the store, preview, autosave and form around
 * it), and CodeMirror with Markdown and line wrapping only. What the app costs a key beyond them
 * is its own; what they cost is the editor's floor.
 */
import { BLANK_PAGE_URL, EDITOR_ALONE_URL } from './bundles.mjs';
import { openCpuProbe } from './cpu.mjs';
import { placeCursor } from './edit-probes.mjs';
import { EDIT_KINDS } from './edit-kinds.mjs';
import { max, percentile } from './stats.mjs';

/** The editors measured: [setup, label]. */
export const ALONE_SETUPS = [
  ['editor', "the app's editor alone"],
  ['codemirror', 'CodeMirror alone (Markdown, line wrapping)'],
];

const KEY_TIMEOUT_MS = 5_000;
/** The quiet after the first key, as the edits rows have after theirs. */
const AFTER_FIRST_MS = 1_000;

/** (In the app's page.) Returns where the app's editor is and its font, for `openEditorAlone`. */
export function editorBox() {
  const editor = document.querySelector('.cm-editor');
  const content = document.querySelector('.cm-content');
  if (!editor || !content) return null;
  const r = editor.getBoundingClientRect();
  return {
    left: r.left,
    top: r.top,
    width: r.width,
    height: r.height,
    font: getComputedStyle(content).font,
  };
}

/** (In the page.) Imports the bundle at `url` and shows the editor; resolves once it shows `text`. */
async function openAlone({ url, doc, setup, box, text }) {
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
 * (In the page.) Starts the measurement of the next key: `window.__aloneKey` resolves with the
 * ms from its keydown until the frame after the editor's DOM changed, or null after `timeoutMs`.
 */
function armAloneKey(timeoutMs) {
  const content = document.querySelector('.cm-content');
  window.__aloneKey = new Promise((resolve) => {
    let down;
    const onDown = () => (down ??= performance.now());
    document.addEventListener('keydown', onDown, true);
    const observer = new MutationObserver(() => {
      if (down === undefined) return;
      observer.disconnect();
      requestAnimationFrame(() => finish(performance.now() - down));
    });
    observer.observe(content, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(ms) {
      clearTimeout(timer);
      observer.disconnect();
      document.removeEventListener('keydown', onDown, true);
      resolve(ms);
    }
  });
}

/** (In the page.) Resolves with the armed key's ms (see `armAloneKey`). */
function waitAloneKey() {
  return window.__aloneKey;
}

const spread = (values) => {
  const ok = values.filter((v) => v !== null);
  return { p50: percentile(ok, 50), p95: percentile(ok, 95), max: max(ok) };
};

/**
 * Types the paragraph row's keys into each editor alone, the post just opened (a new page per
 * editor); returns a row per setup: `{ setup, label, keys, timeouts, firstKey, input, cpu,
 * cpuFirstKey }` (`input`: keydown to the frame after the editor changed).
 */
export async function benchEditorAlone(browser, baseUrl, post, box) {
  const { frontMatter, body, spots, keys } = post;
  const plan = EDIT_KINDS.find((k) => k.id === 'paragraph').plan({ spots, keys });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  try {
    const rows = [];
    for (const [setup, label] of ALONE_SETUPS) {
      const page = await context.newPage();
      const cpu = await openCpuProbe(page);
      await page.goto(`${baseUrl}${BLANK_PAGE_URL}`);
      const text = body.split('\n')[0].slice(0, 30);
      const doc = frontMatter + body;
      if (!(await page.evaluate(openAlone, { url: EDITOR_ALONE_URL, doc, setup, box, text }))) {
        throw new Error(`${label}: the editor never showed the post`);
      }
      if (!(await page.evaluate(placeCursor, frontMatter.length + plan.at))) {
        throw new Error(`${label}: no CodeMirror view found to place the cursor`);
      }
      const input = [];
      const cpuMs = [];
      for (const [i, step] of plan.steps.entries()) {
        await page.evaluate(armAloneKey, KEY_TIMEOUT_MS);
        const before = await cpu.taskMs();
        await page.keyboard.type(step.text);
        const ms = await page.evaluate(waitAloneKey);
        input.push(ms);
        cpuMs.push(ms === null ? null : (await cpu.taskMs()) - before);
        if (i === 0) await page.waitForTimeout(AFTER_FIRST_MS);
      }
      await cpu.close();
      await page.close();
      rows.push({
        setup,
        label,
        keys: input.length,
        timeouts: input.filter((v) => v === null).length,
        firstKey: input[0],
        input: spread(input),
        cpu: spread(cpuMs),
        cpuFirstKey: cpuMs[0],
      });
    }
    return rows;
  } finally {
    await context.close();
  }
}
