/**
 * Key-to-preview latency and main-thread CPU per key for each kind of edit (issue 15), each
 * row starting from the post just opened: the draft is stored, the app started on it, and the
 * first key typed as soon as the editor and the preview show the post.
 */
import { PAGE_BUNDLE_URL, BLANK_PAGE_URL } from './bundles.mjs';
import { openCpuProbe } from './cpu.mjs';
import {
  editorBox,
  placeCursor,
  seedOpenDraft,
  waitForOpened,
  writeClipboard,
} from './edit-probes.mjs';
import { EDIT_KINDS } from './edit-kinds.mjs';
import {
  armKey,
  collectTyping,
  installTypingProbes,
  waitForKey,
  waitForPreviewSettled,
} from './page-probes.mjs';
import { max, percentile } from './stats.mjs';

const KEY_TIMEOUT_MS = 5_000;
/** Timeouts in a row after which a row stops: the preview is gone (the rest count as timeouts). */
const GIVE_UP_AFTER = 3;
const OPEN_TIMEOUT_MS = 30_000;
export const VIEWPORT = { width: 1440, height: 900 };
/** A pause in typing as measured: past autosave's (300 ms) and the checks' (400 ms) waits. */
const PAUSE_MS = 2_000;
const PAUSE_RUNS = 3;
/** The wait before the probe's own cost is measured: past autosave, the checks, the deferred tools. */
const QUIET_MS = 4_000;

/** Does what a step says: types a character, presses a key, or pastes from the clipboard. */
async function act(page, step) {
  if (step.text !== undefined) await page.keyboard.type(step.text);
  else if (step.press) await page.keyboard.press(step.press);
  else await page.keyboard.press('ControlOrMeta+V');
}

/** Returns the p50, p95 and max of `values` (nulls left out). */
export function spread(values) {
  const ok = values.filter((v) => v !== null);
  return { p50: percentile(ok, 50), p95: percentile(ok, 95), max: max(ok) };
}

/**
 * Stores the post as the last open draft from a blank page of the app's origin, starts the app
 * on it, and waits until the editor shows the body's first line and the preview `ready`.
 * Returns `{ ms }`, the ms that wait took, or `{ failed }`, why the post never showed.
 */
async function openPost(page, baseUrl, { text, editorText, ready }) {
  await page.goto(`${baseUrl}${BLANK_PAGE_URL}`);
  await page.evaluate(seedOpenDraft, { url: PAGE_BUNDLE_URL, text, title: 'Bench' });
  await page.goto(`${baseUrl}/?lang=en`);
  return page.evaluate(waitForOpened, {
    editorText,
    previewText: ready,
    timeoutMs: OPEN_TIMEOUT_MS,
  });
}

/**
 * Puts the cursor where the plan types: at a body offset in the editor, or in the form's Title
 * field after the title's first word. Returns the title's value and caret (for the title plan).
 */
async function placeFor(page, plan, bodyFrom) {
  if (plan.at !== 'title') {
    if (!(await page.evaluate(placeCursor, bodyFrom + plan.at))) {
      throw new Error('no CodeMirror view found to place the cursor');
    }
    return null;
  }
  const field = page.getByRole('textbox', { name: 'Title', exact: true });
  return field.evaluate((input) => {
    const caret = input.value.indexOf(' ');
    input.focus();
    input.setSelectionRange(caret, caret);
    return { value: input.value, caret };
  });
}

/** Returns the texts of the page's alerts (role=alert) about the preview. */
function alertTexts() {
  return [...document.querySelectorAll('[role="alert"]')]
    .map((a) => (a.textContent || '').trim())
    .filter((t) => /preview/i.test(t));
}

/** Returns the row of a kind whose post never showed: every measured key a timeout. */
function failedRow(kind, keys, steps, why) {
  const none = { p50: null, p95: null, max: null };
  return {
    kind: kind.id,
    label: kind.label,
    keys,
    steps,
    timeouts: keys,
    gaveUp: null,
    alerts: [],
    openMs: null,
    openFailed: why,
    pause: null,
    firstKey: null,
    preview: none,
    painted: none,
    input: none,
    cpu: none,
    cpuFirstKey: null,
    raw: [],
  };
}

/**
 * Types `steps` as a row does: each armed for the typing probes (`arm(step)`: what `armKey`
 * takes besides the step's index), typed, and waited for; `afterFirst()` runs after the first
 * measured step. After `giveUpAfter` timeouts in a row the rest is not typed. Returns the CPU of
 * each measured step typed (null where it timed out) and, when the row stopped early, why.
 */
export async function typeSteps(
  page,
  cpu,
  steps,
  { arm, afterFirst, giveUpAfter = GIVE_UP_AFTER },
) {
  const cpuMs = [];
  const firstMeasured = steps.findIndex((s) => s.measured);
  let missed = 0;
  for (const [i, step] of steps.entries()) {
    if (missed >= giveUpAfter) {
      return {
        cpuMs,
        gaveUp: `stopped after ${missed} timeouts in a row, at step ${i + 1} of ${steps.length}`,
      };
    }
    if (step.paste !== undefined) await page.evaluate(writeClipboard, step.paste);
    await page.evaluate(armKey, { index: i, ...arm(step) });
    const before = step.measured ? await cpu.taskMs() : null;
    await act(page, step);
    const ok = await page.evaluate(waitForKey, KEY_TIMEOUT_MS);
    missed = ok ? 0 : missed + 1;
    if (step.measured) cpuMs.push(ok && before !== null ? (await cpu.taskMs()) - before : null);
    if (i === firstMeasured) await afterFirst();
  }
  return { cpuMs, gaveUp: null };
}

