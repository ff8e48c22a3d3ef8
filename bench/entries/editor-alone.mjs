// Page entry of the bench: the baselines of issue 15's edits and of the long session.
// `openEditorAlone` puts on a blank page either the app's editor component (markdown-editor.tsx,
// with its own extensions) without the app around it, or CodeMirror with GFM Markdown and line
// wrapping only, and tells the bench's typing probes when each key reached its text.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { MarkdownEditor } from '../../src/features/editor/markdown-editor.tsx';
// What the app's preview says once it shows the post: the editor's warm-up and deferred tools
// wait for it (state/after-editor.ts). The bench says it when the app's preview would.
export { previewShown } from '../../src/state/after-editor.ts';

/**
 * Shows `doc` in an editor of `setup` ('editor': the app's editor; 'codemirror': CodeMirror with
 * Markdown and line wrapping) placed and lettered as `box` says (the app's editor's left, top,
 * width, height, and the font of its scroller, line height included), and returns true. The
 * first change of its text after a key's keydown is that key's `text` moment for the bench's
 * typing probes (page-probes.mjs): for the app's editor when it hands the text on (its `onText`,
 * where the app's store and preview take over), for CodeMirror in its update.
 */
export function openEditorAlone({ doc, setup, box }) {
  const changed = () => {
    const key = window.__plumaBench?.cur;
    if (key && key.down !== undefined) key.text ??= performance.now();
  };
  const host = document.createElement('div');
  host.id = 'editor-alone';
  Object.assign(host.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
  // Over CodeMirror's base theme (monospace, line height 1.4), as the app's stylesheet does.
  const style = document.createElement('style');
  style.textContent =
    'body { margin: 0 } #editor-alone .markdown-editor, #editor-alone .cm-editor { height: 100% }' +
    ` #editor-alone .cm-scroller { font: ${box.font} }`;
  document.head.append(style);
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
