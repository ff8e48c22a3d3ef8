/**
 * CodeMirror counts a line break as one position whatever the separator, while the post's text
 * counts `\r\n` as two characters. This converts for `\r\n` documents; for `\n` and `\r`
 * documents positions and offsets are the same.
 */

/**
 * Returns the editor position of `offset` in the text `source` is or gives (a function): it is
 * read only for `\r\n` documents (a long post's text may have to be made whole to be read).
 */
export function textToDocPos(
  source: string | (() => string),
  offset: number,
  separator: string,
): number {
  if (separator !== '\r\n') return offset;
  const text = typeof source === 'string' ? source : source();
  let pairs = 0;
  for (let i = text.indexOf('\r\n'); i !== -1 && i < offset - 1; i = text.indexOf('\r\n', i + 2)) {
    pairs++;
  }
  return offset - pairs;
}
