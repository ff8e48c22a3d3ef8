/**
 * Plans lossless edits of a front-matter YAML source: the text of one value is replaced and every
 * other byte (comments, spacing, quoting of other values, key order, line endings) is kept.
 * Offsets here are into the YAML source; `post.ts` shifts them into the file.
 */
import type { Document } from 'yaml';
import { isAlias, isCollection, isScalar, isSeq } from './yaml-doc.ts';
import type { Located, ParsedNode } from './yaml-doc.ts';
import {
  colonEnd,
  columnOf,
  contentEnd,
  dashBefore,
  isBlockNode,
  isEmptyNode,
} from './yaml-locate.ts';
import {
  doubleQuoted,
  isPlainSafe,
  literalBlock,
  looksLikeTimestamp,
  renderValue,
  singleQuoted,
} from './yaml-render.ts';

/** What an edit planner needs: the YAML source, its document, its data and the file's eol. */
export interface EditContext {
  src: string;
  doc: Document.Parsed;
  data: Record<string, unknown>;
  eol: string;
}

/** A replacement in the YAML source. */
export interface SrcEdit {
  from: number;
  to: number;
  insert: string;
}

/** Returns the column where the holder of `loc` starts: its key, or the `-` of its item. */
export function ownerColumn(ctx: EditContext, loc: Located): number {
  if (loc.pair) return columnOf(ctx.src, (loc.pair.key as ParsedNode).range[0]);
  const start = loc.node ? loc.node.range[0] : -1;
  const dash = start >= 0 ? dashBefore(ctx.src, start) : -1;
  return dash >= 0 ? columnOf(ctx.src, dash) : 0;
}

/** Returns the offset just past the indicator (`:` or `-`) that introduces the value of `loc`. */
function indicatorEnd(ctx: EditContext, loc: Located): number {
  if (loc.pair) return colonEnd(ctx.src, loc.pair);
  const dash = loc.node ? dashBefore(ctx.src, loc.node.range[0]) : -1;
  return dash >= 0 ? dash + 1 : -1;
}

/** Returns the texts a string may take in place of `node`, the preferred first. */
function stringCandidates(ctx: EditContext, loc: Located, node: ParsedNode, s: string): string[] {
  const inFlow = loc.parent.flow === true;
  const quoted = doubleQuoted(s);
  if (!isScalar(node) || isAlias(node)) return [isPlainSafe(s, inFlow) ? s : quoted, quoted];
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return [quoted];
    case 'QUOTE_SINGLE':
      return [singleQuoted(s) ?? quoted, quoted];
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const pad = ' '.repeat(blockIndent(ctx, node, ownerColumn(ctx, loc) + 2));
      const lines = s.includes('\n') ? literalBlock(s, pad) : null;
      const plain = isPlainSafe(s, false) ? s : quoted;
      return lines ? [lines.join(ctx.eol), plain, quoted] : [plain, quoted];
    }
    default: {
      // A date being changed into another date stays plain, as Jekyll reads it as a date.
      const keepDate =
        typeof node.value === 'string' && looksLikeTimestamp(node.value) && looksLikeTimestamp(s);
      return [isPlainSafe(s, inFlow, keepDate) ? s : quoted, quoted];
    }
  }
}

/** Returns the indentation of the first content line of a block scalar, or `fallback`. */
function blockIndent(ctx: EditContext, node: ParsedNode, fallback: number): number {
  const text = ctx.src.slice(node.range[0], contentEnd(ctx.src, node));
  const m = /\r?\n( *)\S/.exec(text);
  return m ? m[1].length : fallback;
}

/**
 * Returns candidate edits (preferred first) that put `value` where the node of `loc` is.
 * Throws when the value has no safe place (e.g. a key without a `:`).
 */
export function replaceAt(ctx: EditContext, loc: Located, value: unknown): SrcEdit[] {
  const { src, eol } = ctx;
  const node = loc.node;
  const inFlow = loc.parent.flow === true || (isCollection(node) && node.flow === true);
  const indicator = indicatorEnd(ctx, loc);
  const blockOld = isBlockNode(node);
  let from: number;
  let to: number;
  if (node && !isEmptyNode(node)) {
    from = node.range[0];
    to = contentEnd(src, node);
  } else {
    from = node ? node.range[0] : indicator;
    to = from;
  }
  if (from < 0) throw new Error('Cannot find where this value starts in the front matter.');
  const inlineAt = (text: string): SrcEdit[] => {
    if (blockOld && indicator >= 0) return [{ from: indicator, to, insert: ` ${text}` }];
    const space = from > 0 && !/\s/.test(src[from - 1]) && text !== '' ? ' ' : '';
    return [{ from, to, insert: space + text }];
  };

  if (typeof value === 'string' && node && !isEmptyNode(node)) {
    const texts = stringCandidates(ctx, loc, node, value);
    return texts.map((text) =>
      text.startsWith('|') ? { from, to, insert: text } : inlineAt(text)[0],
    );
  }
  if (value === null && !inFlow) return inlineAt('');
  const rendered = renderValue(value, inFlow);
  if ('inline' in rendered) return inlineAt(rendered.inline);
  if (indicator < 0) throw new Error('Cannot find the ":" or "-" before this value.');
  const owner = ownerColumn(ctx, loc);
  if (!loc.pair) {
    // A list item holds a block value compactly: `- key: value` with the rest aligned below.
    const pad = ' '.repeat(owner + 2);
    const [first, ...rest] = rendered.lines;
    const tail = rest.map((line) => (line === '' ? '' : pad + line));
    return [{ from: indicator, to, insert: [` ${first}`, ...tail].join(eol) }];
  }
  const oldCol = node && isCollection(node) && !node.flow ? columnOf(src, node.range[0]) : -1;
  const keepCol = oldCol > owner || (oldCol === owner && isSeq(node) && Array.isArray(value));
  const pad = ' '.repeat(keepCol ? oldCol : owner + 2);
  const lines = rendered.lines.map((line) => (line === '' ? '' : pad + line));
  return [{ from: indicator, to, insert: eol + lines.join(eol) }];
}
