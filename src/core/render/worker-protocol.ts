/**
 * Messages between the page and the preview worker. The worker sends the HTML of a block only
 * when the page does not have it yet, so that a keystroke in a long post moves a few hundred
 * bytes instead of the whole document.
 */
import type { SiteNotice } from '../site/render-page';
import type { ShownBlock } from './typing';

/** Page → worker: render this body. `full` asks for every block's HTML (after a mismatch). */
export interface RenderRequest {
  type: 'render';
  seq: number;
  body: string;
  siteUrl: string;
  full?: boolean;
}

/**
 * Page → worker: render with this site's layouts from now on (its text files as path → text
 * pairs), or with the built-in layout again (null).
 */
export interface SiteMessage {
  type: 'site';
  files: [string, string][] | null;
}

/**
 * Page → worker: the post's place in the site and its front matter changed (or its content did,
 * for `page.content`): render the page around the content again. Only with a site.
 */
export interface PageRequest {
  type: 'page';
  seq: number;
  /** The post's path in the site ('_posts/2019-04-05-x.markdown'). */
  path: string;
  data: Record<string, unknown>;
}

/** Worker → page: the site's page around the content (see `SitePageRender`). */
export interface PageReply {
  type: 'page';
  seq: number;
  html: string | null;
  card: string | null;
  notices: SiteNotice[];
}

/** Everything the page sends the worker. */
export type WorkerRequest = RenderRequest | SiteMessage | PageRequest;

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
  /** With a site: the body's Liquid failed (the body shows with its Liquid as written). */
  liquidError?: SiteNotice;
}

/** Worker → page: a render failed. */
export interface RenderErrorMessage {
  type: 'error';
  seq: number;
  message: string;
}

export type WorkerReply = RenderedMessage | RenderErrorMessage | PageReply;

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
