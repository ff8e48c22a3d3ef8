/**
 * The printed tables of issue 15's figures: kinds of edit, main-thread CPU per key, cold load,
 * JavaScript before the editor is ready and front matter parse time, each against its target.
 */
import { against, strictAgainst, ms, table, words } from './format.mjs';
import { EDIT_KINDS } from './edit-kinds.mjs';
import { max, mean, nearestRank } from './stats.mjs';

/** Returns ms, or "never" for a moment that never came. */
const msOrNever = (v) => (v === null ? 'never' : `${ms(v)} ms`);

/** Issue 15's reference, measured there side by side (not in this run): Decap CMS 3.16.3. */
export const DECAP_REFERENCE = { editorReadyMs: 2_848, words: 5_000, version: '3.16.3' };

const kB = (bytes) => (bytes === null || bytes === undefined ? null : (bytes / 1000).toFixed(1));

/** Returns the English ordinal of `n` (1st, 2nd, 3rd, 4th, 11th…). */
const ordinal = (n) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/**
 * Returns the stretches of a row of `keys` keys that `keysByPosition` averages, as [label, first
 * index, end]: the first key, the second, then the rest in three stretches as even as they come
 * (3rd–8th, 9th–14th and 15th–20th for the bench's 20 keys). The second key stands apart: with
 * 20 keys a row, a row's p95 (nearest rank) is its second-slowest key, and the two keys typed
 * just after the post opened are most often the slow ones (code still cold).
 */
function keyStretches(keys) {
  const stretches = [['first', 0, 1]];
  if (keys >= 2) stretches.push([ordinal(2), 1, 2]);
  const rest = keys - 2;
  const ends = [2, 2 + Math.floor(rest / 3), 2 + Math.floor((2 * rest) / 3), keys];
  for (let i = 1; i < ends.length; i++) {
    if (ends[i] > ends[i - 1]) {
      const [from, to] = [ends[i - 1], ends[i]];
      const label = to - from === 1 ? ordinal(to) : `${ordinal(from + 1)}–${ordinal(to)}`;
      stretches.push([label, from, to]);
    }
  }
  return stretches;
}

/** Returns which key from the slowest the p95 of `n` keys is (2 for 20 keys). */
const p95FromTop = (n) => n - nearestRank(n, 95) + 1;

/**
 * Returns, per size, each row's CPU p95 and the slowest main-thread CPU of its keys after the
 * first two (null when a row typed two keys or fewer): the row without the two keys typed just
 * after the post opened, which are most often its slowest.
 */
function slowestAfterTwo(edits) {
  return edits.sizes.map((s) => ({
    words: s.words,
    rows: s.rows.map((r) => ({
      label: r.label,
      p95: r.cpu.p95,
      cpu: max(r.raw.slice(2).map((k) => k.cpu)),
    })),
  }));
}

/**
 * Returns, per size, the mean key-to-preview ms and main-thread CPU ms of the keys at each stretch
 * of a row (first key, 2nd, 3rd–8th…), over the rows that typed all `keysPerRow` keys (so not the
 * pastes and the joins, which have fewer): whether a row's slow keys are its first ones, after
 * the post opened, or any.
 */
function keysByPosition(edits) {
  const stretches = keyStretches(edits.keysPerRow);
  return edits.sizes.map((s) => {
    const rows = s.rows.filter((r) => r.raw.length >= edits.keysPerRow);
    const at = (field, from, to) =>
      mean(rows.flatMap((r) => r.raw.slice(from, to).map((k) => k[field])));
    return {
      words: s.words,
      rows: rows.length,
      stretches: stretches.map(([label, from, to]) => ({
        label,
        preview: at('preview', from, to),
        cpu: at('cpu', from, to),
      })),
    };
  });
}

