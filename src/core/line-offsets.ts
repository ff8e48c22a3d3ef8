/**
 * CodeMirror counts a line break as one position whatever the separator, while the post's text
 * counts `\r\n` as two characters. This converts for `\r\n` documents; for `\n` and `\r`
 * documents positions and offsets are the same.
 */

/** Returns the editor position of `offset` in `text`. */
export function textToDocPos(text: string, offset: number, separator: string): number {
  if (separator !== '\r\n') return offset;
  let pairs = 0;
  for (let i = text.indexOf('\r\n'); i !== -1 && i < offset - 1; i = text.indexOf('\r\n', i + 2)) {
    pairs++;
  }
  return offset - pairs;
}
