import type { ComponentProps, ReactNode, RefObject } from 'react';
import { Eye, FileText, GitBranch, History, PanelLeft, Plus } from 'lucide-react';
import { MenuButton, type MenuEntry } from '../components/menu-button';
import type { DraftsSidebar } from './use-drafts-sidebar';
import type { Layout } from './use-layout';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { useI18n } from '../i18n/i18n';
import { LANGS, type Lang } from '../i18n/translate';

interface AppHeaderProps {
  drafts: DraftsSidebar;
  /** The `Drafts` button, for focus to come back to. */
  draftsToggle: RefObject<HTMLButtonElement | null>;
  /** The open post's title (`Untitled` while it has none), or null while no post is open. */
  title: ReactNode;
  /** The save state of the open draft (`Saved`, `Saving…`, or what went wrong). */
  saveState: ReactNode;
  onNewPost: () => void;
  layout: Layout;
  onLayout: (change: Partial<Layout>) => void;
  /** What the Settings dialog shows and changes. */
  settings: ComponentProps<typeof SettingsDialog>;
  /** The File menu's commands from the features, before History and Repository. */
  fileEntries: MenuEntry[];
  /** Opens History (null without an open draft) and Repository. */
  onHistory: (() => void) | null;
  onRepository: () => void;
  onShortcuts: () => void;
  /** Where the open draft puts its primary actions (Save to file, Publish, Export). */
  actionsSlot: (el: HTMLElement | null) => void;
  /** What runs inert while a modal drawer covers the page. */
  inert?: boolean;
}

const ICON = { size: 16, 'aria-hidden': true } as const;

/**
 * Returns the page's one header: `Drafts` (the sidebar's toggle), the open post's title and its
 * save state (role `status`) on the left; on the right `New post`, the open draft's primary
 * actions (Publish, Export…), the File and View menus and Settings.
 */
export function AppHeader({
  drafts,
  draftsToggle,
  title,
  saveState,
  onNewPost,
  layout,
  onLayout,
  settings,
  fileEntries: featureEntries,
  onHistory,
  onRepository,
  onShortcuts,
  actionsSlot,
  inert,
}: AppHeaderProps) {
  const { t, lang, setLang } = useI18n();
  const fileEntries: MenuEntry[] = [
    ...featureEntries,
    { kind: 'separator' },
    {
      kind: 'item',
      label: t('history.open'),
      icon: <History {...ICON} />,
      disabled: !onHistory,
      onSelect: () => onHistory?.(),
    },
    {
      kind: 'item',
      label: t('repo.button'),
      icon: <GitBranch {...ICON} />,
      onSelect: onRepository,
    },
  ];
  const viewEntries: MenuEntry[] = [
    {
      kind: 'check',
      label: t('app.focusMode'),
      checked: layout.focus,
      keys: 'Control+Shift+Enter',
      onChange: (focus) => onLayout({ focus }),
    },
    { kind: 'separator' },
    {
      kind: 'radio',
      label: t('app.theme'),
      value: layout.theme,
      options: (['system', 'light', 'dark'] as const).map((v) => ({
        value: v,
        label: t(`app.theme.${v}`),
      })),
      onChange: (theme) => onLayout({ theme: theme as Layout['theme'] }),
    },
    {
      kind: 'radio',
      label: t('lang.label'),
      value: lang,
      options: LANGS.map((l) => ({ value: l, label: t(`lang.${l}`), lang: l })),
      onChange: (l) => setLang(l as Lang),
    },
    { kind: 'separator' },
    { kind: 'item', label: t('shortcuts.button'), keys: '?', onSelect: onShortcuts },
  ];
  return (
    <header className="app-header" inert={inert}>
      <button
        type="button"
        ref={draftsToggle}
        className="button-quiet"
        aria-expanded={drafts.show}
        aria-controls="drafts-sidebar"
        onClick={drafts.toggle}
        onKeyDown={drafts.keys}
      >
        <PanelLeft {...ICON} />
        <span className="button-text">{t('app.drafts')}</span>
      </button>
      <div className="header-doc">
        <h1 className="header-title">{title ?? 'Pluma'}</h1>
        <span role="status" className="save-state">
          {saveState}
        </span>
      </div>
      <div className="header-actions">
        <button type="button" className="button-quiet" onClick={onNewPost}>
          <Plus {...ICON} />
          <span className="button-text">{t('app.newPost')}</span>
        </button>
        <span className="header-slot" ref={actionsSlot} />
        <MenuButton label={t('menu.file')} icon={<FileText {...ICON} />} entries={fileEntries} />
        <MenuButton label={t('menu.view')} icon={<Eye {...ICON} />} entries={viewEntries} />
        <SettingsDialog {...settings} />
      </div>
    </header>
  );
}
