/**
 * Scroll sync between the editor and the preview by source position: each side reports the
 * source offset at its top, the other scrolls the block holding that offset to its top. Echoes
 * are suppressed: a scroll caused by the other side is not reported back.
 */
import { rangeIndexAt, type TextRange } from '../../core/ranges';

/** What the preview frame registers to be scrolled. */
export interface PreviewScrollTarget {
  /** Scrolls the block containing `offset` (in the full text) to the top. */
  scrollToOffset(offset: number): void;
}

/** The handle the app passes to both the editor and the PreviewPane. */
export interface PreviewScrollSync {
  /** Scrolls the preview so that the block containing `offset` is at its top. */
  scrollPreviewToOffset(offset: number): void;
  /** Calls `callback` with the top visible block's source offset when the user scrolls the
   * preview; returns the unsubscribe function. */
  onPreviewScroll(callback: (offset: number) => void): () => void;
  /** Used by the preview frame: registers its scroll target; returns the disconnect function. */
  connect(target: PreviewScrollTarget): () => void;
  /** Used by the preview frame: reports that the user scrolled it to `offset`. */
  reportPreviewScroll(offset: number): void;
}

/** How long after one side moves the other the echo from that move is ignored (ms). */
export const ECHO_WINDOW_MS = 250;

/**
 * Returns a scroll-sync handle. `now` is injectable for tests. Mutable: it holds the connected
 * target and the listeners.
 */
export function createPreviewScrollSync(
  now: () => number = () => performance.now(),
): PreviewScrollSync {
  let target: PreviewScrollTarget | null = null;
  const listeners = new Set<(offset: number) => void>();
  // Time until which calls from the other side are echoes of our own move.
  let editorEchoUntil = -Infinity;
  let previewEchoUntil = -Infinity;
  let lastReported: number | null = null;

  return {
    scrollPreviewToOffset(offset) {
      if (now() < editorEchoUntil || !target) return;
      previewEchoUntil = now() + ECHO_WINDOW_MS;
      lastReported = null;
      target.scrollToOffset(offset);
    },
    onPreviewScroll(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    connect(t) {
      target = t;
      return () => {
        if (target === t) target = null;
      };
    },
    reportPreviewScroll(offset) {
      if (now() < previewEchoUntil || offset === lastReported) return;
      lastReported = offset;
      editorEchoUntil = now() + ECHO_WINDOW_MS;
      for (const listener of listeners) listener(offset);
    },
  };
}

/** A block's source range in the full text, in document order. */
export type BlockRange = TextRange;

/**
 * Returns the index of the block containing `offset` — or, between blocks, the next block; the
 * last block when past the end; -1 when there are no blocks. `ranges` must be sorted.
 */
export const blockIndexAtOffset: (ranges: readonly BlockRange[], offset: number) => number =
  rangeIndexAt;
