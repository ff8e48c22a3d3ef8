/**
 * remark plugin: heading ids the way the blog's Jekyll gives them. Jekyll's default kramdown
 * input is GFM (kramdown-parser-gfm), whose `generate_gfm_header_id` downcases the heading's
 * text, deletes every character that is not `\p{Word}`, `-`, space or tab (so accented letters
 * stay: "Acción" → "acción"), turns each space or tab into `-`, and suffixes `-1`, `-2`… on the
 * second, third… use of the same id. Headings with an explicit id (`{#id}` or an IAL) keep it
 * and are not counted. Source: kramdown-parser-gfm 1.1.0, lib/kramdown/parser/gfm.rb.
 */
import type { Heading, Nodes, Root } from 'mdast';

const NON_WORD = /[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu;
const HEADER_ID = /[ \t]+\{#([A-Za-z][\w:-]*)\}[ \t]*$/;

/** Returns the base id kramdown's GFM parser derives from a heading's text (no suffix). */
export function gfmHeadingSlug(text: string): string {
  return text.toLowerCase().replace(NON_WORD, '').replace(/[ \t]/g, '-');
}

/** Returns the heading text kramdown uses: text and code, no markup, images or HTML tags. */
export function headingRawText(node: Nodes): string {
  if (node.type === 'text') return node.value.replace(/-{2,3}|\.\.\./g, '');
  if (node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'html') return '';
  return 'children' in node ? node.children.map(headingRawText).join('') : '';
}

/** Returns the explicit id of a heading written `## Title {#id}`, removing it (mutates). */
function takeHeaderId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = HEADER_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}

/** Counts of ids used before a fragment, and the base ids the fragment used (in order). */
export interface HeadingIdState {
  before: ReadonlyMap<string, number>;
  used: string[];
}

function visit(node: Nodes, state: HeadingIdState, counts: Map<string, number>): void {
  if (node.type === 'heading') {
    const properties = (node.data?.hProperties ?? {}) as Record<string, unknown>;
    const explicit = takeHeaderId(node);
    if (explicit !== undefined || properties.id !== undefined) {
      if (explicit !== undefined)
        node.data = { ...node.data, hProperties: { ...properties, id: explicit } };
      return;
    }
    const slug = gfmHeadingSlug(headingRawText(node));
    const seen = counts.get(slug) ?? state.before.get(slug) ?? 0;
    counts.set(slug, seen + 1);
    state.used.push(slug);
    node.data = {
      ...node.data,
      hProperties: { ...properties, id: seen > 0 ? `${slug}-${seen}` : slug },
    };
    return;
  }
  if ('children' in node) for (const child of node.children) visit(child, state, counts);
}

/** Gives every heading in the tree its id (mutates the tree and `state.used`). */
export function assignHeadingIds(tree: Root, state: HeadingIdState): void {
  visit(tree, state, new Map());
}
