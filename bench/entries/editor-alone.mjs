// Page entry of the bench: the baselines of the CPU a key costs (issue 15). `openEditorAlone`
// puts on a blank page either the app's own editor (its React component with all its extensions,
// markdown-editor.tsx) without the app around it, or CodeMirror with GFM Markdown and line
// wrapping only.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { MarkdownEditor } from '../../src/features/editor/markdown-editor.tsx';

/**
 * Shows `doc` in an editor of `setup` ('editor': the app's editor; 'codemirror': CodeMirror with
 * Markdown and line wrapping) placed and lettered as `box` says (the app's editor's left, top,
 * width, height and font), and returns true.
 */
export function openEditorAlone({ doc, setup, box }) {
  const host = document.createElement('div');
  Object.assign(host.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    font: box.font,
  });
  const fill = document.createElement('style');
  fill.textContent = 'body { margin: 0 } .markdown-editor, .cm-editor { height: 100% }';
  document.head.append(fill);
  document.body.append(host);
  if (setup === 'codemirror') {
    const extensions = [markdown({ base: markdownLanguage }), EditorView.lineWrapping];
    new EditorView({ state: EditorState.create({ doc, extensions }), parent: host });
  } else {
    const props = { initialText: doc, lineSeparator: '\n', lang: 'es', onText: () => {} };
    createRoot(host).render(createElement(MarkdownEditor, props));
  }
  return true;
}
