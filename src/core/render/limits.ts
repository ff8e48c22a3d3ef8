/**
 * Cheap, linear pre-checks that keep remark away from text it would take seconds on or overflow
 * its stack with (hundreds of nested lists or quotes, thousands of nested emphasis or HTML
 * elements, a megabyte-long paragraph). Such a stretch of text is not parsed at all: it becomes
 * a block that renders as a visible placeholder, and its text stays in the post as written.
 * Measured on this project's machines (remark, before these checks): 100 levels of indented
 * lists took 1 s, 300 levels of `> - ` 2 s, 3,000 nested quotes or `<div>`s overflowed the stack,
 * a 1 MB one-line paragraph took over a minute.
 */

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
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
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
