/** Positions inside a front-matter YAML source, read from the `yaml` package's node ranges. */
import { lineEnd, lineStart } from './text.ts';
import { findPath, isCollection, isScalar } from './yaml-doc.ts';
import type { Pair, ParsedNode } from './yaml-doc.ts';

/** Returns true for block collections and block scalars (`|`, `>`), whose text spans lines. */
export function isBlockNode(node: ParsedNode | null): boolean {
  if (isCollection(node)) return !node.flow;
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

/** Returns true when the node has no text of its own (an empty value such as `key:`). */
export function isEmptyNode(node: ParsedNode | null): boolean {
  return node === null || (isScalar(node) && node.range[0] === node.range[1]);
}

/**
 * Returns where the text of `node` ends: for block nodes the end of their last non-blank line
 * (the `yaml` package counts the final line break in), for inline nodes the end of the value.
 */
export function contentEnd(src: string, node: ParsedNode): number {
  const [start, valueEnd] = node.range;
  if (!isBlockNode(node)) return valueEnd;
  let i = valueEnd;
  while (i > start && /\s/.test(src[i - 1])) i--;
  return i > start ? Math.min(lineEnd(src, i - 1).end, valueEnd) : i;
}

/** Returns the column (0-based, UTF-16 units) of `offset` in its line. */
export function columnOf(src: string, offset: number): number {
  return offset - lineStart(src, offset);
}

/** Returns true when only blanks precede `offset` on its line. */
export function atLineStart(src: string, offset: number): boolean {
  return /^[ \t]*$/.test(src.slice(lineStart(src, offset), offset));
}

/** Returns the offset just past the `:` of `pair`, or -1 when it cannot be found. */
export function colonEnd(src: string, pair: Pair<ParsedNode, ParsedNode | null>): number {
  const key = pair.key as ParsedNode | null;
  if (!key) return -1;
  const limit = pair.value ? pair.value.range[0] : src.length;
  for (let i = key.range[1]; i < limit; i++) {
    if (src[i] === ':') return i + 1;
    if (!/[ \t]/.test(src[i])) return -1;
  }
  return -1;
}

/** Returns the offset of the `-` that opens the sequence item starting at `offset`, or -1. */
export function dashBefore(src: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /[ \t\r\n]/.test(src[i])) i--;
  return src[i] === '-' ? i : -1;
}

/** Returns the end of the last text belonging to a pair (its value, else its colon). */
export function pairEnd(src: string, pair: Pair<ParsedNode, ParsedNode | null>): number {
  if (pair.value && !isEmptyNode(pair.value)) return contentEnd(src, pair.value);
  const colon = colonEnd(src, pair);
  return colon >= 0 ? colon : (pair.key as ParsedNode).range[1];
}

/**
 * Returns where the value at `path` inside `root` (a document's contents, parsed from `src`) lives
 * in `src`, an empty range for an empty value, or null when the path is not there.
 */
export function valueRange(
  src: string,
  root: unknown,
  path: readonly (string | number)[],
): { from: number; to: number } | null {
  const loc = findPath(root, path);
  if (!loc) return null;
  if (loc.node && !isEmptyNode(loc.node)) {
    return { from: loc.node.range[0], to: contentEnd(src, loc.node) };
  }
  const at = loc.node ? loc.node.range[0] : loc.pair ? colonEnd(src, loc.pair) : -1;
  return at < 0 ? null : { from: at, to: at };
}
