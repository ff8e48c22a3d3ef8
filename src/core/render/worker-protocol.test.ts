import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBlockDiff, applyBodyEdit, diffBlocks, type PreviewBlock } from './worker-protocol';

const blocks: PreviewBlock[] = [
  { key: 'a', html: '<p>a</p>', from: 0, to: 1, kind: 'paragraph' },
  { key: 'b', html: '<p>b</p>', from: 3, to: 4, kind: 'paragraph' },
  { key: 'c', html: '<h2 id="x">X</h2>', from: 6, to: 9, kind: 'heading', slugs: ['x'] },
];

describe('block diffs', () => {
  it('sends only the changed stretch, with the blocks after it moved by the shift', () => {
    const after: PreviewBlock[] = [
      blocks[0],
      { key: 'b2', html: '<p>b2</p>', from: 3, to: 5, kind: 'paragraph' },
      { ...blocks[2], from: 7, to: 10 },
    ];
    const diff = diffBlocks(blocks, after, 1);
    expect(diff).toEqual({
      start: 1,
      removed: 1,
      shift: 1,
      blocks: [{ key: 'b2', html: '<p>b2</p>', from: 3, to: 5, kind: 'paragraph' }],
    });
    const merged = applyBlockDiff(blocks, diff);
    expect(merged).toEqual(after);
    // The blocks before the change are the page's own objects.
    expect(merged?.[0]).toBe(blocks[0]);
  });

  it('leaves out HTML the replaced stretch held under the same key', () => {
    // Footnote numbering or a heading id can change a block's offsets without its HTML.
    const after: PreviewBlock[] = [{ ...blocks[0], from: 1, to: 2 }, blocks[1], blocks[2]];
    const diff = diffBlocks(blocks, after, 0);
    expect(diff.blocks).toEqual([{ key: 'a', from: 1, to: 2, kind: 'paragraph' }]);
    expect(applyBlockDiff(blocks, diff)).toEqual(after);
  });

  it('replaces everything on a full reply, and refuses a reply that does not fit', () => {
    const diff = diffBlocks([], blocks, 0);
    expect(applyBlockDiff([blocks[1]], { ...diff, full: true })).toEqual(blocks);
    expect(applyBlockDiff([], { ...diff, start: 1 })).toBeNull();
    const lacking = {
      start: 0,
      removed: 0,
      shift: 0,
      blocks: [{ key: 'a', from: 0, to: 1, kind: 'p' }],
    };
    expect(applyBlockDiff([], lacking)).toBeNull();
  });

  it('rebuilds any list of blocks from any other (property)', () => {
    const block = fc.record({
      key: fc.constantFrom('a', 'b', 'c', 'd'),
      html: fc.constantFrom('<p>1</p>', '<p>2</p>'),
      from: fc.nat(5),
      to: fc.nat(5),
      kind: fc.constantFrom('paragraph', 'heading'),
      slugs: fc.option(fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }), { nil: undefined }),
    });
    const list = fc.array(block, { maxLength: 8 }).map((bs) =>
      bs.map((b) => {
        const { slugs, ...rest } = b;
        return slugs === undefined ? rest : { ...rest, slugs };
      }),
    );
    fc.assert(
      fc.property(list, list, fc.integer({ min: -3, max: 3 }), (before, after, shift) => {
        // No heading ids and an empty list of them are the same (the wire drops empty lists).
        const plain = (bs: PreviewBlock[] | null) =>
          bs?.map(({ slugs, ...b }) => (slugs?.length ? { ...b, slugs } : b));
        expect(plain(applyBlockDiff(before, diffBlocks(before, after, shift)))).toEqual(
          plain(after),
        );
      }),
    );
  });
});

describe('body edits', () => {
  it('makes the new body, or null when the edit does not fit the body', () => {
    expect(applyBodyEdit('one two', { from: 3, to: 4, insert: '-', length: 7 })).toBe('one-two');
    expect(applyBodyEdit('one two', { from: 3, to: 4, insert: '-', length: 8 })).toBeNull();
    expect(applyBodyEdit('one', { from: 2, to: 9, insert: '', length: 2 })).toBeNull();
  });
});
