/**
 * rehype step: embedded frames (`<iframe src="https://www.youtube.com/embed/…">`) shown as a
 * visible link placeholder, `<div class="embed" data-embed="iframe"><a href="src">src</a></div>`
 * (a `span` when the frame sits inside a paragraph, so the HTML stays valid). The preview is a
 * sandboxed document and the sanitizer drops frames, so without this a video in a post would
 * vanish from the preview without a trace. Runs on the hast tree after rehype-raw.
 */
import type { Element, Nodes, Root } from 'hast';

// Elements whose content is phrasing only: a `div` placeholder in them would break the HTML.
const PHRASING_PARENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'em', 'strong']);

/** Returns the placeholder for an iframe: a link to its `src`, or an empty box without one. */
function placeholder(frame: Element, inline: boolean): Element {
  const src = frame.properties.src;
  const href = typeof src === 'string' ? src.trim() : '';
  return {
    type: 'element',
    tagName: inline ? 'span' : 'div',
    properties: { className: ['embed'], dataEmbed: 'iframe' },
    children: href
      ? [
          {
            type: 'element',
            tagName: 'a',
            properties: { href },
            children: [{ type: 'text', value: href }],
          },
        ]
      : [],
    position: frame.position,
  };
}

function visit(node: Nodes): void {
  if (!('children' in node)) return;
  const inline = node.type === 'element' && PHRASING_PARENTS.has(node.tagName);
  const kids = node.children;
  for (let index = 0; index < kids.length; index++) {
    const child = kids[index];
    if (child.type === 'element' && child.tagName === 'iframe') {
      kids[index] = placeholder(child, inline);
    } else visit(child);
  }
}

/** Replaces every `<iframe>` element in the tree by its link placeholder (mutates the tree). */
export function replaceEmbeds(tree: Root): void {
  visit(tree);
}
