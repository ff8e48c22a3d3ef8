/**
 * Cheap, linear pre-checks that keep remark away from text it would take seconds on or overflow
 * its stack with (hundreds of nested lists or quotes, thousands of nested emphasis or HTML
 * elements, a megabyte-long paragraph). Such a stretch of text is not parsed at all: it becomes
 * a block that renders as a visible placeholder, and its text stays in the post as written.
 * Measured on this project's machines (remark, before these checks): 100 levels of indented
 * lists took 1 s, 300 levels of `> - ` 2 s, 3,000 nested quotes or `<div>`s overflowed the stack,
 * a 1 MB one-line paragraph took over a minute.
 */
import { prepareLiquidSource } from './liquid.ts';
import { lineEnd, type TextSource } from '../text.ts';

/** The limits the pre-checks apply; every real post in the corpus is far below them. */
export const RENDER_LIMITS = {
  /** A body longer than this (UTF-16 units) is not previewed at all. */
  maxDocumentChars: 1_000_000,
  /**
   * A stretch between blank lines longer than this is not previewed; code fences and reference
   * definitions do not count (remark reads them without resolving inline content).
   */
  maxBlockChars: 50_000,
  /** Quotes and list items open on one line (indentation counts one level per two columns). */
  maxNesting: 32,
  /** Emphasis delimiters or HTML elements open at once within a stretch. */
  maxInlineNesting: 100,
} as const;

/** Why a stretch of text is not previewed. */
export type RefusalKind = 'too-deep' | 'too-long';

/** A stretch `from`..`to` of the text (line starts; trailing blank lines included). */
export interface Refusal {
  from: number;
  to: number;
  kind: RefusalKind;
}

const DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** A code fence's closing line, as CommonMark reads one (its mark must match the opening). */
export const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
// HTML elements a parser closes by itself, so an unclosed one does not nest.
const SELF_CLOSING =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|tr|td|th|option|thead|tbody|tfoot|colgroup|rb|rt|rp)$/i;
const TAG = /<(\/?)([A-Za-z][\w-]*)(?:[^<>]*?)(\/?)>/g;

/** A list item's marker, as CommonMark reads one (a space, a tab or the line's end follows it). */
export const LIST_MARKER = String.raw`(?:[-*+]|\d{1,9}[.)])`;
const MARKER_AT_START = new RegExp(`^${LIST_MARKER}(?=[ \\t]|$)`);

/**
 * Reads the start of one line: its spaces and tabs, quote markers and list markers, as many as
 * come. Returns how many markers (`depth`), the columns of its spaces and tabs, and where the
 * text after them starts (`end`).
 */
function readLinePrefix(line: string): { depth: number; columns: number; end: number } {
  let depth = 0;
  let columns = 0;
  let at = 0;
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') columns += line[at++] === '\t' ? 4 : 1;
    const c = line[at];
    if (c === '>') {
      depth++;
      at++;
      continue;
    }
    const marker = MARKER_AT_START.exec(line.slice(at, at + 11));
    if (!marker) break;
    depth++;
    at += marker[0].length;
  }
  return { depth, columns, end: at };
}

/** Returns how many quotes and list items one line opens, plus one per two columns of indent. */
export function lineNesting(line: string): number {
  const { depth, columns } = readLinePrefix(line);
  return depth + (columns >> 1);
}

/**
 * Returns where the text of `line` starts after its spaces, quote markers and list markers (the
 * markers `lineNesting` counts): where a list item's or a quote's text begins, as a paragraph's
 * begins at its line's first word.
 */
