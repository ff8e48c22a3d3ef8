/**
 * The state that flows from block to block in document order: heading-id counts (duplicates
 * get -1, -2) and footnote numbering. A cached block is reusable only when the part of this
 * state it read is unchanged; its "signature" captures exactly that part.
 */

/** Mutable document-order state; `advance` mutates it. */
export interface FlowState {
  headingCounts: Map<string, number>;
  footnoteOrder: string[];
  footnoteIndex: Map<string, number>;
  footnoteCounts: Map<string, number>;
}

/** Returns the state before the first block. */
export function initialFlowState(): FlowState {
  return {
    headingCounts: new Map(),
    footnoteOrder: [],
    footnoteIndex: new Map(),
    footnoteCounts: new Map(),
  };
}

/** Returns the signature of the state a block with these heading ids and footnote calls reads. */
export function flowSignature(
  state: FlowState,
  slugs: readonly string[],
  refs: readonly string[],
): string {
  // A block without heading ids or footnote calls reads none of the state.
  if (slugs.length === 0 && refs.length === 0) return '';
  const parts: string[] = [];
  for (const slug of new Set(slugs)) parts.push(`h${slug}:${state.headingCounts.get(slug) ?? 0}`);
  let fresh = false;
  for (const id of new Set(refs)) {
    const index = state.footnoteIndex.get(id);
    fresh ||= index === undefined;
    parts.push(`f${id}:${index ?? -1}:${state.footnoteCounts.get(id) ?? 0}`);
  }
  // A footnote called here for the first time is numbered after all earlier ones.
  if (fresh) parts.push(`n${state.footnoteOrder.length}`);
  return parts.join('\u0000');
}

/** Moves the state past a block that used these heading ids and footnote calls (mutates it). */
export function advance(state: FlowState, slugs: readonly string[], refs: readonly string[]): void {
  for (const slug of slugs) state.headingCounts.set(slug, (state.headingCounts.get(slug) ?? 0) + 1);
  for (const id of refs) {
    if (!state.footnoteIndex.has(id)) {
      state.footnoteIndex.set(id, state.footnoteOrder.length);
      state.footnoteOrder.push(id);
    }
    state.footnoteCounts.set(id, (state.footnoteCounts.get(id) ?? 0) + 1);
  }
}
