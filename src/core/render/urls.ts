/**
 * rehype plugin: links and images resolved against the site, as they would load on the blog.
 * Protocol-relative URLs (`//68.media.tumblr.com/…`) get `https:`; root-relative and relative
 * ones (`/assets/x.png`, `images/x.png`) get the configured site URL; `#anchors` stay.
 */
import type { Element, Nodes, Root } from 'hast';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

/** Returns the URL resolved against `siteUrl`, or unchanged when it is absolute or an anchor. */
export function resolveUrl(url: string, siteUrl: string): string {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || SCHEME.test(trimmed)) return url;
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  try {
    return new URL(trimmed, siteUrl).href;
  } catch {
    return url;
  }
}

function visit(node: Nodes, siteUrl: string): void {
  if (node.type === 'element') {
    const key = URL_PROPERTIES[node.tagName];
    const value = key ? (node as Element).properties[key] : undefined;
    if (typeof value === 'string') node.properties[key] = resolveUrl(value, siteUrl);
  }
  if ('children' in node) for (const child of node.children) visit(child, siteUrl);
}

/** Resolves every link and image URL in the tree against `siteUrl` (mutates the tree). */
export function resolveUrls(tree: Root, siteUrl: string): void {
  visit(tree, siteUrl);
}
