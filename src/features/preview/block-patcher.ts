/**
 * Patches the preview's body in place, one element per rendered block, so that unchanged blocks
 * keep their DOM (images do not reload) and the scroll position holds.
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

/** A patcher bound to one container element. */
export interface BlockPatcher {
  /**
   * Makes the container's children match `blocks` (HTML already sanitized), with `data-from` /
   * `data-to` set to the block's offsets plus `offset`. Mutates the container; returns the
   * number of blocks whose HTML was (re)written.
   */
  patch(blocks: readonly PreviewBlock[], offset: number): number;
  /** Returns the block elements in order, for scroll lookup. */
  elements(): HTMLElement[];
}

/** Returns a patcher for `container` (a node of the frame's document). */
export function createBlockPatcher(container: HTMLElement): BlockPatcher {
  const byKey = new Map<string, HTMLElement>();
  const htmlOf = new WeakMap<HTMLElement, string>();
  let order: HTMLElement[] = [];
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
          written++;
        }
        node.dataset.key = block.key;
        node.dataset.from = String(offset + block.from);
        node.dataset.to = String(offset + block.to);
        next.push(node);
      });
      const keep = new Set(next);
      for (const [key, node] of byKey) {
        if (!keep.has(node)) {
          node.remove();
          byKey.delete(key);
        }
      }
      // Walk in order and move only nodes that are out of place.
      let cursor: ChildNode | null = container.firstChild;
      for (const node of next) {
        if (cursor === node) {
          cursor = node.nextSibling;
        } else {
          container.insertBefore(node, cursor);
        }
      }
      while (cursor) {
        const after: ChildNode | null = cursor.nextSibling;
        cursor.remove();
        cursor = after;
      }
      order = next;
      return written;
    },
    elements: () => order,
  };
}
