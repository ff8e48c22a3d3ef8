/**
 * What reads inline spans with the Markdown parser (remark's, as the preview reads them): the
 * bold, italic, strikethrough and code commands and the typing rules at span edges; bracket
 * closing; and the other formatting commands (link, headings, lists, quote, code block, image,
 * rule), which the editor does not need to show the post. Loaded by commands/inline-loader.ts
 * once the editor shows the post.
 */
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { afterComposition } from './commands/pending-span';
import { spanEdges } from './commands/span-edges';

export {
  toggleBold,
  toggleInlineCode,
  toggleItalic,
  toggleStrikethrough,
} from './commands/inline-wrap';
export { toggleCodeBlock } from './commands/block';
export { insertHorizontalRule, toggleImage, toggleLink } from './commands/insert';
export {
  toggleBulletList,
  toggleHeading,
  toggleNumberedList,
  toggleQuote,
} from './commands/line-prefix';

// Dead keys and input methods type through composition, which the typing filters leave alone;
// once it ends, what it typed after a bold span's blanks joins the span. CodeMirror applies the
// composition's last change after this event, hence the timeout.
const settleAfterComposition = EditorView.domEventHandlers({
  compositionend(_event, view) {
    setTimeout(() => {
      const spec = view.composing ? null : afterComposition(view.state);
      if (spec) view.dispatch(spec);
    });
    return false;
  },
});

/** The typing rules at span edges (one value, so an editor can tell whether it has them). */
export const inlineWriting: Extension = [spanEdges(), settleAfterComposition];

/** Bracket closing: a typed `(`, `[`, `{`, `'` or `"` gets its closer. */
export const bracketClosing: Extension = closeBrackets();
/** Backspace between an empty pair deletes both. */
export const bracketKeys: Extension = keymap.of(closeBracketsKeymap);
