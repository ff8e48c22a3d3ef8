/**
 * Renders analyzed blocks in document order, each alone (with its document context), and joins
 * them. `renderMarkdown` and the incremental renderer both go through here, so both produce the
 * same string by design; the incremental one only adds a cache whose entries are reused when
 * the block's source, context prefix and read flow state are all unchanged.
 */
import type { Nodes, RootContent } from 'mdast';
import { isRefusedKind, type AnalyzedBlock, type ParsedBlocks } from './blocks.ts';
import { advance, flowSignature, initialFlowState, type FlowState } from './block-state.ts';
import { isIalParagraph } from './ial.ts';
import { documentContext, prefixFor, type DocumentContext } from './context.ts';
import { hashString } from './hash.ts';
import { RENDER_LIMITS, refusalLimit, refusalMessage, refusedStretches } from './limits.ts';
import { prepareLiquidSource, substituteSiteUrls } from './liquid.ts';
import type { ResolvedRenderOptions } from './options.ts';
import {
  parseFragment,
  parseMarkdown,
  parsedFragment,
  renderParsed,
  renderWithEnv,
  type RenderEnv,
} from './pipeline.ts';

/** One rendered block: `html` is its own fragment, without the wrapper. */
export interface RenderedBlock {
  key: string;
  html: string;
  from: number;
  to: number;
  changed: boolean;
  /** The block's main mdast node type (`paragraph`, `list`…), or `footnotes` for the footer. */
  kind: string;
  /** The base heading ids the block used (counted across the document for `-1`, `-2`…). */
  slugs: readonly string[];
}

/** A rendered document: its blocks (the footnotes section last, when any) and the whole HTML. */
export interface RenderedDocument {
  blocks: RenderedBlock[];
  html: string;
  /**
   * True when the document has no reference or footnote definitions, so that no block's
   * rendering depends on another block's source (heading ids aside).
   */
  contextFree: boolean;
}

/** A reusable rendering of one block source, valid where its flow signature matches. */
interface CacheEntry {
  html: string;
  slugs: string[];
  refs: string[];
  signature: string;
}

/** What the cache knows of one block source: its key hash, its context prefix, its renders. */
interface SourceEntry {
  hash: string;
  /** The context `prefix` was computed in (see `contextKey`). */
  context: string | null;
  prefix: string;
  /** Renders of this source, by the prefix they were rendered with. */
  renders: Map<string, CacheEntry[]>;
}

/**
 * The cache an incremental renderer keeps between updates (a plain render passes none), keyed
 * by block source: a block the edit did not touch keeps its very string, so a lookup costs no
 * more than the hash of a string already hashed, however long the post.
 */
export interface BlockCache {
  previous: Map<string, SourceEntry>;
  next: Map<string, SourceEntry>;
  footer?: { source: string; html: string };
  /** Blocks actually rendered (cache misses) in the last call. */
  misses: number;
  /** Of those, the blocks rendered from the split's parse instead of being parsed again. */
  reused: number;
}