/**
 * Runs one kind of edit on a freshly opened post: the first measured key right after the post
 * shows, then a 1 s quiet preview, then the other steps. Returns the row's figures.
 */
async function runKind(page, cpu, baseUrl, kind, post) {
  const { frontMatter, body, spots, keys, pastes } = post;
  const probePlan = kind.plan({ spots, keys, pastes, title: { value: '', caret: 0 } });
  const opened = await openPost(page, baseUrl, {
    text: frontMatter + body,
    editorText: body.split('\n')[0].slice(0, 30),
    ready: probePlan.ready,
  });
  const measuredSteps = probePlan.steps.filter((s) => s.measured).length;
  // A post that never showed has nothing to measure: every key of the row misses.
  if (opened.failed) return failedRow(kind, measuredSteps, probePlan.steps.length, opened.failed);
  if (!(await page.evaluate(installTypingProbes))) throw new Error('editor or preview missing');
  const field = await placeFor(page, probePlan, frontMatter.length);
  // The title's plan needs the value the form shows; the others are ready as planned.
  const plan = field ? kind.plan({ spots, keys, pastes, title: field }) : probePlan;
  if (plan.pauseMs) await page.waitForTimeout(plan.pauseMs);
  const firstMeasured = plan.steps.findIndex((s) => s.measured);
  const { cpuMs, gaveUp } = await typeSteps(page, cpu, plan.steps, {
    arm: ({ expected, needPreview, needInput }) => ({ expected, needPreview, needInput }),
    afterFirst: () =>
      page.evaluate(waitForPreviewSettled, { expected: '', quietMs: 1_000, timeoutMs: 30_000 }),
  });
  const raw = await page.evaluate(collectTyping);
  // Once per post, after typing into a paragraph: what a pause in typing costs the page.
  const pause = kind.id === 'paragraph' && gaveUp === null ? await pauseCpu(page, cpu) : null;
  const measured = raw.keys.filter((_, i) => plan.steps[i].measured);
  const ok = measured.filter((k) => k.preview !== null);
  const first = raw.keys[firstMeasured];
  // Keys never typed after the row stopped count as timed out.
  const keysPlanned = plan.steps.filter((s) => s.measured).length;
  return {
    kind: kind.id,
    label: kind.label,
    keys: keysPlanned,
    steps: plan.steps.length,
    timeouts: keysPlanned - ok.length,
    gaveUp,
    // What the app said about the preview meanwhile (restarted by its watchdog, say).
    alerts: await page.evaluate(alertTexts),
    openMs: opened.ms,
    openFailed: null,
    firstKey: first.preview,
    preview: spread(measured.map((k) => k.preview)),
    painted: spread(measured.map((k) => k.previewFrame)),
    input: spread(measured.map((k) => k.input)),
    cpu: spread(cpuMs),
    cpuFirstKey: cpuMs[0],
    raw: measured.map((k, i) => ({ ...k, cpu: cpuMs[i] })),
    pause,
  };
}

/**
 * Returns the main-thread CPU (ms, medians of PAUSE_RUNS) of one key typed at the cursor and
 * the PAUSE_MS after it (`typed`), of the same time without a key (`idle`), and their
 * difference (`ms`): the work a pause in typing sets off on the page (autosave, the checks'
 * request, the word count, what they render), which a key typed at that moment waits behind.
 */
async function pauseCpu(page, cpu) {
  const span = async (key) => {
    const before = await cpu.taskMs();
    if (key) await page.keyboard.type('x');
    await page.waitForTimeout(PAUSE_MS);
    return (await cpu.taskMs()) - before;
  };
  const idle = [];
  const typed = [];
  for (let i = 0; i < PAUSE_RUNS; i++) {
    idle.push(await span(false));
    typed.push(await span(true));
  }
  const t = percentile(typed, 50);
  const quiet = percentile(idle, 50);
  return { typed: t, idle: quiet, ms: t - quiet, runs: PAUSE_RUNS, pauseMs: PAUSE_MS };
}

/**
 * Returns the median main-thread CPU the probe itself costs with no key: two readings around
 * a page round trip that waits one animation frame, `runs` times. Measured on a quiet page
 * (QUIET_MS after the last row's last key): 1 s after a row's first key, the page's start-up
 * work (the warm-ups, the checks' first run, the editor's deferred tools) still runs, and
 * readings taken then (4–9 ms) were that work's, not the probe's.
 */
async function cpuFloor(page, cpu, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const before = await cpu.taskMs();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    times.push((await cpu.taskMs()) - before);
  }
  return percentile(times, 50);
}

/**
 * Returns a row per kind of edit (or only `only`, a list of ids) for one post, typed in one
 * fresh context with service workers blocked (each row reloads the app on a new draft), and
 * the CPU the probe costs without a key.
 */
export async function benchEdits(browser, baseUrl, post, { only, log = () => {} } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  try {
    const page = await context.newPage();
    const cpu = await openCpuProbe(page);
    const rows = [];
    for (const kind of EDIT_KINDS) {
      if (only && !only.includes(kind.id)) continue;
      const started = performance.now();
      const row = await runKind(page, cpu, baseUrl, kind, post);
      row.seconds = (performance.now() - started) / 1000;
      log(`  ${kind.label}: ${row.seconds.toFixed(1)} s`);
      rows.push(row);
    }
    await page.waitForTimeout(QUIET_MS);
    const floor = await cpuFloor(page, cpu);
    return {
      cpuTimeDomain: cpu.timeDomain,
      cpuFloor: floor,
      editorBox: await page.evaluate(editorBox),
      rows,
    };
  } finally {
    await context.close();
  }
}
