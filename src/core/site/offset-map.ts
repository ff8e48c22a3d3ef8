/**
 * Where the text Liquid printed came from. Jekyll renders a post body's Liquid before Markdown,
 * so the preview's blocks are blocks of Liquid's output; scroll sync and "go to line" need
 * offsets in the source the person typed. The plain text between Liquid tags comes out of
 * Liquid unchanged (unless a tag drops it), in order: each run found in the output anchors the
 * two texts; what Liquid printed itself maps to the tag that printed it.
 */

import { LIQUID } from '../render/liquid.ts';

/** A run of text found unchanged: output[out, out+length) is source[src, src+length). */
interface Anchor {
  out: number;
  src: number;
  length: number;
}

/** Maps offsets of Liquid's output back to the source. */
export interface OffsetMap {
  /** Returns the source offset of output offset `offset`. */
  toSource(offset: number): number;
}

/** The map of a text Liquid left as it was. */
export const IDENTITY_MAP: OffsetMap = { toSource: (offset) => offset };

/** Returns the map from `output` (Liquid's rendering of `source`) back to `source`. */
export function liquidOffsetMap(source: string, output: string): OffsetMap {
  if (source === output) return IDENTITY_MAP;
  const anchors: Anchor[] = [];
  let srcAt = 0;
  let outAt = 0;
  const runs: { src: number; text: string }[] = [];
  for (const m of source.matchAll(LIQUID)) {
    runs.push({ src: srcAt, text: source.slice(srcAt, m.index) });
    srcAt = m.index + m[0].length;
  }
  runs.push({ src: srcAt, text: source.slice(srcAt) });
  for (const run of runs) {
    if (!run.text) continue;
    const found = output.indexOf(run.text, outAt);
    // A run Liquid dropped (a false `if`, a comment) or changed (whitespace control) is skipped.
    if (found < 0) continue;
    anchors.push({ out: found, src: run.src, length: run.text.length });
    outAt = found + run.text.length;
  }
  return {
    toSource(offset) {
      // The last anchor starting at or before the offset.
      let lo = 0;
      let hi = anchors.length - 1;
      let best = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (anchors[mid].out <= offset) {
          best = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (best < 0) return 0;
      const a = anchors[best];
      // Inside the run: the same place; after it, in printed text: the end of the run, where
      // the tag that printed it starts.
      return a.src + Math.min(offset - a.out, a.length);
    },
  };
}