/** Returns the kinds-of-edit table: a row per size and kind, CPU per key beside the latency. */
function editsTable(edits, targets) {
  const header = ['words', 'edit', 'keys', 'timeouts', 'first key', 'p50', 'p95', 'max'];
  header.push('p95 target', 'CPU p50', 'CPU p95', 'CPU target', 'open');
  const rows = edits.sizes.flatMap((s) =>
    s.rows.map((r) => [
      words(s.words),
      r.label,
      r.keys,
      r.timeouts,
      ms(r.firstKey),
      ms(r.preview.p50),
      ms(r.preview.p95),
      ms(r.preview.max),
      strictAgainst(r.preview.p95, targets.editPreviewP95, r.timeouts),
      ms(r.cpu.p50),
      ms(r.cpu.p95),
      strictAgainst(r.cpu.p95, targets.cpuP95[s.targetWords], r.timeouts),
      r.openFailed ? 'never showed' : ms(r.openMs),
    ]),
  );
  const failures = edits.sizes.flatMap((s) =>
    s.rows
      .filter((r) => r.timeouts > 0)
      .map((r) => {
        const why = r.openFailed
          ? `the post never showed (${r.openFailed})`
          : [r.gaveUp, ...r.alerts].filter(Boolean).join('; ') || 'no alert shown';
        return `  ${words(s.words)} words, ${r.label}: ${r.timeouts} timeouts: ${why}`;
      }),
  );
  const floors = edits.sizes
    .map((s) => `${words(s.words)} words ${s.cpuFloor === null ? 'n/a' : `${ms(s.cpuFloor)} ms`}`)
    .join(', ');
  // A size's pause is measured once, in its paragraph row.
  const paused = edits.sizes
    .map((s) => ({ words: s.words, pause: s.rows.find((r) => r.pause)?.pause }))
    .filter((s) => s.pause);
  const pauses = paused
    .map((s) => `${words(s.words)} words ${ms(s.pause.ms)} ms (idle ${ms(s.pause.idle)} ms)`)
    .join(', ');
  const pauseNote = paused[0]?.pause;
  return [
    'Kinds of edit (issue 15): ms from keydown until the preview shows exactly the expected text;',
    'a key whose preview never shows it within 5 s is a timeout and misses the target. Each row',
    'opens the post anew (draft stored, app started on it): "first key" is the first measured key,',
    'typed as soon as the editor and the preview show the post (in the row "after 5 s", 5 s later,',
    'once the editor has its deferred tools), and counts in p50/p95/max too; the',
    `other keys follow after 1 s of quiet preview. ${edits.keysPerRow} keys a row; ${edits.pastes} pastes;` +
      ` ${Math.ceil(edits.keysPerRow / 2)} joins, each`,
    'split again by an Enter that is awaited, not counted; Enter Enter before a new paragraph is',
    'awaited in the editor, not counted (the preview does not change). CPU = main-thread task time',
    `(CDP TaskDuration, ${edits.cpuTimeDomain}) from before the key until the frame after the preview`,
    'showed it; "open" = ms from the app\'s start on the draft until the post showed. Bodies: the',
    "blog's posts, with two paragraphs, a list, a quote, a table and a fenced code block of the",
    'corpus inserted near the typing spot (sources in the JSON).',
    `The probe alone costs (CPU without a key, on a quiet page; median of 15): ${floors}.`,
    ...(pauseNote
      ? [
          `A pause in typing: main-thread CPU of one key in the paragraph and the ${words(pauseNote.pauseMs)} ms after it,`,
          `less the same time without a key (autosave, checks, word count, what they render; median of`,
          `${pauseNote.runs}): ${pauses}.`,
        ]
      : []),
    table(header, rows),
    `Keys by position in their row (mean ms, key to preview / CPU, over the rows of all ${edits.keysPerRow} keys:`,
    'the pastes and the joins have fewer):',
    ...keysByPosition(edits).map(
      (p) =>
        `  ${words(p.words)} words (${p.rows} rows): ` +
        p.stretches
          .map((k) => `${k.label} ${ms(k.preview) ?? '—'} / ${ms(k.cpu) ?? '—'}`)
          .join(', '),
    ),
    `Main-thread CPU per key without the first two keys of a row: a row's CPU p95 of ${edits.keysPerRow} keys is its`,
    `${ordinal(p95FromTop(edits.keysPerRow))} slowest key, and most often its two slowest are the two typed just after the post opened`,
    '(code still cold); "after the first two" is the slowest key of the rest:',
    table(
      ['words', 'edit', 'CPU p95', 'after the first two'],
      slowestAfterTwo(edits).flatMap((size) =>
        size.rows.map((r) => [words(size.words), r.label, ms(r.p95), ms(r.cpu) ?? '—']),
      ),
    ),
    ...(failures.length ? ['Rows with timeouts, and what the app said:', ...failures] : []),
  ].join('\n');
}

/** Returns the cold load and JavaScript tables. */
function coldTable(cold, targets) {
  const js = cold.javascript;
  const rows = [
    [
      `cold load → editor ready, ${words(cold.words)} words`,
      msOrNever(cold.editorReady),
      strictAgainst(cold.editorReady, targets.coldEditorReadyMs, 0),
      cold.loads.map((l) => ms(l.editorReady) ?? 'never').join(', '),
    ],
    [
      `cold load → preview ready, ${words(cold.words)} words`,
      msOrNever(cold.previewReady),
      strictAgainst(cold.previewReady, targets.coldPreviewReadyMs, 0),
      cold.loads.map((l) => ms(l.previewReady) ?? 'never').join(', '),
    ],
    ...(cold.withoutKept
      ? [
          [
            '  the same, without the kept preview (first start)',
            msOrNever(cold.withoutKept.previewReady),
            'not a target',
            cold.withoutKept.loads.map((l) => ms(l.previewReady) ?? 'never').join(', '),
          ],
        ]
      : []),
    [
      `Decap CMS ${DECAP_REFERENCE.version}, editor ready, ${words(DECAP_REFERENCE.words)} words`,
      `${words(DECAP_REFERENCE.editorReadyMs)} ms`,
      'reference',
      'measured in issue 15, not in this run',
    ],
    [
      'JavaScript finished before editor ready (gzip -9)',
      `${kB(js.beforeEditor)} kB`,
      strictAgainst(
        js.beforeEditor === null ? null : js.beforeEditor / 1000,
        targets.jsBeforeEditorKB,
        0,
      ),
      `by preview ready ${kB(js.beforePreview)} kB, after idle ${kB(js.idle)} kB`,
    ],
  ];
  const files = js.files
    .map((f) => `  ${f.name}: ${kB(f.gzip)} kB, done at ${ms(f.finishedMs)} ms (${f.by})`)
    .join('\n');
  return [
    `Cold load (issue 15): p50 of ${cold.runs} loads in new pages of one context, HTTP cache`,
    'cleared and disabled, service workers blocked; the draft reopened from IndexedDB, with the',
    'preview its last start kept (and once more without it). ms from navigation start until the',
    "editor shows the post and the preview shows the post's last block.",
    table(['what', 'p50', 'target', 'runs'], rows),
    `Scripts of the median load (kB = 1,000 bytes, gzip level 9 of the served file):`,
    files,
  ].join('\n');
}

