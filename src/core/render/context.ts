/**
 * What a block needs from the rest of the document to render alone: the reference definitions
 * and the footnote labels (micromark only makes `[x]` a link, and `[^x]` a footnote call, when
 * the definition exists somewhere in the document). Both are written as a Markdown prefix
 * that renders to nothing.
 */
import type { AnalyzedBlock } from './blocks.ts';

/** Closes any footnote-definition stub before the block starts (it is a definition, so silent). */
const END_OF_CONTEXT = '[pluma:end-of-context]: #';

/** The document-wide facts blocks depend on. */
export interface DocumentContext {
  /** Definition lines by identifier (the first definition of each wins). */
  definitionLines: ReadonlyMap<string, string>;
  /** Footnote labels by identifier, in document order. */
  footnoteStubs: ReadonlyMap<string, string>;
  /** The footnote definitions' sources, for the footnotes section. */
  footnoteSources: string[];
  /** The definitions alone, for the footnotes section. */
  definitions: string;
  /** Footnote label by upper-cased identifier (how footnote calls are reported). */
  footnoteLabels: Map<string, string>;
}

/** Returns the context of a document from its analyzed blocks. */
export function documentContext(blocks: readonly AnalyzedBlock[]): DocumentContext {
  const definitions = new Map<string, string>();
  const footnotes = new Map<string, string>();
  const footnoteSources: string[] = [];
  for (const block of blocks) {
    // The first definition of an identifier wins, as in mdast-util-to-hast.
    for (const [id, line] of block.definitions) if (!definitions.has(id)) definitions.set(id, line);
    for (const [id, label] of block.footnotes) if (!footnotes.has(id)) footnotes.set(id, label);
    footnoteSources.push(...block.footnoteSources);
  }
  const definitionText = [...definitions.values(), END_OF_CONTEXT].join('\n');
  return {
    definitionLines: definitions,
    footnoteStubs: footnotes,
    footnoteSources,
    definitions: definitionText,
    footnoteLabels: new Map([...footnotes].map(([id, label]) => [id.toUpperCase(), label])),
  };
}

// A link label: no unescaped brackets inside (CommonMark), so every reference shows one as `[…]`.
const LABEL = /\[((?:[^[\]\\]|\\[\s\S])*)\]/g;

/** Returns a label as micromark's `normalizeIdentifier` keys it, lower-cased as mdast stores it. */
function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

/** Returns the normalized text of every `[…]` in `source`: a superset of the labels it uses. */
function labelsIn(source: string): Set<string> {
  const labels = new Set<string>();
  for (const match of source.matchAll(LABEL)) labels.add(normalizeLabel(match[1]));
  return labels;
}

/**
 * Returns the prefix a block's source needs to render as it would inside the document: only the
 * definitions (and footnote stubs) whose labels the block writes, since a post with thousands of
 * definitions would otherwise re-parse all of them for every block.
 */
export function prefixFor(block: AnalyzedBlock, context: DocumentContext): string {
  const source = block.source;
  if (!source.includes('[')) return '';
  const labels = labelsIn(source);
  // A definition the block itself makes, identical to the winning one, resolves the same alone.
  const own = new Map<string, string>();
  for (const [id, line] of block.definitions) if (!own.has(id)) own.set(id, line);
  const lines = definitionsFor(labels, own, context.definitionLines);
  const stubs: string[] = [];
  if (source.includes('[^')) {
    for (const [id, label] of context.footnoteStubs) {
      if (labels.has(`^${id}`)) stubs.push(`[^${label}]: x\n\n`);
    }
  }
  if (lines.length === 0 && stubs.length === 0) return '';
  return `${stubs.join('')}${[...lines, END_OF_CONTEXT].join('\n')}\n\n`;
}

/** The place of each identifier among a context's definitions, made once per context. */
const definitionOrder = new WeakMap<ReadonlyMap<string, string>, Map<string, number>>();

/**
 * Returns the lines of `definitions` whose identifiers are among `labels`, except those the
 * block makes itself (`own`), in document order. The smaller of the two sets is walked: a
 * block in a post of 10,000 definitions looks up its few labels instead of every definition
 * (each of the post's blocks did, which made such a post quadratic to render).
 */
function definitionsFor(
  labels: ReadonlySet<string>,
  own: ReadonlyMap<string, string>,
  definitions: ReadonlyMap<string, string>,
): string[] {
  const wanted = (id: string, line: string | undefined): line is string =>
    line !== undefined && own.get(id) !== line;
  if (labels.size >= definitions.size) {
    const lines: string[] = [];
    for (const [id, line] of definitions) if (labels.has(id) && wanted(id, line)) lines.push(line);
    return lines;
  }
  const found: string[] = [];
  for (const id of labels) if (wanted(id, definitions.get(id))) found.push(id);
  if (found.length < 2) return found.map((id) => definitions.get(id)!);
  let order = definitionOrder.get(definitions);
  if (!order) {
    order = new Map([...definitions.keys()].map((id, i) => [id, i]));
    definitionOrder.set(definitions, order);
  }
  const at = order;
  return found.sort((a, b) => at.get(a)! - at.get(b)!).map((id) => definitions.get(id)!);
}
