/**
 * Stored images in the preview: a draft's dropped or pasted images live in IndexedDB, and the
 * post refers to them by their path in the blog's repository. The frame controller points each
 * `img` whose source the resolver knows at the stored image's object URL, keeping the written
 * source in `data-pluma-src`, as blocks and the header are written.
 */

/** Maps an image source as the preview wrote it to the URL to show instead, or null. */
export type ImageResolver = (src: string) => string | null;

const ORIGINAL = 'data-pluma-src';

/** Points every `img` under `root` at what `resolve` maps its written source to (mutates DOM). */
export function resolveImages(root: ParentNode, resolve: ImageResolver | null): void {
  for (const img of root.querySelectorAll('img')) {
    const written = img.getAttribute(ORIGINAL) ?? img.getAttribute('src');
    if (!written) continue;
    const url = resolve?.(written) ?? null;
    if (url && img.getAttribute('src') !== url) {
      img.setAttribute(ORIGINAL, written);
      img.setAttribute('src', url);
    } else if (!url && img.hasAttribute(ORIGINAL)) {
      img.setAttribute('src', written);
      img.removeAttribute(ORIGINAL);
    }
  }
}
