import { markdownLanguage, pasteURLAsLink } from '@codemirror/lang-markdown';
import { Language, LanguageSupport } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';
import type { MarkdownConfig, MarkdownParser } from '@lezer/markdown';
import { inlineSlot, loadedInline } from './commands/inline-loader';
import { markerOnce } from './commands/marker-once';
import { markupKeymap } from './keymap';

/**
 * The front matter as one block, where lang-yaml's `yamlFrontmatter` finds it: from a first line
 * `---` to the next line `---` (or to the end of the text when none closes it). Its fences are
 * styled as there; its YAML is plain text until the YAML grammar arrives.
 */
const frontMatterBlock: MarkdownConfig = {
  defineNodes: [
    { name: 'Frontmatter', block: true },
    { name: 'DashLine', style: tags.meta },
  ],
  parseBlock: [
    {
      name: 'Frontmatter',
      before: 'LinkReference',
      // As there, each fence and the block take the line break after them.
      parse(cx, line) {
        if (cx.lineStart !== 0 || line.text !== '---') return false;
        let more = cx.nextLine();
        let end = more ? cx.lineStart : 3;
        const fences = [cx.elt('DashLine', 0, end)];
        while (more) {
          const from = cx.lineStart;
          const closing = line.text === '---';
          const lineEnd = from + line.text.length;
          more = cx.nextLine();
          end = more ? cx.lineStart : lineEnd;
          if (closing) {
            fences.push(cx.elt('DashLine', from, end));
            break;
          }
        }
        cx.addElement(cx.elt('Frontmatter', 0, end, fences));
        return true;
      },
    },
  ],
};

let plain: Extension | null = null;

/**
 * Returns the language support the editor starts with: GFM Markdown with its front matter read
 * as one block (see `frontMatterBlock`), its HTML left as it is. The full language (YAML front
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
