/** Showing a draft's stored images inside the preview frame. */

const ORIGINAL = 'data-pluma-src';

/** Points every `img` under `root` whose src `resolve` knows at the stored image (mutates DOM). */
function rewrite(root: ParentNode, resolve: (src: string) => string | null): void {
  for (const img of root.querySelectorAll('img')) {
    const written = img.getAttribute(ORIGINAL) ?? img.getAttribute('src');
    if (!written) continue;
    const url = resolve(written);
    if (url && img.getAttribute('src') !== url) {
      img.setAttribute(ORIGINAL, written);
      img.setAttribute('src', url);
    } else if (!url && img.hasAttribute(ORIGINAL)) {
      img.setAttribute('src', written);
      img.removeAttribute(ORIGINAL);
    }
  }
}

/**
 * Keeps the images of `iframe`'s document (a same-origin preview frame) pointed at the stored
 * images `resolve` maps them to (see `imageUrlResolver`), now and after every change of the
 * frame's DOM or a reload of the frame. The written URL is kept in `data-pluma-src`. Returns the
 * function that stops it.
 */
export function watchFrameImages(
  iframe: HTMLIFrameElement,
  resolve: (src: string) => string | null,
): () => void {
  let observer: MutationObserver | null = null;
  const attach = () => {
    observer?.disconnect();
    const doc = iframe.contentDocument;
    if (!doc?.body) return;
    rewrite(doc.body, resolve);
    observer = new MutationObserver(() => rewrite(doc.body, resolve));
    observer.observe(doc.body, { childList: true, subtree: true, attributeFilter: ['src'] });
  };
  attach();
  iframe.addEventListener('load', attach);
  return () => {
    iframe.removeEventListener('load', attach);
    observer?.disconnect();
  };
}
