/**
 * The block splitter: a body cut into its top-level Markdown blocks, which together cover every
 * character (blank lines belong to the block before them; leading ones to the first block). An
 * IAL line that touches a block belongs to that block, since it changes how the block renders.
 */
import type { Nodes, RootContent } from 'mdast';
import { isIalParagraph } from './ial.ts';
import { RENDER_LIMITS, refusedStretches, type Refusal, type RefusalKind } from './limits.ts';
import { prepareLiquidSource } from './liquid.ts';
import { parseMarkdown } from './pipeline.ts';

/** The kinds of blocks that are not parsed but shown as a placeholder (see `limits.ts`). */
export type RefusedKind = RefusalKind | 'document-too-long';

/** Returns true for a block that renders as a "not previewed" placeholder. */
export function isRefusedKind(kind: string): kind is RefusedKind {
  return kind === 'too-deep' || kind === 'too-long' || kind === 'document-too-long';
}

/** One top-level block: `source` is `markdown.slice(from, to)`. */
export interface Block {
  id?: string;
  from: number;
  to: number;
  source: string;
  kind: string;
}

/**
 * The nodes the split's parse found for the blocks that parse alone to the same nodes (see
 * `readsAsAlone`), with the text they were parsed from (the block's source as the parser read
 * it, `{% highlight %}` turned into a fence). Filled by `analyzeBlocks` when given, for
 * `renderDocument` to render those blocks without parsing them again.
 */
export type ParsedBlocks = Map<AnalyzedBlock, { nodes: RootContent[]; source: string }>;

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

/** Leaf blocks that a blank line closes, leaving no container nor open flow behind them. */
const CLOSED_BY_BLANK: ReadonlySet<string> = new Set(['paragraph', 'heading', 'thematicBreak']);

/**
 * Returns true when the block of `nodes` (its text `source`), which follow `before` in a parse
 * (first when none), parses alone to these nodes. micromark carries state from a block into the next: a container
 * that starts while the flow before it is open reads as interrupting it (an item that
 * interrupts cannot be empty nor, ordered, start after 1: `- 1. ` right after a paragraph,
 * `2. x` after indented code and a blank line); a list before may claim a whitespace line the
 * block alone holds; a fence left open in an item ends with the item, and alone runs on over
 * the blank lines after it. So only paragraphs, headings and rules count, first or after a
 * blank line that closed another of them.
 */
function readsAsAlone(
  before: RootContent | undefined,
  nodes: readonly RootContent[],
  source: string,
): boolean {
  // Alone, a block loses a U+FEFF it starts with: micromark drops a leading byte order mark.
  if (source.charCodeAt(0) === 0xfeff) return false;
  if (!nodes.every((node) => CLOSED_BY_BLANK.has(node.type))) return false;
  if (!before) return true;
  if (!CLOSED_BY_BLANK.has(before.type)) return false;
  const end = before.position?.end.line;
  const start = nodes[0].position?.start.line;
  return end !== undefined && start !== undefined && start > end + 1;
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

function refusedBlock(
  text: string,
  from: number,
  to: number,
  base: number,
  kind: RefusedKind,
): AnalyzedBlock {
  const source = text.slice(from, to);
  return { from: base + from, to: base + to, source, kind, ...noDependencies() };
}

function noDependencies(): Pick<AnalyzedBlock, 'definitions' | 'footnotes' | 'footnoteSources'> {
  return { definitions: [], footnotes: [], footnoteSources: [] };
}

/** What a caller of `analyzeBlocks` may know or want besides the blocks. */
export interface AnalyzeExtras {
  /** Filled with the nodes that serve the blocks' render (see `ParsedBlocks`). */
  parsed?: ParsedBlocks;
  /**
   * The text's refused stretches, when the caller has them already (the incremental renderer's
   * scan of the whole text); else the text is scanned here.
   */
  refused?: readonly Refusal[];
}

/**
 * Returns the analyzed blocks of `text` (offsets shifted by `base`). `jekyll` turns
 * `{% highlight %}` into fences first, as the renderer does. Stretches that remark would take
 * too long on or overflow with (`refusedStretches`), or a text past the document limit, become
 * blocks of a refused kind without being parsed; the rest is parsed piece by piece around them.
 */
export function analyzeBlocks(
  text: string,
  base = 0,
  jekyll = true,
  { parsed, refused: known }: AnalyzeExtras = {},
): AnalyzedBlock[] {
  if (text === '') return [];
  if (text.length > RENDER_LIMITS.maxDocumentChars) {
    return [refusedBlock(text, 0, text.length, base, 'document-too-long')];
  }
  const prepared = jekyll ? prepareLiquidSource(text) : text;
  const refused = known ?? refusedStretches(prepared);
  if (refused.length === 0) return analyzeParsed(text, prepared, base, parsed);
  const out: AnalyzedBlock[] = [];
  let at = 0;
  for (const stretch of refused) {
    if (stretch.from > at) {
      const part = text.slice(at, stretch.from);
      out.push(...analyzeParsed(part, prepared.slice(at, stretch.from), base + at, parsed));
    }
    out.push(refusedBlock(text, stretch.from, stretch.to, base, stretch.kind));
    at = stretch.to;
  }
  if (at < text.length) {
    out.push(...analyzeParsed(text.slice(at), prepared.slice(at), base + at, parsed));
  }
  return out;
}

/** Returns the analyzed blocks of `text`, parsed whole (`prepared` is its Liquid-ready form). */
function analyzeParsed(
  text: string,
  prepared: string,
  base: number,
  parsed: ParsedBlocks | undefined,
): AnalyzedBlock[] {
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
    const source = prepared.slice(group.start, to);
    if (parsed && readsAsAlone(groups[index - 1]?.nodes.at(-1), group.nodes, source)) {
      parsed.set(block, { nodes: group.nodes, source });
    }
    return block;
  });
  return blocks;
}

/** Returns the top-level blocks of a Markdown body; concatenated, their sources are the body. */
export function splitBlocks(markdown: string): Block[] {
  return analyzeBlocks(markdown).map(({ from, to, source, kind }) => ({ from, to, source, kind }));
}
