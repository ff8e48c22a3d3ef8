import { useCallback, useMemo, useState } from 'react';
import type { ViewUpdate } from '@codemirror/view';
import { StatusBar } from './status-bar';
import { useT } from '../i18n/i18n';
import { useImageDrop } from './use-image-drop';
import type { Layout } from './use-layout';
import { WorkspaceGrid } from './workspace-grid';
import { useWorkspaceChecks, type WorkspaceChecks } from './use-workspace-checks';
import type { Collection } from '../core/schema';
import type { PlumaDb } from '../storage';
import { useDocument } from '../state/use-document';
import { MarkdownEditor } from '../features/editor/markdown-editor';
import { EditorToolbar } from '../features/editor/editor-toolbar';
import { formattingKeymap } from '../features/editor/keymap';
import { FrontMatterForm } from '../features/front-matter-form/front-matter-form';
import { PreviewPane } from '../features/preview/preview-pane';
import { createPreviewScrollSync } from '../features/preview/scroll-sync';
import { editorScrollSync } from '../features/preview/editor-scroll-sync';
import type { StylesheetSource } from '../features/preview/stylesheet';
import {
  ImportExportBar,
  SaveToFileButton,
  type Importer,
  type RestoredDraft,
} from '../features/import-export';

interface WorkspaceProps {
  initialText: string;
  collection: Collection;
  siteUrl: string;
  db: PlumaDb | null;
  draftId: string | null;
  importer: Importer;
  saveState: string;
  onChange: (text: string) => void;
  /**
   * Extra header controls for the open draft (History, Publish), given its current text and the
   * checks' sentences for a text (see `useWorkspaceChecks`).
   */
  draftTools?: (getText: () => string, checks: WorkspaceChecks['sentences']) => React.ReactNode;
  layout: Layout;
  onLayout: (change: Partial<Layout>) => void;
  theme: 'light' | 'dark';
  /** The file of a post opened from the blog folder, to save back to. */
  fileHandle?: FileSystemFileHandle;
  onOpenFile: (name: string, text: string, handle: FileSystemFileHandle) => void;
  /** Given the opened blog folder's `_config.yml` text, or null when it has none. */
  onSiteConfig?: (configText: string | null) => void;
  /** The name of the file the draft came from, whose date the form compares with the field. */
  sourceName?: string;
  /** Given the drafts a backup restore stored. */
  onRestored?: (drafts: RestoredDraft[]) => void;
  /** The repository file the draft was opened from or published to, when it was. */
  repoPath?: string;
  /** The connected repository's posts, which the checks compare the post with. */
  repoPosts?: readonly { path: string; title: string }[];
  /** The blog's stylesheet for the preview (a stored setting), and its change. */
  stylesheet: StylesheetSource;
  onStylesheet: (stylesheet: StylesheetSource) => void;
}

/** Returns the workspace of one open post: files bar, form, editor, preview and status bar. */
export function Workspace(props: WorkspaceProps) {
  const { initialText, collection, siteUrl, db, draftId, importer, saveState, onChange } = props;
  const t = useT();
  const doc = useDocument(initialText, onChange);
  // The store holds the editor's latest text, read at the moment a tool acts (Publish).
  const getText = useCallback(() => doc.store.get().text, [doc.store]);
  const [line, setLine] = useState(1);
  const post = doc.post;
  const lang = typeof post.data.lang === 'string' ? post.data.lang : (collection.lang ?? 'es');
  const [scrollSync] = useState(createPreviewScrollSync);
  const images = useImageDrop(db, draftId, collection);
  const checks = useWorkspaceChecks({
    doc,
    db,
    draftId,
    collection,
    fileName: props.repoPath ?? props.sourceName,
    imagesVersion: images.imageUrls,
    repoPosts: props.repoPosts,
  });
  const extensions = useMemo(
    () => [formattingKeymap(), editorScrollSync(scrollSync), images.dropExtension],
    [scrollSync, images.dropExtension],
  );
  const onUpdate = useCallback((u: ViewUpdate) => {
    if (u.selectionSet || u.docChanged) {
      setLine(u.state.doc.lineAt(u.state.selection.main.head).number);
    }
  }, []);
  const form = (
    <>
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
        onHistory={doc.history}
        filename={props.sourceName}
      />
    </>
  );
  const editor = (
    <>
      <EditorToolbar viewRef={doc.viewRef} />
      <MarkdownEditor
        initialText={initialText}
        lineSeparator={doc.lineSeparator}
        lang={lang}
        onText={doc.onText}
        onUpdate={onUpdate}
        onView={doc.onView}
        extraExtensions={extensions}
        dark={props.theme === 'dark'}
      />
    </>
  );
  const preview = (
    <PreviewPane
      store={doc.store}
      post={post}
      siteUrl={siteUrl}
      lang={lang === 'en' ? 'en' : 'es'}
      scrollSync={scrollSync}
      resolveImage={images.resolveImage}
      stylesheet={props.stylesheet}
      onStylesheet={props.onStylesheet}
    />
  );
  return (
    <div className="workspace-column">
      <section className="files-bar" aria-label={t('app.postFiles')}>
        <ImportExportBar
          db={db}
          draftId={draftId}
          text={doc.text}
          importer={importer}
          collection={collection}
          onOpenFile={props.onOpenFile}
          onSiteConfig={props.onSiteConfig}
          onRestored={props.onRestored}
          checks={checks.sentences}
        />
        {props.fileHandle && <SaveToFileButton handle={props.fileHandle} text={doc.text} />}
        {props.draftTools?.(getText, checks.sentences)}
        {checks.panel}
      </section>
      {images.error && (
        <p role="alert" className="edit-error">
          {images.error}
        </p>
      )}
      <WorkspaceGrid
        layout={props.layout}
        onLayout={props.onLayout}
        form={form}
        editor={editor}
        preview={preview}
      />
      <StatusBar body={doc.post.body} line={line} saveState={saveState} />
    </div>
  );
}
