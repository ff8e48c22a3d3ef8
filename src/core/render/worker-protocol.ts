/**
 * Messages between the page and the preview worker. The worker sends the HTML of a block only
 * when the page does not have it yet, so that a keystroke in a long post moves a few hundred
 * bytes instead of the whole document.
 */
import type { ShownBlock } from './typing';

/** Page → worker: render this body. `full` asks for every block's HTML (after a mismatch). */
export interface RenderRequest {
  type: 'render';
  seq: number;
  body: string;
  siteUrl: string;
  full?: boolean;
}

/** One block as sent over the wire; `html` is absent when the page already holds it. */
export interface WireBlock {
  key: string;
  html?: string;
  from: number;
  to: number;
  kind: string;
  /** Base heading ids the block used, when any. */
  slugs?: readonly string[];
}

/** Worker → page: the blocks of the body, in order. */
export interface RenderedMessage {
  type: 'rendered';
  seq: number;
  blocks: WireBlock[];
  /** The body has no reference or footnote definitions (see `RenderedDocument`). */
  contextFree: boolean;
}

/** Worker → page: a render failed. */
export interface RenderErrorMessage {
  type: 'error';
  seq: number;
  message: string;
}

export type WorkerReply = RenderedMessage | RenderErrorMessage;

/** A rendered block with its HTML, offsets relative to the body (as the renderer reports it). */
export type PreviewBlock = ShownBlock;

/**
 * Returns the wire form of `blocks`: HTML only where `sent` (key → HTML the page holds) differs.
 * Mutates nothing; the caller replaces `sent` with {@link sentAfter}.
 */
export function toWireBlocks(
  blocks: readonly PreviewBlock[],
  sent: ReadonlyMap<string, string>,
): WireBlock[] {
  return blocks.map(({ key, html, from, to, kind, slugs }) => {
    const wire: WireBlock =
      sent.get(key) === html ? { key, from, to, kind } : { key, html, from, to, kind };
    if (slugs && slugs.length > 0) wire.slugs = slugs;
    return wire;
  });
}

/** Returns the key → HTML map the page holds after receiving `blocks`. */
export function sentAfter(blocks: readonly PreviewBlock[]): Map<string, string> {
  return new Map(blocks.map((b) => [b.key, b.html]));
}

/**
 * Returns the full blocks for a reply, taking missing HTML from `known` (key → HTML from the
 * previous reply), or null when a block's HTML is neither sent nor known (the caller then asks
 * for a full render).
 */
export function mergeWireBlocks(
  wire: readonly WireBlock[],
  known: ReadonlyMap<string, string>,
): PreviewBlock[] | null {
  const out: PreviewBlock[] = [];
  for (const { key, html, from, to, kind, slugs } of wire) {
    const full = html ?? known.get(key);
    if (full === undefined) return null;
    out.push(
      slugs ? { key, html: full, from, to, kind, slugs } : { key, html: full, from, to, kind },
    );
  }
  return out;
}
