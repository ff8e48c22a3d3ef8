/**
 * The block splitter: a body cut into its top-level Markdown blocks, which together cover every
 * character (blank lines belong to the block before them; leading ones to the first block). An
 * IAL line that touches a block belongs to that block, since it changes how the block renders.
 */
import type { Nodes, RootContent } from 'mdast';
import { isIalParagraph } from './ial.ts';
import { prepareLiquidSource } from './liquid.ts';
import { parseMarkdown } from './pipeline.ts';

/** One top-level block: `source` is `markdown.slice(from, to)`. */
export interface Block {
  id?: string;
  from: number;
  to: number;
  source: string;
  kind: string;
}

/** A block plus what other blocks may depend on: its definitions and footnote definitions. */
export interface AnalyzedBlock extends Block {
  /** `[identifier, definition line]` pairs, in order. */
  definitions: [string, string][];
  /** `[identifier, label]` of footnote definitions, in order. */
  footnotes: [string, string][];
  /** Sources of the footnote definitions, in order. */
  footnoteSources: string[];
}

const PUNCTUATION = /[!-/:-@[-`{-~]/g;

function escapePunctuation(value: string): string {
  return value.replace(PUNCTUATION, '\\$&');
}

function collect(node: Nodes, text: string, shift: number, block: AnalyzedBlock): void {
  if (node.type === 'definition') {
    const title = node.title == null ? '' : ` "${escapePunctuation(node.title)}"`;
    // The identifier keeps the label's escapes and matches the same calls (matching ignores case).
    const line = `[${node.identifier}]: <${escapePunctuation(node.url)}>${title}`;
    block.definitions.push([node.identifier, line]);
    return;
  }
  if (node.type === 'footnoteDefinition') {
    block.footnotes.push([node.identifier, node.identifier]);
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) {
      block.footnoteSources.push(text.slice(start.offset - shift, end.offset - shift));
    }
  }
  if (
    node.type === 'root' ||
    node.type === 'blockquote' ||
    node.type === 'list' ||
    node.type === 'listItem' ||
    node.type === 'footnoteDefinition'
  ) {
    for (const child of node.children) collect(child, text, shift, block);
  }
}

function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

function touches(a: RootContent | undefined, b: RootContent | undefined): boolean {
  const end = a?.position?.end.line;
  const start = b?.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}

/**
 * Returns the analyzed blocks of `text` (offsets shifted by `base`). `jekyll` turns
 * `{% highlight %}` into fences first, as the renderer does.
 */
export function analyzeBlocks(text: string, base = 0, jekyll = true): AnalyzedBlock[] {
  if (text === '') return [];
  const prepared = jekyll ? prepareLiquidSource(text) : text;
  const tree = parseMarkdown(prepared);
  const nodes = tree.children;
  // micromark drops a leading byte order mark, so its offsets are one short of ours.
  const shift = text.charCodeAt(0) === 0xfeff ? -1 : 0;
  const groups: { start: number; nodes: RootContent[] }[] = [];
  nodes.forEach((node, index) => {
    const previous = groups.at(-1);
    const start = lineStart(text, (node.position?.start.offset ?? 0) - shift);
    const lone = previous?.nodes.length === 1 && isIalParagraph(previous.nodes[0]);
    const joins = isIalParagraph(node)
      ? touches(nodes[index - 1], node) || !touches(node, nodes[index + 1])
      : lone && touches(previous.nodes[0], node);
    // Two nodes that start on one line cannot be rendered apart either.
    if (previous && (joins || start <= previous.start)) previous.nodes.push(node);
    else groups.push({ start: groups.length === 0 ? 0 : start, nodes: [node] });
  });
  if (groups.length === 0) {
    const blank = {
      source: text,
      kind: 'blank',
      definitions: [],
      footnotes: [],
      footnoteSources: [],
    };
    return [{ from: base, to: base + text.length, ...blank }];
  }
  const blocks = groups.map((group, index): AnalyzedBlock => {
    const to = index + 1 < groups.length ? groups[index + 1].start : text.length;
    const main = group.nodes.find((node) => !isIalParagraph(node)) ?? group.nodes[0];
    const block: AnalyzedBlock = {
      from: base + group.start,
      to: base + to,
      source: text.slice(group.start, to),
      kind: main.type,
      definitions: [],
      footnotes: [],
      footnoteSources: [],
    };
    for (const node of group.nodes) collect(node, text, shift, block);
    return block;
  });
  return blocks;
}

/** Returns the top-level blocks of a Markdown body; concatenated, their sources are the body. */
export function splitBlocks(markdown: string): Block[] {
  return analyzeBlocks(markdown).map(({ from, to, source, kind }) => ({ from, to, source, kind }));
}
