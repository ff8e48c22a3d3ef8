import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { buildWithJekyll } from '../../../fixtures/jekyll-build.mjs';
import { JEKYLL_BLOG_DIR } from '../../../fixtures/paths.mjs';
import { withoutHandlers } from './inert-html';

// The blog's post page as real Jekyll writes it: its layout has two share buttons whose
// `onclick` opens a window.
const POST_URL = 'proyecto/2019/04/05/declaracion-alertadores.html';
const published = () => readFileSync(path.join(buildWithJekyll(JEKYLL_BLOG_DIR), POST_URL), 'utf8');

/** Returns every node of `tree`, template contents included, in document order. */
function nodesOf(tree: Root): (Root | RootContent)[] {
  const found: (Root | RootContent)[] = [];
  const walk = (node: Root | RootContent) => {
    found.push(node);
    if (node.type === 'element' && node.content) walk(node.content);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

const elements = (tree: Root) => nodesOf(tree).filter((n): n is Element => n.type === 'element');

/** Returns the text of every text node of `tree`, joined. */
const textOf = (tree: Root) =>
  nodesOf(tree)
    .map((n) => (n.type === 'text' ? n.value : ''))
    .join('');

const handlers = (tree: Root) =>
  elements(tree).flatMap((e) => Object.keys(e.properties).filter((k) => /^on/i.test(k)));

/** The page as a browser reads it, with `onclick`-like properties left out. */
const shape = (tree: Root) =>
  elements(tree).map((e) => ({
    tag: e.tagName,
    properties: Object.fromEntries(Object.entries(e.properties).filter(([k]) => !/^on/i.test(k))),
  }));

describe('withoutHandlers', () => {
  it("takes the share buttons' onclick out of the published page, and nothing else", () => {
    const html = published();
    const before = fromHtml(html);
    expect(handlers(before)).toEqual(['onClick', 'onClick']);
    const after = fromHtml(withoutHandlers(html));
    expect(handlers(after)).toEqual([]);
    // The same elements with the same other attributes, and the same text.
    expect(shape(after)).toEqual(shape(before));
    expect(textOf(after)).toBe(textOf(before));
  });

  it('takes handlers out of a fragment, wherever they hide, but not text that looks like one', () => {
    const card =
      '<div class="card" ONMOUSEOVER="x()"><svg><circle onload="y()"/></svg>' +
      '<template><img src="a.png" onerror="z()"></template>' +
      '<p>Write onclick="go()" once</p><!-- onclick="c()" --></div>';
    const out = withoutHandlers(card, true);
    expect(handlers(fromHtml(out, { fragment: true }))).toEqual([]);
    expect(out).toBe(
      '<div class="card"><svg><circle></circle></svg>' +
        '<template><img src="a.png"></template>' +
        '<p>Write onclick="go()" once</p><!-- onclick="c()" --></div>',
    );
  });

  it('returns HTML without handlers as it is, byte for byte', () => {
    const html = '<!doctype html><html><body><p class=x>Once upon a time</p></body></html>';
    expect(withoutHandlers(html)).toBe(html);
  });
});
