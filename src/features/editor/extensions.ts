import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { spanEdges } from './commands/span-edges';

/** Returns the language support: GFM Markdown with its front matter highlighted as YAML. */
export function markdownWithFrontMatter(): Extension {
  return yamlFrontmatter({ content: markdown({ base: markdownLanguage }) });
}

/** Returns what the editor does with the keys a writer relies on: blanks kept outside markers. */
export function writingKeys(): Extension {
  return [spanEdges()];
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
