/**
 * What a reader sees of a post page, for comparing Pluma's site-true preview with the page
 * Jekyll wrote: the article's title, dates, images and captions, and its blocks (tag and text,
 * whitespace collapsed). Test support (Node), shared by the comparison test and the bench.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One block of the article as a reader sees it. */
export interface SeenBlock {
  tag: string;
  text: string;
}

/** What a reader sees of a post page. */
export interface SeenPage {
  title: string;
  dates: string[];
  images: string[];
  captions: string[];
  blocks: SeenBlock[];
}

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'hr',
]);

const text = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

function find(node: Nodes, test: (el: Element) => boolean): Element | null {
  if (node.type === 'element' && test(node)) return node;
  if (!('children' in node)) return null;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function each(node: Nodes, visit: (el: Element) => boolean | void): void {
  if (node.type === 'element' && visit(node) === false) return;
  if ('children' in node) for (const child of node.children) each(child, visit);
}

/** Returns what a reader sees of the page `html`: its `<article>`, else `<main>`, else body. */
export function seenPage(html: string): SeenPage {
  const root: Root = fromHtml(html);
  const article =
    find(root, (el) => el.tagName === 'article') ??
    find(root, (el) => el.tagName === 'main') ??
    find(root, (el) => el.tagName === 'body');
  const seen: SeenPage = { title: '', dates: [], images: [], captions: [], blocks: [] };
  if (!article) return seen;
  const h1 = find(article, (el) => el.tagName === 'h1');
  seen.title = h1 ? squash(text(h1)) : '';
  each(article, (el) => {
    if (el.tagName === 'time')
      seen.dates.push(`${String(el.properties.dateTime ?? '')} ${squash(text(el))}`);
    if (el.tagName === 'img')
      seen.images.push(`${String(el.properties.src ?? '')} ${String(el.properties.alt ?? '')}`);
    if (el.tagName === 'figcaption') seen.captions.push(squash(text(el)));
    if (BLOCK_TAGS.has(el.tagName)) {
      seen.blocks.push({ tag: el.tagName, text: squash(text(el)) });
      // A paragraph's own text is the block; blocks inside a list item or quote count apart.
      return el.tagName === 'li' || el.tagName === 'blockquote' || el.tagName === 'td'
        ? undefined
        : false;
    }
    return undefined;
  });
  return seen;
}

/** The blocks of `a` and `b` matched in order (longest common subsequence): how many agree. */
export function matchBlocks(
  a: readonly SeenBlock[],
  b: readonly SeenBlock[],
): { same: number; onlyA: SeenBlock[]; onlyB: SeenBlock[] } {
  const key = (x: SeenBlock) => `${x.tag}\u0000${x.text}`;
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] =
        key(a[i]) === key(b[j])
          ? table[i + 1][j + 1] + 1
          : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const onlyA: SeenBlock[] = [];
  const onlyB: SeenBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[i]) === key(b[j])) {
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) onlyA.push(a[i++]);
    else onlyB.push(b[j++]);
  }
  onlyA.push(...a.slice(i));
  onlyB.push(...b.slice(j));
  return { same: table[0][0], onlyA, onlyB };
}
