/**
 * Patches the preview's body in place, one element per rendered block, so that unchanged blocks
 * keep their DOM (images do not reload) and the scroll position holds. A key press touches only
 * the block it changed: source offsets stay with the blocks (the frame controller has them),
 * not in DOM attributes, since every offset after the edit moves on each key press.
 */
import type { PreviewBlock } from '../../core/render/worker-protocol';

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

/**
 * Returns a patcher for `container` (a node of the frame's document); `onWrite` is called with
 * each block element whose HTML was just (re)written.
 */
export function createBlockPatcher(
  container: HTMLElement,
  onWrite?: (node: HTMLElement) => void,
): BlockPatcher {
  let byKey = new Map<string, HTMLElement>();
  const htmlOf = new WeakMap<HTMLElement, string>();
  let order: HTMLElement[] = [];
  const doc = container.ownerDocument;

  return {
    patch(blocks) {
      const keys = domKeys(blocks);
      const next: HTMLElement[] = [];
      const nextByKey = new Map<string, HTMLElement>();
      let written = 0;
      blocks.forEach((block, i) => {
        let node = byKey.get(keys[i]);
        if (!node) {
          node = doc.createElement('div');
          node.className = 'pluma-block';
        }
        nextByKey.set(keys[i], node);
        if (htmlOf.get(node) !== block.html) {
          node.innerHTML = block.html;
          htmlOf.set(node, block.html);
          onWrite?.(node);
          written++;
        }
        next.push(node);
      });
      byKey = nextByKey;
      // Blocks that are gone (and anything else in the container) go; then only nodes out of
      // order move (see inOrder).
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
      return written;
    },
    elements: () => order,
  };
}
