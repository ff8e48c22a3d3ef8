/**
 * The front matter in the editor's syntax tree: a Markdown block at the start of the document,
 * from a `---` line (`---yaml` or `---js` may name its language) to a `---` or `...` line, its
 * YAML parsed as YAML. Markdown stays the document's language, so that the parse after a key
 * press reuses the tree around the edit: with the front matter as an outer language around a
 * nested Markdown body, a parse cut short by its time budget lost every tree after the cut,
 * and the editor parsed the whole post again (hundreds of ms at 50,000 words) in the pauses.
 */
import { tags } from '@lezer/highlight';
import type { BlockContext, Element, Line, MarkdownConfig } from '@lezer/markdown';

/** The opening line: `---`, a language name perhaps, no more dashes (`----` is a rule). */
const OPEN = /^\uFEFF?---(?!-)[ \t]*([A-Za-z][\w+.-]*)?[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Parses the front-matter block on the document's first line. Like CodeMirror's YAML front
 * matter, a block that is never closed runs to the end of the document.
 */
function parseFrontMatter(cx: BlockContext, line: Line): boolean {
  if (cx.lineStart !== 0 || cx.depth !== 1) return false;
  const open = OPEN.exec(line.text);
  if (!open) return false;
  const language = (open[1] ?? 'yaml').toLowerCase();
  const bom = line.text.startsWith('\uFEFF') ? 1 : 0;
  const children: Element[] = [cx.elt('FrontmatterMark', bom, line.text.length)];
  const contentFrom = line.text.length + 1;
  let end = line.text.length;
  let closed = false;
  while (cx.nextLine()) {
    end = cx.lineStart + line.text.length;
    if (CLOSE.test(line.text)) {
      closed = true;
      break;
    }
  }
  const contentTo = closed ? cx.lineStart - 1 : end;
  if (contentTo > contentFrom) {
    const content = language === 'yaml' ? 'FrontmatterContent' : 'FrontmatterText';
    children.push(cx.elt(content, contentFrom, contentTo));
  }
  if (closed) {
    children.push(cx.elt('FrontmatterMark', cx.lineStart, end));
    cx.nextLine();
  }
  cx.addElement(cx.elt('Frontmatter', 0, end, children));
  return true;
}

/**
 * The Markdown extension of the front matter (see the module's comment), its YAML unparsed: the
 * editor starts with it; editor-tools.ts adds the YAML grammar once the page is idle.
 */
export const frontMatterBlock: MarkdownConfig = {
  defineNodes: [
    { name: 'Frontmatter', block: true },
    { name: 'FrontmatterMark', style: tags.meta },
    { name: 'FrontmatterContent' },
    { name: 'FrontmatterText', style: tags.meta },
  ],
  parseBlock: [{ name: 'Frontmatter', parse: parseFrontMatter, before: 'HorizontalRule' }],
};