/** Returns the front matter parse table. */
function frontMatterTable(fm, targets) {
  const rows = fm.sizes.map((s) => [
    words(s.keys),
    ms(s.ms),
    s.times.length,
    against(s.ms, targets.frontMatterMs[s.keys]),
    ms(s.form.ms),
    `${(s.form.ms / s.ms).toFixed(1)}×`,
    s.problem ?? 'all keys, no error',
  ]);
  const first = fm.sizes[0];
  const last = fm.sizes.at(-1);
  return [
    "Front matter parse (issue 15): the project's parsePost in Node, median ms; and a key typed",
    'at the end of the title as the form types it (fieldChange: the edit, checked by reading the',
    `new text back), median ms of ${first.form.keys} keys, against the parse of the same post in`,
    'the same run',
    table(['keys', 'parse ms', 'runs', 'target', 'title key ms', 'key / parse', 'check'], rows),
    `Growth ${words(last.keys)} / ${words(first.keys)} keys: ${fm.ratio.toFixed(1)}× ` +
      `(linear ≈ ${fm.keysRatio}×).`,
  ].join('\n');
}

/**
 * Returns the table of the edits measured in the editor alone beside the app's rows of the same
 * kinds, measured in the same run on the same post, spot, keys and probe (editor-alone.mjs), or
 * null when they were not measured.
 */
function aloneTable(edits, targets) {
  const failed = edits.sizes.filter((s) => s.aloneError);
  const sizes = edits.sizes.filter((s) => s.alone?.length);
  if (!sizes.length && !failed.length) return null;
  const header = ['words', 'edit', 'typed into', 'first key', 'p50', 'p95', 'p95 target'];
  header.push('input p95', 'CPU p50', 'CPU p95', 'CPU target');
  const rows = sizes.flatMap((s) => {
    const cpuLimit = targets.cpuP95[s.targetWords];
    const kinds = [...new Set(s.alone.map((r) => r.kind))];
    return kinds.flatMap((kind) => {
      const app = s.rows.find((r) => r.kind === kind);
      const edit = EDIT_KINDS.find((k) => k.id === kind)?.label ?? kind;
      const ours = app ? [{ ...app, label: 'the app', text: app.preview }] : [];
      return [...ours, ...s.alone.filter((r) => r.kind === kind)].map((r) => [
        words(s.words),
        edit,
        r.label,
        ms(r.firstKey),
        ms(r.text.p50),
        ms(r.text.p95),
        strictAgainst(r.text.p95, targets.editPreviewP95, r.timeouts),
        ms(r.input.p95),
        ms(r.cpu.p50),
        ms(r.cpu.p95),
        strictAgainst(r.cpu.p95, cpuLimit, r.timeouts),
      ]);
    });
  });
  return [
    "The same edits in the editor alone (issue 15's baselines): the keys of those rows typed at",
    "the same spot of the same post into an editor on a blank page of the app's origin, placed and",
    "lettered as the app's editor, the first key about as long after the start as the app's. The",
    "app's editor alone is its component with its own extensions (not the workspace's formatting",
    'keys, scroll sync and image drop), without the store, preview, autosave and form; CodeMirror',
    "alone has Markdown and line wrapping only. first key / p50 / p95: the app's rows, ms from",
    'keydown until the preview shows the key (as above); the editors alone, until their text',
    "changed (the app's preview comes after that moment in the same key). input = keydown to the",
    "frame after the editor's DOM changed; CPU as above, until that frame (the app's: until the",
    "frame after its preview showed the key, the same frame when the key's preview is made at once).",
    ...(rows.length ? [table(header, rows)] : []),
    ...failed.map((s) => `  ${words(s.words)} words: the editor alone failed: ${s.aloneError}`),
  ].join('\n');
}

/** Returns the printed sections of issue 15's figures that `result` holds. */
export function formatIssue15(result, targets) {
  const parts = [];
  if (result.edits) parts.push(editsTable(result.edits, targets));
  const alone = result.edits ? aloneTable(result.edits, targets) : null;
  if (alone) parts.push(alone);
  if (result.coldLoad) parts.push(coldTable(result.coldLoad, targets));
  if (result.frontMatter) parts.push(frontMatterTable(result.frontMatter, targets));
  return parts;
}
