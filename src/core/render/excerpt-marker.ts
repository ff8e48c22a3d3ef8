/**
 * remark plugin: Jekyll's `<!--more-->` excerpt separator, shown as a visible marker instead of
 * an HTML comment (which the sanitizer would drop).
 */
import type { Nodes, Root } from 'mdast';

const MORE = /^\s*<!--\s*more\s*-->\s*$/i;

/** Returns true when the raw HTML is exactly the excerpt separator. */
export function isMoreComment(html: string): boolean {
  return MORE.test(html);
}

function walk(parent: Nodes, inline: boolean): void {
  if (!('children' in parent)) return;
  const kids = parent.children as Nodes[];
  kids.forEach((node, index) => {
    if (node.type === 'html' && isMoreComment(node.value)) {
      kids[index] = {
        type: inline ? 'text' : 'thematicBreak',
        ...(inline ? { value: '' } : {}),
        data: {
          hName: inline ? 'span' : 'hr',
          hProperties: { className: ['excerpt-marker'], dataLabel: 'more' },
        },
        position: node.position,
      } as Nodes;
    } else walk(node, inline || node.type === 'paragraph' || node.type === 'heading');
  });
}

/** Returns the transformer that replaces `<!--more-->` with an excerpt marker (mutates it). */
export function remarkExcerptMarker() {
  return (tree: Root) => walk(tree, false);
}
