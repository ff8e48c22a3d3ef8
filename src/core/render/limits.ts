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
// HTML elements a parser closes by itself, so an unclosed one does not nest.
const SELF_CLOSING =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|tr|td|th|option|thead|tbody|tfoot|colgroup|rb|rt|rp)$/i;
const TAG = /<(\/?)([A-Za-z][\w-]*)(?:[^<>]*?)(\/?)>/g;

/** Returns how many quotes and list items one line opens, plus one per two columns of indent. */
function lineNesting(line: string): number {
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
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(at, at + 11));
    if (!marker) break;
    depth++;
    at += marker[0].length;
  }
  return depth + (columns >> 1);
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

/**
 * Returns the stretches of `text` that must not be parsed, in order and merged when only blank
 * lines separate them; empty for ordinary text. A stretch runs between blank lines; the lines of
 * a fenced code block are neither measured nor split, since remark reads them as plain text.
 */
export function refusedStretches(text: string): Refusal[] {
  const out: Refusal[] = [];
  let start = -1;
  let chars = 0;
  let nesting = 0;
  let inline = 0;
  let depth = { emphasis: 0, html: 0 };
  let fence: string | null = null;
  let blank = false;
  const close = (end: number) => {
    if (start < 0) return;
    const kind: RefusalKind | null =
      nesting > RENDER_LIMITS.maxNesting || inline > RENDER_LIMITS.maxInlineNesting
        ? 'too-deep'
        : chars > RENDER_LIMITS.maxBlockChars
          ? 'too-long'
          : null;
    const last = out.at(-1);
    if (kind && last && last.to === start && last.kind === kind) last.to = end;
    else if (kind) out.push({ from: start, to: end, kind });
    start = -1;
  };
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const open = FENCE.exec(line);
    if (fence !== null) {
      fence = fenceAfterLine(open, fence);
      continue;
    }
    if (line.trim() === '') {
      // Blank lines stay with the stretch before them: it ends where the next one begins.
      blank = start >= 0;
      continue;
    }
    if (blank) close(m.index);
    blank = false;
    if (start < 0) {
      start = m.index;
      chars = 0;
      nesting = 0;
      inline = 0;
      depth = { emphasis: 0, html: 0 };
    }
    if (open) fence = open[1];
    // Definitions have no inline content to resolve, so a long run of them stays cheap.
    if (!DEFINITION.test(line)) chars += line.length + 1;
    nesting = Math.max(nesting, lineNesting(line));
    inline = Math.max(inline, inlineNesting(line, depth));
  }
  close(text.length);
  return out;
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
