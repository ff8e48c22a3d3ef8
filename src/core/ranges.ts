/** A stretch of a text, from `from` (included) to `to` (excluded). */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * Returns the index of the range containing `offset` — or, between ranges, the next one; the
 * last one when past the end; -1 when there are none. `ranges` must be sorted and disjoint.
 */
export function rangeIndexAt(ranges: readonly TextRange[], offset: number): number {
  if (ranges.length === 0) return -1;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].to <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
