import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ViewUpdate } from '@codemirror/view';
import { createCursorLine, createWordCount, StatusBar } from './status-bar';
import { useImageDrop } from './use-image-drop';
import type { Layout } from './use-layout';
import { WorkspaceGrid } from './workspace-grid';
import { afterEditorPart } from '../state/after-editor-part';
import { useWorkspaceChecks, type WorkspaceChecks } from './use-workspace-checks';
import type { Collection } from '../core/schema';
import type { PlumaDb } from '../storage';
import { useDocument } from '../state/use-document';
import { MarkdownEditor } from '../features/editor/markdown-editor';
import { EditorToolbar } from '../features/editor/editor-toolbar';
import { formattingKeymap } from '../features/editor/keymap';
import { createPreviewScrollSync } from '../features/preview/scroll-sync';
import { editorScrollSync } from '../features/preview/editor-scroll-sync';
import {
  headStart,
  likelyBody,
  startPreviewWorker,
} from '../features/preview/preview-worker-start';
import { loadFastPath } from '../features/preview/fast-path';
import { whenEditorHolds } from '../state/after-editor';
import type { StylesheetSource } from '../features/preview/stylesheet';
import { ExportButton, SaveToFileButton } from '../features/import-export';
import type { WidthClass } from './use-width-class';
import type { TextSource } from '../core/text';

// The preview (its frame, worker and the renderer's fast path) loads first once the editor
// shows; until then (and until the post is parsed) its pane is empty.
const PREVIEW_PENDING = <div className="preview-pane" aria-busy="true" />;
const PreviewPane = afterEditorPart(
  () => import('../features/preview/preview-pane').then((m) => m.PreviewPane),
  PREVIEW_PENDING,
  { first: true },
);

// The fields form loads with it, after its code is asked for.
const FrontMatterForm = afterEditorPart(
  () => import('../features/front-matter-form/front-matter-form').then((m) => m.FrontMatterForm),
  null,
  { first: true },
);

interface WorkspaceProps {
  initialText: string;
  collection: Collection;
  siteUrl: string;
  db: PlumaDb | null;
  draftId: string | null;
  onChange: (text: TextSource) => void;
  /** The header's place for the draft's primary actions (Save to file, Publish, Export). */
  actionsSlot: HTMLElement | null;
  /**
   * Extra primary actions for the open draft (Publish), given its current text and the checks'
   * sentences for a text (see `useWorkspaceChecks`).
   */
  draftTools?: (getText: () => string, checks: WorkspaceChecks['sentences']) => React.ReactNode;
  layout: Layout;
  onLayout: (change: Partial<Layout>) => void;
  width: WidthClass;
  theme: 'light' | 'dark';
  /** The file of a post opened from the blog folder, to save back to. */
  fileHandle?: FileSystemFileHandle;
  /** The name of the file the draft came from, whose date the form compares with the field. */
  sourceName?: string;
  /** A new post: the caret goes to the form's first field once it shows (unless one typed). */
  focusFirst?: boolean;
  /** The repository file the draft was opened from or published to, when it was. */
  repoPath?: string;
  /** The connected repository's posts, which the checks compare the post with. */
  repoPosts?: readonly { path: string; title: string }[];
  /** The blog's stylesheet for the preview (a stored setting), and its change. */
  stylesheet: StylesheetSource;
  onStylesheet: (stylesheet: StylesheetSource) => void;
}

/**
 * Returns the workspace of one open post: form, editor, preview and status bar, and in the
 * header's slot its primary actions. Memoized: the session's status and drafts list change on
 * every autosave, which must not render the workspace again.
 */
