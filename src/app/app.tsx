import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import welcome from './welcome.md?raw';
import { AppHeader } from './app-header';
import { DraftsDrawer } from './drafts-drawer';
import { Workspace } from './workspace';
import type { WorkspaceChecks } from './use-workspace-checks';
import { SkipLink } from './skip-link';
import { useShortcutsDialog } from './shortcuts-dialog';
import { useAppSettings } from './use-app-settings';
import { useDraftsSidebar } from './use-drafts-sidebar';
import { useFocusShortcut } from './use-focus-shortcut';
import { useLayout } from './use-layout';
import { usePostFiles } from './use-post-files';
import { useTheme } from './use-theme';
import { useWidthClass } from './use-width-class';
import { WelcomeNote } from './welcome-note';
import { loadMenus } from '../components/menu-button';
import { defaultPostsCollection } from '../core/schema';
import {
  useDraftSession,
  useSaveStatus,
  useSessionPart,
  type SessionLive,
} from '../features/drafts/use-draft-session';
import type { SessionState } from '../features/drafts/session-state';
import { DraftsPanel } from '../features/drafts/drafts-panel';
import { DraftsNotices } from '../features/drafts/drafts-notices';
import { useHistoryDialog } from '../features/drafts/history-dialog';
import { useSaveShortcut } from '../features/drafts/use-save-shortcut';
import { loadLink, useRepositoryDialog, useRepository } from '../features/repository';
import { useFileMenu, type RestoredDraft } from '../features/import-export';
import type { StylesheetSource } from '../features/preview/stylesheet';
import { useT } from '../i18n/i18n';
import { afterFirstShown } from '../state/after-editor';
import { afterEditorPart } from '../state/after-editor-part';

const NO_STYLESHEET: StylesheetSource = { kind: 'none' };

// Publish (and its dialog) loads once the preview shows the post.
const PublishDialog = afterEditorPart(() =>
  import('../features/repository/publish-dialog').then((m) => m.PublishDialog),
);

/**
 * A new post before the settings are read: the built-in schema, the computer's offset. Its
 * writer (which reads YAML) loads when a new post is first made.
 */
const plainNewPost = () => {
  const now = new Date();
  return import('../core/new-post').then((m) =>
    m.newPostText(defaultPostsCollection, now, -now.getTimezoneOffset()),
  );
};

/**
 * Returns the selector of `part` (its title, its source file name) of draft `id` in the drafts
 * list; undefined while it is not listed.
 */
function openDraftPart<K extends 'title' | 'source'>(
  id: string | null,
  part: K,
): (state: SessionState) => SessionState['drafts'][number][K] | undefined {
  return (state) => (id === null ? undefined : state.drafts.find((d) => d.id === id)?.[part]);
}

/**
 * The open draft's title in the header (`Untitled` while it has none): it alone renders as the
 * title changes, which a key typed in the form's Title field does, not the whole page.
 */
function OpenTitle({ live, id }: { live: SessionLive; id: string | null }) {
  const t = useT();
  const select = useMemo(() => openDraftPart(id, 'title'), [id]);
  const title = useSessionPart(live, select) ?? '';
  return title === '' ? t('menu.untitled') : title;
}

/** The open draft's save state (`Saved`, `Saving…`): it alone renders on every save. */
function SaveState({ live }: { live: SessionLive }) {
  return useSaveStatus(live);
}

