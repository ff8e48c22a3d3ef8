/**
 * The closing fence of a front-matter block (Jekyll's rule), apart from `front-matter.ts` so that
 * code loaded before the post parser (the preview worker started ahead) can use it without
 * gray-matter.
 */
import { lineEnd } from './text.ts';

const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Returns the first line from offset `from` (a line's start) on that closes a front-matter
 * block, `---` or `...` with trailing blanks allowed: its start and the offset past its line
 * break; null when no line does.
 */
export function closingFence(text: string, from: number): { at: number; next: number } | null {
  for (let at = from; at < text.length;) {
    const line = lineEnd(text, at);
    const c = text.charCodeAt(at);
    // Only a line opening with `-` or `.` can close the block (not slicing every other line).
    if ((c === 45 || c === 46) && CLOSING.test(text.slice(at, line.end))) {
      return { at, next: line.next };
    }
    at = line.next;
  }
  return null;
}
