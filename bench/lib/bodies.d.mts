/** Types of `bodies.mjs`: the bench's post texts. */
/** Returns the number of whitespace-separated words in `text`. */
export function countWords(text: string): number;
/** Returns the sample post's front matter block (with its closing `---` and newline). */
export function sampleFrontMatter(): string;
/** Returns the bodies (front matter cut off, trimmed) of the blog's posts, in file-name order. */
export function corpusBodies(): string[];
/** Returns a body of about `words` words made of whole posts of the blog. */
export function buildBody(words: number, bodies?: string[]): string;
/** Returns where to type in `body`: the end of a plain word in a plain paragraph line. */
export function typingSpot(body: string): { at: number; anchor: string; after: string };
/** Returns where to type in a heading of `body`, as `typingSpot` does in a paragraph. */
export function headingSpot(body: string): { at: number; anchor: string; after: string };