export const Workspace = memo(function Workspace(props: WorkspaceProps) {
  const { initialText, collection, siteUrl, db, draftId, onChange } = props;
  const doc = useDocument(initialText, onChange);
  // The store holds the editor's latest text, read at the moment a tool acts (Publish).
  const { getText } = doc;
  const [cursorLine] = useState(createCursorLine);
  const [wordCount] = useState(createWordCount);
  const post = doc.head;
  // The form and the preview show the parsed post: they wait for the parser (after the editor).
  const parsed = doc.store.parsed();
  const lang = typeof post.data.lang === 'string' ? post.data.lang : (collection.lang ?? 'es');
  const [scrollSync] = useState(createPreviewScrollSync);
  // Once the editor holds the post, the preview's worker starts, and renders its body while the
  // preview pane's code loads (the pane's renderer takes that worker and its render), unless the
  // pane will show the last start's preview of it.
  const { store } = doc;
  useEffect(
    () => {
      // The worker gets the post's body as its head start (`headStart`, which starts it unless
      // the pane will show the last start's preview of that body): the parsed post's, or before
      // the parser has come (it loads after the editor's paint: the store's body is empty until
      // then) the body the parser will most likely find. When the parser must decide, the worker
      // starts at once and gets the body once it is parsed. The typing fast path is asked for
      // here too: its code comes right after the pane's (fast-path.ts), and warms up while the
      // worker renders.
      let live = true;
      let stop = () => {};
      const cancel = whenEditorHolds(() => {
        // In a task of its own, so that this code is fetched once the task that made the editor
        // has ended (fetched in it, a long one let it arrive before the editor showed the post,
        // among what loads before it). The last start's preview is read at once, for the pane to
        // show as it mounts.
        setTimeout(() => {
          if (!live) return;
          void import('../features/preview/preview-snapshot')
            .then((m) => m.readPreviewSnapshot())
            .catch(() => undefined);
          void loadFastPath();
          const ahead = (body: string) => void headStart({ body, siteUrl }, () => live);
          const { text, body } = store.get();
          const first = store.parsed() ? body : likelyBody(text);
          if (first !== null) return ahead(first);
          startPreviewWorker();
          stop = store.subscribe(() => {
            if (!store.parsed()) return;
            stop();
            ahead(store.get().body);
          });
        }, 0);
      });
      return () => {
        live = false;
        cancel();
        stop();
      };
    },
    // Only the first post's body: a worker started ahead serves one pane, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const images = useImageDrop(db, draftId, collection);
  const checks = useWorkspaceChecks({
    doc,
    db,
    draftId,
    collection,
    fileName: props.repoPath ?? props.sourceName,
    imagesVersion: images.imageUrls,
    repoPosts: props.repoPosts,
    onWords: wordCount.set,
  });
  const extensions = useMemo(
    () => [formattingKeymap(), editorScrollSync(scrollSync), images.dropExtension],
    [scrollSync, images.dropExtension],
  );
  const onUpdate = useCallback(
    (u: ViewUpdate) => {
      if (u.selectionSet || u.docChanged) {
        cursorLine.set(u.state.doc.lineAt(u.state.selection.main.head).number);
      }
    },
    [cursorLine],
  );
  const form = (
    <>
      {doc.editError && (
        <p role="alert" className="edit-error">
          {doc.editError}
        </p>
      )}
      {parsed && (
        <FrontMatterForm
          collection={collection}
          post={post}
          onSet={doc.setField}
          onReplace={doc.replaceRange}
          onHistory={doc.history}
          filename={props.sourceName}
          focusFirst={props.focusFirst}
        />
      )}
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
  const preview = !parsed ? (
    PREVIEW_PENDING
  ) : (
    <PreviewPane
      store={doc.store}
      post={post}
      siteUrl={siteUrl}
      lang={lang === 'en' ? 'en' : 'es'}
      scrollSync={scrollSync}
      resolveImage={images.resolveImage}
      stylesheet={props.stylesheet}
      onStylesheet={props.onStylesheet}
      sourceName={props.sourceName}
    />
  );
  const actions = (
    <>
      {props.fileHandle && <SaveToFileButton handle={props.fileHandle} getText={getText} />}
      {props.draftTools?.(getText, checks.sentences)}
      <ExportButton
        getText={getText}
        db={db}
        draftId={draftId}
        collection={collection}
        checks={checks.sentences}
      />
      {checks.panel}
    </>
  );
  return (
    <div className="workspace-column">
      {props.actionsSlot && createPortal(actions, props.actionsSlot)}
      {images.error && (
        <p role="alert" className="edit-error">
          {images.error}
        </p>
      )}
      <WorkspaceGrid
        layout={props.layout}
        onLayout={props.onLayout}
        width={props.width}
        form={form}
        editor={editor}
        preview={preview}
      />
      <StatusBar store={doc.store} cursorLine={cursorLine} words={wordCount} />
    </div>
  );
});
