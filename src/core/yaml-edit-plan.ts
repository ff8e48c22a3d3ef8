/**
 * Chooses how to change one path of a front-matter YAML source: replace a value, insert a new key
 * or list item, or remove one. Returns candidate edits (preferred first); the caller keeps the
 * first whose result reads back as intended.
 */
import { lineEnd, lineStart } from './text.ts';
import { findPath, isCollection, isMap, isScalar, isSeq } from './yaml-doc.ts';
import type { Located, ParsedNode, YAMLMap, YAMLSeq } from './yaml-doc.ts';
import {
  atLineStart,
  columnOf,
  contentEnd,
  dashBefore,
  isEmptyNode,
  pairEnd,
} from './yaml-locate.ts';
import { getIn, withPath } from './post-data.ts';
import {
  doubleQuoted,
  isPlainSafe,
  keyText,
  looksLikeTimestamp,
  renderValue,
} from './yaml-render.ts';
import { replaceAt } from './yaml-edit.ts';
import type { EditContext, SrcEdit } from './yaml-edit.ts';

type Path = readonly (string | number)[];

/** Returns candidate edits that set `path` to `value` (`undefined` removes it); [] for no change. */
export function planEdit(ctx: EditContext, path: Path, value: unknown): SrcEdit[] {
  if (path.length === 0) throw new Error('A field path needs at least one key.');
  const loc = findPath(ctx.doc.contents, path);
  if (loc) {
    return value === undefined
      ? removeAt(ctx, path, loc)
      : plainPostDate(path, value, replaceAt(ctx, loc, value));
  }
  return value === undefined ? [] : plainPostDate(path, value, insertAt(ctx, path, value));
}

/**
 * Returns the candidates with, first, the post's `date` written plain where they quote it: the
 * blog's posts write `date: 2016-06-03 12:00:00 -0300`, which Jekyll reads as the post's time.
 */
function plainPostDate(path: Path, value: unknown, edits: SrcEdit[]): SrcEdit[] {
  if (path.length !== 1 || path[0] !== 'date' || typeof value !== 'string') return edits;
  if (!looksLikeTimestamp(value) || !isPlainSafe(value, false, true)) return edits;
  const quoted = doubleQuoted(value);
  const plain = edits
    .filter((e) => e.insert.includes(quoted))
    .map((e) => ({ ...e, insert: e.insert.replace(quoted, value) }));
  return [...plain, ...edits];
}

/** Rewrites a whole collection with new data: the fallback for flow collections. */
function rewrite(ctx: EditContext, path: Path, value: unknown): SrcEdit[] {
  if (path.length === 0) {
    // Reached for a flow-style block, and for a last key written as `? key` (found by fuzzing).
    throw new Error(
      'Cannot make this edit: the front matter is written in flow style ({…}) or with "?" keys; edit it in the text.',
    );
  }
  return planEdit(ctx, path, value);
}

function removeAt(ctx: EditContext, path: Path, loc: Located): SrcEdit[] {
  const { src } = ctx;
  const parentPath = path.slice(0, -1);
  const parentData = getIn(ctx.data, parentPath);
  const without = withPath(parentData, [path[path.length - 1]], undefined);
  if (loc.parent.flow) return rewrite(ctx, parentPath, without);
  const items = loc.parent.items;
  const lastItem = loc.index === items.length - 1;
  if (items.length === 1 && parentPath.length > 0) return rewrite(ctx, parentPath, without);
  if (loc.pair) {
    const keyStart = (loc.pair.key as ParsedNode).range[0];
    const end = pairEnd(src, loc.pair);
    if (atLineStart(src, keyStart)) {
      return [{ from: lineStart(src, keyStart), to: lineEnd(src, end).next, insert: '' }];
    }
    if (lastItem) return rewrite(ctx, parentPath, without);
    const next = (items[loc.index + 1] as { key: ParsedNode }).key.range[0];
    return [{ from: keyStart, to: next, insert: '' }];
  }
  const node = loc.node;
  const dash = node ? dashBefore(src, node.range[0]) : -1;
  if (!node || dash < 0 || !atLineStart(src, dash)) return rewrite(ctx, parentPath, without);
  const end = isEmptyNode(node) ? dash + 1 : contentEnd(src, node);
  return [{ from: lineStart(src, dash), to: lineEnd(src, end).next, insert: '' }];
}