/** Returns an empty cache. */
export function createBlockCache(): BlockCache {
  return { previous: new Map(), next: new Map(), misses: 0, reused: 0 };
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

/** Returns a string that changes whenever a block's context prefix may change. */
function contextKey(context: DocumentContext): string {
  return `${context.definitions}\u0002${[...context.footnoteStubs].join('\u0003')}`;
}

/** Returns the cache's entry for a block source, moving it to `next` (made on first use). */
function sourceEntry(cache: BlockCache, source: string): SourceEntry {
  let entry = cache.next.get(source) ?? cache.previous.get(source);
  if (!entry) entry = { hash: hashString(source), context: null, prefix: '', renders: new Map() };
  cache.next.set(source, entry);
  return entry;
}

/** Returns the text a block's source is parsed as, after its context `prefix`. */
function sourceInput(blockSource: string, prefix: string, options: ResolvedRenderOptions): string {
  const source = options.jekyll
    ? substituteSiteUrls(prepareLiquidSource(blockSource), options.siteUrl)
    : blockSource;
  return prefix + source;
}

/**
 * Renders a block's `input` (see `sourceInput`) in the flow `state` before it. `nodes`, when
 * given, are what `input` parses to, and are rendered instead of parsing it again (used up).
 */
function renderInput(
  input: string,
  options: ResolvedRenderOptions,
  state: FlowState,
  nodes?: RootContent[],
): CacheEntry {
  const env = envFor(options, state, false);
  const html = (
    nodes ? renderParsed(parsedFragment(input, nodes, env)) : renderWithEnv(input, env)
  ).trim();
  const signature = flowSignature(state, env.headingSlugs, env.footnoteRefs);
  return { html, slugs: env.headingSlugs, refs: env.footnoteRefs, signature };
}

/** Returns true when a node holds reference or footnote definitions (where `analyzeBlocks` looks). */
function holdsDefinitions(node: Nodes): boolean {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
  return (
    (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') &&
    node.children.some(holdsDefinitions)
  );
}

/** What `renderLoneBlock` returns: the block's fragment, the heading ids it used, its kind. */
export interface LoneBlock {
  html: string;
  slugs: string[];
  /** The node type `analyzeBlocks` reports for the block. */
  kind: string;
}

/**
 * Renders `source` exactly as `renderDocument` renders a block with that source, no context
 * prefix and the heading ids of `state` used before it (default none), when `analyzeBlocks` would find that source to be
 * exactly one node (not an attribute list) that holds no definitions, and the render calls no
 * footnote; returns null otherwise. One parse serves both the check and the render, which is
 * what makes it cheap enough to run in the task of a key press. Whether the heading ids it used
 * are free, and whether the block keeps apart from its neighbours, is the caller's business.
 */
export function renderLoneBlock(
  source: string,
  options: ResolvedRenderOptions,
  state: FlowState = initialFlowState(),
): LoneBlock | null {
  if (source.length > RENDER_LIMITS.maxDocumentChars) return null;
  const prepared = options.jekyll ? prepareLiquidSource(source) : source;
  if (refusedStretches(prepared).length > 0) return null;
  const input = options.jekyll ? substituteSiteUrls(prepared, options.siteUrl) : source;
  const env = envFor(options, state, false);
  const fragment = parseFragment(input, env);
  // The blocks are split on the text before site URLs are filled in; the render comes after.
  const split = input === prepared ? fragment.tree : parseMarkdown(prepared);
  if (split.children.length !== 1) return null;
  const node = split.children[0];
  if (isIalParagraph(node) || holdsDefinitions(node)) return null;
  const html = renderParsed(fragment).trim();
  return env.footnoteRefs.length === 0 ? { html, slugs: env.headingSlugs, kind: node.type } : null;
}

/** One block of `renderFragment`: its HTML, heading ids and footnote calls. */
export interface FragmentBlock {
  html: string;
  slugs: readonly string[];
  refs: readonly string[];
}

/**
 * Renders consecutive blocks as `renderDocument` renders them when no context prefix applies,
 * after the heading ids of `state` (default none; advanced past the blocks, mutated); null when
 * one of them is refused (its placeholder is the worker's to give).
 */
export function renderFragment(
  blocks: readonly Pick<AnalyzedBlock, 'source' | 'kind'>[],
  options: ResolvedRenderOptions,
  state: FlowState = initialFlowState(),
): FragmentBlock[] | null {
  if (blocks.some((block) => isRefusedKind(block.kind))) return null;
  return blocks.map((block) => {
    const entry = renderInput(sourceInput(block.source, '', options), options, state);
    advance(state, entry.slugs, entry.refs);
    return entry;
  });
}

/** Returns the key `renderDocument` gives the first block with this source. */
export function blockKey(source: string): string {
  return `b${hashString(source)}`;
}

function renderBlock(
  block: AnalyzedBlock,
  context: DocumentContext,
  options: ResolvedRenderOptions,
  state: FlowState,
  cached: { entry: SourceEntry; context: string; cache: BlockCache } | undefined,
  parsed: { nodes: RootContent[]; source: string } | undefined,
): CacheEntry {
  if (isRefusedKind(block.kind)) {
    const size = block.source.length;
    // The figures ride along so the page can say the sentence in the person's language.
    const data = `data-refused="${block.kind}" data-size="${size}" data-limit="${refusalLimit(block.kind)}"`;
    const html = `<div class="pluma-refused" ${data}>${refusalMessage(block.kind, size)}</div>`;
    return { html, slugs: [], refs: [], signature: '' };
  }
  let prefix: string;
  if (cached && cached.entry.context === cached.context) {
    prefix = cached.entry.prefix;
  } else {
    prefix = prefixFor(block, context);
    if (cached) {
      cached.entry.context = cached.context;
      cached.entry.prefix = prefix;
    }
  }
  const renders = cached?.entry.renders.get(prefix);
  const reusable = renders?.find((c) => c.signature === flowSignature(state, c.slugs, c.refs));
  if (reusable) return reusable;
  const input = sourceInput(block.source, prefix, options);
  // The split's nodes serve only for the very text they were parsed from.
  const nodes = parsed?.source === input ? parsed.nodes : undefined;
  const entry = renderInput(input, options, state, nodes);
  if (cached) {
    if (nodes) cached.cache.reused += 1;
    cached.cache.misses += 1;
    if (renders) renders.push(entry);
    else cached.entry.renders.set(prefix, [entry]);
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
 * The whole `html` is joined only when read (a preview that patches blocks never needs it).
 */
export function renderDocument(
  blocks: readonly AnalyzedBlock[],
  options: ResolvedRenderOptions,
  cache?: BlockCache,
  previousHtml: ReadonlyMap<string, string> = new Map(),
  parsed?: ParsedBlocks,
): RenderedDocument {
  const context = documentContext(blocks);
  const contextFree = context.definitionLines.size === 0 && context.footnoteStubs.size === 0;
  // A block parses alone as it did within the whole text only where no definition elsewhere
  // could resolve its references.
  const reuse = contextFree ? parsed : undefined;
  const contextString = cache ? contextKey(context) : '';
  const state = initialFlowState();
  const seen = new Map<string, number>();
  const allRefs: string[] = [];
  const out: RenderedBlock[] = [];
  if (cache) {
    cache.misses = 0;
    cache.reused = 0;
  }
  for (const block of blocks) {
    const cached = cache && {
      entry: sourceEntry(cache, block.source),
      context: contextString,
      cache,
    };
    const entry = renderBlock(block, context, options, state, cached, reuse?.get(block));
    if (entry.slugs.length > 0 || entry.refs.length > 0) {
      advance(state, entry.slugs, entry.refs);
      allRefs.push(...entry.refs);
    }
    const base = cached ? `b${cached.entry.hash}` : blockKey(block.source);
    const dup = seen.get(base) ?? 0;
    seen.set(base, dup + 1);
    const key = dup === 0 ? base : `${base}-${dup}`;
    out.push({
      key,
      html: entry.html,
      from: block.from,
      to: block.to,
      changed: previousHtml.get(key) !== entry.html,
      kind: block.kind,
      slugs: entry.slugs,
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
      kind: 'footnotes',
      slugs: [],
    });
  }
  let html: string | undefined;
  return {
    blocks: out,
    contextFree,
    get html() {
      html ??= out.map((block) => wrap(block, options)).join('\n');
      return html;
    },
  };
}
