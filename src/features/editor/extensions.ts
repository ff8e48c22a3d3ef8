import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { markerOnce } from './commands/marker-once';
import { afterComposition } from './commands/pending-span';
import { spanEdges } from './commands/span-edges';
import { frontMatterSyntax } from './front-matter-syntax';
import { markupKeymap } from './keymap';

/**
 * Returns the language support: GFM Markdown with its front matter highlighted as YAML (see
 * front-matter-syntax.ts). Its own Enter and Backspace keys are left out: `writingKeys` has the
 * editor's.
 */
export function markdownWithFrontMatter(): Extension {
  return markdown({ base: markdownLanguage, addKeymap: false, extensions: frontMatterSyntax });
}

/**
 * Returns what the editor does with the keys a writer relies on: Enter and Backspace in lists
 * and quotes, a continued marker typed once, blanks kept outside bold and italic markers.
 */
export function writingKeys(): Extension {
  return [markupKeymap(), markerOnce(), spanEdges(), settleAfterComposition];
}

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

/**
 * Returns the attributes of the editable area: its accessible name (UI contract: `Markdown`) and
 * the browser's spell check in the post's language.
 */
export function contentAttributes(lang: string): Extension {
  return EditorView.contentAttributes.of({
    'aria-label': 'Markdown',
    // Contenteditable is focusable already; saying so lets checkers see the scroller's content
    // can be reached by keyboard (axe: scrollable-region-focusable). No extra tab stop.
    tabindex: '0',
    spellcheck: 'true',
    lang,
    autocorrect: 'on',
    autocapitalize: 'sentences',
  });
}
