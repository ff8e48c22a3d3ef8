import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../core/post';
import { editorPosOf, textOffsetOf } from './scroll-positions';
import { SAMPLE_POST, readPostFile } from '../../../fixtures/paths.mjs';

const stateOf = (text: string, lineSeparator?: string) =>
  EditorState.create({
    doc: text,
    extensions: lineSeparator ? EditorState.lineSeparator.of(lineSeparator) : [],
  });

describe('scroll positions', () => {
  const lf = readPostFile(SAMPLE_POST);
  const crlf = lf.replaceAll('\n', '\r\n');

  it('map a CRLF post’s editor positions to the text offsets of the same places', () => {
    const state = stateOf(crlf, '\r\n');
    const body = parsePost(crlf).ranges.body.from;
    const bodyPos = editorPosOf(state, body);
    // The same character at both ends: the body's first one.
    const shown = state.sliceDoc(bodyPos, bodyPos + 20);
    expect(crlf.slice(body, body + shown.length)).toBe(shown);
    expect(textOffsetOf(state, bodyPos)).toBe(body);
    for (const line of [1, 5, 12, state.doc.lines]) {
      const from = state.doc.line(line).from;
      const offset = textOffsetOf(state, from);
      const shown = state.sliceDoc(from, from + 5);
      expect(crlf.slice(offset, offset + shown.length)).toBe(shown);
      expect(editorPosOf(state, offset)).toBe(from);
    }
    expect(editorPosOf(state, -5)).toBe(0);
    expect(editorPosOf(state, crlf.length)).toBe(state.doc.length);
    expect(editorPosOf(state, crlf.length + 50)).toBe(state.doc.length);
  });

  it('are the identity for LF posts', () => {
    const state = stateOf(lf);
    expect(textOffsetOf(state, 300)).toBe(300);
    expect(editorPosOf(state, 300)).toBe(300);
    expect(editorPosOf(state, lf.length + 50)).toBe(lf.length);
  });
});
