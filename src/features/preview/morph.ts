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

/**
 * Makes `old`'s attributes those of `next`, in its order too (the element then serializes as
 * `next` does): values change in place when the names are the same, in the same order; else
 * they are written again in `next`'s order.
 */
function syncAttributes(old: Element, next: Element): void {
  const have = old.attributes;
  const want = next.attributes;
  let sameNames = have.length === want.length;
  for (let i = 0; sameNames && i < want.length; i++) sameNames = have[i].name === want[i].name;
  if (sameNames) {
    for (const { name, value } of [...want]) {
      if (old.getAttribute(name) !== value) old.setAttribute(name, value);
    }
    return;
  }
  for (const { name } of [...have]) old.removeAttribute(name);
  for (const { name, value } of [...want]) old.setAttribute(name, value);
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