export function linePrefixEnd(line: string): number {
  return readLinePrefix(line).end;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isPunctuation = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/** Moves the running emphasis and HTML depths past one line (mutates `depth`); returns their max. */
function inlineNesting(line: string, depth: { emphasis: number; html: number }): number {
  let most = 0;
  for (const run of line.matchAll(/\*+|_+/g)) {
    const before = line[run.index - 1];
    const after = line[run.index + run[0].length];
    const opens = !isSpace(after) && (isSpace(before) || isPunctuation(before));
    const closes = !isSpace(before) && (isSpace(after) || isPunctuation(after));
    if (opens && !closes) depth.emphasis += run[0].length;
    else if (closes) depth.emphasis = Math.max(0, depth.emphasis - run[0].length);
    most = Math.max(most, depth.emphasis);
  }
  if (line.includes('<')) {
    for (const [, end, name, selfClose] of line.matchAll(TAG)) {
      if (selfClose || SELF_CLOSING.test(name)) continue;
      depth.html = end ? Math.max(0, depth.html - 1) : depth.html + 1;
      most = Math.max(most, depth.html);
    }
  }
  return most;
}

/** What the scan knows at a line start: the open stretch (from `start`, -1: none) so far. */
interface ScanState {
  start: number;
  chars: number;
  nesting: number;
  inline: number;
  depth: { emphasis: number; html: number };
  fence: string | null;
  blank: boolean;
}

/** A copy of `state` (whose `depth` the scan mutates). */
const snapshot = (state: ScanState): ScanState => ({ ...state, depth: { ...state.depth } });

const freshState = (): ScanState => ({
  start: -1,
  chars: 0,
  nesting: 0,
  inline: 0,
  depth: { emphasis: 0, html: 0 },
  fence: null,
  blank: false,
});

/**
 * Scans the lines of `text` from `from` (a line start) on, in `state` (mutated), pushing the
 * refused stretches to `out`. `visit` is called at each line start before its line is read; the
 * scan stops there when it returns true, and that offset is returned. Otherwise the last stretch
 * is closed at the end of the text and -1 is returned. `lineOf` gives the text of a line as the
 * parser will read it.
 */
function scan(
  text: string,
  from: number,
  state: ScanState,
  out: Refusal[],
  visit?: (at: number) => boolean,
  lineOf?: (line: string) => string,
): number {
  const close = (end: number) => {
    if (state.start < 0) return;
    const kind: RefusalKind | null =
      state.nesting > RENDER_LIMITS.maxNesting || state.inline > RENDER_LIMITS.maxInlineNesting
        ? 'too-deep'
        : state.chars > RENDER_LIMITS.maxBlockChars
          ? 'too-long'
          : null;
    const last = out.at(-1);
    if (kind && last && last.to === state.start && last.kind === kind) last.to = end;
    else if (kind) out.push({ from: state.start, to: end, kind });
    state.start = -1;
  };
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  lines.lastIndex = from;
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    if (visit?.(m.index)) return m.index;
    const raw = m[0].replace(/[\r\n]+$/, '');
    const line = lineOf ? lineOf(raw) : raw;
    const open = FENCE.exec(line);
    if (state.fence !== null) {
      state.fence = fenceAfterLine(open, state.fence);
      continue;
    }
    if (line.trim() === '') {
      // Blank lines stay with the stretch before them: it ends where the next one begins.
      state.blank = state.start >= 0;
      continue;
    }
    if (state.blank) close(m.index);
    state.blank = false;
    if (state.start < 0) {
      state.start = m.index;
      state.chars = 0;
      state.nesting = 0;
      state.inline = 0;
      state.depth = { emphasis: 0, html: 0 };
    }
    if (open) state.fence = open[1];
    // Definitions have no inline content to resolve, so a long run of them stays cheap.
    if (!DEFINITION.test(line)) state.chars += line.length + 1;
    state.nesting = Math.max(state.nesting, lineNesting(line));
    state.inline = Math.max(state.inline, inlineNesting(line, state.depth));
  }
  close(text.length);
  return -1;
}

/**
 * Returns the stretches of `text` that must not be parsed, in order and merged when only blank
 * lines separate them; empty for ordinary text. A stretch runs between blank lines; the lines of
 * a fenced code block are neither measured nor split, since remark reads them as plain text.
 */
export function refusedStretches(text: string): Refusal[] {
  const out: Refusal[] = [];
  scan(text, 0, freshState(), out);
  return out;
}

/** The scan's state at a line start. */
interface Checkpoint {
  at: number;
  state: ScanState;
}

/**
 * A text's refused stretches and the scan's state every CHECKPOINT_LINES lines, from which
 * `rescanRefusals` reads a text again after an edit without reading all of it.
 */
export interface RefusalScan {
  length: number;
  refusals: Refusal[];
  checkpoints: Checkpoint[];
}

const CHECKPOINT_LINES = 64;

/** Returns the scan of `text` (see `RefusalScan`); `lineOf` as in `refusedStretches`' callers. */
export function scanRefusals(text: string, lineOf?: (line: string) => string): RefusalScan {
  const state = freshState();
  const refusals: Refusal[] = [];
  const checkpoints: Checkpoint[] = [{ at: 0, state: snapshot(state) }];
  let lines = 0;
  const visit = (at: number) => {
    if (++lines % CHECKPOINT_LINES === 0) checkpoints.push({ at, state: snapshot(state) });
    return false;
  };
  scan(text, 0, state, refusals, visit, lineOf);
  return { length: text.length, refusals, checkpoints };
}

/** Returns true when the scan continues the same way from `a` at one place and `b` at another. */
function sameState(a: ScanState, b: ScanState, shift: number): boolean {
  return (
    (a.start < 0 ? b.start < 0 : b.start === a.start + shift) &&
    a.chars === b.chars &&
    a.nesting === b.nesting &&
    a.inline === b.inline &&
    a.depth.emphasis === b.depth.emphasis &&
    a.depth.html === b.depth.html &&
    a.fence === b.fence &&
    a.blank === b.blank
  );
}

/**
 * Returns the scan of `next`, which is the text of `previous` with `from`..`to` replaced by the
 * `next` text from `from` to `to + next.length - previous.length`. When `previous` had no refused
 * stretch, only the lines from the checkpoint before the edit to the first checkpoint after it
 * where the scan is in the same state again are read: the rest of the text reads as before.
 * Equal to `scanRefusals(next, lineOf)` in its refusals.
 */
