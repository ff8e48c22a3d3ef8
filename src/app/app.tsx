import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ViewUpdate } from '@codemirror/view';
import welcome from './welcome.md?raw';
import { StatusBar } from './status-bar';
import { MarkdownEditor } from '../features/editor/markdown-editor';
import { EditorToolbar } from '../features/editor/editor-toolbar';
import { formattingKeymap } from '../features/editor/keymap';
import { FrontMatterForm } from '../features/front-matter-form/front-matter-form';
import { useDocument } from '../state/use-document';
import type { Collection } from '../core/schema';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { loadSettings, saveSettings, type AppSettings } from '../features/settings/settings-store';
import { useCollection } from '../features/settings/use-collection';
import { newPostText } from '../core/new-post';
import { PreviewPane } from '../features/preview/preview-pane';
import { createPreviewScrollSync } from '../features/preview/scroll-sync';
import { editorScrollSync } from '../features/preview/editor-scroll-sync';

/** Returns the Pluma workspace: editor, front-matter form and preview of the open post. */
export function App() {
  const [open, setOpen] = useState({ key: 0, text: welcome });
  const [settings, setSettings] = useState(loadSettings);
  const choice = useCollection(settings);
  const changeSettings = (next: AppSettings) => {
    setSettings(next);
    saveSettings(next);
  };
  const newPost = () =>
    setOpen((o) => ({
      key: o.key + 1,
      text: newPostText(choice.collection, new Date(), -new Date().getTimezoneOffset()),
    }));
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Pluma</h1>
        <button type="button" onClick={newPost}>
          New post
        </button>
        <span className="header-spacer" />
        <SettingsDialog settings={settings} choice={choice} onChange={changeSettings} />
      </header>
      <Workspace
        key={open.key}
        initialText={open.text}
        collection={choice.collection}
        siteUrl={settings.siteUrl}
      />
    </div>
  );
}

interface WorkspaceProps {
  initialText: string;
  collection: Collection;
  siteUrl: string;
}

function Workspace({ initialText, collection, siteUrl }: WorkspaceProps) {
  const doc = useDocument(initialText);
  const [line, setLine] = useState(1);
  // The status bar's word count may lag a keystroke; the preview and form may not.
  const deferredBody = useDeferredValue(doc.post.body);
  const post = doc.post;
  const lang = typeof post.data.lang === 'string' ? post.data.lang : (collection.lang ?? 'es');
  const [scrollSync] = useState(createPreviewScrollSync);
  const extensions = useMemo(
    () => [formattingKeymap(), editorScrollSync(scrollSync)],
    [scrollSync],
  );
  const onUpdate = useCallback((u: ViewUpdate) => {
    if (u.selectionSet || u.docChanged) {
      setLine(u.state.doc.lineAt(u.state.selection.main.head).number);
    }
  }, []);
  return (
    <>
      <main className="workspace">
        <section className="pane pane-form" aria-label="Fields">
          {doc.editError && (
            <p role="alert" className="edit-error">
              {doc.editError}
            </p>
          )}
          <FrontMatterForm
            collection={collection}
            post={doc.post}
            onSet={doc.setField}
            onReplace={doc.replaceRange}
          />
        </section>
        <section className="pane pane-editor" aria-label="Editor">
          <EditorToolbar viewRef={doc.viewRef} />
          <MarkdownEditor
            initialText={initialText}
            lineSeparator={doc.lineSeparator}
            lang={lang}
            onText={doc.onText}
            onUpdate={onUpdate}
            onView={doc.onView}
            extraExtensions={extensions}
          />
        </section>
        <section className="pane pane-preview" aria-label="Preview pane">
          <PreviewPane
            text={post.text}
            post={post}
            siteUrl={siteUrl}
            lang={lang === 'en' ? 'en' : 'es'}
            scrollSync={scrollSync}
          />
        </section>
      </main>
      <StatusBar body={deferredBody} line={line} saveState="Not saved yet" />
    </>
  );
}
