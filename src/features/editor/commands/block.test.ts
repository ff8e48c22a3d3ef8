import { describe, expect, it } from 'vitest';
import { toggleCodeBlock } from './block';
import { applyMarked } from './marked-state';

describe('toggleCodeBlock', () => {
  it('fences the selected lines and removes the fences again', () => {
    const marked = 'Texto\n⟨const a = 1;\nconst b = 2;⟩\nMás';
    expect(applyMarked(toggleCodeBlock, marked)).toBe(
      'Texto\n```\n⟨const a = 1;\nconst b = 2;⟩\n```\nMás',
    );
    expect(applyMarked(toggleCodeBlock, marked, 2)).toBe(marked);
  });

  it('turns an empty line into an empty block with the cursor inside', () => {
    expect(applyMarked(toggleCodeBlock, 'a\n‸\nb')).toBe('a\n```\n‸\n```\nb');
    expect(applyMarked(toggleCodeBlock, 'a\n‸\nb', 2)).toBe('a\n‸\nb');
    expect(applyMarked(toggleCodeBlock, '‸', 2)).toBe('‸');
  });

  it('removes the block a cursor is anywhere inside, fences included', () => {
    const doc = '```js\nuno\ndos\ntres\n```';
    expect(applyMarked(toggleCodeBlock, doc.replace('dos', 'd‸os'))).toBe('uno\nd‸os\ntres');
    expect(applyMarked(toggleCodeBlock, `⟨${doc}⟩`)).toBe('⟨uno\ndos\ntres⟩');
    expect(applyMarked(toggleCodeBlock, '~~~\nx‸\n~~~')).toBe('x‸');
  });

  it('does not take the lines after a closed block for code', () => {
    expect(applyMarked(toggleCodeBlock, '```\na\n```\nb‸')).toBe('```\na\n```\n```\nb‸\n```');
  });

  it('uses a longer fence around lines holding a fence', () => {
    const marked = '⟨```\ncode\n```⟩';
    // The selection is a fenced block itself, so it is unfenced; a cursor outside wraps instead.
    expect(applyMarked(toggleCodeBlock, marked)).toBe('⟨code⟩');
    expect(applyMarked(toggleCodeBlock, 'ver:‸\n```\nx')).toBe('```\nver:‸\n```\n```\nx');
    const withFence = '⟨Ejemplo:\n```\nx\n```⟩';
    expect(applyMarked(toggleCodeBlock, withFence)).toBe('````\n⟨Ejemplo:\n```\nx\n```⟩\n````');
    expect(applyMarked(toggleCodeBlock, withFence, 2)).toBe(withFence);
  });

  it('fences each selection', () => {
    expect(applyMarked(toggleCodeBlock, 'a‸\n\nb‸')).toBe('```\na‸\n```\n\n```\nb‸\n```');
  });
});
