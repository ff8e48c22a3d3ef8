/**
 * Links, images and horizontal rules as StateCommands. A link or image applied to a link or
 * image the selection sits in removes it again, leaving its text.
 */
import { EditorSelection } from '@codemirror/state';
import type { EditorState, SelectionRange, StateCommand } from '@codemirror/state';

const URL_RE = /^(?:https?:\/\/|\/\/|mailto:)\S+$/i;

/** Returns the link (or image) on the selection's line whose text or URL the selection is. */
function linkAround(state: EditorState, range: SelectionRange, image: boolean) {
  const line = state.doc.lineAt(range.from);
  if (state.doc.lineAt(range.to).number !== line.number) return null;
  const re = image ? /!\[([^\]\n]*)\]\(([^()\s]*)\)/g : /(?<!!)\[([^\]\n]*)\]\(([^()\s]*)\)/g;
  for (const m of line.text.matchAll(re)) {
    const from = line.from + m.index;
    const textFrom = from + (image ? 2 : 1);
    const textTo = textFrom + m[1].length;
    const urlFrom = textTo + 2;
    const urlTo = urlFrom + m[2].length;
    const onText = range.from >= textFrom && range.to <= textTo;
    const onUrl = range.from >= urlFrom && range.to <= urlTo;
    if (onText || onUrl) return { from, to: urlTo + 1, text: m[1] };
  }
  return null;
}

/**
 * Returns a StateCommand that makes each selection a link `[text](url)` (or an image
 * `![alt](url)`) with the `url` placeholder selected; a selected URL becomes the target instead,
 * with the text to write selected. A cursor takes the word it is in, or inserts `[text](url)`.
 * Run on a link's text or URL, it removes the link and keeps its text, selected.
 */
function toggleLinkLike(image: boolean, placeholderText: string): StateCommand {
  const open = image ? '![' : '[';
  return ({ state, dispatch }) => {
    const spec = state.changeByRange((range) => {
      const link = linkAround(state, range, image);
      if (link) {
        return {
          changes: { from: link.from, to: link.to, insert: link.text },
          range: EditorSelection.range(link.from, link.from + link.text.length),
        };
      }
      const word = range.empty && !image ? state.wordAt(range.head) : null;
      const from = word ? word.from : range.from;
      const to = word ? word.to : range.to;
      const selected = state.sliceDoc(from, to);
      if (URL_RE.test(selected)) {
        const insert = `${open}${placeholderText}](${selected})`;
        const textFrom = from + open.length;
        return {
          changes: { from, to, insert },
          range: EditorSelection.range(textFrom, textFrom + placeholderText.length),
        };
      }
      const text = selected || placeholderText;
      const urlFrom = from + open.length + text.length + 2;
      return {
        changes: { from, to, insert: `${open}${text}](url)` },
        range: EditorSelection.range(urlFrom, urlFrom + 3),
      };
    });
    dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** Toggles a Markdown link `[text](url)` on the selections. */
export const toggleLink = toggleLinkLike(false, 'text');
/** Toggles a Markdown image `![alt](url)` on the selections. */
export const toggleImage = toggleLinkLike(true, 'alt');

/**
 * Inserts a horizontal rule `---` on its own paragraph after the line of each cursor (or on the
 * cursor's line when it is blank), with blank lines around it: `---` right under a line of text
 * would turn that line into a heading. The cursor goes to the line after the rule.
 */
export const insertHorizontalRule: StateCommand = ({ state, dispatch }) => {
  const spec = state.changeByRange((range) => {
    const line = state.doc.lineAt(range.head);
    const blank = line.text.trim() === '';
    const prevBlank = line.number === 1 || state.doc.line(line.number - 1).text.trim() === '';
    const hasNext = line.number < state.doc.lines;
    const nextBlank = hasNext && state.doc.line(line.number + 1).text.trim() === '';
    const before = blank ? (prevBlank ? '' : '\n') : '\n\n';
    // The line break already after the insertion point ends the rule's line.
    const insert = `${before}---${nextBlank ? '' : '\n'}`;
    const at = blank ? line.from : line.to;
    const cursor = at + insert.length + (nextBlank ? 1 : 0);
    return { changes: { from: at, to: line.to, insert }, range: EditorSelection.cursor(cursor) };
  });
  dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input' }));
  return true;
};
