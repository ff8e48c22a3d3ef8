/**
 * The checks of a post's body, on the Markdown tree the preview parses (CommonMark + GFM): images
 * without alt text or over 1 MB, `http:` media on an `https` site, links that lead nowhere or say
 * nothing, reference links without a definition, skipped heading levels and `#` headings under
 * a layout that prints the title as `<h1>`.
 */
import type { Heading, Html, Image, Link, Nodes, Root, Text } from 'mdast';
import { parseMarkdown } from '../render/pipeline';
import type { Finding, SiteFacts } from './types';

/** Adds a finding at an offset of the body (the caller places it in the text). */
export type Report = (finding: Omit<Finding, 'line' | 'from'> & { at: number }) => void;

/** A megabyte: a stored image larger than this slows the page down. */
export const LARGE_IMAGE_BYTES = 1024 * 1024;

// Link texts that say nothing of where they lead, compared without case, accents or punctuation.
const VAGUE = new Set([
  'aqui',
  'aca',
  'click aqui',
  'clic aqui',
  'haz click aqui',
  'haz clic aqui',
  'pincha aqui',
  'este enlace',
  'este link',
  'enlace',
  'link',
  'click here',
  'here',
  'this link',
  'click',
  'clic',
]);

const MEDIA_TAG = /<(img|iframe|embed|video|audio|source|script)\b[^>]*>/gi;
const ATTR = (name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');

/** Returns the value of attribute `name` in an HTML tag, or null when it has none. */
function attr(tag: string, name: string): string | null {
  const m = ATTR(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** Returns `text` folded for comparison: lower case, no accents, no punctuation. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Returns the plain text of a node (images count by their alt). */
function plain(node: Nodes): string {
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
}

/** Returns the path of a stored image a URL names (`/assets/x.png` → `assets/x.png`). */
function storedPath(url: string): string {
  let path = url.replace(/^\{\{\s*site\.baseurl\s*\}\}/, '').replace(/^\/+/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape is compared as written.
  }
  return path.split(/[?#]/)[0];
}

/** What the body checks are given besides the body. */
export interface BodyContext {
  facts: SiteFacts;
  /** Sizes in bytes of the images stored with the draft, by path (`assets/images/…`). */
  images?: ReadonlyMap<string, number>;
}

/**
 * Returns the fix for an image without alt text whose caption is obvious: its title, or an
 * emphasized line right after it (`*Caption*`). Offsets are the body's.
 */
function captionFix(body: string, image: Image, next: Nodes | undefined) {
  const start = image.position?.start.offset;
  if (start === undefined || !body.startsWith('![]', start)) return undefined;
  let caption = image.title?.trim() ?? '';
  if (!caption && next && (next.type === 'emphasis' || next.type === 'strong')) {
    caption = plain(next).trim();
  }
  if (!caption) return undefined;
  const insert = caption.replace(/([[\]\\])/g, '\\$1');
  return { from: start + 2, to: start + 2, insert };
}

/** Reports the problems of the body `body` (offsets into it) through `report`. */
export function checkBody(body: string, context: BodyContext, report: Report): void {
  const { facts } = context;
  const https = /^https:/i.test(facts.url);
  const tree: Root = parseMarkdown(body);
  let previousLevel = facts.titleIsH1 ? 1 : 0;
  const mediaUrl = (url: string, at: number) => {
    if (https && /^http:/i.test(url.trim())) {
      report({ id: 'http-media', severity: 'warning', params: { url }, at });
    }
    const size = context.images?.get(storedPath(url));
    if (size !== undefined && size > LARGE_IMAGE_BYTES) {
      const mb = Math.round((size / LARGE_IMAGE_BYTES) * 10) / 10;
      report({ id: 'image-large', severity: 'warning', params: { url, size: mb }, at });
    }
  };

  const visit = (node: Nodes, next: Nodes | undefined) => {
    const at = node.position?.start.offset ?? 0;
    switch (node.type) {
      case 'image':
        onImage(node, next, at);
        break;
      case 'link':
        onLink(node, at);
        break;
      case 'html':
        onHtml(node, at);
        break;
      case 'heading':
        onHeading(node, at);
        break;
      case 'text':
        onText(node, at);
        break;
    }
    if ('children' in node) {
      const kids = node.children as Nodes[];
      // An image alone in its paragraph takes its caption from the next paragraph.
      const below =
        next?.type === 'paragraph' && next.children.length === 1 ? next.children[0] : undefined;
      kids.forEach((child, i) =>
        visit(child, nextInFlow(kids, i) ?? (node.type === 'paragraph' ? below : undefined)),
      );
    }
  };

  const onImage = (node: Image, next: Nodes | undefined, at: number) => {
    if (!node.alt?.trim()) {
      const fix = captionFix(body, node, next);
      report({ id: 'image-alt', severity: 'warning', params: { url: node.url }, at, fix });
    }
    mediaUrl(node.url, at);
  };

  const onLink = (node: Link, at: number) => {
    const text = plain(node).trim();
    const target = node.url.trim();
    if (!text || target === '' || target === '#') {
      report({ id: 'link-empty', severity: 'warning', params: { text, url: target }, at });
    } else if (VAGUE.has(fold(text))) {
      report({ id: 'link-vague', severity: 'tip', params: { text }, at });
    }
    const file = target.replace(/^\{\{\s*site\.baseurl\s*\}\}/, '');
    if (facts.files && /^\/[^/]/.test(file) && /\.(?!html?$)[a-z0-9]{2,5}$/i.test(file)) {
      if (!facts.files.has(storedPath(file))) {
        report({ id: 'link-missing-file', severity: 'warning', params: { url: target }, at });
      }
    }
  };

  const onHtml = (node: Html, at: number) => {
    for (const m of node.value.matchAll(MEDIA_TAG)) {
      const tag = m[0];
      const where = at + m.index;
      const src = attr(tag, 'src');
      if (m[1].toLowerCase() === 'img' && !attr(tag, 'alt')?.trim()) {
        report({ id: 'image-alt', severity: 'warning', params: { url: src ?? '' }, at: where });
      }
      if (src !== null) mediaUrl(src, where);
    }
  };

  const onHeading = (node: Heading, at: number) => {
    if (node.depth === 1 && facts.titleIsH1) {
      report({ id: 'heading-h1', severity: 'warning', params: { text: plain(node) }, at });
    } else if (previousLevel > 0 && node.depth > previousLevel + 1) {
      const params = {
        level: node.depth,
        previous: previousLevel,
        expected: previousLevel + 1,
        text: plain(node),
      };
      report({ id: 'heading-skip', severity: 'warning', params, at });
    }
    previousLevel = node.depth;
  };

  const onText = (node: Text, at: number) => {
    // An unresolved `[text][label]` stays literal text in CommonMark.
    for (const m of node.value.matchAll(/\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g)) {
      const label = m[2] || m[1];
      report({
        id: 'reference-undefined',
        severity: 'warning',
        params: { label },
        at: at + m.index,
      });
    }
  };

  visit(tree, undefined);
}

/** Returns the sibling after `i` that is not a line break or blank text (a caption's place). */
function nextInFlow(kids: Nodes[], i: number): Nodes | undefined {
  for (let j = i + 1; j < kids.length; j++) {
    const kid = kids[j];
    if (kid.type === 'break' || (kid.type === 'text' && kid.value.trim() === '')) continue;
    return kid;
  }
  return undefined;
}
