import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { oneDark } from '@codemirror/theme-one-dark';
import { editorTheme, loadDarkTheme } from './setup';

/** Whether the theme extension says it is dark, as CodeMirror reads it. */
const isDark = (theme: ReturnType<typeof editorTheme>) =>
  EditorState.create({ extensions: theme }).facet(EditorView.darkTheme);

describe('editorTheme', () => {
  it('is dark from the start in dark mode, and One Dark itself once it has loaded', async () => {
    expect(isDark(editorTheme(false))).toBe(false);
    const before = editorTheme(true);
    expect(isDark(before)).toBe(true);
    expect(before).not.toBe(oneDark);
    await loadDarkTheme();
    expect(editorTheme(true)).toBe(oneDark);
    expect(isDark(editorTheme(false))).toBe(false);
  });
});
