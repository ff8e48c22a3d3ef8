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
  /** Prefix for blocks that may contain a reference (`[`). */
  references: string;
  /** Prefix for blocks that may contain a footnote call (`[^`). */
  footnotes: string;
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
  const stubs = [...footnotes.values()].map((label) => `[^${label}]: x\n\n`).join('');
  return {
    references: definitions.size > 0 ? `${definitionText}\n\n` : '',
    footnotes: footnotes.size > 0 ? `${stubs}${definitionText}\n\n` : '',
    footnoteSources,
    definitions: definitionText,
    footnoteLabels: new Map([...footnotes].map(([id, label]) => [id.toUpperCase(), label])),
  };
}

/** Returns the prefix a block's source needs to render as it would inside the document. */
export function prefixFor(source: string, context: DocumentContext): string {
  if (!source.includes('[')) return '';
  return source.includes('[^') && context.footnotes ? context.footnotes : context.references;
}
