import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHUNK_CLASS, CHUNK_SIZE } from './block-chunks';
import { createBlockPatcher } from './block-patcher';
import type { PreviewBlock } from '../../core/render/worker-protocol';

let moves = 0;

/** The little of the DOM the patcher uses: elements with children, HTML and a document. */
class FakeElement {
  children: FakeElement[] = [];
  parentElement: FakeElement | null = null;
  className = '';
  html = '';
  constructor(readonly ownerDocument: { createElement: () => FakeElement }) {}
  set innerHTML(html: string) {
    this.html = html;
  }
  get parentNode(): FakeElement | null {
    return this.parentElement;
  }
  get childElementCount(): number {
    return this.children.length;
  }
  get lastElementChild(): FakeElement | null {
    return this.children.at(-1) ?? null;
  }
  private sibling(step: number): FakeElement | null {
    const siblings = this.parentElement?.children ?? [];
    return siblings[siblings.indexOf(this) + step] ?? null;
  }
  get nextElementSibling(): FakeElement | null {
    return this.sibling(1);
  }
  get nextSibling(): FakeElement | null {
    return this.sibling(1);
  }
  get previousElementSibling(): FakeElement | null {
    return this.sibling(-1);
  }
  remove() {
    if (!this.parentElement) return;
    this.parentElement.children.splice(this.parentElement.children.indexOf(this), 1);
    this.parentElement = null;
  }
  insertBefore(node: FakeElement, before: FakeElement | null): FakeElement {
    if (node.parentElement) moves++;
    node.remove();
    const at = before ? this.children.indexOf(before) : this.children.length;
    if (at < 0) throw new Error('anchor not a child');
    this.children.splice(at, 0, node);
    node.parentElement = this;
    return node;
  }
  appendChild(node: FakeElement): FakeElement {
    return this.insertBefore(node, null);
  }
  append(...nodes: FakeElement[]) {
    for (const node of nodes) this.insertBefore(node, null);
  }
  prepend(...nodes: FakeElement[]) {
    const first = this.children[0] ?? null;
    for (const node of nodes) this.insertBefore(node, first);
  }
  replaceChildren() {
    for (const child of [...this.children]) child.remove();
  }
}

function setup() {
  const doc = { createElement: (): FakeElement => new FakeElement(doc) };
  const container = new FakeElement(doc);
  // What the page does with morph.ts, as this fake DOM holds it: the element gets the new HTML.
  const sync = (node: HTMLElement, html: string) => ((node as unknown as FakeElement).html = html);
  const patcher = createBlockPatcher(container as unknown as HTMLElement, undefined, { sync });
  /** Returns the block elements in the container's order, checking the chunks on the way. */
  const shown = () => {
    for (const chunk of container.children) {
      expect(chunk.className).toBe(CHUNK_CLASS);
      expect(chunk.children.length).toBeGreaterThan(0);
      expect(chunk.children.length).toBeLessThanOrEqual(2 * CHUNK_SIZE);
    }
    return container.children.flatMap((chunk) => chunk.children);
  };
  return { container, patcher, shown };
}

const block = (key: string, html = `<p>${key}</p>`, from = 0): PreviewBlock => ({
  key,
  html,
  from,
  to: from + 1,
  kind: 'paragraph',
});

describe('createBlockPatcher', () => {
  it('touches only the block that changed, whatever moved after it', () => {
    const { patcher, shown } = setup();
    const blocks = ['a', 'b', 'c', 'd'].map((k, i) => block(k, undefined, i * 3));
    expect(patcher.patch(blocks)).toBe(4);
    const before = shown();
    moves = 0;
    const next = [
      blocks[0],
      block('b2', '<p>b!</p>', 3),
      ...blocks.slice(2).map((b) => ({ ...b, from: b.from + 1 })),
    ];
    expect(patcher.patch(next)).toBe(1);
    expect(moves).toBe(0);
    const after = shown();
    expect(after.map((c) => c.html)).toEqual(['<p>a</p>', '<p>b!</p>', '<p>c</p>', '<p>d</p>']);
    expect(after[0]).toBe(before[0]);
    // The changed block's element is kept too, its HTML synced (what did not change stays).
    expect(after[1]).toBe(before[1]);
    expect(after.slice(2)).toEqual(before.slice(2));
    expect(patcher.elements()).toEqual(after);
  });

  it('keeps the element of a block whose key stayed, when a block is added before it', () => {
    const { patcher, shown } = setup();
    patcher.patch([block('a'), block('b')]);
    const b = shown()[1];
    moves = 0;
    patcher.patch([block('a'), block('n'), block('b')]);
    expect(shown()[2]).toBe(b);
    expect(moves).toBe(0);
  });

  it('groups a long post in chunks, and keeps them sized as blocks come and go', () => {
    const { container, patcher, shown } = setup();
    const many = Array.from({ length: 5 * CHUNK_SIZE }, (_, i) => block(`k${i}`));
    patcher.patch(many);
    expect(container.children.length).toBeGreaterThan(2);
    expect(shown().map((c) => c.html)).toEqual(many.map((b) => b.html));
    // A paste of many blocks in the middle, then most of the post deleted.
    const pasted = Array.from({ length: 3 * CHUNK_SIZE }, (_, i) => block(`p${i}`));
    const grown = [...many.slice(0, 100), ...pasted, ...many.slice(100)];
    patcher.patch(grown);
    expect(shown().map((c) => c.html)).toEqual(grown.map((b) => b.html));
    const cut = [...grown.slice(0, 3), ...grown.slice(-2)];
    patcher.patch(cut);
    expect(shown().map((c) => c.html)).toEqual(cut.map((b) => b.html));
    expect(container.children.length).toBe(1);
  });

  it('shows any list of blocks after any other, reusing what it can (property)', () => {
    const keys = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const list = fc.array(fc.record({ key: keys, html: fc.constantFrom('1', '2') }), {
      maxLength: 3 * CHUNK_SIZE,
    });
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 5 }), (lists) => {
        const { patcher, shown } = setup();
        for (const l of lists) {
          const blocks = l.map(({ key, html }) => block(key, html));
          patcher.patch(blocks);
          const elements = shown();
          expect(elements.map((c) => c.html)).toEqual(blocks.map((b) => b.html));
          expect(patcher.elements()).toEqual(elements);
        }
      }),
      { numRuns: 200 },
    );
  });
});
