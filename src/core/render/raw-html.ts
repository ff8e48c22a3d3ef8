/**
 * rehype plugin: turns the `raw` HTML nodes remark keeps (with `allowDangerousHtml`) into real
 * hast elements, so the sanitizer can keep what is safe instead of dropping every tag. This
 * stands in for `rehype-raw`, which is not a dependency. Tags open and close across sibling raw
 * nodes (`<span>` … `</span>` around Markdown), never across parents.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { tokenizeHtml, type HtmlToken } from './html-tokens.ts';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function camel(name: string): string {
  if (name === 'class') return 'className';
  return name.replace(/-([a-z])/g, (_all, letter: string) => letter.toUpperCase());
}

/** Returns the element for an open tag; an `<iframe>` becomes a visible link placeholder. */
function elementOf(token: Extract<HtmlToken, { type: 'open' }>): Element {
  const { name, attributes } = token;
  if (name === 'iframe') {
    const src = attributes.src ?? '';
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: ['embed'], dataEmbed: 'iframe' },
      children: src
        ? [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: src },
              children: [{ type: 'text', value: src }],
            },
          ]
        : [],
    };
  }
  const properties: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(attributes)) {
    properties[camel(key)] = key === 'class' ? value.split(/\s+/).filter(Boolean) : value;
  }
  return { type: 'element', tagName: name, properties, children: [] };
}

/** Rebuilds one list of siblings, turning its raw nodes into elements (mutates `parent`). */
function rebuild(parent: Root | Element): void {
  for (const child of parent.children) if (child.type === 'element') rebuild(child);
  if (!parent.children.some((child) => (child as Nodes).type === 'raw')) return;
  const root: Element = { type: 'element', tagName: 'root', properties: {}, children: [] };
  const stack: Element[] = [root];
  let iframeDepth = 0;
  const top = () => stack[stack.length - 1];
  for (const child of parent.children as RootContent[]) {
    if (child.type !== 'raw') {
      top().children.push(child as ElementContent);
      continue;
    }
    for (const token of tokenizeHtml(child.value)) {
      if (token.type === 'text') {
        if (iframeDepth === 0) top().children.push({ type: 'text', value: token.value });
      } else if (token.type === 'comment') {
        top().children.push({ type: 'comment', value: token.value });
      } else if (token.type === 'open') {
        const element = elementOf(token);
        top().children.push(element);
        if (token.name === 'iframe' && !token.selfClosing) iframeDepth += 1;
        else if (!VOID.has(token.name) && !token.selfClosing) stack.push(element);
      } else if (token.name === 'iframe') {
        iframeDepth = Math.max(0, iframeDepth - 1);
      } else {
        const at = stack.findLastIndex((open, depth) => depth > 0 && open.tagName === token.name);
        if (at > 0) stack.length = at;
      }
    }
  }
  parent.children = root.children as typeof parent.children;
}

/** Converts every raw node in the tree into hast (mutates the tree). */
export function rawHtmlToHast(tree: Root): void {
  rebuild(tree);
}
