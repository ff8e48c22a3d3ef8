import { useCallback, useMemo, useRef, useState } from 'react';
import type { ViewUpdate } from '@codemirror/view';
import { StatusBar } from './status-bar';
import { useT } from '../i18n/i18n';
import { PaneSeparator } from './pane-separator';
import { clamp, type Layout } from './use-layout';
import type { Collection } from '../core/schema';
import type { PlumaDb } from '../storage';
import { useDocument } from '../state/use-document';
import { MarkdownEditor } from '../features/editor/markdown-editor';
import { EditorToolbar } from '../features/editor/editor-toolbar';
import { formattingKeymap } from '../features/editor/keymap';
import { FrontMatterForm } from '../features/front-matter-form/front-matter-form';
import { PreviewPane } from '../features/preview/preview-pane';
import { createPreviewScrollSync } from '../features/preview/scroll-sync';
import type { StylesheetSource } from '../features/preview/stylesheet';
import { editorScrollSync } from '../features/preview/editor-scroll-sync';
import {
  ImportExportBar,
  SaveToFileButton,
  imageDropExtension,
  imageUrlResolver,
  storeDraftImage,
  useDraftImageUrls,
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
  /** Extra header controls for the open draft (History). */
  draftTools?: React.ReactNode;
  layout: Layout;
  onLayout: (change: Partial<Layout>) => void;
  theme: 'light' | 'dark';
  /** The file of a post opened from the blog folder, to save back to. */
  fileHandle?: FileSystemFileHandle;
  onOpenFile: (name: string, text: string, handle: FileSystemFileHandle) => void;
  /** Given the opened blog folder's `_config.yml` text, or null when it has none. */
  onSiteConfig?: (configText: string | null) => void;
  /** Given the drafts a backup restore stored. */
  onRestored?: (drafts: RestoredDraft[]) => void;
  /** The blog's stylesheet for the preview (a stored setting), and its change. */
  stylesheet: StylesheetSource;
  onStylesheet: (stylesheet: StylesheetSource) => void;
}

/** Returns the workspace of one open post: files bar, form, editor, preview and status bar. */
export function Workspace(props: WorkspaceProps) {
  const { initialText, collection, siteUrl, db, draftId, importer, saveState, onChange } = props;
  const { layout, onLayout } = props;
  const t = useT();
  const workspace = useRef<HTMLElement>(null);
  const doc = useDocument(initialText, onChange);
  const [line, setLine] = useState(1);
  const post = doc.post;
  const lang = typeof post.data.lang === 'string' ? post.data.lang : (collection.lang ?? 'es');
  const [scrollSync] = useState(createPreviewScrollSync);
  const [imageError, setImageError] = useState('');
  const imageDrop = useMemo(
    () =>
      db && draftId
        ? imageDropExtension({
            onImage: (file, text) => storeDraftImage(db, draftId, file, text),
            onError: setImageError,
          })
        : [],
    [db, draftId],
  );
  const extensions = useMemo(
    () => [formattingKeymap(), editorScrollSync(scrollSync), imageDrop],
    [scrollSync, imageDrop],
  );
  const imageUrls = useDraftImageUrls(db, draftId);
  const resolveImage = useMemo(() => imageUrlResolver(imageUrls), [imageUrls]);
  const onUpdate = useCallback((u: ViewUpdate) => {
    if (u.selectionSet || u.docChanged) {
      setLine(u.state.doc.lineAt(u.state.selection.main.head).number);
    }
  }, []);
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
        />
        {props.fileHandle && <SaveToFileButton handle={props.fileHandle} text={doc.text} />}
        {props.draftTools}
      </section>
      {imageError && (
        <p role="alert" className="edit-error">
          {imageError}
        </p>
      )}
      <main
        ref={workspace}
        className={layout.focus ? 'workspace workspace-focus' : 'workspace'}
        style={{
          gridTemplateColumns: layout.focus
            ? 'minmax(0, 1fr)'
            : `${layout.formWidth}px 6px minmax(0, ${layout.editorShare}fr) 6px minmax(0, ${1 - layout.editorShare}fr)`,
        }}
      >
        <section className="pane pane-form" aria-label={t('app.fields')} hidden={layout.focus}>
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
        {!layout.focus && (
          <PaneSeparator
            label={t('app.resizeFields')}
            value={layout.formWidth}
            min={220}
            max={600}
            onDrag={(dx, start) => onLayout({ formWidth: start + dx })}
            onStep={(d) => onLayout({ formWidth: layout.formWidth + d * 20 })}
          />
        )}
        <section id="editor" className="pane pane-editor" aria-label={t('app.editor')}>
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
        </section>
        {!layout.focus && (
          <PaneSeparator
            label={t('app.resizeEditor')}
            value={layout.editorShare * 100}
            min={20}
            max={80}
            onDrag={(dx, start) => {
              const width = workspace.current?.clientWidth ?? 1000;
              const rest = Math.max(1, width - layout.formWidth - 12);
              onLayout({ editorShare: clamp(start / 100 + dx / rest, 0.2, 0.8) });
            }}
            onStep={(d) => onLayout({ editorShare: layout.editorShare + d * 0.05 })}
          />
        )}
        <section
          className="pane pane-preview"
          aria-label={t('app.previewPane')}
          hidden={layout.focus}
        >
          <PreviewPane
            store={doc.store}
            post={post}
            siteUrl={siteUrl}
            lang={lang === 'en' ? 'en' : 'es'}
            scrollSync={scrollSync}
            resolveImage={resolveImage}
            stylesheet={props.stylesheet}
            onStylesheet={props.onStylesheet}
          />
        </section>
      </main>
      <StatusBar body={doc.post.body} line={line} saveState={saveState} />
    </div>
  );
}
