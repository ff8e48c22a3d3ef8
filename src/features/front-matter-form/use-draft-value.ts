import { useState } from 'react';

/**
 * Returns a text the user edits freely and a setter that also commits its parsed value. The text
 * follows `value` from outside (an edit in the editor, an undo) only when `value` differs from
 * what the text means, so typing "a, " in a list is not reformatted under the cursor.
 */
export function useDraftValue<T>(
  value: T,
  format: (v: T) => string,
  parse: (text: string) => T,
  commit: (v: T) => void,
  same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): [string, (text: string) => void] {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  let shown = text;
  if (!same(seen, value)) {
    // Adjusting state during render is React's documented way to follow a changed prop.
    setSeen(value);
    if (!same(parse(text), value)) {
      shown = format(value);
      setText(shown);
    }
  }
  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (!same(parsed, value)) commit(parsed);
  };
  return [shown, change];
}
