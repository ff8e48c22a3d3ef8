/**
 * Word count and reading time of a post body, counting what a reader reads: link text but not
 * link targets, image alt text but not image URLs, no Markdown markers, HTML tags or Liquid.
 */

/** Returns the body with everything a reader does not read turned into spaces. */
function readableText(markdown: string): string {
  return (
    markdown
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ' ')
      // kramdown attribute lists: {: .class}, {:target="_blank"}
      .replace(/\{:[^}\n]*\}/g, ' ')
      .replace(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, ' ')
      .replace(
        /!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
        ' $1 ',
      )
      .replace(/!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, ' $1 ')
      .replace(/<(?:https?|ftp|mailto):[^>\s]*>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      .replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, ' ')
      .replace(/^[ \t]*(?:`{3,}|~{3,}).*$/gm, ' ')
      .replace(/^[ \t]*(?:#{1,6}|>+|[-*+]|\d+[.)])(?=[ \t])/gm, ' ')
  );
}

/** Returns the number of words in a Markdown body (tokens holding a letter or a digit). */
export function countWords(markdown: string): number {
  let count = 0;
  for (const token of readableText(markdown).split(/[\s|]+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) count++;
  }
  return count;
}

/** Returns the minutes needed to read `words` at `wpm` words a minute (at least 1 for any text). */
export function readingTime(words: number, wpm = 200): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wpm));
}
