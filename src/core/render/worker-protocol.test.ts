import { describe, expect, it } from 'vitest';
import { mergeWireBlocks, sentAfter, toWireBlocks, type PreviewBlock } from './worker-protocol';

const blocks: PreviewBlock[] = [
  { key: 'a', html: '<p>a</p>', from: 0, to: 1, kind: 'paragraph' },
  { key: 'b', html: '<p>b2</p>', from: 3, to: 5, kind: 'paragraph' },
  { key: 'c', html: '<h2 id="x">X</h2>', from: 5, to: 9, kind: 'heading', slugs: ['x'] },
];

describe('wire blocks', () => {
  it('sends only HTML the page lacks and merges back to the same blocks', () => {
    const sent = new Map([
      ['a', '<p>a</p>'],
      ['b', '<p>b</p>'],
      ['c', '<h2 id="x">X</h2>'],
    ]);
    const wire = toWireBlocks(blocks, sent);
    expect(wire[0].html).toBeUndefined();
    expect(wire[1].html).toBe('<p>b2</p>');
    expect(wire[2]).toEqual({ key: 'c', from: 5, to: 9, kind: 'heading', slugs: ['x'] });
    expect(mergeWireBlocks(wire, sent)).toEqual(blocks);
    expect(sentAfter(blocks).get('b')).toBe('<p>b2</p>');
  });

  it('returns null when a block is neither sent nor known', () => {
    expect(mergeWireBlocks(toWireBlocks(blocks, sentAfter(blocks)), new Map())).toBeNull();
  });
});