/** Returns Pluma: the header, the drafts sidebar and the workspace of the open draft. */
export function App() {
  const t = useT();
  // The menus' code loads once the preview shows the post and the input pauses
  // (state/after-editor.ts `afterFirstShown`); a menu pressed earlier loads it, and opens with
  // its first item focused.
  useEffect(() => void afterFirstShown().then(loadMenus), []);
  // New posts follow the settings, which are read from the storage this session opens.
  const newPostRef = useRef(plainNewPost);
  const makeNewPostText = useCallback(() => newPostRef.current(), []);
  const session = useDraftSession({ welcomeText: welcome, makeNewPostText });
  const config = useAppSettings(session, newPostRef);
  const { settings, change, reload } = config;
  useSaveShortcut(session.saveNow);
  const files = usePostFiles(session);
  const { refreshDrafts } = session;
  const onRestored = useCallback(
    (drafts: RestoredDraft[]) => {
      void refreshDrafts(drafts);
      reload();
    },
    [refreshDrafts, reload],
  );
  const [layout, setLayout] = useLayout();
  const theme = useTheme(layout.theme);
  const width = useWidthClass();
  useFocusShortcut(layout.focus, setLayout);
  const draftsToggle = useRef<HTMLButtonElement>(null);
  const drafts = useDraftsSidebar(layout, setLayout, draftsToggle, width !== 'wide');
  // A drawer over the page is modal: the rest of the page is inert while it is open.
  const behindDrawer = drafts.overlay && drafts.show && !layout.focus;
  const [actionsSlot, setActionsSlot] = useState<HTMLElement | null>(null);
  const { open } = session;
  const repo = useRepository();
  // The repository file the open draft was opened from or published to, for the checks.
  const repoPath = useMemo(() => (open?.id ? loadLink(open.id)?.path : undefined), [open]);
  const { openDraft } = session;
  const openRepoDraft = useCallback(
    (id: string) => void refreshDrafts().then(() => openDraft(id)),
    [refreshDrafts, openDraft],
  );
  // The workspace's props keep their identity while only the session's status or drafts list
  // change (as each autosave does), so that it does not render again for them.
  const onStylesheet = useCallback(
    (s: StylesheetSource) => change({ stylesheet: s.kind === 'none' ? null : s }),
    [change],
  );
  const openId = open?.id ?? null;
  const collection = config.choice.collection;
  const { db } = session;
  const draftTools = useCallback(
    (getText: () => string, checks: WorkspaceChecks['sentences']) => (
      <PublishDialog
        repo={repo}
        db={db}
        draftId={openId}
        getText={getText}
        collection={collection}
        onOpenDraft={openRepoDraft}
        checks={checks}
      />
    ),
    [repo, db, openId, collection, openRepoDraft],
  );
  const fileMenu = useFileMenu({
    db: session.db,
    importer: files.importer,
    onOpenFile: files.openFromFolder,
    onSiteConfig: config.onSiteConfig,
    onRestored,
  });
  const history = useHistoryDialog(session);
  const repository = useRepositoryDialog({
    repo,
    db: session.db,
    onOpenDraft: openRepoDraft,
    mediaFolder: config.choice.collection.media_folder,
  });
  const shortcuts = useShortcutsDialog();
  const selectOpenSource = useMemo(() => openDraftPart(openId, 'source'), [openId]);
  const openSource = useSessionPart(session.live, selectOpenSource);
  return (
    <div className={files.dragging ? 'app app-dropping' : 'app'} {...files.dropProps}>
      <SkipLink />
      <AppHeader
        drafts={drafts}
        draftsToggle={draftsToggle}
        title={open ? <OpenTitle live={session.live} id={openId} /> : null}
        saveState={<SaveState live={session.live} />}
        onNewPost={() => void session.newPost()}
        layout={layout}
        onLayout={setLayout}
        settings={{ settings, choice: config.choice, offsetAt: config.offsetAt, onChange: change }}
        fileEntries={fileMenu.entries}
        onHistory={history.show}
        onRepository={repository.show}
        onShortcuts={shortcuts.show}
        actionsSlot={setActionsSlot}
        inert={behindDrawer}
      />
      <section className="app-notices" aria-label={t('app.notices')} inert={behindDrawer}>
        <DraftsNotices session={session} />
        {fileMenu.view}
        <WelcomeNote />
      </section>
      {history.view}
      {repository.view}
      {shortcuts.view}
      <div className="app-body">
        <DraftsDrawer sidebar={drafts} hidden={layout.focus}>
          <DraftsPanel session={session} />
        </DraftsDrawer>
        {/* While another draft is being opened, the one still shown takes no edits (they would
            go to it, not to the draft asked for); it is busy for a moment. */}
        <div
          className="workspace-host"
          inert={behindDrawer || session.opening}
          aria-busy={session.opening || undefined}
        >
          {open && config.ready ? (
            <Workspace
              key={open.key}
              initialText={open.text}
              collection={config.choice.collection}
              siteUrl={settings.siteUrl}
              stylesheet={settings.stylesheet ?? NO_STYLESHEET}
              onStylesheet={onStylesheet}
              db={session.db}
              draftId={open.id}
              onChange={session.onText}
              sourceName={openSource}
              focusFirst={open.fresh}
              fileHandle={files.fileHandleOf(open.id)}
              actionsSlot={actionsSlot}
              repoPath={repoPath}
              repoPosts={repo.state.phase === 'connected' ? repo.state.posts : undefined}
              draftTools={draftTools}
              layout={layout}
              onLayout={setLayout}
              width={width}
              theme={theme}
            />
          ) : (
            <p className="loading" role="status">
              {t('app.opening')}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
