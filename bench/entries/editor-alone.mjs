// Page entry of the bench: the baselines of issue 15's edits. `openEditorAlone` puts on a blank
// page either the app's own editor (its React component with all its extensions,
// markdown-editor.tsx) without the app around it, or CodeMirror with GFM Markdown and line
// wrapping only, and records on `window.__aloneChanges` when each edit reached its text.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { MarkdownEditor } from '../../src/features/editor/markdown-editor.tsx';

/**
 * Shows `doc` in an editor of `setup` ('editor': the app's editor; 'codemirror': CodeMirror with
 * Markdown and line wrapping) placed and lettered as `box` says (the app's editor's left, top,
 * width, height and font), and returns true. Each change of its text pushes performance.now()
 * to `window.__aloneChanges`: for the app's editor when it hands the text on (its `onText`,
 * where the app's store and preview take over), for CodeMirror in its update.
 */
export function openEditorAlone({ doc, setup, box }) {
  const changes = [];
  window.__aloneChanges = changes;
  const changed = () => changes.push(performance.now());
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
    const extensions = [
      markdown({ base: markdownLanguage }),
      EditorView.lineWrapping,
      EditorView.updateListener.of((u) => u.docChanged && changed()),
    ];
    new EditorView({ state: EditorState.create({ doc, extensions }), parent: host });
  } else {
    const props = { initialText: doc, lineSeparator: '\n', lang: 'es', onText: changed };
    createRoot(host).render(createElement(MarkdownEditor, props));
  }
  return true;
}
