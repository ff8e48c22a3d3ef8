import { EditorView } from '@codemirror/view';
import { useT } from '../i18n/i18n';
import './skip-link.css';

/** Puts the caret in the Markdown editor inside `#editor`; returns false when there is none. */
function focusEditor(): boolean {
  const editor = document.querySelector<HTMLElement>('#editor .cm-editor');
  const view = editor ? EditorView.findFromDOM(editor) : null;
  if (!view) return false;
  view.focus();
  return true;
}

/**
 * Returns `Skip to editor`, the page's first stop for Tab: hidden until it has focus, it moves
 * focus into the Markdown editor past the header, the files bar and the form.
 */
export function SkipLink() {
  const t = useT();
  return (
    <a
      className="skip-link"
      href="#editor"
      onClick={(e) => {
        if (focusEditor()) e.preventDefault();
      }}
    >
      {t('app.skipToEditor')}
    </a>
  );
}
