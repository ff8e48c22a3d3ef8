/**
 * The site's own page in the preview frame. The page Jekyll would write (layouts and includes
 * rendered with the post's front matter, untrusted) is parsed in an inert document, cleaned of
 * everything that could run or navigate — scripts, event handlers, `javascript:` URLs, frames,
 * `<base>`, `<meta http-equiv>` — and its URLs pointed at the site's own files (blob URLs, so it
 * works offline) or at the live site. The frame's sandbox and CSP stay as they are; this is the
 * second wall, not the only one.
 */
import { safeUrl } from './safe-url';

/** The comment where the post's content goes (render-page.ts's CONTENT_MARK). */
export const CONTENT_COMMENT = 'pluma:content';

/** What the page's URLs can be pointed at. */
export interface SiteUrls {
  /** The live site's address ('https://blog.example.org/'), for files the site does not have. */
  siteUrl: string;
  /** The site's base path ('' or '/blog'), stripped before looking a path up in the site. */
  baseurl: string;
  /** Returns a URL for the site's own file at `path` (no leading slash), or null. */
  asset(path: string): string | null;
  /**
   * Returns the CSS of the site's stylesheet served at `path` ('css/main.css', compiled from
   * `css/main.scss` when that is the source), or null when the site has no source for it.
   */
  stylesheet(path: string): Promise<string> | null;
}

const REMOVED =
  'script, noscript, base, object, embed, applet, frame, frameset, portal, meta[http-equiv], template';
const URL_ATTRIBUTES = [
  'href',
  'src',
  'poster',
  'action',
  'formaction',
  'xlink:href',
  'background',
];

/**
 * Returns `url` (as written in the page) pointed at the site's own file when it has it, else
 * made absolute against the live site; null when it may not be loaded or followed at all.
 */
export function siteUrlFor(url: string, urls: SiteUrls): string | null {
  const written = url.trim();
  if (!written || written.startsWith('#')) return written;
  let absolute: URL;
  try {
    absolute = new URL(written, urls.siteUrl);
  } catch {
    return null;
  }
  const path = /^https?:$/.test(absolute.protocol) ? ownPath(absolute.href, urls) : null;
  const own = path === null ? null : urls.asset(path);
  return own ?? safeUrl(absolute.href, urls.siteUrl);
}

/** Returns the site path `url` names (no leading slash), or null when it is not the site's. */
function ownPath(url: string, urls: SiteUrls): string | null {
  let absolute: URL;
  try {
    absolute = new URL(url.trim(), urls.siteUrl);
  } catch {
    return null;
  }
  if (absolute.host !== new URL(urls.siteUrl).host) return null;
  let path = absolute.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: look the path up as written.
  }
  const base = urls.baseurl.replace(/\/+$/, '');
  if (base && path.startsWith(`${base}/`)) path = path.slice(base.length);
  return path.replace(/^\/+/, '');
}

/** Returns the URL of the site's own file that `url` names, or null when the site has none. */
export function ownAssetUrl(url: string, urls: SiteUrls): string | null {
  const path = ownPath(url, urls);
  return path === null ? null : urls.asset(path);
}

/** Points every URL of `root`'s elements at the site (see {@link siteUrlFor}); drops the rest. */
function rewriteUrls(root: Element, urls: SiteUrls): void {
  for (const el of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const next = siteUrlFor(value, urls);
      if (next === null) el.removeAttribute(name);
      else if (next !== value) el.setAttribute(name, next);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      const next = srcset
        .split(',')
        .map((part) => {
          const [url, ...size] = part.trim().split(/\s+/);
          const resolved = url ? siteUrlFor(url, urls) : null;
          return resolved ? [resolved, ...size].join(' ') : '';
        })
        .filter(Boolean)
        .join(', ');
      el.setAttribute('srcset', next);
    }
  }
}

/** Removes what could run, navigate or submit; frames become a visible note with their URL. */
function clean(doc: Document, frameNote: (src: string) => string): void {
  for (const el of doc.querySelectorAll(REMOVED)) el.remove();
  for (const frame of doc.querySelectorAll('iframe')) {
    const note = doc.createElement('div');
    note.className = 'pluma-note pluma-embed';
    note.textContent = frameNote(frame.getAttribute('src') ?? '');
    frame.replaceWith(note);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) {
      if (/^on/i.test(name) || name === 'srcdoc' || name === 'http-equiv') el.removeAttribute(name);
    }
  }
  // Only stylesheets among links: no preloads, prefetches or imports reaching out.
  for (const link of doc.querySelectorAll('link')) {
    if (!/(^|\s)stylesheet(\s|$)/i.test(link.getAttribute('rel') ?? '')) link.remove();
  }
}

/** The site's page, cleaned, as parts the frame takes in. */
export interface PreparedPage {
  /** The `<link rel=stylesheet>` and `<style>` elements of the page, in order. */
  styles: Element[];
  /** The body's children, with an empty `<div data-pluma-content>` where the content goes. */
  body: DocumentFragment;
  bodyClass: string;
  /** False when the layout printed no `{{ content }}` where an element can stand. */
  hasContent: boolean;
}

/**
 * Parses the site's page `html` in an inert document (nothing loads, nothing runs), cleans it
 * and points its URLs at the site. `frameNote` gives the sentence that stands for an iframe.
 */
export function prepareSitePage(
  html: string,
  urls: SiteUrls,
  frameNote: (src: string) => string,
): PreparedPage {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  clean(doc, frameNote);
  rewriteUrls(doc.documentElement, urls);
  let hasContent = false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue === CONTENT_COMMENT && !hasContent) {
      const slot = doc.createElement('div');
      slot.setAttribute('data-pluma-content', '');
      node.parentNode?.replaceChild(slot, node);
      hasContent = true;
      break;
    }
  }
  // The site's own stylesheets come from its files (Sass compiled here), not from the live site.
  for (const link of doc.querySelectorAll('link[rel~="stylesheet" i]')) {
    const path = ownPath(link.getAttribute('href') ?? '', urls);
    if (path && urls.stylesheet(path)) {
      const style = doc.createElement('style');
      style.setAttribute('data-pluma-site-css', path);
      link.replaceWith(style);
    }
  }
  const styles = [...doc.head.querySelectorAll('link[rel~="stylesheet" i], style')];
  const body = doc.createDocumentFragment();
  body.append(...doc.body.childNodes);
  return { styles, body, bodyClass: doc.body.getAttribute('class') ?? '', hasContent };
}

/** Returns the card's HTML (one include of the site), cleaned like the page, as a fragment. */
export function prepareSiteCard(
  html: string,
  urls: SiteUrls,
  frameNote: (src: string) => string,
): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  clean(doc, frameNote);
  rewriteUrls(doc.documentElement, urls);
  const fragment = doc.createDocumentFragment();
  fragment.append(...doc.body.childNodes);
  return fragment;
}
