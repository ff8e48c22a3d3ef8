import { markdownLanguage, pasteURLAsLink } from '@codemirror/lang-markdown';
import { Language, LanguageSupport } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import type { MarkdownParser } from '@lezer/markdown';
import { inlineSlot, loadedInline } from './commands/inline-loader';
import { frontMatterBlock } from './front-matter-syntax';
import { markerOnce } from './commands/marker-once';
import { markupKeymap } from './keymap';

let plain: Extension | null = null;

/**
 * Returns the language support the editor starts with: GFM Markdown with its front matter read
 * as one block (see front-matter-syntax.ts), its YAML and HTML left as they are. The full language (YAML front
 * matter, HTML grammar: editor-tools.ts) replaces it once the page is idle. Its own Enter and
 * Backspace keys are left out: `writingKeys` has the editor's.
 */
export function plainMarkdownWithFrontMatter(): Extension {
  if (!plain) {
    const parser = (markdownLanguage.parser as MarkdownParser).configure([frontMatterBlock]);
    const language = new Language(markdownLanguage.data, parser, [], 'markdown');
    plain = new LanguageSupport(language, [pasteURLAsLink]);
  }
  return plain;
}

/**
 * Returns what the editor does with the keys a writer relies on: Enter and Backspace in lists
 * and quotes, a continued marker typed once, and (in `inlineSlot`, once they load) blanks kept
 * outside bold and italic markers.
 */
export function writingKeys(): Extension {
  return [markupKeymap(), markerOnce(), inlineSlot.of(loadedInline()?.inlineWriting ?? [])];
}

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
