/**
 * The editor's deferred tools (loaded by deferred-tools.ts once the editor shows the post):
 * search, the lint panel's keys, and Markdown with its HTML highlighted by the HTML grammar
 * (which brings CSS and JavaScript for `<style>` and `<script>`).
 */
import { html } from '@codemirror/lang-html';
import { markdownLanguage, pasteURLAsLink } from '@codemirror/lang-markdown';
import { yamlLanguage } from '@codemirror/lang-yaml';
import { foldService, Language, LanguageSupport, syntaxTree } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { parseMixed, type SyntaxNode } from '@lezer/common';
import { parseCode, type MarkdownConfig, type MarkdownParser } from '@lezer/markdown';
import { frontMatterBlock } from './front-matter-syntax';

export {
  findNext,
  findPrevious,
  gotoLine,
  openSearchPanel,
  selectNextOccurrence,
  selectSelectionMatches,
} from '@codemirror/search';
export { openLintPanel } from '@codemirror/lint';

/** Search's keys, as CodeMirror binds them. */
export const searchKeys: Extension = keymap.of(searchKeymap);
/** The lint panel's keys. */
export const lintKeys: Extension = keymap.of(lintKeymap);
/** Highlights the other places of the selected word. */
export const selectionMatches: Extension = highlightSelectionMatches();

/** Returns the level of a heading node (1-6), or null for any other node. */
function headingLevel(node: SyntaxNode): number | null {
  const m = /^(?:ATX|Setext)Heading(\d)$/.exec(node.name);
  return m ? Number(m[1]) : null;
}

/** A heading folds the section under it, up to the next heading of its level or above. */
const headingSections = foldService.of((state, start, end) => {
  for (
    let node: SyntaxNode | null = syntaxTree(state).resolveInner(end, -1);
    node;
    node = node.parent
  ) {
    if (node.from < start) break;
    const level = headingLevel(node);
    if (level === null) continue;
    let last = node;
    for (let next = last.nextSibling; next; next = last.nextSibling) {
      const l = headingLevel(next);
      if (l !== null && l <= level) break;
      last = next;
    }
    if (last.to > end) return { from: end, to: last.to };
  }
  return null;
});

/** The front matter's YAML, parsed by the YAML grammar inside the Markdown tree. */
const frontMatterYaml: MarkdownConfig = {
  wrap: parseMixed((node) =>
    node.name === 'FrontmatterContent' ? { parser: yamlLanguage.parser } : null,
  ),
};

/**
 * Returns the editor's language once the tools are in: GFM Markdown as `markdown({ base:
 * markdownLanguage, addKeymap: false })` of @codemirror/lang-markdown makes it (its HTML parsed
 * by the HTML grammar, headings folding their sections, a URL pasted on a selection making a
 * link), without its HTML tag completion (the editor has no completion), and the front matter a
 * Markdown block whose YAML is parsed as YAML (front-matter-syntax.ts: Markdown stays the
 * document's language, so a parse after a key reuses the tree around the edit).
 */
export function markdownWithFrontMatter(): LanguageSupport {
  // One value for every editor, so an editor can tell it has it.
  full ??= fullLanguage();
  return full;
}

let full: LanguageSupport | null = null;

function fullLanguage(): LanguageSupport {
  const htmlTags = html({ matchClosingTags: false });
  const parser = (markdownLanguage.parser as MarkdownParser).configure([
    parseCode({ htmlParser: htmlTags.language.parser }),
    frontMatterBlock,
    frontMatterYaml,
  ]);
  const language = new Language(markdownLanguage.data, parser, [], 'markdown');
  return new LanguageSupport(language, [htmlTags.support, headingSections, pasteURLAsLink]);
}
