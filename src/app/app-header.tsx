import type { ComponentProps, ReactNode, RefObject } from 'react';
import { ShortcutsDialog } from './shortcuts-dialog';
import type { DraftsSidebar } from './use-drafts-sidebar';
import type { Layout } from './use-layout';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { useT } from '../i18n/i18n';
import { LanguageSwitcher } from '../i18n/language-switcher';

interface AppHeaderProps {
  drafts: DraftsSidebar;
  /** The `Drafts` button, for focus to come back to. */
  draftsToggle: RefObject<HTMLButtonElement | null>;
  onNewPost: () => void;
  layout: Layout;
  onLayout: (change: Partial<Layout>) => void;
  /** What the Settings dialog shows and changes. */
  settings: ComponentProps<typeof SettingsDialog>;
  /** The `Repository` button and its dialog. */
  repository?: ReactNode;
}

/**
 * Returns the page's header: the name, `Drafts` (the sidebar's toggle), `New post`, `Focus
 * mode`, the language and theme, `Shortcuts` and `Settings`.
 */
export function AppHeader(props: AppHeaderProps) {
  const { drafts, draftsToggle, onNewPost, layout, onLayout, settings } = props;
  const t = useT();
  const { focus } = layout;
  return (
    <header className="app-header">
      <h1 className="app-title">Pluma</h1>
      <button
        type="button"
        ref={draftsToggle}
        aria-expanded={drafts.show}
        aria-controls="drafts-sidebar"
        onClick={drafts.toggle}
        onKeyDown={drafts.keys}
      >
        {t('app.drafts')}
      </button>
      <button type="button" onClick={onNewPost}>
        {t('app.newPost')}
      </button>
      <button
        type="button"
        aria-pressed={focus}
        aria-keyshortcuts="Control+Shift+Enter"
        onClick={() => onLayout({ focus: !focus })}
      >
        {t('app.focusMode')}
      </button>
      {props.repository}
      <span className="header-spacer" />
      <LanguageSwitcher />
      <label className="theme-choice">
        {t('app.theme')}{' '}
        <select
          value={layout.theme}
          onChange={(e) => onLayout({ theme: e.target.value as Layout['theme'] })}
        >
          <option value="system">{t('app.theme.system')}</option>
          <option value="light">{t('app.theme.light')}</option>
          <option value="dark">{t('app.theme.dark')}</option>
        </select>
      </label>
      <ShortcutsDialog />
      <SettingsDialog {...settings} />
    </header>
  );
}
