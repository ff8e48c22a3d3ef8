import { useMemo } from 'react';
import CodeMirror, { EditorView, type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import type { Extension } from '@codemirror/state';
import { contentAttributes, markdownWithFrontMatter } from './extensions';

interface MarkdownEditorProps {
  /** The post's full text; only used to create the editor's initial document. */
  initialText: string;
  lang: string;
  onChange: (text: string) => void;
  editorRef?: React.Ref<ReactCodeMirrorRef>;
  extraExtensions?: Extension[];
}

/** Returns the CodeMirror editor of the whole post text (front matter included). */
export function MarkdownEditor({
  initialText,
  lang,
  onChange,
  editorRef,
  extraExtensions,
}: MarkdownEditorProps) {
  const extensions = useMemo(
    () => [
      markdownWithFrontMatter(),
      EditorView.lineWrapping,
      contentAttributes(lang),
      ...(extraExtensions ?? []),
    ],
    [lang, extraExtensions],
  );
  return (
    <CodeMirror
      ref={editorRef}
      className="markdown-editor"
      value={initialText}
      height="100%"
      basicSetup={{
        lineNumbers: true,
        foldGutter: true,
        highlightActiveLine: true,
        closeBrackets: true,
        searchKeymap: true,
        autocompletion: false,
      }}
      extensions={extensions}
      onChange={onChange}
    />
  );
}
