/** Types of `edit-bodies.mjs` that the fuzz run uses: the edits bench's body. */
/** A block of the corpus and the file it comes from. */
export interface CorpusBlock {
  text: string;
  source: string;
}
/** Returns the first corpus block of each kind (pair, list, quote, table, code). */
export function corpusEditBlocks(): Record<
  'pair' | 'list' | 'quote' | 'table' | 'code',
  CorpusBlock
>;
/**
 * Returns a body of about `words` words with the blocks of `corpusEditBlocks` inserted right
 * after the paragraph of its typing spot, and that spot.
 */
export function buildEditBody(
  words: number,
  bodies: string[],
  blocks: ReturnType<typeof corpusEditBlocks>,
): { body: string; paragraph: { at: number; anchor: string; after: string } };
