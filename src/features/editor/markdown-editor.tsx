import { useCallback, useEffect, useMemo } from 'react';
import { EditorState, EditorView, useCodeMirror, type ViewUpdate } from '@uiw/react-codemirror';
import type { Extension } from '@codemirror/state';
import { useLang } from '../../i18n/i18n';
import { contentAttributes, markdownWithFrontMatter, writingKeys } from './extensions';
import { editorPhrases } from './phrases';

interface MarkdownEditorProps {
  /** The post's full text when the editor is created; later changes come from the editor. */
  initialText: string;
  /** The document's line break, kept exactly so that the text round-trips byte for byte. */
  lineSeparator: string;
  lang: string;
  /** Called with the whole text (line breaks as in the file) after every change. */
  onText: (text: string) => void;
  onUpdate?: (update: ViewUpdate) => void;
  /** Receives the editor's view once it exists, and null when it goes. */
  onView?: (view: EditorView | null) => void;
  extraExtensions?: Extension[];
  /** Dark colours for the editor (the app's dark theme). */
  dark?: boolean;
}

const basicSetup = {
  lineNumbers: true,
  foldGutter: true,
  highlightActiveLine: true,
  closeBrackets: true,
  searchKeymap: true,
  autocompletion: false,
};

/**
 * Returns the CodeMirror editor of the whole post text (front matter included). It owns its
 * document once created (remount it with a `key` to open another one): the initial text goes in
 * through `initialState` and no `value` is given, so react-codemirror never replaces the
 * document from a prop (its component would, as it defaults `value` to '').
 */
export function MarkdownEditor({
  initialText,
  lineSeparator,
  lang,
  onText,
  onUpdate,
  onView,
  extraExtensions,
  dark = false,
}: MarkdownEditorProps) {
  const uiLang = useLang();
  const extensions = useMemo(
    () => [
      EditorState.lineSeparator.of(lineSeparator),
      editorPhrases(uiLang),
      markdownWithFrontMatter(),
      writingKeys(),
      EditorView.lineWrapping,
      contentAttributes(lang),
      ...(extraExtensions ?? []),
    ],
    [lineSeparator, lang, uiLang, extraExtensions],
  );
  const [initialState] = useMemo(
    () => [
      { json: { doc: initialText, selection: { ranges: [{ anchor: 0, head: 0 }], main: 0 } } },
    ],
    // The editor reads its initial state once; later texts come from the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const handleUpdate = useCallback(
    (update: ViewUpdate) => {
      if (update.docChanged) onText(update.state.sliceDoc());
      onUpdate?.(update);
    },
    [onText, onUpdate],
  );
  const { setContainer, view } = useCodeMirror({
    height: '100%',
    theme: dark ? 'dark' : 'light',
    initialState,
    basicSetup,
    extensions,
    onUpdate: handleUpdate,
  });
  useEffect(() => {
    onView?.(view ?? null);
    return () => onView?.(null);
  }, [view, onView]);
  return <div className="markdown-editor" ref={setContainer} />;
}
