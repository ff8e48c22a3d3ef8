/**
 * The typing fast path: when an edit stays inside one paragraph or heading of a rendered
 * document, the new document's blocks are the old ones with that block rendered again and the
 * blocks after it moved. Computing that takes one block's parse and render, whatever the length
 * of the post, so the page can show a key press in the same task that handled it, while the
 * worker's full incremental render follows as the authority.
 *
 * It is exact or it declines: it returns what `renderDocument` returns for the new text (keys,
 * offsets, HTML, heading ids), or null whenever the edit could reach beyond the block. It
 * declines when
 * - the edit is not inside one `paragraph` or `heading` block, after its first character and
 *   before the white space that ends it: an edit there could join it to a neighbour;
 * - the block, before or after, holds `{:` (a kramdown attribute list joins the block it
 *   touches) or `{%` (Liquid tags may span blocks);
 * - the document has reference or footnote definitions and the block holds `[`, so its
 *   rendering may depend on them;
 * - the new text of the block is not exactly one block of the same kind, or calls a footnote;
 * - a heading id it used, before or after, is used by another block too (ids are numbered
 *   across the document);
 * - its key would collide with another block's;
 * - the block is longer than FAST_PATH_MAX_CHARS (the page would wait too long for it).
 */
import { blockKey, renderLoneBlock } from './document.ts';
import { resolveOptions, type RenderOptions } from './options.ts';
import { rangeIndexAt } from '../ranges.ts';
import { commonPrefix, commonSuffix } from '../text.ts';

/** A block as a rendered document reports it (see `RenderedBlock`, without `changed`). */
export interface ShownBlock {
  key: string;
  html: string;
  from: number;
  to: number;
  kind: string;
  /** Base heading ids the block used; absent means none. */
  slugs?: readonly string[];
}

/** A rendered body: its text and what `renderDocument` returned for it. */
export interface ShownDocument {
  body: string;
  blocks: readonly ShownBlock[];
  contextFree: boolean;
}

/** Returns the key without the `-n` a repeated block gets. */
function baseKey(key: string): string {
  const dash = key.indexOf('-');
  return dash < 0 ? key : key.slice(0, dash);
}

const UNSAFE = /\{[:%]/;

/**
 * The longest block the fast path renders (UTF-16 units): about 1 ms of parsing and rendering
 * per 500 characters in the page, so a key press never waits more than a few ms for it. Longer
 * blocks are left to the worker.
 */
export const FAST_PATH_MAX_CHARS = 4_000;

/**
 * Returns the blocks of `next` when it differs from `shown.body` by an edit inside one
 * paragraph or heading, exactly as `renderDocument` would report them; null when the edit may
 * reach further (the caller then waits for a full incremental render).
 */
export function typeIntoBlock(
  shown: ShownDocument,
  next: string,
  options?: RenderOptions,
): ShownBlock[] | null {
  const previous = shown.body;
  const { blocks } = shown;
  if (previous === next || blocks.length === 0) return null;
  const head = commonPrefix(previous, next);
  const tail = commonSuffix(previous, next, Math.min(previous.length, next.length) - head);
  const oldEnd = previous.length - tail;
  const delta = next.length - previous.length;
  const footer = blocks.at(-1)?.kind === 'footnotes' ? 1 : 0;
  const last = blocks.length - 1 - footer;
  if (last < 0) return null;
  const index = Math.min(rangeIndexAt(blocks, head), last);
  const block = blocks[index];
  const kind = block.kind;
  if (kind !== 'paragraph' && kind !== 'heading') return null;
  const oldSource = previous.slice(block.from, block.to);
  // Between the first and the last character that is not white space: the block's leading
  // white space and its trailing line breaks decide how it joins its neighbours.
  const start = oldSource.search(/\S/);
  const end = oldSource.trimEnd().length;
  if (start < 0 || head <= block.from + start || oldEnd > block.from + end) return null;
  const source = next.slice(block.from, block.to + delta);
  if (source.length > FAST_PATH_MAX_CHARS) return null;
  if (UNSAFE.test(oldSource) || UNSAFE.test(source)) return null;
  if (!shown.contextFree && (oldSource.includes('[') || source.includes('['))) return null;
  const key = blockKey(source);
  if (block.key !== baseKey(block.key)) return null;
  for (const other of blocks) {
    const base = baseKey(other.key);
    if (other !== block && (base === key || base === block.key)) return null;
  }
  // One block of the same kind, so no definitions in it and no blocks joined or split.
  const lone = renderLoneBlock(source, kind, resolveOptions(options));
  if (lone === null) return null;
  // Rendered as if no heading came before it: right only while no other block uses its ids.
  const ids = new Set([...(block.slugs ?? []), ...lone.slugs]);
  if (ids.size > 0 && blocks.some((b) => b !== block && b.slugs?.some((id) => ids.has(id)))) {
    return null;
  }
  const out: ShownBlock[] = blocks.slice(0, index);
  const edited: ShownBlock = { key, html: lone.html, from: block.from, to: block.to + delta, kind };
  if (lone.slugs.length > 0) edited.slugs = lone.slugs;
  out.push(edited);
  for (let i = index + 1; i < blocks.length; i++) {
    const moved = { ...blocks[i] };
    moved.from += delta;
    moved.to += delta;
    out.push(moved);
  }
  return out;
}

/** Sample paragraphs for `warmUpTyping`: the inline syntax posts use most. */
const WARM_UP = [
  '## Un título de texto\n',
  'Una *frase* con `código`, [un enlace](/x) y **más** texto, ¿verdad?\n',
  'En 2016 lanzamos <abbr>API</abbr> ~~viejas~~ nuevas: https://ejemplo.cl y ![foto](/a.png).\n',
];

/**
 * Runs the fast path's parser and renderer `rounds` times on sample paragraphs, so that the
 * first key presses do not pay for compiling them (the page calls it while idle).
 */
export function warmUpTyping(options?: RenderOptions, rounds = 1): void {
  for (let round = 0; round < rounds; round++) {
    for (const body of WARM_UP) {
      const shown: ShownDocument = {
        body,
        contextFree: true,
        blocks: [
          {
            key: blockKey(body),
            html: '',
            from: 0,
            to: body.length,
            kind: body.startsWith('#') ? 'heading' : 'paragraph',
          },
        ],
      };
      typeIntoBlock(shown, body.replace('texto', 'textos').replace('2016', '2017'), options);
    }
  }
}
