/**
 * Messages between the page and the preview worker. The page sends a key press as an edit of the
 * body the worker holds, and the worker sends back only the blocks that changed (with the HTML
 * of a block only when the page does not have it yet), so that a keystroke in a long post moves
 * a few hundred bytes instead of the whole document either way.
 */
import type { SiteNotice } from '../site/render-page';
import type { ShownBlock } from './typing';

/** A change of a text: `from`..`to` of the old text replaced by `insert`. */
export interface BodyEdit {
  from: number;
  to: number;
  insert: string;
}

/**
 * Page → worker: render this body. The body comes whole (`body`), or as an `edit` of the body
 * of the render request `base` (the one the page sent before it, which the worker received
 * last), so that a key press in a long post does not copy the post; `length` is the new body's
 * length, a check. `full` asks for every block's HTML (the page holds none it can trust).
 */
export interface RenderRequest {
  type: 'render';
  seq: number;
  body?: string;
  edit?: BodyEdit & { base: number; length: number };
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

/**
 * Worker → page: the blocks of the body, as a change of the blocks of the worker's previous
 * reply (none after a `full` request, when `full` is set): the `removed` blocks from index
 * `start` are replaced by `blocks`, and the blocks after them move by `shift` characters. A key
 * press in a long post moves a few hundred bytes, however many blocks it has.
 */
export interface RenderedMessage {
  type: 'rendered';
  seq: number;
  full?: boolean;
  start: number;
  removed: number;
  blocks: WireBlock[];
  shift: number;
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

/**
 * Worker → page: the request's `edit` was made on a body the worker does not hold: send the
 * whole body again.
 */
export interface ResendMessage {
  type: 'resend';
  seq: number;
}

export type WorkerReply = RenderedMessage | RenderErrorMessage | ResendMessage | PageReply;

/** A rendered block with its HTML, offsets relative to the body (as the renderer reports it). */
export type PreviewBlock = ShownBlock;

/** Returns the body `edit` makes of `body`, or null when it does not fit (`length` differs). */
export function applyBodyEdit(body: string, edit: BodyEdit & { length: number }): string | null {
  if (edit.from < 0 || edit.from > edit.to || edit.to > body.length) return null;
  const next = body.slice(0, edit.from) + edit.insert + body.slice(edit.to);
  return next.length === edit.length ? next : null;
}

const sameSlugs = (a?: readonly string[], b?: readonly string[]) =>
  a === b || ((a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((id, i) => id === b?.[i]));

/** Returns true when `b` is `a` moved by `shift` characters. */
function sameBlock(a: PreviewBlock, b: PreviewBlock, shift: number): boolean {
  return (
    a.key === b.key &&
    a.from + shift === b.from &&
    a.to + shift === b.to &&
    a.kind === b.kind &&
    a.html === b.html &&
    sameSlugs(a.slugs, b.slugs)
  );
}

/**
 * Returns the message fields that turn `before` (the blocks the page holds) into `after`: the
 * blocks equal at both ends are left out (those at the end moved by `shift`, the change of the
 * body's length), and of the blocks in between, the HTML of those whose key held the same HTML
 * in the replaced stretch. Costs one comparison per unchanged block.
 */
export function diffBlocks(
  before: readonly PreviewBlock[],
  after: readonly PreviewBlock[],
  shift: number,
): Pick<RenderedMessage, 'start' | 'removed' | 'blocks' | 'shift'> {
  let head = 0;
  const most = Math.min(before.length, after.length);
  while (head < most && sameBlock(before[head], after[head], 0)) head++;
  let tail = 0;
  while (
    tail < most - head &&
    sameBlock(before[before.length - 1 - tail], after[after.length - 1 - tail], shift)
  ) {
    tail++;
  }
  const removed = before.length - tail - head;
  const held = new Map<string, string>();
  for (let i = head; i < head + removed; i++) held.set(before[i].key, before[i].html);
  const blocks = after
    .slice(head, after.length - tail)
    .map(({ key, html, from, to, kind, slugs }) => {
      const wire: WireBlock =
        held.get(key) === html ? { key, from, to, kind } : { key, html, from, to, kind };
      if (slugs && slugs.length > 0) wire.slugs = slugs;
      return wire;
    });
  return { start: head, removed, blocks, shift };
}

/**
 * Returns the blocks a reply describes, given `before`, the blocks of the previous reply (see
 * `RenderedMessage`); null when the reply does not fit them (the caller asks for a full render).
 * Blocks before the change are `before`'s own objects.
 */
export function applyBlockDiff(
  before: readonly PreviewBlock[],
  reply: Pick<RenderedMessage, 'full' | 'start' | 'removed' | 'blocks' | 'shift'>,
): PreviewBlock[] | null {
  const base = reply.full ? [] : before;
  const { start, removed, shift } = reply;
  if (start < 0 || removed < 0 || start + removed > base.length) return null;
  const held = new Map<string, string>();
  for (let i = start; i < start + removed; i++) held.set(base[i].key, base[i].html);
  const out = base.slice(0, start);
  for (const { key, html, from, to, kind, slugs } of reply.blocks) {
    const full = html ?? held.get(key);
    if (full === undefined) return null;
    out.push(
      slugs ? { key, html: full, from, to, kind, slugs } : { key, html: full, from, to, kind },
    );
  }
  for (let i = start + removed; i < base.length; i++) {
    const block = base[i];
    out.push(shift === 0 ? block : { ...block, from: block.from + shift, to: block.to + shift });
  }
  return out;
}
