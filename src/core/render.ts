/**
 * The Markdown preview's rendering core (pure): full and incremental renders of a post body
 * and the block splitter they share.
 */
export { renderMarkdown } from './render/render-markdown.ts';
export { splitBlocks, type Block } from './render/blocks.ts';
export {
  createIncrementalRenderer,
  type IncrementalRenderer,
  type IncrementalResult,
  type IncrementalStats,
} from './render/incremental.ts';
export type { RenderedBlock } from './render/document.ts';
export { DEFAULT_SITE_URL, type RenderOptions } from './render/options.ts';
