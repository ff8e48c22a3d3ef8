/**
 * The incremental renderer: after an edit, re-splits only a window of blocks around the change
 * and re-renders only blocks whose source, context or flow state changed. Its `html` always
 * equals `renderMarkdown(text, options)`.
 */
import { analyzeBlocks, isRefusedKind, type AnalyzedBlock, type ParsedBlocks } from './blocks.ts';
import { RENDER_LIMITS, rescanRefusals, scanRefusals, type RefusalScan } from './limits.ts';
import { prepareLiquidSource } from './liquid.ts';
import { createBlockCache, renderDocument, type RenderedDocument } from './document.ts';
import { resolveOptions, type RenderOptions } from './options.ts';
import { commonPrefix, commonSuffix } from '../text.ts';

/** Counters for measuring how an incremental renderer behaves. */
export interface IncrementalStats {
  updates: number;
  /** Updates that had to re-split the whole text. */
  fullSplits: number;
  /** Blocks rendered (cache misses) by the last update. */
  lastRendered: number;
  /** Of those, blocks rendered from the split's own parse, without parsing them again. */
  lastReused: number;
}

/** What `update` returns: per-block fragments (for DOM patching) and the whole HTML. */
export type IncrementalResult = RenderedDocument;

/** An incremental renderer; `update` mutates its internal state. */
export interface IncrementalRenderer {
  update(markdown: string): IncrementalResult;
  readonly stats: IncrementalStats;
}

/** Returns `block` moved by `delta` characters (the same block when `delta` is 0). */
function shifted(block: AnalyzedBlock, delta: number): AnalyzedBlock {
  if (delta === 0) return block;
  const { source, kind, definitions, footnotes, footnoteSources } = block;
  const from = block.from + delta;
  const to = block.to + delta;
  return { from, to, source, kind, definitions, footnotes, footnoteSources };
}

/**
 * Returns the blocks of `next`, re-parsing only a window around the edit from `previous` (they
 * share `head` characters at the start and `tail` at the end), or undefined when the window
 * never re-aligned with the old blocks (the caller splits fully). The window's parse goes into
 * `parsed`, for the render of its blocks.
 */
function resplit(
  previous: string,
  blocks: readonly AnalyzedBlock[],
  next: string,
  jekyll: boolean,
  head: number,
  tail: number,
  parsed: ParsedBlocks,
): AnalyzedBlock[] | undefined {
  const delta = next.length - previous.length;
  const oldEnd = previous.length - tail;
  let first = blocks.findIndex((block) => block.to >= head);
  let last = blocks.findLastIndex((block) => block.from <= oldEnd);
  if (first < 0 || last < 0) return undefined;
  // One block of context each side: an edit can merge a block into its neighbour (setext
  // underline, lazy continuation, a list absorbing an indented line).
  first = Math.max(0, first - 1);
  for (let attempt = 0; attempt < 4; attempt++) {
    last = Math.min(blocks.length - 1, last + 1);
    const from = blocks[first].from;
    const to = blocks[last].to + delta;
    // The whole text's scan decides what is refused, and it found nothing (else the text is split
    // whole): the window's own pre-check would start without what came before it (an indented
    // ``` line it reads as a fence hides what follows). `parsed` is keyed by the window's blocks:
    // an attempt that fails leaves entries no later block matches.
    const window = analyzeBlocks(next.slice(from, to), from, jekyll, { parsed, refused: [] });
    const atEnd = last === blocks.length - 1;
    const tailBlock = window.at(-1);
    // The window is valid when its last block is the old block it ends on, unchanged.
    if (
      atEnd ||
      (tailBlock &&
        tailBlock.source === blocks[last].source &&
        tailBlock.kind === blocks[last].kind)
    ) {
      const out = blocks.slice(0, first);
      for (const block of window) out.push(block);
      for (let i = last + 1; i < blocks.length; i++) out.push(shifted(blocks[i], delta));
      return out;
    }
    last += attempt;
  }
  return undefined;
}

/**
 * Returns true when the blocks of `next` cannot safely come from re-splitting a window: the old
 * or new text (`scan`: its refused stretches) has stretches that are not parsed (their bounds
 * depend on text around the window).
 */
function needsFullSplit(
  blocks: readonly AnalyzedBlock[],
  next: string,
  scan: RefusalScan,
): boolean {
  if (next.length > RENDER_LIMITS.maxDocumentChars) return true;
  if (blocks.some((block) => isRefusedKind(block.kind))) return true;
  return scan.refusals.length > 0;
}

/** Returns a new incremental renderer for the given options. */
export function createIncrementalRenderer(options?: RenderOptions): IncrementalRenderer {
  const resolved = resolveOptions(options);
  const cache = createBlockCache();
  const stats: IncrementalStats = { updates: 0, fullSplits: 0, lastRendered: 0, lastReused: 0 };
  let text: string | undefined;
  let blocks: AnalyzedBlock[] = [];
  let previousHtml = new Map<string, string>();
  // The refusal pre-check reads each line as the parser will (`{% highlight %}` as a fence).
  const lineOf = resolved.jekyll ? prepareLiquidSource : undefined;
  // The text's refused stretches, kept so that an edit re-reads only the lines around it.
  let scan: RefusalScan | undefined;
  /** Returns the blocks of `markdown` re-split around the edit from `text`, or undefined. */
  const splitEdit = (
    previous: string,
    markdown: string,
    parsed: ParsedBlocks,
  ): AnalyzedBlock[] | undefined => {
    const head = commonPrefix(previous, markdown);
    const tail = commonSuffix(
      previous,
      markdown,
      Math.min(previous.length, markdown.length) - head,
    );
    scan = scan
      ? rescanRefusals(scan, markdown, { from: head, to: previous.length - tail }, lineOf)
      : scanRefusals(markdown, lineOf);
    if (needsFullSplit(blocks, markdown, scan)) return undefined;
    return resplit(previous, blocks, markdown, resolved.jekyll, head, tail, parsed);
  };
  return {
    stats,
    update(markdown) {
      stats.updates += 1;
      // The parse that splits the text (or the window around the edit) also serves the render
      // of the blocks it found.
      const parsed: ParsedBlocks = new Map();
      const split =
        text === undefined
          ? undefined
          : text === markdown
            ? blocks
            : splitEdit(text, markdown, parsed);
      if (text === undefined) scan = scanRefusals(markdown, lineOf);
      if (!split) stats.fullSplits += 1;
      // The scan (of this text, now) has the refused stretches already.
      blocks =
        split ?? analyzeBlocks(markdown, 0, resolved.jekyll, { parsed, refused: scan?.refusals });
      text = markdown;
      cache.next = new Map();
      const result = renderDocument(blocks, resolved, cache, previousHtml, parsed);
      cache.previous = cache.next;
      stats.lastRendered = cache.misses;
      stats.lastReused = cache.reused;
      previousHtml = new Map(result.blocks.map((block) => [block.key, block.html]));
      return result;
    },
  };
}