export function rescanRefusals(
  previous: RefusalScan,
  next: string,
  edit: { from: number; to: number },
  lineOf?: (line: string) => string,
): RefusalScan {
  if (previous.refusals.length > 0) return scanRefusals(next, lineOf);
  const shift = next.length - previous.length;
  const old = previous.checkpoints;
  // The last checkpoint before the edit (before `from`: a line break just before it may join
  // the inserted text).
  let c = 0;
  while (c + 1 < old.length && old[c + 1].at < edit.from) c++;
  // Candidates for meeting the old scan again: checkpoints after the edit's old end.
  let j = c + 1;
  while (j < old.length && old[j].at <= edit.to) j++;
  const state = snapshot(old[c].state);
  const out: Refusal[] = [];
  const fresh: Checkpoint[] = [];
  let lines = 0;
  let met = -1;
  const start = old[c].at;
  scan(
    next,
    start,
    state,
    out,
    (at) => {
      if (out.length > 0) return true;
      while (j < old.length && old[j].at + shift < at) j++;
      if (j < old.length && old[j].at + shift === at && sameState(old[j].state, state, shift)) {
        met = j;
        return true;
      }
      if (at > start && ++lines % CHECKPOINT_LINES === 0) {
        fresh.push({ at, state: snapshot(state) });
      }
      return false;
    },
    lineOf,
  );
  if (out.length > 0) return scanRefusals(next, lineOf);
  const moved =
    met < 0
      ? []
      : old.slice(met).map(({ at, state: s }) => ({
          at: at + shift,
          state: { ...snapshot(s), start: s.start < 0 ? -1 : s.start + shift },
        }));
  return {
    length: next.length,
    refusals: [],
    checkpoints: [...old.slice(0, c + 1), ...fresh, ...moved],
  };
}

/** Returns the fence the scanner holds open after a line whose `FENCE` match is `open`. */
function fenceAfterLine(open: RegExpExecArray | null, fence: string | null): string | null {
  if (!open) return fence;
  if (fence === null) return open[1];
  return open[1][0] === fence[0] && open[1].length >= fence.length ? null : fence;
}

/**
 * Returns the code fence `refusedStretches` holds open after reading `text` from the state
 * `fence` (null: none), and whether any line of it opens or closes one. While a fence is open
 * the scanner neither measures lines nor ends stretches, so the refusals of a text depend on
 * this state across its parts.
 */
export function scanFences(
  text: string,
  fence: string | null,
): { fence: string | null; any: boolean } {
  if (!text.includes('```') && !text.includes('~~~')) return { fence, any: false };
  let any = false;
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    const open = FENCE.exec(m[0].replace(/[\r\n]+$/, ''));
    any ||= open !== null;
    fence = fenceAfterLine(open, fence);
  }
  return { fence, any };
}

/**
 * Returns the code fence `refusedStretches(prepareLiquidSource(text))` (with `jekyll`; of `text`
 * otherwise) holds open at `offset`, a line start, or null. Only lines holding a fence or a
 * highlight tag change that state, so they are found with `indexOf` rather than read line by
 * line: tens of microseconds for a 50,000-word post.
 */
export function fenceOpenAt(text: string, offset: number, jekyll: boolean): string | null {
  const needles = jekyll ? ['```', '~~~', 'highlight'] : ['```', '~~~'];
  const found = needles.map((needle) => text.indexOf(needle));
  let fence: string | null = null;
  for (;;) {
    let at = -1;
    for (const f of found) if (f >= 0 && (at < 0 || f < at)) at = f;
    if (at < 0 || at >= offset) return fence;
    let start = at;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    let end = at;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const line = text.slice(start, end);
    fence = fenceAfterLine(FENCE.exec(jekyll ? prepareLiquidSource(line) : line), fence);
    found.forEach((f, k) => {
      if (f >= 0 && f < end) found[k] = text.indexOf(needles[k], end);
    });
  }
}

/**
 * Returns `fenceOpenAt(text, offset, jekyll)` for a text source: it reads only the lines that
 * start before `offset`, so only the text up to the end of the line that holds `offset` is made
 * into a string (for an edited text, edited-text.ts, edited after that line: a part of its base,
 * not a copy).
 */
export function fenceOpenIn(text: TextSource, offset: number, jekyll: boolean): string | null {
  return fenceOpenAt(text.slice(0, lineEnd(text, offset).end), offset, jekyll);
}

/** Returns the limit a refused stretch went past (nesting levels or characters). */
export function refusalLimit(kind: RefusalKind | 'document-too-long'): number {
  if (kind === 'too-deep') return RENDER_LIMITS.maxNesting;
  return kind === 'too-long' ? RENDER_LIMITS.maxBlockChars : RENDER_LIMITS.maxDocumentChars;
}

/** Returns the sentence (English) a placeholder shows for a stretch that is not previewed. */
export function refusalMessage(kind: RefusalKind | 'document-too-long', size: number): string {
  if (kind === 'too-deep') {
    return 'This block is nested too deeply to preview. Its text is kept as written.';
  }
  const what = kind === 'too-long' ? 'This block is' : 'This post is';
  return `${what} too long to preview (${size} characters; the limit is ${refusalLimit(kind)}). Its text is kept as written.`;
}
