/**
 * Word count and reading time of a post body, counting what a reader reads: link text but not
 * link targets, image alt text but not image URLs, no Markdown markers, HTML tags or Liquid.
 */
import { isAsciiDigit, isAsciiLetter } from './text.ts';

/** Returns the body with everything a reader does not read turned into spaces. */
export function readableText(markdown: string): string {
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

/**
 * Returns `test` for UTF-16 units or code points: `ascii` below 128, else `pattern` on the
 * character, remembered per code (a post uses few characters past ASCII).
 */
function charTest(ascii: (code: number) => boolean, pattern: RegExp): (code: number) => boolean {
  const known = new Map<number, boolean>();
  return (code) => {
    if (code < 128) return ascii(code);
    let is = known.get(code);
    if (is === undefined) {
      is = pattern.test(String.fromCodePoint(code));
      known.set(code, is);
    }
    return is;
  };
}

/** Whether code point `code` is a letter or a digit (`\p{L}` / `\p{N}`). */
const isWordChar = charTest((c) => isAsciiDigit(c) || isAsciiLetter(c), /[\p{L}\p{N}]/u);

/** Whether UTF-16 unit `code` separates words: JavaScript's `\s`, or `|` (table cells). */
const isSeparator = charTest((c) => c === 32 || (c >= 9 && c <= 13) || c === 124, /\s/);

/**
 * Returns the number of words in a Markdown body: the runs of characters between white space
 * and `|` that hold a letter or a digit. One pass over the readable text, without splitting it
 * into 50,000 strings (which took most of the 20–50 ms a 50,000-word post took to count).
 */
export function countWords(markdown: string): number {
  const text = readableText(markdown);
  let count = 0;
  let hasWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isSeparator(unit)) {
      if (hasWordChar) count++;
      hasWordChar = false;
      continue;
    }
    if (hasWordChar) continue;
    // A letter beyond the BMP is a surrogate pair: test its code point.
    const code = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit;
    hasWordChar = isWordChar(code);
  }
  if (hasWordChar) count++;
  return count;
}

/** Returns the minutes needed to read `words` at `wpm` words a minute (at least 1 for any text). */
export function readingTime(words: number, wpm = 200): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wpm));
}
