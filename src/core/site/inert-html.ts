/**
 * The site's page without its event handler attributes, before the app's page parses it. A
 * layout may hold `onclick="…"` (a share button, say). Pluma never runs it: the page parses the
 * site's HTML in an inert document and removes such attributes (preview/frame-site.ts). But
 * Chromium checks the app's Content-Security-Policy as that inert document is built, and
 * reports every handler attribute in it as a violation (script-src-attr), which hides the
 * violations that matter. So the worker takes them out first, with a parser that reads HTML as
 * a browser does (parse5), not with a pattern.
 */
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Where an event handler attribute may be: `on` and a letter in the name of an attribute. It
 * also matches text such as "once": only a text that matches is parsed.
 */
const MAYBE_HANDLER = /\son[a-z]/i;

/** Whether a hast property (its name as hast gives it: `onClick`, `onfoo`) is an event handler. */
const isHandler = (name: string) => /^on[a-z]/i.test(name);

/**
 * Removes the event handler attributes of `node` and of every element in it (a template's
 * content too); returns whether it removed any.
 */
function strip(node: Nodes): boolean {
  let changed = false;
  if (node.type === 'element') {
    for (const name of Object.keys(node.properties).filter(isHandler)) {
      delete node.properties[name];
      changed = true;
    }
    if (node.content) changed = strip(node.content) || changed;
  }
  if ('children' in node) for (const child of node.children) changed = strip(child) || changed;
  return changed;
}

/**
 * Returns `html` (a whole page, or a `fragment` such as a card) without event handler
 * attributes; `html` itself when it has none. What remains reads as it did: the same elements,
 * attributes, text and comments.
 */
export function withoutHandlers(html: string, fragment = false): string {
  if (!MAYBE_HANDLER.test(html)) return html;
  const tree: Root = fromHtml(html, { fragment });
  return strip(tree) ? toHtml(tree) : html;
}
