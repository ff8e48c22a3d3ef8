import { describe, expect, it } from 'vitest';
import { blockIndexAtOffset, createPreviewScrollSync, ECHO_WINDOW_MS } from './scroll-sync';

function setup() {
  let time = 1000;
  const sync = createPreviewScrollSync(() => time);
  const scrolledTo: number[] = [];
  const reported: number[] = [];
  sync.connect({ scrollToOffset: (o) => scrolledTo.push(o) });
  sync.onPreviewScroll((o) => reported.push(o));
  return { sync, scrolledTo, reported, advance: (ms: number) => (time += ms) };
}

describe('createPreviewScrollSync', () => {
  it('passes editor offsets to the preview and preview offsets to the editor', () => {
    const { sync, scrolledTo, reported, advance } = setup();
    sync.scrollPreviewToOffset(120);
    expect(scrolledTo).toEqual([120]);
    advance(ECHO_WINDOW_MS + 1);
    sync.reportPreviewScroll(300);
    expect(reported).toEqual([300]);
  });

  it('ignores the echo of its own move in both directions', () => {
    const { sync, scrolledTo, reported, advance } = setup();
    sync.scrollPreviewToOffset(120);
    sync.reportPreviewScroll(118);
    expect(reported).toEqual([]);
    advance(ECHO_WINDOW_MS + 1);
    sync.reportPreviewScroll(400);
    sync.scrollPreviewToOffset(390);
    expect(scrolledTo).toEqual([120]);
    advance(ECHO_WINDOW_MS + 1);
    sync.scrollPreviewToOffset(500);
    expect(scrolledTo).toEqual([120, 500]);
  });

  it('stops calling a listener after unsubscribe and a target after disconnect', () => {
    let time = 0;
    const sync = createPreviewScrollSync(() => (time += 1000));
    const reported: number[] = [];
    const off = sync.onPreviewScroll((o) => reported.push(o));
    off();
    sync.reportPreviewScroll(5);
    expect(reported).toEqual([]);
    const scrolled: number[] = [];
    const disconnect = sync.connect({ scrollToOffset: (o) => scrolled.push(o) });
    disconnect();
    sync.scrollPreviewToOffset(5);
    expect(scrolled).toEqual([]);
  });
});

describe('blockIndexAtOffset', () => {
  const ranges = [
    { from: 10, to: 20 },
    { from: 22, to: 40 },
    { from: 42, to: 50 },
  ];
  it('finds the block holding an offset, the next one between blocks, the last past the end', () => {
    expect(blockIndexAtOffset(ranges, 0)).toBe(0);
    expect(blockIndexAtOffset(ranges, 15)).toBe(0);
    expect(blockIndexAtOffset(ranges, 21)).toBe(1);
    expect(blockIndexAtOffset(ranges, 45)).toBe(2);
    expect(blockIndexAtOffset(ranges, 99)).toBe(2);
    expect(blockIndexAtOffset([], 5)).toBe(-1);
  });
});
