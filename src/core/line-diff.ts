/** A line diff of two texts, for showing two versions of a post side by side. */

/** One line of a diff: kept in both, only in the first text (del) or only in the second (add). */
export interface DiffLine {
  kind: 'same' | 'del' | 'add';
  text: string;
}

/** Any line ending: CRLF, a lone CR or LF. */
const LINE_BREAK = /\r\n?|\n/;

/** Above this many lines on both sides the table would be too big: the texts differ wholesale. */
const MAX_CELLS = 4_000_000;

/**
 * Returns the lines of `a` and `b` as a shortest edit (longest common subsequence of lines),
 * line endings ignored. Past MAX_CELLS it returns every line of `a` deleted, then `b` added.
 */
export function lineDiff(a: string, b: string): DiffLine[] {
  const x = a.split(LINE_BREAK);
  const y = b.split(LINE_BREAK);
  if (x.length * y.length > MAX_CELLS) {
    return [
      ...x.map((text) => ({ kind: 'del' as const, text })),
      ...y.map((text) => ({ kind: 'add' as const, text })),
    ];
  }
  const w = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        x[i] === y[j]
          ? lcs[(i + 1) * w + j + 1] + 1
          : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      out.push({ kind: 'same', text: x[i++] });
      j++;
    } else if (i < x.length && (j === y.length || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
      out.push({ kind: 'del', text: x[i++] });
    } else {
      out.push({ kind: 'add', text: y[j++] });
    }
  }
  return out;
}
