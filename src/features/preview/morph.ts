/**
 * Brings a part of the frame's document up to date with a freshly built copy by changing only
 * what differs: elements of the same tag are kept and their attributes, text and children
 * synced. Editing the title then changes the title's text and the image's `alt`, and the image
 * itself (same `src`) is not replaced, so it does not load again.
 */

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

/** Returns true when `next` can be synced into `old` instead of replacing it. */
function sameKind(old: Node, next: Node): boolean {
  return old.nodeType === next.nodeType && old.nodeName === next.nodeName;
}

function syncAttributes(old: Element, next: Element): void {
  for (const { name, value } of [...next.attributes]) {
    if (old.getAttribute(name) !== value) old.setAttribute(name, value);
  }
  for (const { name } of [...old.attributes]) {
    if (!next.hasAttribute(name)) old.removeAttribute(name);
  }
}

/**
 * Makes the children of `target` equal to those of `source` (nodes of the same document; the
 * source's nodes are moved into the target where they are new). Mutates both.
 */
export function morphChildren(target: Node, source: Node): void {
  const wanted = [...source.childNodes];
  wanted.forEach((next, index) => {
    const old = target.childNodes[index];
    if (!old) {
      target.appendChild(next);
    } else if (!sameKind(old, next)) {
      target.replaceChild(next, old);
    } else if (old.nodeType === TEXT || old.nodeType === COMMENT) {
      if (old.nodeValue !== next.nodeValue) old.nodeValue = next.nodeValue;
    } else {
      if (old.nodeType === ELEMENT) syncAttributes(old as Element, next as Element);
      morphChildren(old, next);
    }
  });
  while (target.childNodes.length > wanted.length) target.lastChild?.remove();
}
