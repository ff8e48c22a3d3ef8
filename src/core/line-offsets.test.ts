import { describe, expect, it, vi } from 'vitest';
import { EditorState } from '@codemirror/state';
import { textToDocPos } from './line-offsets';

describe('editor positions and text offsets', () => {
  const text = 'a\r\nbc\nd\r\n\r\nend';
  const state = EditorState.create({
    doc: text,
    extensions: [EditorState.lineSeparator.of('\r\n')],
  });

  it('agree with CodeMirror on every offset that is not inside a \\r\\n pair', () => {
    expect(state.sliceDoc()).toBe(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      const pos = textToDocPos(text, offset, '\r\n');
      expect(state.sliceDoc(0, pos)).toBe(text.slice(0, offset));
    }
  });

  it('are the identity for \\n documents', () => {
    expect(textToDocPos('a\nb', 2, '\n')).toBe(2);
  });

  it('read a text given as a function only for \\r\\n documents', () => {
    const read = vi.fn(() => text);
    expect(textToDocPos(read, 9, '\n')).toBe(9);
    expect(read).not.toHaveBeenCalled();
    expect(textToDocPos(read, 9, '\r\n')).toBe(textToDocPos(text, 9, '\r\n'));
    expect(read).toHaveBeenCalledTimes(1);
  });
});
