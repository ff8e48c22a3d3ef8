/**
 * Patches the preview's body in place, one element per rendered block, so that unchanged blocks
 * keep their DOM (images do not reload) and the scroll position holds. A key press touches only
 * the block it changed: the blocks' source offsets are kept here, not in DOM attributes, since
 * every offset after the edit moves on each key press.
 */
import type { PreviewBlock } from './worker-protocol';

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
 * Returns the nodes of `next` already in `container` that can stay where they are: the longest
 * run of them whose order in the container is already their order in `next`. Moving a node
 * makes the browser lay it out again, so a block that moved far (a repeated block whose twin
 * changed) must not drag every block between its two places along with it.
 */
function inOrder(container: HTMLElement, next: readonly HTMLElement[]): Set<Node> {
  const index = new Map<Node, number>(next.map((node, i) => [node, i]));
  const present: Node[] = [];
  const order: number[] = [];
  for (const child of container.childNodes) {
    const i = index.get(child);
    if (i !== undefined) {
      present.push(child);
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
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]) stay.add(present[at]);
  return stay;
}

/** Where a block element's source is in the post's text. */
export interface BlockRange {
  from: number;
  to: number;
}

/** A patcher bound to one container element. */
export interface BlockPatcher {
  /**
   * Makes the container's children match `blocks` (HTML already sanitized); their source
   * ranges are the blocks' offsets plus `offset`. Mutates the container; returns the number of
   * blocks whose HTML was (re)written.
   */
  patch(blocks: readonly PreviewBlock[], offset: number): number;
  /** Returns the block elements in order, for scroll lookup. */
  elements(): readonly HTMLElement[];
  /** Returns the source range of each element of `elements()`, in the same order. */
  ranges(): readonly BlockRange[];
}

/**
 * Returns a patcher for `container` (a node of the frame's document); `onWrite` is called with
 * each block element whose HTML was just (re)written.
 */
export function createBlockPatcher(
  container: HTMLElement,
  onWrite?: (node: HTMLElement) => void,
): BlockPatcher {
  const byKey = new Map<string, HTMLElement>();
  const htmlOf = new WeakMap<HTMLElement, string>();
  let order: HTMLElement[] = [];
  let shown: readonly PreviewBlock[] = [];
  let shownOffset = 0;
  const doc = container.ownerDocument;

  return {
    patch(blocks, offset) {
      const keys = domKeys(blocks);
      const next: HTMLElement[] = [];
      let written = 0;
      blocks.forEach((block, i) => {
        let node = byKey.get(keys[i]);
        if (!node) {
          node = doc.createElement('div');
          node.className = 'pluma-block';
          byKey.set(keys[i], node);
        }
        if (htmlOf.get(node) !== block.html) {
          node.innerHTML = block.html;
          htmlOf.set(node, block.html);
          onWrite?.(node);
          written++;
        }
        next.push(node);
      });
      if (byKey.size > next.length) {
        const keep = new Set(next);
        for (const [key, node] of byKey) {
          if (!keep.has(node)) {
            node.remove();
            byKey.delete(key);
          }
        }
      }
      // Anything else in the container goes; then only nodes out of order move (see below).
      const wanted = new Set<Node>(next);
      for (const child of [...container.childNodes]) if (!wanted.has(child)) child.remove();
      const stay = inOrder(container, next);
      let anchor: Node | null = null;
      for (let i = next.length - 1; i >= 0; i--) {
        const node = next[i];
        if (!stay.has(node)) container.insertBefore(node, anchor);
        anchor = node;
      }
      order = next;
      shown = blocks;
      shownOffset = offset;
      return written;
    },
    elements: () => order,
    ranges: () => shown.map((b) => ({ from: shownOffset + b.from, to: shownOffset + b.to })),
  };
}
