/**
 * The preview's block elements, grouped in chunk elements of about CHUNK_SIZE blocks. A key
 * press changes one block, and the browser then lays out and walks the blocks around it: its
 * chunk's, and the chunks themselves, instead of every block of the post (in a test page of
 * 3,000 paragraphs, a one-letter change cost 11-16 ms of main thread flat, about 1 ms chunked).
 * A chunk is a plain block box, so margins collapse through it as between the blocks themselves;
 * `isolation: isolate` (see frame-document.ts) makes it a layer of its own, which is what keeps
 * the browser's pre-paint walk to the chunk that changed.
 */

/** The class of a chunk element. */
export const CHUNK_CLASS = 'pluma-chunk';

/** How many blocks a chunk holds after a split; one holds at most twice as many. */
export const CHUNK_SIZE = 64;

/** The chunks of one container (mutable: it changes the container's DOM). */
export interface BlockChunks {
  /** Puts `node` before `anchor`, a block element already placed, or at the end (null). */
  insert(node: HTMLElement, anchor: HTMLElement | null): void;
  /** Takes `node` out of its chunk. */
  remove(node: HTMLElement): void;
  /** Drops the chunks left empty, splits those grown too large and merges those left small. */
  settle(): void;
}

/** Returns the chunks of `container`, whose children must be its chunks only. */
export function createBlockChunks(container: HTMLElement): BlockChunks {
  const doc = container.ownerDocument;
  const touched = new Set<HTMLElement>();
  const chunk = () => {
    const made = doc.createElement('div');
    made.className = CHUNK_CLASS;
    return made;
  };
  const split = (full: HTMLElement) => {
    const blocks = [...full.children];
    let after: Element = full;
    for (let i = CHUNK_SIZE; i < blocks.length; i += CHUNK_SIZE) {
      const piece = chunk();
      piece.append(...blocks.slice(i, i + CHUNK_SIZE));
      container.insertBefore(piece, after.nextSibling);
      after = piece;
    }
  };
  const merge = (small: HTMLElement) => {
    const next = small.nextElementSibling;
    const previous = small.previousElementSibling;
    const count = small.childElementCount;
    if (next && next.childElementCount + count <= 2 * CHUNK_SIZE) {
      next.prepend(...small.children);
      small.remove();
    } else if (previous && previous.childElementCount + count <= 2 * CHUNK_SIZE) {
      previous.append(...small.children);
      small.remove();
    }
  };
  return {
    insert(node, anchor) {
      const from = node.parentElement;
      if (from) touched.add(from);
      let into = anchor ? anchor.parentElement : (container.lastElementChild as HTMLElement | null);
      if (!into) {
        into = chunk();
        container.appendChild(into);
      }
      into.insertBefore(node, anchor);
      touched.add(into);
    },
    remove(node) {
      const from = node.parentElement;
      node.remove();
      if (from) touched.add(from);
    },
    settle() {
      for (const changed of touched) {
        if (changed.parentNode !== container) continue;
        const count = changed.childElementCount;
        if (count === 0) changed.remove();
        else if (count > 2 * CHUNK_SIZE) split(changed);
        else if (count < CHUNK_SIZE / 4) merge(changed);
      }
      touched.clear();
    },
  };
}
