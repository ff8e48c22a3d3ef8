import { useCallback, useEffect, useRef, useState } from 'react';
import welcome from './welcome.md?raw';
import { Workspace } from './workspace';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SkipLink } from './skip-link';
import { useLayout, type Layout } from './use-layout';
import { useTheme } from './use-theme';
import { useDrawer } from '../components/use-drawer';
import { newPostText } from '../core/new-post';
import { siteTimeZone } from '../core/time-zone';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { loadSettings, saveSettings, type AppSettings } from '../features/settings/settings-store';
import { useCollection } from '../features/settings/use-collection';
import { useNewPostOffset, type OffsetAt } from '../features/settings/use-new-post-offset';
import { useDraftSession } from '../features/drafts/use-draft-session';
import { DraftsPanel } from '../features/drafts/drafts-panel';
import { DraftsNotices } from '../features/drafts/drafts-notices';
import { HistoryDialog } from '../features/drafts/history-dialog';
import { useSaveShortcut } from '../features/drafts/use-save-shortcut';
import { useFileDrop, useImporter } from '../features/import-export';
import { PublishDialog, RepositoryDialog, useRepository } from '../features/repository';
import { useT } from '../i18n/i18n';
import { LanguageSwitcher } from '../i18n/language-switcher';

/** Returns Pluma: the header, the drafts sidebar and the workspace of the open draft. */
export function App() {
  const t = useT();
  const [settings, setSettings] = useState(loadSettings);
  const choice = useCollection(settings);
  const changeSettings = (next: AppSettings) => {
    setSettings(next);
    saveSettings(next);
  };
  const { collection } = choice;
  // The offset of new posts follows the drafts, which the session (made with this) lists.
  const offsetAtRef = useRef<OffsetAt | null>(null);
  const makeNewPostText = useCallback(() => {
    const now = new Date();
    const minutes = offsetAtRef.current?.(now).minutes ?? -now.getTimezoneOffset();
    return newPostText(collection, now, minutes);
  }, [collection]);
  const session = useDraftSession({ welcomeText: welcome, makeNewPostText });
  const { db } = session;
  const offsetAt = useNewPostOffset(settings, db, session.drafts);
  useEffect(() => {
    offsetAtRef.current = offsetAt;
  }, [offsetAt]);
  const onSiteConfig = (text: string | null) =>
    changeSettings({ ...settings, siteTimeZone: text === null ? null : siteTimeZone(text) });
  const { openDraft } = session;
  useSaveShortcut(session.saveNow);
  // Posts opened from the blog folder keep their file, to save back to it.
  const [handles, setHandles] = useState(() => new Map<string, FileSystemFileHandle>());
  const pendingHandle = useRef<FileSystemFileHandle | null>(null);
  const onImported = useCallback(
    (ids: string[]) => {
      const handle = pendingHandle.current;
      pendingHandle.current = null;
      if (handle && ids[0]) setHandles((old) => new Map(old).set(ids[0], handle));
      void openDraft(ids[0]);
    },
    [openDraft],
  );
  const importer = useImporter({ db, onImported });
  const { dropProps, dragging } = useFileDrop(importer.importFiles);
  const openFromFolder = (name: string, text: string, handle: FileSystemFileHandle) => {
    pendingHandle.current = handle;
    void importer.importFiles([new File([text], name.split('/').pop() ?? name)]);
  };
  const [layout, setLayout] = useLayout();
  const theme = useTheme(layout.theme);
  const { focus } = layout;
  useEffect(() => {
    const toggle = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && e.shiftKey && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        setLayout({ focus: !focus });
      }
    };
    window.addEventListener('keydown', toggle);
    return () => window.removeEventListener('keydown', toggle);
  }, [focus, setLayout]);
  // Unless the writer chose, the drafts sidebar starts open only on wide screens.
  const showDrafts = layout.sidebar ?? window.innerWidth >= 1400;
  const toggleDrafts = () => setLayout({ sidebar: !showDrafts });
  const draftsToggle = useRef<HTMLButtonElement>(null);
  const draftsKeys = useDrawer(showDrafts, () => setLayout({ sidebar: false }), draftsToggle);
  const open = session.open;
  const repo = useRepository();
  const openRepoDraft = (id: string) => void session.refreshDrafts().then(() => openDraft(id));
  // The editor's latest text of the open draft, for Publish (the session keeps what it stored).
  const typed = useRef({ key: '', text: '' });
  const openKey = open?.key;
  const sessionOnText = session.onText;
  const onText = useCallback(
    (text: string) => {
      if (openKey) typed.current = { key: openKey, text };
      sessionOnText(text);
    },
    [openKey, sessionOnText],
  );
  const currentText = () =>
    typed.current.key === open?.key ? typed.current.text : (open?.text ?? '');
  return (
    <div className={dragging ? 'app app-dropping' : 'app'} {...dropProps}>
      <SkipLink />
      <header className="app-header">
        <h1 className="app-title">Pluma</h1>
        <button
          type="button"
          ref={draftsToggle}
          aria-expanded={showDrafts}
          aria-controls="drafts-sidebar"
          onClick={toggleDrafts}
          onKeyDown={draftsKeys}
        >
          {t('app.drafts')}
        </button>
        <button type="button" onClick={() => void session.newPost()}>
          {t('app.newPost')}
        </button>
        <button
          type="button"
          aria-pressed={focus}
          aria-keyshortcuts="Control+Shift+Enter"
          onClick={() => setLayout({ focus: !focus })}
        >
          {t('app.focusMode')}
        </button>
        <RepositoryDialog repo={repo} db={db} onOpenDraft={openRepoDraft} />
        <span className="header-spacer" />
        <LanguageSwitcher />
        <label className="theme-choice">
          {t('app.theme')}{' '}
          <select
            value={layout.theme}
            onChange={(e) => setLayout({ theme: e.target.value as Layout['theme'] })}
          >
            <option value="system">{t('app.theme.system')}</option>
            <option value="light">{t('app.theme.light')}</option>
            <option value="dark">{t('app.theme.dark')}</option>
          </select>
        </label>
        <ShortcutsDialog />
        <SettingsDialog
          settings={settings}
          choice={choice}
          offsetAt={offsetAt}
          onChange={changeSettings}
        />
      </header>
      <DraftsNotices session={session} />
      <div className="app-body">
        <aside
          id="drafts-sidebar"
          className="sidebar"
          hidden={!showDrafts || focus}
          onKeyDown={draftsKeys}
        >
          <DraftsPanel session={session} />
        </aside>
        {open ? (
          <Workspace
            key={open.key}
            initialText={open.text}
            collection={collection}
            siteUrl={settings.siteUrl}
            db={db}
            draftId={open.id}
            importer={importer}
            saveState={session.status.message}
            onChange={onText}
            fileHandle={open.id ? handles.get(open.id) : undefined}
            onOpenFile={openFromFolder}
            onSiteConfig={onSiteConfig}
            draftTools={
              <>
                <HistoryDialog session={session} />
                <PublishDialog
                  repo={repo}
                  db={db}
                  draftId={open.id}
                  getText={currentText}
                  collection={collection}
                  onOpenDraft={openRepoDraft}
                />
              </>
            }
            layout={layout}
            onLayout={setLayout}
            theme={theme}
          />
        ) : (
          <p className="loading" role="status">
            {t('app.opening')}
          </p>
        )}
      </div>
    </div>
  );
}
