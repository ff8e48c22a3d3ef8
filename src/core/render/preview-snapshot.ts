/**
 * The preview kept for the next start (pure): its record, how it is stored, and when it may be
 * shown. Reopened, a draft whose body has not changed shows its preview as soon as the frame is
 * there, before the worker has loaded and rendered it (a few hundred ms on a cold start, most of
 * it compiling the renderer); the worker renders it all the same, and its blocks replace these.
 *
 * It is a cache, in a database of its own (`PREVIEW_DB`, not the drafts'): one record, the last
 * preview the worker rendered, which it writes once it has been still for a while after a render
 * (workers/keep-preview.ts; the page reads it: features/preview/preview-snapshot.ts). It is
 * shown only for the very body it was rendered from, with the same site URL, by the same build
 * of the app (`PLUMA_BUILD`: a hash of its sources and locked dependencies), and without the
 * site's layouts (whose files it does not know): then it is the render the worker would give.
 * Anything else, or any failure to read or write it, and the preview waits for the worker as it
 * would without it.
 */
import type { ShownBlock, ShownDocument } from './typing';

export { PREVIEW_DB } from './preview-db';

/** A preview shown: the body, the blocks rendered from it, and what they were rendered with. */
export interface PreviewSnapshot extends ShownDocument<string> {
  /** The build of the app that rendered it. */
  build: string;
  siteUrl: string;
}

/**
 * A snapshot as stored: its blocks field by field (keys and kinds joined by newlines, [from, to]
 * pairs, their HTML joined with where each ends, the heading ids of those that have any), a few
 * large fields whose parts must add up before a block is built from them (`unpack`). Storing it
 * costs about what storing the blocks as objects did (the bytes dominate: 3-16 ms at 50,000
 * words), which is why the worker stores it, not the page.
 */
export interface StoredSnapshot {
  build: string;
  siteUrl: string;
  body: string;
  contextFree: boolean;
  keys: string;
  kinds: string;
  spans: Int32Array;
  html: string;
  htmlEnds: Int32Array;
  /** JSON: for each block its heading ids, or null. */
  slugs: string;
}

/**
 * Whether this build keeps and reads previews: not under `vite dev`, whose code changes without
 * its build changing (it does in tests). Each side checks besides that storage is there.
 */
export const KEEPING_BUILD = import.meta.env.PROD || import.meta.env.MODE === 'test';

/** This build of the app: a hash of its sources and locked dependencies (vite.config.ts). */
declare const PLUMA_BUILD: string;
/**
 * What rendered a kept preview: this build, in this browser (whose Unicode tables the heading
 * ids' case and letter classes follow, so that an update could change them).
 */
export const BUILD = `${PLUMA_BUILD} ${globalThis.navigator?.userAgent ?? ''}`;

/** Returns `snapshot` as it is stored (`unpack` gives it back). */
export function pack(snapshot: PreviewSnapshot): StoredSnapshot {
  const { blocks } = snapshot;
  const spans = new Int32Array(blocks.length * 2);
  const htmlEnds = new Int32Array(blocks.length);
  let end = 0;
  blocks.forEach((b, i) => {
    spans[2 * i] = b.from;
    spans[2 * i + 1] = b.to;
    end += b.html.length;
    htmlEnds[i] = end;
  });
  return {
    build: snapshot.build,
    siteUrl: snapshot.siteUrl,
    body: snapshot.body,
    contextFree: snapshot.contextFree,
    keys: blocks.map((b) => b.key).join('\n'),
    kinds: blocks.map((b) => b.kind).join('\n'),
    spans,
    html: blocks.map((b) => b.html).join(''),
    htmlEnds,
    slugs: JSON.stringify(blocks.map((b) => b.slugs ?? null)),
  };
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isSlugs = (v: unknown): v is string[] | null =>
  v === null || (Array.isArray(v) && v.every(isText));

/**
 * Returns the snapshot stored as `value` (read back from storage), or null when it is not one
 * whole: a field missing or of another type, or parts that do not add up.
 */
export function unpack(value: unknown): PreviewSnapshot | null {
  const s = value as StoredSnapshot | null;
  if (typeof s !== 'object' || s === null) return null;
  if (![s.build, s.siteUrl, s.body, s.keys, s.kinds, s.html, s.slugs].every(isText)) return null;
  if (typeof s.contextFree !== 'boolean') return null;
  if (!(s.spans instanceof Int32Array) || !(s.htmlEnds instanceof Int32Array)) return null;
  const n = s.htmlEnds.length;
  const keys = n === 0 ? [] : s.keys.split('\n');
  const kinds = n === 0 ? [] : s.kinds.split('\n');
  let slugs: unknown;
  try {
    slugs = JSON.parse(s.slugs);
  } catch {
    return null;
  }
  if (s.spans.length !== 2 * n || keys.length !== n || kinds.length !== n) return null;
  if (!Array.isArray(slugs) || slugs.length !== n || !slugs.every(isSlugs)) return null;
  const blocks: ShownBlock[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = s.htmlEnds[i];
    if (end < start || end > s.html.length) return null;
    const from = s.spans[2 * i];
    const to = s.spans[2 * i + 1];
    if (from < 0 || to < from || to > s.body.length) return null;
    const block: ShownBlock = {
      key: keys[i],
      html: s.html.slice(start, end),
      from,
      to,
      kind: kinds[i],
    };
    const ids = slugs[i] as string[] | null;
    if (ids) block.slugs = ids;
    blocks.push(block);
    start = end;
  }
  if (start !== s.html.length) return null;
  return { build: s.build, siteUrl: s.siteUrl, body: s.body, contextFree: s.contextFree, blocks };
}

/**
 * Returns the document `snapshot` shows, when it is the render of `body` with `siteUrl` by this
 * build (`build`) without a site's layouts (`withSite` false); else null.
 */
export function snapshotShows(
  snapshot: PreviewSnapshot | null,
  {
    body,
    siteUrl,
    withSite,
    build = BUILD,
  }: {
    body: string;
    siteUrl: string;
    withSite: boolean;
    build?: string;
  },
): ShownDocument<string> | null {
  if (!snapshot || withSite) return null;
  if (snapshot.build !== build || snapshot.siteUrl !== siteUrl || snapshot.body !== body) {
    return null;
  }
  return { body: snapshot.body, blocks: snapshot.blocks, contextFree: snapshot.contextFree };
}
