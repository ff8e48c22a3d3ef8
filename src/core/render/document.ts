/**
 * Renders analyzed blocks in document order, each alone (with its document context), and joins
 * them. `renderMarkdown` and the incremental renderer both go through here, so both produce the
 * same string by design; the incremental one only adds a cache whose entries are reused when
 * the block's source, context prefix and read flow state are all unchanged.
 */
import { isRefusedKind, type AnalyzedBlock } from './blocks.ts';
import { advance, flowSignature, initialFlowState, type FlowState } from './block-state.ts';
import { documentContext, prefixFor, type DocumentContext } from './context.ts';
import { hashString } from './hash.ts';
import { refusalMessage } from './limits.ts';
import { prepareLiquidSource, substituteSiteUrls } from './liquid.ts';
import type { ResolvedRenderOptions } from './options.ts';
import { renderWithEnv, type RenderEnv } from './pipeline.ts';

/** One rendered block: `html` is its own fragment, without the wrapper. */
export interface RenderedBlock {
  key: string;
  html: string;
  from: number;
  to: number;
  changed: boolean;
}

/** A rendered document: its blocks (the footnotes section last, when any) and the whole HTML. */
export interface RenderedDocument {
  blocks: RenderedBlock[];
  html: string;
}

/** A reusable rendering of one block source, valid where its flow signature matches. */
interface CacheEntry {
  html: string;
  slugs: string[];
  refs: string[];
  signature: string;
}

/** The cache an incremental renderer keeps between updates (a plain render passes none). */
export interface BlockCache {
  previous: Map<string, CacheEntry[]>;
  next: Map<string, CacheEntry[]>;
  footer?: { source: string; html: string };
  /** Blocks actually rendered (cache misses) in the last call. */
  misses: number;
}

/** Returns an empty cache. */
export function createBlockCache(): BlockCache {
  return { previous: new Map(), next: new Map(), misses: 0 };
}

function envFor(options: ResolvedRenderOptions, state: FlowState, footer: boolean): RenderEnv {
  return {
    options,
    footer,
    headingCountsBefore: new Map(state.headingCounts),
    footnoteOrderBefore: [...state.footnoteOrder],
    footnoteCountsBefore: new Map(state.footnoteCounts),
    headingSlugs: [],
    footnoteRefs: [],
  };
}

function renderBlock(
  block: AnalyzedBlock,
  context: DocumentContext,
  options: ResolvedRenderOptions,
  state: FlowState,
  cache: BlockCache | undefined,
): CacheEntry {
  if (isRefusedKind(block.kind)) {
    const message = refusalMessage(block.kind, block.source.length);
    const html = `<div class="pluma-refused" data-refused="${block.kind}">${message}</div>`;
    return { html, slugs: [], refs: [], signature: '' };
  }
  const prefix = prefixFor(block, context);
  const key = `${prefix}\u0001${block.source}`;
  const candidates = [...(cache?.previous.get(key) ?? []), ...(cache?.next.get(key) ?? [])];
  let entry = candidates.find((c) => c.signature === flowSignature(state, c.slugs, c.refs));
  if (!entry) {
    const source = options.jekyll
      ? substituteSiteUrls(prepareLiquidSource(block.source), options.siteUrl)
      : block.source;
    const env = envFor(options, state, false);
    const html = renderWithEnv(prefix + source, env).trim();
    const signature = flowSignature(state, env.headingSlugs, env.footnoteRefs);
    entry = { html, slugs: env.headingSlugs, refs: env.footnoteRefs, signature };
    if (cache) cache.misses += 1;
  }
  if (cache) {
    const list = cache.next.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    cache.next.set(key, list);
  }
  return entry;
}

function renderFooter(
  refs: readonly string[],
  context: DocumentContext,
  options: ResolvedRenderOptions,
  cache: BlockCache | undefined,
): string {
  const calls = refs.map((id) => `[^${context.footnoteLabels.get(id) ?? id}]`).join(' ');
  const source = [calls, ...context.footnoteSources, context.definitions].join('\n\n');
  if (cache?.footer?.source === source) return cache.footer.html;
  const html = renderWithEnv(source, envFor(options, initialFlowState(), true)).trim();
  if (cache) cache.footer = { source, html };
  return html;
}

function wrap(block: RenderedBlock, options: ResolvedRenderOptions): string {
  if (!options.wrapBlocks) return block.html;
  return `<div data-block="${block.key}" data-source-from="${block.from}" data-source-to="${block.to}">${block.html}</div>`;
}

/**
 * Returns the rendered document. With a cache, reuses entries from the previous call and fills
 * `cache.next` (the caller rotates it); `previousHtml` (key → HTML) sets the `changed` flags.
 */
export function renderDocument(
  blocks: readonly AnalyzedBlock[],
  options: ResolvedRenderOptions,
  cache?: BlockCache,
  previousHtml: ReadonlyMap<string, string> = new Map(),
): RenderedDocument {
  const context = documentContext(blocks);
  const state = initialFlowState();
  const seen = new Map<string, number>();
  const allRefs: string[] = [];
  const out: RenderedBlock[] = [];
  if (cache) cache.misses = 0;
  for (const block of blocks) {
    const entry = renderBlock(block, context, options, state, cache);
    advance(state, entry.slugs, entry.refs);
    allRefs.push(...entry.refs);
    const base = `b${hashString(block.source)}`;
    const dup = seen.get(base) ?? 0;
    seen.set(base, dup + 1);
    const key = dup === 0 ? base : `${base}-${dup}`;
    out.push({
      key,
      html: entry.html,
      from: block.from,
      to: block.to,
      changed: previousHtml.get(key) !== entry.html,
    });
  }
  if (allRefs.length > 0) {
    const html = renderFooter(allRefs, context, options, cache);
    const end = blocks.at(-1)?.to ?? 0;
    out.push({
      key: 'footnotes',
      html,
      from: end,
      to: end,
      changed: previousHtml.get('footnotes') !== html,
    });
  }
  return { blocks: out, html: out.map((block) => wrap(block, options)).join('\n') };
}