/** Returns `value` wrapped in the maps / lists that the rest of the path names. */
function nest(rest: Path, value: unknown): unknown {
  return rest.reduceRight<unknown>((inner, seg) => {
    if (typeof seg === 'number') {
      if (seg !== 0) throw new Error(`Cannot create list item ${seg} in an empty list.`);
      return [inner];
    }
    return { [seg]: inner };
  }, value);
}

/** Returns the text of a new `key: value` (or `- value`) entry at column `pad`, ending in eol. */
function entryText(ctx: EditContext, head: string, pad: string, value: unknown, dash: boolean) {
  const rendered = renderValue(value, false);
  if ('inline' in rendered) return `${pad}${head} ${rendered.inline}${ctx.eol}`;
  const inner = pad + '  ';
  const lines = rendered.lines.map((l) => (l === '' ? '' : inner + l));
  if (dash) lines[0] = `${pad}${head} ${rendered.lines[0]}`;
  else lines.unshift(`${pad}${head}`);
  return lines.join(ctx.eol) + ctx.eol;
}

function insertAt(ctx: EditContext, path: Path, value: unknown): SrcEdit[] {
  const { src } = ctx;
  let depth = path.length - 1;
  let holder: Located | null = null;
  while (depth > 0 && !(holder = findPath(ctx.doc.contents, path.slice(0, depth)))) depth--;
  const container: unknown = depth === 0 ? ctx.doc.contents : holder?.node;
  const rest = path.slice(depth + 1);
  const where = path.slice(0, depth).join('.') || 'the front matter';
  if (container === null || container === undefined || isEmptyScalar(container)) {
    if (holder) return replaceAt(ctx, holder, nest(path.slice(depth), value));
    const before = src === '' || /[\r\n]$/.test(src) ? '' : ctx.eol;
    const text = entryText(ctx, `${keyText(String(path[0]))}:`, '', nest(rest, value), false);
    return [{ from: src.length, to: src.length, insert: before + text }];
  }
  if (!isCollection(container)) throw new Error(`"${where}" is not a list or map.`);
  if (container.flow) {
    const holderPath = path.slice(0, depth);
    const updated = withPath(getIn(ctx.data, holderPath), [path[depth]], nest(rest, value));
    return rewrite(ctx, holderPath, updated);
  }
  return [insertInBlock(ctx, container, depth === 0, path[depth], nest(rest, value), where)];
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null;
}

function insertInBlock(
  ctx: EditContext,
  container: YAMLMap | YAMLSeq,
  isRoot: boolean,
  seg: string | number,
  value: unknown,
  where: string,
): SrcEdit {
  const { src } = ctx;
  const items = container.items as unknown[];
  if (isMap(container)) {
    const firstKey = (container.items[0].key as ParsedNode).range[0];
    const last = container.items[container.items.length - 1] as never;
    const at = isRoot ? src.length : lineEnd(src, pairEnd(src, last)).next;
    const before = at === 0 || /[\r\n]/.test(src[at - 1]) ? '' : ctx.eol;
    const pad = ' '.repeat(columnOf(src, firstKey));
    const text = entryText(ctx, `${keyText(String(seg))}:`, pad, value, false);
    return { from: at, to: at, insert: before + text };
  }
  if (!isSeq(container) || Number(seg) !== items.length) {
    throw new Error(`Cannot add item ${String(seg)} to "${where}": only appending is supported.`);
  }
  const lastNode = items[items.length - 1] as ParsedNode;
  const firstNode = items[0] as ParsedNode;
  const dash = dashBefore(src, firstNode.range[0]);
  if (dash < 0) throw new Error(`Cannot find the items of "${where}".`);
  const end = isEmptyNode(lastNode) ? lastNode.range[0] : contentEnd(src, lastNode);
  const at = lineEnd(src, end).next;
  const before = at === 0 || /[\r\n]/.test(src[at - 1]) ? '' : ctx.eol;
  const text = entryText(ctx, '-', ' '.repeat(columnOf(src, dash)), value, true);
  return { from: at, to: at, insert: before + text };
}
