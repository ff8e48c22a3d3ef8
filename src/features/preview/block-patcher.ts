/**
 * Patches the preview's body in place, one element per rendered block, so that unchanged blocks
 * keep their DOM (images do not reload) and the scroll position holds. A key press touches only
 * the block it changed: source offsets stay with the blocks (the frame controller has them),
 * not in DOM attributes, since every offset after the edit moves on each key press.
 */
import type { PreviewBlock } from '../../core/render/worker-protocol';
import { createBlockChunks } from './block-chunks';
import { morphChildren } from './morph';

/** The identity of the n-th block with a key (keys may repeat for identical blocks). */
function domKeys(blocks: readonly PreviewBlock[]): string[] {
  const seen = new Map<string, number>();
  return blocks.map(({ key }) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}#${n}`;
  });
}

/**
 * Returns the nodes of `next` found in `present` (nodes in the container's order) that can stay
 * where they are: the longest run of them whose order in the container is already their order
 * in `next`. Moving a node makes the browser lay it out again, so a block that moved far (a
 * repeated block whose twin changed) must not drag every block between its two places along.
 */
function inOrder(present: readonly HTMLElement[], next: readonly HTMLElement[]): Set<Node> {
  const index = new Map<Node, number>(next.map((node, i) => [node, i]));
  const kept: Node[] = [];
  const order: number[] = [];
  for (const child of present) {
    const i = index.get(child);
    if (i !== undefined) {
      kept.push(child);
      order.push(i);
    }
  }
  // Longest increasing subsequence of `order` (patience sorting, O(n log n)).
  const tails: number[] = [];
  const previous = new Array<number>(order.length).fill(-1);
  order.forEach((value, at) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[tails[mid]] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[at] = tails[lo - 1];
    tails[lo] = at;
  });
  const stay = new Set<Node>();
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]) stay.add(kept[at]);
  return stay;
}

/** A patcher bound to one container element. */
export interface BlockPatcher {
  /**
   * Makes the container's children match `blocks` (HTML already sanitized), one element per
   * block in the same order. Mutates the container; returns the number of blocks whose HTML
   * was (re)written.
   */
  patch(blocks: readonly PreviewBlock[]): number;
  /** Returns the block elements in order, for scroll lookup. */
  elements(): readonly HTMLElement[];
}

/** Returns true when the element showing `a` shows `b` as it is (offsets aside). */
const sameShown = (a: PreviewBlock, b: PreviewBlock) =>
  a === b || (a.key === b.key && a.html === b.html);

/**
 * Returns a patcher for `container` (a node of the frame's document); `onWrite` is called with
 * each block element whose HTML was just written, or with the fragment of new HTML that is then
 * synced into one (what it changes is kept). The blocks equal at both ends of the last
 * patch keep their elements untouched, so a key press costs one comparison per block and the
 * DOM work of the blocks it changed, however long the post. The block elements sit in chunks
 * (see block-chunks.ts), the container's children.
 */
export function createBlockPatcher(
  container: HTMLElement,
  onWrite?: (root: ParentNode) => void,
  options: {
    /** Brings an element that shows a block up to date with new HTML (default: morph.ts). */
    sync?: (node: HTMLElement, html: string) => void;
  } = {},
): BlockPatcher {
  // The blocks shown and their elements, in the container's order.
  let shown: readonly PreviewBlock[] = [];
  let order: HTMLElement[] = [];
  const htmlOf = new WeakMap<HTMLElement, string>();
  const doc = container.ownerDocument;
  const chunks = createBlockChunks(container);
  // New HTML for an element that shows a block already is parsed here (an inert document: its
  // images do not load) and synced into it (morph.ts): only what differs changes, so a key in a
  // table cell or a list item changes that text, not the whole table or list, and the browser
  // styles and lays out only that.
  let template: HTMLTemplateElement | null = null;
  const sync =
    options.sync ??
    ((node: HTMLElement, html: string) => {
      template ??= doc.createElement('template');
      template.innerHTML = html;
      onWrite?.(template.content);
      morphChildren(node, template.content);
    });
  const write = (node: HTMLElement, html: string) => {
    if (htmlOf.has(node)) sync(node, html);
    else {
      node.innerHTML = html;
      onWrite?.(node);
    }
    htmlOf.set(node, html);
  };

  return {
    patch(blocks) {
      // Whatever else the container holds goes (the patcher's own elements are all it shows).
      if (order.length === 0) container.replaceChildren();
      const most = Math.min(shown.length, blocks.length);
      let head = 0;
      while (head < most && sameShown(shown[head], blocks[head])) head++;
      let tail = 0;
      while (
        tail < most - head &&
        sameShown(shown[shown.length - 1 - tail], blocks[blocks.length - 1 - tail])
      ) {
        tail++;
      }
      const oldEnd = shown.length - tail;
      const newEnd = blocks.length - tail;
      // Between the equal ends, elements are matched by key (the n-th block with a key).
      const oldKeys = domKeys(shown.slice(head, oldEnd));
      const byKey = new Map<string, HTMLElement>();
      oldKeys.forEach((key, i) => byKey.set(key, order[head + i]));
      const present = order.slice(head, oldEnd);
      const matched = domKeys(blocks.slice(head, newEnd)).map((key) => {
        const node = byKey.get(key);
        if (node) byKey.delete(key);
        return node;
      });
      // The elements of blocks that changed (those left, in the container's order) are reused, in
      // order, by the new blocks without one: a key typed in a block changes its key, and its
      // element then keeps what did not change.
      const spare = [...byKey.values()];
      let reused = 0;
      const next: HTMLElement[] = [];
      let written = 0;
      matched.forEach((found, i) => {
        const block = blocks[head + i];
        let node = found ?? spare[reused++];
        if (!node) {
          node = doc.createElement('div');
          node.className = 'pluma-block';
        }
        if (htmlOf.get(node) !== block.html) {
          write(node, block.html);
          written++;
        }
        next.push(node);
      });
      for (const gone of spare.slice(reused)) chunks.remove(gone);
      // Only nodes out of order move (see inOrder), before the first block of the equal end.
      const stay = inOrder(present, next);
      let anchor: HTMLElement | null = order[oldEnd] ?? null;
      for (let i = next.length - 1; i >= 0; i--) {
        const node = next[i];
        if (!stay.has(node)) chunks.insert(node, anchor);
        anchor = node;
      }
      chunks.settle();
      order = order.slice(0, head).concat(next, order.slice(oldEnd));
      shown = blocks;
      return written;
    },
    elements: () => order,
  };
}
